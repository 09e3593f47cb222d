#include "ui/record/evidenceexportdialog.h"

#include "core/record/audittrail.h"
#include "core/record/piireveal.h"
#include "ui/widgets/theme.h"
#include "ui_evidenceexportdialog.h"

#include <QDir>
#include <QFileInfo>
#include <QFontDatabase>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace console::ui {

namespace {

QString displayName(const QJsonObject &identity)
{
    const QJsonObject person = identity.value("person_details"_L1).toObject();
    const QString full =
        person.value("first_name"_L1).toString() + u' ' + person.value("last_name"_L1).toString();
    const QString name = full.trimmed();
    if (!name.isEmpty())
        return name;
    return identity.value("institution_details"_L1).toObject().value("name"_L1).toString();
}

} // namespace

EvidenceExportDialog::EvidenceExportDialog(EvidenceInput input, AuditTrail *audit, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::EvidenceExportDialog>())
    , m_input(std::move(input))
    , m_audit(audit)
    , m_chooseSavePath(fileDialogSavePathChooser())
{
    m_ui->setupUi(this);
    setObjectName(u"evidenceExportDialog"_s);
    m_export = m_ui->buttonBox->addButton(tr("&Export"), QDialogButtonBox::AcceptRole);
    m_export->setObjectName(u"evidenceExportButton"_s);
    m_export->setDefault(true);

    const QString id = identityId();
    const QString name = displayName(m_input.identity);
    m_ui->subjectLabel->setText(
        name.isEmpty()
            ? tr("Evidence pack for identity %1").arg(id)
            : tr("Evidence pack for <b>%1</b> (%2)").arg(name.toHtmlEscaped(), id.toHtmlEscaped()));
    setMutedText(m_ui->piiHint);
    m_ui->progressBar->hide();

    // The PDF's fingerprint, shown after a PDF was written: selectable, monospace, whole.
    m_shaEdit = new QLineEdit(this);
    m_shaEdit->setObjectName(u"pdfShaEdit"_s);
    m_shaEdit->setReadOnly(true);
    m_shaEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_shaEdit->setAccessibleName(tr("SHA-256 of the PDF"));
    m_shaEdit->setToolTip(tr("Keep this value: it shows later that the PDF is unchanged."));
    m_shaEdit->hide();
    m_ui->mainLayout->insertWidget(m_ui->mainLayout->indexOf(m_ui->statusLabel) + 1, m_shaEdit);
    m_ui->pathEdit->setAccessibleName(tr("Save the evidence pack as"));
    m_ui->browseButton->setAccessibleName(tr("Choose where to save the evidence pack"));
    m_ui->progressBar->setAccessibleName(tr("Export progress"));

    const QString stamp = QDateTime::currentDateTime().toString(u"yyyyMMdd-HHmm"_s);
    m_defaultDir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    setBasePath(QDir(m_defaultDir).filePath(u"evidence-%1-%2.pdf"_s.arg(id.left(8), stamp)));

    // Accepted is the Export button: export instead of closing.
    disconnect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &EvidenceExportDialog::startExport);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &EvidenceExportDialog::reject);
    connect(m_ui->browseButton, &QPushButton::clicked, this, &EvidenceExportDialog::choosePath);
    connect(m_ui->pdfCheck, &QCheckBox::toggled, this, &EvidenceExportDialog::updateState);
    connect(m_ui->jsonCheck, &QCheckBox::toggled, this, &EvidenceExportDialog::updateState);
    connect(m_ui->pathEdit, &QLineEdit::textChanged, this, &EvidenceExportDialog::updateState);
    connect(m_ui->piiCheck, &QCheckBox::toggled, this, [this](bool on) {
        clearTone(m_ui->piiHint);
        if (on)
            setToneText(m_ui->piiHint, Tone::Negative, true);
        else
            setMutedText(m_ui->piiHint);
    });
    updateState();
}

EvidenceExportDialog::~EvidenceExportDialog()
{
    if (m_pack)
        m_pack->cancel();
}

QString EvidenceExportDialog::identityId() const
{
    return m_input.identity.value("id"_L1).toString();
}

