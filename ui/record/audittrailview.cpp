#include "ui/record/audittrailview.h"

#include "core/record/auditcsvexport.h"
#include "ui/record/audittrailtablemodel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDir>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace console::ui {

namespace {
constexpr int kPageSize = 200;
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

    m_table = new QTableView(this);
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

    m_result = new QLabel(this);
    m_result->setObjectName(u"auditResult"_s);
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(u"auditProgress"_s);
    m_progress->setMaximumWidth(240);
    m_progress->hide();
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setObjectName(u"auditCancel"_s);
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
    layout->addWidget(m_table, 1);
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
    m_result->setStyleSheet(problem ? u"color: #b00020; font-weight: 600;"_s : QString());
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

} // namespace console::ui
