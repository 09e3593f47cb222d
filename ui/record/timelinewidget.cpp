#include "ui/record/timelinewidget.h"

#include "core/record/redaction.h"
#include "ui/widgets/statusbadge.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace console::ui {

namespace {

constexpr int kRowRole = Qt::UserRole + 1;

// Each kind in a tone of the status badges, so the dots follow the palette (a deep dot with a
// light letter on a light palette, a light dot with a dark letter on a dark one); the letter
// tells kinds of one tone apart.
Tone toneFor(TimelineKind kind)
{
    switch (kind) {
    case TimelineKind::StatusChange:
    case TimelineKind::SubStatusChange:
        return Tone::Info;
    case TimelineKind::RequirementChange:
    case TimelineKind::Note:
        return Tone::Warning;
    case TimelineKind::Event:
        return Tone::Frozen;
    case TimelineKind::Document:
        return Tone::Positive;
    case TimelineKind::ControlCreated:
        return Tone::Negative;
    case TimelineKind::ControlDeleted:
    case TimelineKind::ConsoleCall:
        break;
    }
    return Tone::Neutral;
}

QString glyphFor(TimelineKind kind)
{
    switch (kind) {
    case TimelineKind::StatusChange:
        return u"S"_s;
    case TimelineKind::SubStatusChange:
        return u"s"_s;
    case TimelineKind::RequirementChange:
        return u"R"_s;
    case TimelineKind::Event:
        return u"E"_s;
    case TimelineKind::Document:
        return u"D"_s;
    case TimelineKind::ControlCreated:
        return u"C"_s;
    case TimelineKind::ControlDeleted:
        return u"c"_s;
    case TimelineKind::Note:
        return u"N"_s;
    case TimelineKind::ConsoleCall:
        return u"→"_s;
    }
    return {};
}

// The filter groups of the kind combo.
QList<TimelineKind> groupKinds(int group)
{
    switch (group) {
    case 1:
        return {TimelineKind::StatusChange, TimelineKind::SubStatusChange,
                TimelineKind::RequirementChange};
    case 2:
        return {TimelineKind::Event};
    case 3:
        return {TimelineKind::Document};
    case 4:
        return {TimelineKind::ControlCreated, TimelineKind::ControlDeleted};
    case 5:
        return {TimelineKind::Note};
    case 6:
        return {TimelineKind::ConsoleCall};
    default:
        return {};
    }
}

void flatten(const QJsonValue &value, const QString &path, QMap<QString, QString> &out)
{
    if (value.isObject()) {
        const QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            flatten(it.value(), path.isEmpty() ? it.key() : path + u'/' + it.key(), out);
    } else if (value.isArray()) {
        const QJsonArray a = value.toArray();
        for (qsizetype i = 0; i < a.size(); ++i)
            flatten(a.at(i), path + u'[' + QString::number(i) + u']', out);
    } else if (value.isString()) {
        out.insert(path, value.toString());
    } else {
        out.insert(
            path,
            QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact))
                .mid(1)
                .chopped(1));
    }
}

} // namespace

TimelineWidget::TimelineWidget(Store *store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
{
    setObjectName(u"timelineWidget"_s);

    m_kind = new QComboBox(this);
    m_kind->setObjectName(u"timelineKindFilter"_s);
    m_kind->addItems({tr("Everything"), tr("Status changes"), tr("Events"), tr("Documents"),
                      tr("Controls"), tr("Notes"), tr("Console calls")});
    auto *showLabel = new QLabel(tr("&Show"), this);
    showLabel->setBuddy(m_kind);

    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(u"timelineTree"_s);
    m_tree->setColumnCount(3);
    m_tree->setHeaderLabels({tr("When"), tr("What"), tr("By")});
    m_tree->setRootIsDecorated(false);
    m_tree->setUniformRowHeights(false);
    m_tree->setAlternatingRowColors(true);
    m_tree->setWordWrap(true);
    m_tree->setIconSize(QSize(18, 18));
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);

    m_message = new QLabel(this);
    m_message->setObjectName(u"timelineMessage"_s);
    m_message->setWordWrap(true);

    auto *top = new QHBoxLayout;
    top->addWidget(showLabel);
    top->addWidget(m_kind);
    top->addStretch(1);
    top->addWidget(m_message);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_tree, 1);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &TimelineWidget::populate);
    connect(m_tree, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem *item) { openDetails(item->data(0, kRowRole).toInt()); });
    m_reloadSoon = new QTimer(this);
    m_reloadSoon->setSingleShot(true);
    m_reloadSoon->setInterval(150);
    connect(m_reloadSoon, &QTimer::timeout, this, &TimelineWidget::reload);
    connect(m_store, &Store::changed, this, [this](StoreTopic topic) {
        switch (topic) {
        case StoreTopic::Notes:
        case StoreTopic::StatusHistory:
        case StoreTopic::RequestLedger:
        case StoreTopic::ProcessedEvents:
        case StoreTopic::Documents:
            if (!m_identityId.isEmpty() && !m_reloadSoon->isActive())
                m_reloadSoon->start();
            break;
        default:
            break;
        }
    });
}

