#include "ui/record/audittrailview.h"

#include "core/record/auditcsvexport.h"
#include "core/settings/settings.h"
#include "ui/record/audittrailtablemodel.h"
#include "ui/widgets/theme.h"

#include <QCheckBox>
#include <QCloseEvent>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDir>
#include <QFileInfo>
#include <QFontDatabase>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QScreen>
#include <QShortcut>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace console::ui {

namespace {
constexpr int kPageSize = 200;

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

QString monoHtml(const QString &s)
{
    return u"<span style=\"font-family: '%1'\">"_s.arg(
               QFontDatabase::systemFont(QFontDatabase::FixedFont).family())
        + esc(s) + u"</span>"_s;
}

QString jsonText(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isBool())
        return v.toBool() ? u"true"_s : u"false"_s;
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 15);
    if (v.isNull() || v.isUndefined())
        return u"—"_s;
    return QString::fromUtf8(
        (v.isArray() ? QJsonDocument(v.toArray()) : QJsonDocument(v.toObject()))
            .toJson(QJsonDocument::Compact));
}
} // namespace

AuditTrailView::AuditTrailView(Store *store, AuditTrail *trail, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_trail(trail)
    , m_chooseSavePath(fileDialogSavePathChooser())
    , m_model(new AuditTrailTableModel(this))
{
    setObjectName(u"auditTrailView"_s);
    setWindowTitle(tr("Audit trail"));

    m_action = new QComboBox(this);
    m_action->setObjectName(u"auditActionFilter"_s);
    m_action->addItem(tr("All actions"), QString());
    for (AuditAction a : allAuditActions())
        m_action->addItem(auditActionLabel(auditActionName(a)), auditActionName(a));

    m_outcome = new QComboBox(this);
    m_outcome->setObjectName(u"auditOutcomeFilter"_s);
    m_outcome->addItem(tr("Any outcome"), QString());
    m_outcome->addItem(tr("Succeeded"), auditOutcomeName(AuditOutcome::Succeeded));
    m_outcome->addItem(tr("Failed"), auditOutcomeName(AuditOutcome::Failed));
    m_outcome->addItem(tr("Cancelled"), auditOutcomeName(AuditOutcome::Cancelled));

    m_identity = new QLineEdit(this);
    m_identity->setObjectName(u"auditIdentityFilter"_s);
    m_identity->setPlaceholderText(tr("Identity id"));
    m_identity->setClearButtonEnabled(true);
    m_operator = new QLineEdit(this);
    m_operator->setObjectName(u"auditOperatorFilter"_s);
    m_operator->setPlaceholderText(tr("Operator"));
    m_operator->setClearButtonEnabled(true);

    const QDateTime now = QDateTime::currentDateTime();
    m_useFrom = new QCheckBox(tr("&From"), this);
    m_useFrom->setObjectName(u"auditUseFrom"_s);
    m_from = new QDateTimeEdit(now.addDays(-7), this);
    m_from->setObjectName(u"auditFrom"_s);
    m_from->setCalendarPopup(true);
    m_from->setDisplayFormat(u"yyyy-MM-dd HH:mm"_s);
    m_from->setEnabled(false);
    m_useTo = new QCheckBox(tr("&To"), this);
    m_useTo->setObjectName(u"auditUseTo"_s);
    m_to = new QDateTimeEdit(now.addSecs(3600), this);
    m_to->setObjectName(u"auditTo"_s);
    m_to->setCalendarPopup(true);
    m_to->setDisplayFormat(u"yyyy-MM-dd HH:mm"_s);
    m_to->setEnabled(false);

    m_clear = new QPushButton(tr("C&lear filters"), this);
    m_clear->setObjectName(u"auditClearFilters"_s);
    m_verify = new QPushButton(tr("&Verify chain"), this);
    m_verify->setObjectName(u"auditVerify"_s);
    m_verify->setToolTip(tr("Recompute every entry's hash and report the first broken link"));
    m_export = new QPushButton(tr("&Export CSV…"), this);
    m_export->setObjectName(u"auditExport"_s);
    m_export->setToolTip(tr("Write the entries that match the filters to a CSV file"));

    auto *filters = new QGridLayout;
    auto *actionLabel = new QLabel(tr("&Action"), this);
    actionLabel->setBuddy(m_action);
    auto *outcomeLabel = new QLabel(tr("O&utcome"), this);
    outcomeLabel->setBuddy(m_outcome);
    auto *identityLabel = new QLabel(tr("&Identity"), this);
    identityLabel->setBuddy(m_identity);
    auto *operatorLabel = new QLabel(tr("O&perator"), this);
    operatorLabel->setBuddy(m_operator);
    filters->addWidget(actionLabel, 0, 0);
    filters->addWidget(m_action, 0, 1);
    filters->addWidget(outcomeLabel, 0, 2);
    filters->addWidget(m_outcome, 0, 3);
    filters->addWidget(identityLabel, 0, 4);
    filters->addWidget(m_identity, 0, 5);
    filters->addWidget(operatorLabel, 0, 6);
    filters->addWidget(m_operator, 0, 7);
    filters->addWidget(m_useFrom, 1, 0);
    filters->addWidget(m_from, 1, 1);
    filters->addWidget(m_useTo, 1, 2);
    filters->addWidget(m_to, 1, 3);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_clear);
    buttons->addStretch(1);
    buttons->addWidget(m_verify);
    buttons->addWidget(m_export);
    filters->addLayout(buttons, 1, 4, 1, 4);
    filters->setColumnStretch(5, 2);
    filters->setColumnStretch(7, 1);

    m_action->setAccessibleName(tr("Filter by action"));
    m_outcome->setAccessibleName(tr("Filter by outcome"));
    m_identity->setAccessibleName(tr("Filter by identity id"));
    m_operator->setAccessibleName(tr("Filter by operator"));
    m_useFrom->setAccessibleName(tr("Only entries from a date"));
    m_from->setAccessibleName(tr("Entries from"));
    m_useTo->setAccessibleName(tr("Only entries before a date"));
    m_to->setAccessibleName(tr("Entries before"));
    m_clear->setAccessibleName(tr("Clear filters"));
    m_verify->setAccessibleName(tr("Verify chain"));
    m_export->setAccessibleName(tr("Export CSV"));

    m_table = new QTableView(this);
    m_table->setAccessibleName(tr("Audit entries"));
    setFocusProxy(m_table);
    m_table->setObjectName(u"auditTable"_s);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(AuditTrailTableModel::Identity,
                                                      QHeaderView::Stretch);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->setColumnWidth(AuditTrailTableModel::When, 150);
    m_table->setColumnWidth(AuditTrailTableModel::Action, 170);
    m_table->setColumnWidth(AuditTrailTableModel::Identity, 270);
    m_table->setColumnWidth(AuditTrailTableModel::RequestId, 200);

    // The selected entry in full: who, what, when, the fields sent, the request id, the
    // outcome and its link in the hash chain. Selectable with the keyboard, so values copy.
    m_details = new QTextBrowser(this);
    m_details->setObjectName(u"auditDetails"_s);
    m_details->setAccessibleName(tr("Details of the selected entry"));
    m_details->setOpenLinks(false);
    m_details->setTextInteractionFlags(Qt::TextBrowserInteraction | Qt::TextSelectableByKeyboard);
    m_details->setPlaceholderText(tr("Select an entry to see what was done, by whom, and its link "
                                     "in the chain."));
    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(u"auditSplitter"_s);
    m_splitter->addWidget(m_table);
    m_splitter->addWidget(m_details);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);

    m_result = new QLabel(this);
    m_result->setObjectName(u"auditResult"_s);
    m_result->setAccessibleName(tr("Result of the last check or export"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(u"auditProgress"_s);
    m_progress->setMaximumWidth(240);
    m_progress->hide();
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setObjectName(u"auditCancel"_s);
    m_cancel->setAccessibleName(tr("Cancel the running task"));
    m_cancel->hide();
    m_count = new QLabel(this);
    m_count->setObjectName(u"auditCount"_s);

    auto *status = new QHBoxLayout;
    status->addWidget(m_result, 1);
    status->addWidget(m_progress);
    status->addWidget(m_cancel);
    status->addWidget(m_count);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_splitter, 1);
    layout->addLayout(status);

    // Typing in a filter field reloads once the typing pauses.
    m_reloadTimer = new QTimer(this);
    m_reloadTimer->setSingleShot(true);
    m_reloadTimer->setInterval(250);
    connect(m_reloadTimer, &QTimer::timeout, this, &AuditTrailView::reload);

    connect(m_action, &QComboBox::currentIndexChanged, this, &AuditTrailView::reload);
    connect(m_outcome, &QComboBox::currentIndexChanged, this, &AuditTrailView::reload);
    connect(m_identity, &QLineEdit::textChanged, this, &AuditTrailView::scheduleReload);
    connect(m_operator, &QLineEdit::textChanged, this, &AuditTrailView::scheduleReload);
    connect(m_useFrom, &QCheckBox::toggled, m_from, &QWidget::setEnabled);
    connect(m_useTo, &QCheckBox::toggled, m_to, &QWidget::setEnabled);
    connect(m_useFrom, &QCheckBox::toggled, this, &AuditTrailView::reload);
    connect(m_useTo, &QCheckBox::toggled, this, &AuditTrailView::reload);
    connect(m_from, &QDateTimeEdit::dateTimeChanged, this, &AuditTrailView::scheduleReload);
    connect(m_to, &QDateTimeEdit::dateTimeChanged, this, &AuditTrailView::scheduleReload);
    connect(m_clear, &QPushButton::clicked, this, [this] {
        const QSignalBlocker b1(m_action), b2(m_outcome), b3(m_identity), b4(m_operator),
            b5(m_useFrom), b6(m_useTo);
        m_action->setCurrentIndex(0);
        m_outcome->setCurrentIndex(0);
        m_identity->clear();
        m_operator->clear();
        m_useFrom->setChecked(false);
        m_useTo->setChecked(false);
        m_from->setEnabled(false);
        m_to->setEnabled(false);
        reload();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &AuditTrailView::showDetails);
    connect(m_model, &QAbstractItemModel::modelReset, this, &AuditTrailView::showDetails);
    connect(m_verify, &QPushButton::clicked, this, &AuditTrailView::verifyChain);
    connect(m_export, &QPushButton::clicked, this, &AuditTrailView::exportCsv);
    connect(m_cancel, &QPushButton::clicked, this, &AuditTrailView::cancel);
    connect(m_store, &Store::changed, this, [this](StoreTopic topic) {
        if (topic == StoreTopic::Audit)
            scheduleReload();
    });

    reload();
}

AuditTrailView::~AuditTrailView()
{
    cancel();
}

void AuditTrailView::setIdentityFilter(const QString &identityId)
{
    m_identity->setText(identityId);
    reload();
}

AuditFilter AuditTrailView::filter() const
{
    AuditFilter f;
    f.action = m_action->currentData().toString();
    f.outcome = m_outcome->currentData().toString();
    f.identityId = m_identity->text().trimmed();
    f.operatorName = m_operator->text().trimmed();
    if (m_useFrom->isChecked())
        f.from = m_from->dateTime().toUTC();
    if (m_useTo->isChecked())
        f.to = m_to->dateTime().toUTC();
    return f;
}

void AuditTrailView::setSettings(Settings *settings)
{
    m_settings = settings;
    restoreFilters();
    reload();
}

void AuditTrailView::saveFilters()
{
    if (!m_settings)
        return;
    QJsonObject f{{u"action"_s, m_action->currentData().toString()},
                  {u"outcome"_s, m_outcome->currentData().toString()},
                  {u"identity"_s, m_identity->text().trimmed()},
                  {u"operator"_s, m_operator->text().trimmed()},
                  {u"use_from"_s, m_useFrom->isChecked()},
                  {u"use_to"_s, m_useTo->isChecked()}};
    // A date range is kept only when it is in use; otherwise the next opening starts from
    // "the last seven days" again.
    if (m_useFrom->isChecked())
        f.insert(u"from"_s, m_from->dateTime().toUTC().toString(Qt::ISODate));
    if (m_useTo->isChecked())
        f.insert(u"to"_s, m_to->dateTime().toUTC().toString(Qt::ISODate));
    const QString json = QString::fromUtf8(QJsonDocument(f).toJson(QJsonDocument::Compact));
    if (m_settings->get<QString>(SettingKey::AuditTrailFilters) != json)
        m_settings->setValue(SettingKey::AuditTrailFilters, json);
}

void AuditTrailView::restoreFilters()
{
    if (!m_settings)
        return;
    const QJsonObject f =
        QJsonDocument::fromJson(m_settings->get<QString>(SettingKey::AuditTrailFilters).toUtf8())
            .object();
    if (f.isEmpty())
        return;
    const QSignalBlocker b1(m_action), b2(m_outcome), b3(m_identity), b4(m_operator), b5(m_useFrom),
        b6(m_useTo), b7(m_from), b8(m_to);
    m_action->setCurrentIndex(qMax(0, m_action->findData(f.value("action"_L1).toString())));
    m_outcome->setCurrentIndex(qMax(0, m_outcome->findData(f.value("outcome"_L1).toString())));
    m_identity->setText(f.value("identity"_L1).toString());
    m_operator->setText(f.value("operator"_L1).toString());
    const auto restoreDate = [&](const char *useKey, const char *key, QCheckBox *use,
                                 QDateTimeEdit *edit) {
        const QDateTime at =
            QDateTime::fromString(f.value(QLatin1StringView(key)).toString(), Qt::ISODate);
        const bool on = f.value(QLatin1StringView(useKey)).toBool() && at.isValid();
        use->setChecked(on);
        edit->setEnabled(on);
        if (on)
            edit->setDateTime(at.toLocalTime());
    };
    restoreDate("use_from", "from", m_useFrom, m_from);
    restoreDate("use_to", "to", m_useTo, m_to);
}

QString AuditTrailView::detailsText() const
{
    return m_details->toPlainText();
}

void AuditTrailView::showDetails()
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (!current.isValid() || current.row() >= m_model->rowCount()) {
        m_details->clear();
        return;
    }
    const AuditEntry &e = m_model->entry(current.row());
    const auto row = [](const QString &label, const QString &valueHtml) -> QString {
        return u"<tr><td valign=\"top\" style=\"padding-right: 10px\"><b>"_s + esc(label)
            + u"</b></td><td>"_s + valueHtml + u"</td></tr>"_s;
    };
    QString who = esc(e.operatorName.isEmpty() ? tr("(no operator name)") : e.operatorName);
    if (!e.osUser.isEmpty())
        who += u" "_s + esc(tr("(signed in to the computer as %1)").arg(e.osUser));
    const QString outcome = e.outcome == auditOutcomeName(AuditOutcome::Succeeded) ? tr("Succeeded")
        : e.outcome == auditOutcomeName(AuditOutcome::Failed)                      ? tr("Failed")
        : e.outcome == auditOutcomeName(AuditOutcome::Cancelled)                   ? tr("Cancelled")
                                                                                   : e.outcome;
    QString html = u"<h3>"_s + esc(auditActionLabel(e.action)) + u"</h3><table>"_s;
    html += row(tr("Who"), who);
    html += row(tr("What"), esc(auditActionLabel(e.action)) + u" "_s + monoHtml(e.action));
    html += row(tr("When"),
                esc(QLocale().toString(e.at().toLocalTime(), QLocale::LongFormat)) + u"<br/>"_s
                    + monoHtml(e.at().toString(Qt::ISODateWithMs)));
    html +=
        row(tr("Environment"), esc(e.environment.isEmpty() ? tr("not recorded") : e.environment));
    html += row(tr("Identity"), e.identityId.isEmpty() ? esc(tr("none")) : monoHtml(e.identityId));
    html += row(tr("Outcome"), esc(outcome.isEmpty() ? tr("not recorded") : outcome));
    html += row(tr("Request id"),
                e.requestId.isEmpty() ? esc(tr("no call to Paxos")) : monoHtml(e.requestId));
    html += u"</table><h4>"_s + esc(tr("Fields recorded")) + u"</h4>"_s;
    const QJsonObject details = e.details();
    if (details.isEmpty()) {
        html += u"<p>"_s + esc(tr("No fields were recorded with this entry.")) + u"</p>"_s;
    } else {
        html += u"<table>"_s;
        for (auto it = details.begin(); it != details.end(); ++it)
            html += row(it.key(), monoHtml(jsonText(it.value())));
        html += u"</table>"_s;
    }
    html += u"<h4>"_s + esc(tr("Link in the chain")) + u"</h4><table>"_s;
    html += row(tr("Entry"), monoHtml(QString::number(e.seq)));
    html += row(tr("Previous hash"),
                e.prevHash.isEmpty() ? esc(tr("none: the first entry")) : monoHtml(e.prevHash));
    html += row(tr("This hash"), monoHtml(e.hash));
    html += u"</table>"_s;
    if (m_model->brokenSeq() == e.seq)
        html += u"<p><b>"_s + esc(tr("The chain check found this entry altered or out of place."))
            + u"</b></p>"_s;
    m_details->setHtml(html);
}