void EvidenceExportDialog::setBasePath(const QString &path)
{
    m_ui->pathEdit->setText(QDir::toNativeSeparators(path));
}

QString EvidenceExportDialog::pdfPath() const
{
    if (!m_ui->pdfCheck->isChecked())
        return {};
    const QFileInfo base(QDir::fromNativeSeparators(m_ui->pathEdit->text().trimmed()));
    return base.fileName().isEmpty() ? QString()
                                     : base.dir().filePath(base.completeBaseName() + u".pdf"_s);
}

QString EvidenceExportDialog::jsonPath() const
{
    if (!m_ui->jsonCheck->isChecked())
        return {};
    const QFileInfo base(QDir::fromNativeSeparators(m_ui->pathEdit->text().trimmed()));
    return base.fileName().isEmpty() ? QString()
                                     : base.dir().filePath(base.completeBaseName() + u".json"_s);
}

QString EvidenceExportDialog::pdfSha256() const
{
    return m_shaEdit->text();
}

QString EvidenceExportDialog::statusText() const
{
    return m_ui->statusLabel->text();
}

void EvidenceExportDialog::updateState()
{
    const bool running = isRunning();
    const QString pdf = pdfPath();
    const QString json = jsonPath();
    QStringList files;
    if (!pdf.isEmpty())
        files.append(QDir::toNativeSeparators(pdf));
    if (!json.isEmpty())
        files.append(QDir::toNativeSeparators(json));
    m_ui->filesLabel->setText(files.isEmpty() ? tr("Choose at least one file to write.")
                                              : tr("Writes %1").arg(files.join(tr(" and "))));
    m_export->setEnabled(!running && !files.isEmpty());
    for (QWidget *w :
         {static_cast<QWidget *>(m_ui->contentsGroup), static_cast<QWidget *>(m_ui->piiGroup),
          static_cast<QWidget *>(m_ui->pathEdit), static_cast<QWidget *>(m_ui->browseButton)})
        w->setEnabled(!running);
    m_ui->progressBar->setVisible(running);
}

void EvidenceExportDialog::choosePath()
{
    SaveRequest request;
    request.title = tr("Save evidence pack");
    request.suggestedPath = QDir::fromNativeSeparators(m_ui->pathEdit->text());
    request.filter =
        m_ui->pdfCheck->isChecked() ? tr("PDF files (*.pdf)") : tr("JSON files (*.json)");
    request.defaultSuffix = m_ui->pdfCheck->isChecked() ? u"pdf"_s : u"json"_s;
    QPointer<EvidenceExportDialog> self(this);
    m_chooseSavePath(this, request, [self](const QString &path) {
        if (self && !path.isEmpty())
            self->setBasePath(path);
    });
}

void EvidenceExportDialog::startExport()
{
    if (isRunning())
        return;
    EvidenceOptions options;
    options.pdfPath = pdfPath();
    options.jsonPath = jsonPath();
    options.revealPii = m_ui->piiCheck->isChecked();
    if (options.pdfPath.isEmpty() && options.jsonPath.isEmpty())
        return;
    const QString folder =
        QFileInfo(options.pdfPath.isEmpty() ? options.jsonPath : options.pdfPath).absolutePath();
    if (!QFileInfo(folder).isDir()) {
        // The default folder (Documents) is missing on a fresh profile: make it. Any other
        // missing folder is likely a typo; the user picks again rather than us creating it.
        const bool isDefault =
            !m_defaultDir.isEmpty() && QDir::cleanPath(folder) == QDir::cleanPath(m_defaultDir);
        if (!isDefault || !QDir().mkpath(folder)) {
            m_ui->statusLabel->setText(
                isDefault ? tr("The folder %1 could not be created; choose another.")
                                .arg(QDir::toNativeSeparators(folder))
                          : tr("The folder %1 does not exist; choose another.")
                                .arg(QDir::toNativeSeparators(folder)));
            choosePath();
            return;
        }
    }
    // The pack is a pair (the bundle carries the PDF's SHA-256); a file the user did not ask
    // for is written to a scratch folder and removed with it.
    if (options.pdfPath.isEmpty() || options.jsonPath.isEmpty()) {
        m_scratch = std::make_unique<QTemporaryDir>();
        if (!m_scratch->isValid()) {
            m_ui->statusLabel->setText(
                tr("No temporary folder could be created: %1").arg(m_scratch->errorString()));
            return;
        }
        if (options.pdfPath.isEmpty())
            options.pdfPath = m_scratch->filePath(u"evidence.pdf"_s);
        if (options.jsonPath.isEmpty())
            options.jsonPath = m_scratch->filePath(u"evidence.json"_s);
    }
    m_revealing = options.revealPii;
    m_writesPdf = !pdfPath().isEmpty();
    m_shaEdit->clear();
    m_shaEdit->hide();
    auto *pack = new EvidencePack(m_input, options, this);
    m_pack = pack;
    connect(pack, &EvidencePack::progress, this, [this](int done, int total) {
        m_ui->progressBar->setRange(0, qMax(1, total));
        m_ui->progressBar->setValue(done);
    });
    connect(pack, &EvidencePack::finished, this, [this, pack](bool ok, const QString &error) {
        pack->deleteLater();
        m_pack = nullptr;
        onFinished(ok, error, ok && m_writesPdf ? pack->pdfSha256() : QString());
    });
    m_ui->progressBar->setRange(0, 0);
    m_ui->statusLabel->setText(tr("Writing the evidence pack…"));
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setFocus();
    updateState();
    pack->start();
}

