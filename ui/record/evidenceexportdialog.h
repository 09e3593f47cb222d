#pragma once

#include "core/evidence/evidencepack.h"
#include "ui/record/savepath.h"

#include <QDialog>
#include <QPointer>

#include <memory>

class QLineEdit;
class QPushButton;
class QTemporaryDir;

namespace console {
class AuditTrail;
} // namespace console

namespace Ui {
class EvidenceExportDialog;
} // namespace Ui

namespace console::ui {

// Exports one identity's evidence pack: a PDF and/or a JSON bundle, PII masked unless the
// user ticks the box, with progress and cancel. The export is recorded in the audit trail
// (Export; and PiiReveal when personal data was included), whatever its outcome.
class EvidenceExportDialog : public QDialog
{
    Q_OBJECT
public:
    // input: EvidenceInput::gather() with what the API returned at the time of export.
    EvidenceExportDialog(EvidenceInput input, AuditTrail *audit, QWidget *parent = nullptr);
    ~EvidenceExportDialog() override;

    void setSavePathChooser(SavePathChooser chooser) { m_chooseSavePath = std::move(chooser); }
    // The PDF path (the JSON bundle goes beside it with .json); default in Documents, which
    // is created at export if missing.
    void setBasePath(const QString &path);
    QString pdfPath() const;
    QString jsonPath() const;
    bool isRunning() const { return m_pack != nullptr; }
    // The SHA-256 of the PDF last written, as shown to the user; empty if none.
    QString pdfSha256() const;
    QString statusText() const;

public slots:
    void startExport();
    void cancelExport();
    void choosePath();

signals:
    void exportFinished(bool ok, const QString &error);

protected:
    void reject() override;

private:
    void updateState();
    void onFinished(bool ok, const QString &error, const QString &pdfSha256);
    QString identityId() const;

    std::unique_ptr<Ui::EvidenceExportDialog> m_ui;
    EvidenceInput m_input;
    AuditTrail *m_audit;
    SavePathChooser m_chooseSavePath;
    QPushButton *m_export = nullptr;
    QPointer<EvidencePack> m_pack;
    bool m_revealing = false;
    bool m_writesPdf = false;
    QString m_defaultDir;
    QLineEdit *m_shaEdit = nullptr;
    std::unique_ptr<QTemporaryDir> m_scratch;
};

} // namespace console::ui