QString AuditTrailView::resultText() const
{
    return m_result->text();
}

bool AuditTrailView::isBusy() const
{
    return m_verifier || m_exporter;
}

void AuditTrailView::scheduleReload()
{
    m_reloadTimer->start();
}

void AuditTrailView::reload()
{
    m_reloadTimer->stop();
    saveFilters();
    // Keep the entry the user is reading selected across reloads (new entries arrive on top).
    const QModelIndex before = m_table->currentIndex();
    const qint64 selectedSeq = before.isValid() ? m_model->entry(before.row()).seq : 0;
    const AuditFilter base = filter();
    AuditTrail *trail = m_trail;
    const QString error = m_model->reload(
        [trail, base](qint64 beforeSeq) {
            AuditFilter page = base;
            page.beforeSeq = beforeSeq;
            page.limit = kPageSize;
            return trail->list(page);
        },
        kPageSize);
    if (!error.isEmpty()) {
        m_count->setText(tr("The audit trail could not be read: %1").arg(error));
        return;
    }
    if (m_model->rowCount() > 0) {
        const int row = selectedSeq ? qMax(0, m_model->rowOfSeq(selectedSeq)) : 0;
        m_table->setCurrentIndex(m_model->index(row, 0));
    }
    const auto total = m_trail->count(base);
    if (!total) {
        m_count->setText(tr("The audit trail could not be counted: %1").arg(total.errorMessage()));
        return;
    }
    m_count->setText(total.value() == 1 ? tr("1 entry")
                                        : tr("%1 entries").arg(QLocale().toString(total.value())));
}