void TimelineWidget::setIdentityId(const QString &identityId)
{
    if (identityId != m_identityId) {
        m_documents = {};
        m_controls = {};
    }
    m_identityId = identityId;
    reload();
}

void TimelineWidget::setApiSources(const QJsonArray &documents, const QJsonArray &controls)
{
    m_documents = documents;
    m_controls = controls;
    reload();
}

void TimelineWidget::reload()
{
    m_sources = {};
    m_entries.clear();
    if (!m_identityId.isEmpty()) {
        auto loaded = Timeline::load(m_store, m_identityId);
        if (!loaded) {
            m_message->setText(tr("The timeline could not be read: %1").arg(loaded.errorMessage()));
            populate();
            return;
        }
        m_sources = std::move(loaded).value();
        m_sources.documents = m_documents;
        m_sources.controls = m_controls;
        m_entries = Timeline::assemble(m_sources);
    }
    populate();
}

void TimelineWidget::populate()
{
    m_tree->clear();
    const QList<TimelineKind> kinds = groupKinds(m_kind->currentIndex());
    int shown = 0;
    for (int row = 0; row < m_entries.size(); ++row) {
        const TimelineEntry &e = m_entries.at(row);
        if (!kinds.isEmpty() && !kinds.contains(e.kind))
            continue;
        auto *item = new QTreeWidgetItem(m_tree);
        item->setText(0, QLocale().toString(e.at().toLocalTime(), u"yyyy-MM-dd HH:mm:ss"_s));
        item->setText(1, e.detail.isEmpty() ? e.title : e.title + u'\n' + e.detail);
        item->setIcon(1, iconFor(e.kind));
        item->setToolTip(1, kindLabel(e.kind));
        item->setText(2, e.actor);
        item->setData(0, kRowRole, row);
        item->setTextAlignment(0, Qt::AlignLeft | Qt::AlignTop);
        item->setTextAlignment(2, Qt::AlignLeft | Qt::AlignTop);
        ++shown;
    }
    if (m_identityId.isEmpty())
        m_message->setText(tr("Open an identity to see its timeline."));
    else if (m_entries.isEmpty())
        m_message->setText(tr("Nothing recorded for this identity yet."));
    else
        m_message->setText(shown == 1 ? tr("1 entry") : tr("%1 entries").arg(shown));
    if (m_tree->topLevelItemCount() > 0 && !m_tree->currentItem())
        m_tree->setCurrentItem(m_tree->topLevelItem(0));
}