void EvidenceExportDialog::cancelExport()
{
    if (m_pack)
        m_pack->cancel();
}

void EvidenceExportDialog::reject()
{
    // Cancel stops a running export first; a second Cancel (or Escape) closes.
    if (isRunning()) {
        cancelExport();
        return;
    }
    QDialog::reject();
}

void EvidenceExportDialog::onFinished(bool ok, const QString &error, const QString &pdfSha256)
{
    m_scratch.reset();
    const AuditOutcome outcome = ok
        ? AuditOutcome::Succeeded
        : (error.isEmpty() ? AuditOutcome::Cancelled : AuditOutcome::Failed);
    QJsonObject details{{u"what"_s, u"evidence_pack"_s},
                        {u"pdf"_s, QFileInfo(pdfPath()).fileName()},
                        {u"json"_s, QFileInfo(jsonPath()).fileName()},
                        {u"pii_included"_s, m_revealing}};
    if (!error.isEmpty())
        details.insert(u"error"_s, error);
    // The fingerprint goes into the (hash-chained) trail, so a PDF shown later can be checked
    // against what was exported.
    if (!pdfSha256.isEmpty())
        details.insert(u"pdf_sha256"_s, pdfSha256);
    QString auditError;
    if (m_audit) {
        if (ok && m_revealing) {
            PiiReveal reveal;
            reveal.identityId = identityId();
            reveal.fields = {u"cip_id"_s, u"date_of_birth"_s, u"tax_payer_id"_s};
            reveal.where = u"evidence_pack"_s;
            if (const auto r = recordPiiReveal(m_audit, reveal); !r)
                auditError = r.errorMessage();
        }
        AuditRecord record;
        record.action = AuditAction::Export;
        record.outcome = outcome;
        record.identityId = identityId();
        record.details = details;
        if (const auto r = m_audit->append(record); !r)
            auditError = r.errorMessage();
    }
    QString text;
    if (ok && !pdfSha256.isEmpty())
        text = tr("The evidence pack was written. The PDF's SHA-256, also recorded in the audit "
                  "trail:");
    else if (ok)
        text = tr("The evidence pack was written.");
    else if (error.isEmpty())
        text = tr("Export cancelled; no file was written.");
    else
        text = tr("The evidence pack could not be written: %1").arg(error);
    if (!auditError.isEmpty())
        text += u' ' + tr("It could not be recorded in the audit trail: %1").arg(auditError);
    m_ui->statusLabel->setText(text);
    m_shaEdit->setText(pdfSha256);
    m_shaEdit->setVisible(!pdfSha256.isEmpty());
    if (ok) {
        m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setText(tr("Close"));
        m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setFocus();
    }
    updateState();
    emit exportFinished(ok, error);
}

} // namespace console::ui