void AuditTrailView::setBusy(const QString &what)
{
    m_verify->setEnabled(false);
    m_export->setEnabled(false);
    m_progress->setRange(0, 0);
    m_progress->setFormat(what + u" %p%"_s);
    m_progress->show();
    m_cancel->show();
    m_cancel->setFocus();
    showResult(what, false);
}

void AuditTrailView::setIdle()
{
    m_verify->setEnabled(true);
    m_export->setEnabled(true);
    m_progress->hide();
    m_cancel->hide();
}

void AuditTrailView::showResult(const QString &text, bool problem)
{
    m_result->setText(text);
    if (problem)
        setToneText(m_result, Tone::Negative, true);
    else
        clearTone(m_result);
}

void AuditTrailView::cancel()
{
    if (m_verifier)
        m_verifier->cancel();
    if (m_exporter)
        m_exporter->cancel();
}

void AuditTrailView::verifyChain()
{
    if (isBusy())
        return;
    m_model->setBrokenSeq(0);
    auto *verifier = new AuditVerifier(m_store, this);
    m_verifier = verifier;
    connect(verifier, &AuditVerifier::progress, this, [this](qint64 checked, qint64 total) {
        // Progress bars count in int; scale large chains down to per mille.
        m_progress->setRange(0, 1000);
        m_progress->setValue(total > 0 ? int(checked * 1000 / total) : 0);
    });
    connect(
        verifier, &AuditVerifier::finished, this,
        [this, verifier](bool completed, const AuditVerification &result, const QString &error) {
            verifier->deleteLater();
            onVerified(completed, result, error);
        });
    setBusy(tr("Verifying the chain…"));
    verifier->start();
}