QDialog *TimelineWidget::openDetails(int row)
{
    if (row < 0 || row >= m_entries.size())
        return nullptr;
    const TimelineEntry &e = m_entries.at(row);
    QStringList diff;
    if (e.kind == TimelineKind::StatusChange || e.kind == TimelineKind::SubStatusChange
        || e.kind == TimelineKind::RequirementChange) {
        const qint64 id = e.details.value("snapshot_id"_L1).toString().toLongLong();
        for (qsizetype i = 0; i < m_sources.snapshots.size(); ++i) {
            if (m_sources.snapshots.at(i).id != id)
                continue;
            const QJsonObject before =
                i > 0 ? m_sources.snapshots.at(i - 1).identity : QJsonObject();
            diff = snapshotDiff(before, m_sources.snapshots.at(i).identity);
            break;
        }
    }
    auto *dialog = new TimelineEntryDialog(e, diff, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->open();
    return dialog;
}

QIcon TimelineWidget::iconFor(TimelineKind kind)
{
    QIcon icon;
    for (int size : {16, 18, 32, 36}) {
        QPixmap pm(size, size);
        pm.fill(Qt::transparent);
        QPainter p(&pm);
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(Qt::NoPen);
        const BadgeColors colors = badgeColors(toneFor(kind), QGuiApplication::palette());
        p.setBrush(colors.foreground);
        p.drawEllipse(QRectF(0.5, 0.5, size - 1.0, size - 1.0));
        QFont f = p.font();
        f.setBold(true);
        f.setPixelSize(int(size * 0.6));
        p.setFont(f);
        p.setPen(colors.background);
        p.drawText(QRect(0, 0, size, size), Qt::AlignCenter, glyphFor(kind));
        p.end();
        icon.addPixmap(pm);
    }
    return icon;
}

QString TimelineWidget::kindLabel(TimelineKind kind)
{
    switch (kind) {
    case TimelineKind::StatusChange:
        return tr("Status change");
    case TimelineKind::SubStatusChange:
        return tr("Verification status change");
    case TimelineKind::RequirementChange:
        return tr("Requirement change");
    case TimelineKind::Event:
        return tr("Paxos event");
    case TimelineKind::Document:
        return tr("Document");
    case TimelineKind::ControlCreated:
        return tr("Control added");
    case TimelineKind::ControlDeleted:
        return tr("Control removed");
    case TimelineKind::Note:
        return tr("Note");
    case TimelineKind::ConsoleCall:
        return tr("Call from this console");
    }
    return {};
}

QStringList TimelineWidget::snapshotDiff(const QJsonObject &before, const QJsonObject &after)
{
    QMap<QString, QString> a;
    QMap<QString, QString> b;
    flatten(redaction::maskIdentity(before), {}, a);
    flatten(redaction::maskIdentity(after), {}, b);
    QStringList keys = a.keys();
    for (const QString &k : b.keys()) {
        if (!a.contains(k))
            keys.append(k);
    }
    keys.sort();
    QStringList out;
    const QString none = tr("(none)");
    for (const QString &k : std::as_const(keys)) {
        const bool inA = a.contains(k);
        const bool inB = b.contains(k);
        if (inA && inB && a.value(k) == b.value(k))
            continue;
        out.append(tr("%1: %2 → %3").arg(k, inA ? a.value(k) : none, inB ? b.value(k) : none));
    }
    return out;
}

TimelineEntryDialog::TimelineEntryDialog(const TimelineEntry &entry, const QStringList &diff,
                                         QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"timelineEntryDialog"_s);
    setWindowTitle(TimelineWidget::kindLabel(entry.kind));

    auto *title = new QLabel(entry.title, this);
    title->setObjectName(u"timelineEntryTitle"_s);
    QFont f = title->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.15);
    title->setFont(f);
    title->setWordWrap(true);
    title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QString sub = QLocale().toString(entry.at().toLocalTime(), QLocale::LongFormat);
    if (!entry.actor.isEmpty())
        sub += u" · "_s + entry.actor;
    if (!entry.detail.isEmpty())
        sub += u"\n"_s + entry.detail;
    auto *subtitle = new QLabel(sub, this);
    subtitle->setWordWrap(true);
    subtitle->setTextInteractionFlags(Qt::TextSelectableByMouse);

    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    auto *tabs = new QTabWidget(this);
    tabs->setObjectName(u"timelineEntryTabs"_s);
    if (!diff.isEmpty()) {
        auto *changes = new QPlainTextEdit(diff.join(u'\n'), this);
        changes->setObjectName(u"timelineEntryDiff"_s);
        changes->setReadOnly(true);
        changes->setFont(mono);
        changes->setLineWrapMode(QPlainTextEdit::NoWrap);
        tabs->addTab(changes, tr("Changes"));
    }
    // Details of snapshots never carry unmasked PII; events and calls pass through redaction
    // again so nothing the store kept raw reaches the screen here.
    auto *json = new QPlainTextEdit(
        QString::fromUtf8(
            QJsonDocument(redaction::redactObject(entry.details)).toJson(QJsonDocument::Indented)),
        this);
    json->setObjectName(u"timelineEntryJson"_s);
    json->setReadOnly(true);
    json->setFont(mono);
    json->setLineWrapMode(QPlainTextEdit::NoWrap);
    tabs->addTab(json, tr("Record (JSON)"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(subtitle);
    layout->addWidget(tabs, 1);
    layout->addWidget(buttons);
    resize(640, 480);
}

} // namespace console::ui
