#pragma once

#include "core/import/importplan.h"
#include "core/import/importsender.h"
#include "paxos/model/identity.h"
#include "ui/onboarding/onboardingservices.h"

#include <QDialog>
#include <QPointer>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTableView;
class QTableWidget;

namespace paxos {
class Connection;
}

namespace console {
class AuditTrail;
class WriteGuard;
} // namespace console

namespace console::ui {

class DuplicateCipIdDialog;
class ImportPreviewModel;

// Identity → Import…: a file of persons (CSV or JSON Lines) in four steps.
//   1. File: pick it; a file that cannot be read says why.
//   2. Columns: each column's field; API names are already mapped, a mapping chosen once is
//      offered again for files of the same layout (remembered in `mappingFile`).
//   3. Preview: every row checked with the person form's rules; a problem is marked on its
//      cell (tooltip) or in Problems; fix a cell in place, or skip rows. Nothing is sent until
//      Send. Sending shows progress and can be paused, resumed and cancelled; each row's
//      status updates in place.
//   4. Results: the counts and the report (CSV), saved in `reportDir` and, on request,
//      anywhere else. A row refused for a duplicate cip_id is listed there and goes to the
//      duplicate-cip workflow (DuplicateCipIdDialog), as a single create's 409 does; the
//      decision taken there (account opened / customer declined) is written back into the
//      row, the list and the kept report.
// Every create goes through the write gate; in Production it asks once for the batch.
class ImportDialog : public QDialog
{
    Q_OBJECT
public:
    enum Page { FilePage, MappingPage, PreviewPage, ResultsPage };

    ImportDialog(paxos::Connection *connection, WriteGuard *guard, QString mappingFile,
                 QString reportDir, QWidget *parent = nullptr);
    ~ImportDialog() override;

    // Step 1 → 2 (also what Browse… and Next do). False, with the reason shown, when the
    // file cannot be read.
    bool openFile(const QString &path);
    // Step 2 → 3 with the mapping chosen in the table (remembered for this layout).
    void acceptMapping();
    // Step 3: send every ready row.
    void send();
    // What the duplicate-cip workflow works with (the window's onboarding services). Without
    // them the duplicate rows are listed but cannot be opened.
    void setOnboardingServices(const OnboardingServices &services);
    // Step 4: opens the duplicate-cip workflow for a row refused as a duplicate cip_id (the
    // row's request beside the identity that holds the id). Null for any other row.
    DuplicateCipIdDialog *openDuplicateWorkflow(int row);

    // Where reveals of PII cells are recorded (pii.reveal). Without it PII cells are edited
    // blind: the editor starts empty, the value stays hidden.
    void setAuditTrail(AuditTrail *audit) { m_audit = audit; }
    // Records the reveal of a PII cell of the preview, then lets its editor have the value.
    // False (the cell stays masked, the reason below the table) when it cannot be recorded.
    // Editing a PII cell in the table goes through here.
    bool revealCell(const QModelIndex &index);

    Page page() const;
    bulkimport::ImportPlan &plan() { return m_plan; }
    bulkimport::ImportSender *sender() const { return m_sender; }
    QTableView *previewView() const { return m_preview; }
    QString savedReportPath() const { return m_reportPath; }

signals:
    void identityImported(const paxos::Identity &identity);
    // From the duplicate-cip workflow: show this identity in the window.
    void openIdentityRequested(const QString &identityId);
    void sendFinished();

private:
    QWidget *buildFilePage();
    QWidget *buildMappingPage();
    QWidget *buildPreviewPage();
    QWidget *buildResultsPage();
    void fillMappingTable();
    void updateSummary();
    void setSkipped(bool skipped);
    void onSenderState();
    void showResults();
    void saveReportAs();
    void fillDuplicates();
    void updateCompare();
    QString duplicateText(int row) const;
    // The duplicate workflow's decision for `row`: into the plan, the list and the kept report.
    void recordDecision(int row, bulkimport::DuplicateDecision decision, const QString &detail);

    paxos::Connection *m_connection;
    QPointer<WriteGuard> m_guard;
    QPointer<AuditTrail> m_audit;
    QString m_mappingFile;
    QString m_reportDir;
    bulkimport::ImportPlan m_plan;
    QPointer<bulkimport::ImportSender> m_sender;
    QString m_reportPath;
    std::optional<OnboardingServices> m_onboarding;

    QStackedWidget *m_pages = nullptr;
    QLineEdit *m_path = nullptr;
    QLabel *m_fileError = nullptr;
    QLabel *m_mappingNote = nullptr;
    QTableWidget *m_mapping = nullptr;
    QList<QComboBox *> m_targets;
    QTableView *m_preview = nullptr;
    ImportPreviewModel *m_model = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_cellProblem = nullptr;
    QPushButton *m_skip = nullptr;
    QPushButton *m_include = nullptr;
    QPushButton *m_send = nullptr;
    QPushButton *m_pause = nullptr;
    QPushButton *m_cancel = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_results = nullptr;
    QWidget *m_duplicateBox = nullptr;
    QListWidget *m_duplicates = nullptr; // item data: the row
    QPushButton *m_compare = nullptr;
    QLabel *m_decisions = nullptr; // what the last decision changed in the report
};

} // namespace console::ui