QString AuditTrailView::describeEntry(qint64 seq) const
{
    AuditFilter one;
    one.afterSeq = seq - 1;
    one.limit = 1;
    one.order = AuditFilter::Order::OldestFirst;
    const auto found = m_trail->list(one);
    if (!found || found->isEmpty() || found->constFirst().seq != seq)
        return tr("entry %1 (missing)").arg(seq);
    const AuditEntry &e = found->constFirst();
    QString what =
        tr("entry %1 — %2 by %3 on %4")
            .arg(seq)
            .arg(auditActionLabel(e.action), e.operatorName.isEmpty() ? e.osUser : e.operatorName,
                 QLocale().toString(e.at().toLocalTime(), QLocale::ShortFormat));
    if (!e.identityId.isEmpty())
        what += tr(", identity %1").arg(e.identityId);
    return what;
}

void AuditTrailView::onVerified(bool completed, const AuditVerification &result,
                                const QString &error)
{
    setIdle();
    if (!completed) {
        showResult(error.isEmpty() ? tr("Verification cancelled.")
                                   : tr("Verification failed: %1").arg(error),
                   !error.isEmpty());
        return;
    }
    if (result.intact) {
        showResult(tr("The chain is intact: %1 entries checked.")
                       .arg(QLocale().toString(result.entriesChecked)),
                   false);
        emit verificationFinished(true, 0);
        return;
    }
    showResult(tr("The chain is broken at %1: %2")
                   .arg(describeEntry(result.firstBrokenSeq), result.problem),
               true);
    m_model->setBrokenSeq(result.firstBrokenSeq);
    // Bring the broken entry into view when it is among the loaded rows (fetching more pages
    // until it is would read the whole trail for an old break).
    if (const int row = m_model->rowOfSeq(result.firstBrokenSeq); row >= 0) {
        m_table->selectRow(row);
        m_table->scrollTo(m_model->index(row, 0), QAbstractItemView::PositionAtCenter);
    }
    emit verificationFinished(false, result.firstBrokenSeq);
}

