#include "ui/record/notespanel.h"

#include "core/record/audittrail.h"
#include "ui/record/reasoncodeeditor.h"
#include "ui/widgets/theme.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace console::ui {

NotesPanel::NotesPanel(Store *store, Notes *notes, ReasonCodes *codes, AuditTrail *audit,
                       QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_audit(audit)
    , m_notes(notes)
    , m_codes(codes)
{
    setObjectName(u"notesPanel"_s);

    m_list = new QListWidget(this);
    m_list->setObjectName(u"notesList"_s);
    m_list->setWordWrap(true);
    m_list->setAlternatingRowColors(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_list->setSpacing(2);

    m_reason = new QComboBox(this);
    m_reason->setObjectName(u"noteReason"_s);
    m_reason->setMinimumContentsLength(18);
    m_editCodes = new QPushButton(tr("Edit &codes…"), this);
    m_editCodes->setObjectName(u"noteEditCodes"_s);
    m_body = new QPlainTextEdit(this);
    m_body->setObjectName(u"noteBody"_s);
    m_body->setPlaceholderText(tr("What you saw, what you decided to look at next, and why"));
    m_body->setTabChangesFocus(true);
    m_body->setMaximumHeight(110);
    m_add = new QPushButton(tr("&Add note"), this);
    m_add->setObjectName(u"noteAdd"_s);
    m_add->setToolTip(tr("Add the note (Ctrl+Enter)"));
    m_counter = new QLabel(this);
    m_counter->setObjectName(u"noteCounter"_s);
    m_error = new QLabel(this);
    m_error->setObjectName(u"noteError"_s);
    m_error->setWordWrap(true);
    setToneText(m_error, Tone::Negative);
    m_error->hide();

    auto *reasonLabel = new QLabel(tr("&Reason"), this);
    reasonLabel->setBuddy(m_reason);
    auto *reasonRow = new QHBoxLayout;
    reasonRow->addWidget(reasonLabel);
    reasonRow->addWidget(m_reason, 1);
    reasonRow->addWidget(m_editCodes);
    auto *addRow = new QHBoxLayout;
    addRow->addWidget(m_counter, 1);
    addRow->addWidget(m_add);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list, 1);
    layout->addLayout(reasonRow);
    layout->addWidget(m_body);
    layout->addWidget(m_error);
    layout->addLayout(addRow);

    // Ctrl+Enter in the text adds the note, as in a chat box; a plain Enter is a new line.
    m_body->installEventFilter(this);

    connect(m_add, &QPushButton::clicked, this, &NotesPanel::addNote);
    connect(m_editCodes, &QPushButton::clicked, this, &NotesPanel::editReasonCodes);
    connect(m_body, &QPlainTextEdit::textChanged, this, &NotesPanel::updateAddEnabled);
    connect(m_reason, &QComboBox::currentIndexChanged, this, &NotesPanel::updateAddEnabled);
    connect(m_store, &Store::changed, this, [this](StoreTopic topic) {
        if (topic == StoreTopic::Notes)
            reload();
        else if (topic == StoreTopic::ReasonCodes)
            reloadReasonCodes();
    });

    reloadReasonCodes();
    setIdentityId({});
}

bool NotesPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_body && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)
            && key->modifiers().testFlag(Qt::ControlModifier)) {
            addNote();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void NotesPanel::setIdentityId(const QString &identityId)
{
    if (identityId != m_identityId)
        m_body->clear();
    m_identityId = identityId;
    m_error->hide();
    reload();
}

int NotesPanel::noteCount() const
{
    int n = 0;
    for (int i = 0; i < m_list->count(); ++i)
        n += m_list->item(i)->data(Qt::UserRole).toLongLong() > 0 ? 1 : 0;
    return n;
}

QString NotesPanel::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void NotesPanel::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void NotesPanel::reloadReasonCodes()
{
    const QString keep = m_reason->currentData().toString();
    const QSignalBlocker blocker(m_reason);
    m_reason->clear();
    const auto codes = m_codes->list(false);
    if (!codes) {
        showError(tr("The reason codes could not be read: %1").arg(codes.errorMessage()));
    } else {
        for (const ReasonCode &c : codes.value())
            m_reason->addItem(c.label, c.code);
    }
    const int index = m_reason->findData(keep);
    m_reason->setCurrentIndex(index >= 0 ? index : 0);
    updateAddEnabled();
}

void NotesPanel::reload()
{
    m_list->clear();
    const bool haveIdentity = !m_identityId.isEmpty();
    m_reason->setEnabled(haveIdentity);
    m_body->setEnabled(haveIdentity);
    if (!haveIdentity) {
        updateAddEnabled();
        return;
    }
    const auto notes = m_notes->forIdentity(m_identityId);
    if (!notes) {
        showError(tr("The notes could not be read: %1").arg(notes.errorMessage()));
        return;
    }
    // Labels of retired codes too: an old note keeps saying why it was written.
    QHash<QString, QString> labels;
    if (const auto codes = m_codes->list(true)) {
        for (const ReasonCode &c : codes.value())
            labels.insert(c.code, c.label);
    }
    for (const Note &n : notes.value()) {
        const QString when = QLocale().toString(n.createdAt().toLocalTime(), QLocale::ShortFormat);
        const QString reason = labels.value(n.reasonCode, n.reasonCode);
        auto *item = new QListWidgetItem(
            tr("%1 · %2 · %3").arg(reason, n.author.isEmpty() ? n.osUser : n.author, when) + u'\n'
                + n.body,
            m_list);
        item->setData(Qt::UserRole, n.id);
        item->setToolTip(
            tr("Reason code %1, written by %2 (%3)").arg(n.reasonCode, n.author, n.osUser));
    }
    if (notes->isEmpty()) {
        auto *item = new QListWidgetItem(tr("No notes on this identity yet."), m_list);
        item->setFlags(Qt::NoItemFlags);
        item->setData(Qt::UserRole, 0);
    }
    updateAddEnabled();
}

void NotesPanel::updateAddEnabled()
{
    const int length = int(m_body->toPlainText().trimmed().size());
    m_add->setEnabled(!m_identityId.isEmpty() && m_reason->currentIndex() >= 0 && length > 0
                      && length <= Notes::kMaxBodyLength);
    m_counter->setText(length > Notes::kMaxBodyLength
                           ? tr("%1 characters too long").arg(length - Notes::kMaxBodyLength)
                           : QString());
    if (length > Notes::kMaxBodyLength)
        setToneText(m_counter, Tone::Negative);
    else
        clearTone(m_counter);
}

bool NotesPanel::addNote()
{
    if (!m_add->isEnabled())
        return false;
    const QString reason = m_reason->currentData().toString();
    const QString body = m_body->toPlainText().trimmed();
    const auto added = m_notes->add(m_identityId, reason, body);
    if (!added) {
        showError(tr("The note was not saved: %1").arg(added.errorMessage()));
        return false;
    }
    AuditRecord record;
    record.action = AuditAction::NoteAdd;
    record.identityId = m_identityId;
    record.details =
        QJsonObject{{u"note_id"_s, QString::number(added->id)}, {u"reason_code"_s, reason}};
    if (m_audit) {
        if (const auto audited = m_audit->append(record); !audited)
            showError(tr("The note was saved but could not be recorded in the audit trail: %1")
                          .arg(audited.errorMessage()));
        else
            showError({});
    }
    m_body->clear();
    reload();
    emit noteAdded(added.value());
    return true;
}

void NotesPanel::editReasonCodes()
{
    auto *editor = new ReasonCodeEditor(m_codes, this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    editor->setWindowModality(Qt::WindowModal);
    editor->open();
}

} // namespace console::ui