void AuditTrailView::exportCsv()
{
    if (isBusy())
        return;
    SaveRequest request;
    request.title = tr("Export audit trail");
    request.suggestedPath =
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath(u"audit-trail-%1.csv"_s.arg(
                QDateTime::currentDateTime().toString(u"yyyyMMdd-HHmm"_s)));
    request.filter = tr("CSV files (*.csv)");
    request.defaultSuffix = u"csv"_s;
    QPointer<AuditTrailView> self(this);
    m_chooseSavePath(this, request, [self](const QString &path) {
        if (self && !path.isEmpty())
            self->startExport(path);
    });
}

void AuditTrailView::startExport(const QString &path)
{
    if (isBusy())
        return;
    const AuditFilter f = filter();
    auto *exporter = new AuditCsvExport(m_trail, f, path, this);
    m_exporter = exporter;
    connect(exporter, &AuditCsvExport::progress, this, [this](qint64 written, qint64 total) {
        m_progress->setRange(0, 1000);
        m_progress->setValue(total > 0 ? int(written * 1000 / total) : 1000);
    });
    connect(exporter, &AuditCsvExport::finished, this,
            [this, exporter, path, f](bool ok, const QString &error) {
                exporter->deleteLater();
                setIdle();
                AuditRecord record;
                record.action = AuditAction::Export;
                record.outcome = ok
                    ? AuditOutcome::Succeeded
                    : (error.isEmpty() ? AuditOutcome::Cancelled : AuditOutcome::Failed);
                record.details = QJsonObject{{u"what"_s, u"audit_csv"_s},
                                             {u"file"_s, QFileInfo(path).fileName()},
                                             {u"filter_action"_s, f.action},
                                             {u"filter_identity"_s, f.identityId},
                                             {u"filter_operator"_s, f.operatorName},
                                             {u"filter_outcome"_s, f.outcome}};
                if (!error.isEmpty())
                    record.details.insert(u"error"_s, error);
                const auto audited = m_trail->append(record);
                if (ok) {
                    showResult(tr("Exported to %1.").arg(QDir::toNativeSeparators(path)), false);
                } else {
                    showResult(error.isEmpty() ? tr("Export cancelled; no file was written.")
                                               : tr("Export failed: %1").arg(error),
                               !error.isEmpty());
                }
                if (!audited)
                    showResult(m_result->text() + u' '
                                   + tr("The export could not be recorded in the audit "
                                        "trail: %1")
                                         .arg(audited.errorMessage()),
                               true);
                emit exportFinished(ok, path);
            });
    setBusy(tr("Exporting…"));
    exporter->start();
}

AuditTrailWindow::AuditTrailWindow(Store *store, AuditTrail *trail, Settings *settings,
                                   QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_view(new AuditTrailView(store, trail, this))
    , m_settings(settings)
{
    setObjectName(u"auditTrailWindow"_s);
    setWindowTitle(tr("Audit trail"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    m_view->setSettings(settings);
    auto *closeShortcut = new QShortcut(QKeySequence::Close, this);
    connect(closeShortcut, &QShortcut::activated, this, &QWidget::close);
    auto *escape = new QShortcut(Qt::Key_Escape, this);
    connect(escape, &QShortcut::activated, this, [this] {
        // Escape stops a running check or export first, like a dialog's Cancel.
        if (m_view->isBusy())
            m_view->cancel();
        else
            close();
    });

    // Large enough to read a day's entries beside one entry's details, and never larger than
    // the screen (1280x720 included).
    QSize size(1180, 680);
    if (const QScreen *s = parent ? parent->screen() : screen())
        size = size.boundedTo(s->availableGeometry().size() * 0.92);
    resize(size);
    if (settings) {
        const QByteArray geometry = settings->get<QByteArray>(SettingKey::AuditTrailGeometry);
        if (!geometry.isEmpty())
            restoreGeometry(geometry);
    }
}

void AuditTrailWindow::present()
{
    show();
    raise();
    activateWindow();
    m_view->reload();
    m_view->setFocus();
}

void AuditTrailWindow::closeEvent(QCloseEvent *event)
{
    if (m_settings)
        m_settings->setValue(SettingKey::AuditTrailGeometry, saveGeometry());
    QWidget::closeEvent(event);
}

} // namespace console::ui
