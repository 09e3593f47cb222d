#pragma once

#include "core/record/audittrail.h"
#include "ui/record/savepath.h"

#include <QPointer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QProgressBar;
class QSplitter;
class QTextBrowser;
class QPushButton;
class QTableView;
class QTimer;

namespace console {
class Settings;
class AuditCsvExport;
class AuditVerifier;
} // namespace console

namespace console::ui {

class AuditTrailTableModel;

// The audit trail: a filterable table of what was done from the console, a check of its hash
// chain (progress, cancel, the first broken link in words) and a CSV export of the filtered
// entries. Put it in a dock or show it as a window; it follows the store's Audit topic, so
// entries written here or (PostgreSQL) by another console appear without a refresh.
class AuditTrailView : public QWidget
{
    Q_OBJECT
public:
    AuditTrailView(Store *store, AuditTrail *trail, QWidget *parent = nullptr);
    ~AuditTrailView() override;

    void setSavePathChooser(SavePathChooser chooser) { m_chooseSavePath = std::move(chooser); }
    // Limits the table to one identity (the detail pane's "Show audit trail").
    void setIdentityFilter(const QString &identityId);
    // Restores the filters last used and keeps them from now on (SettingKey::AuditTrailFilters).
    void setSettings(Settings *settings);
    // The selected entry's details as shown in the details pane (plain text).
    QString detailsText() const;

    AuditFilter filter() const;
    AuditTrailTableModel *model() const { return m_model; }
    // What the last verification or export said, as shown.
    QString resultText() const;
    bool isBusy() const;

public slots:
    void reload();
    void verifyChain();
    void exportCsv();
    void cancel();

signals:
    void verificationFinished(bool intact, qint64 firstBrokenSeq);
    void exportFinished(bool ok, const QString &path);

private:
    void scheduleReload();
    void setBusy(const QString &what);
    void setIdle();
    void showResult(const QString &text, bool problem);
    void onVerified(bool completed, const AuditVerification &result, const QString &error);
    void startExport(const QString &path);
    QString describeEntry(qint64 seq) const;
    void showDetails();
    void saveFilters();
    void restoreFilters();

    Store *m_store;
    AuditTrail *m_trail;
    SavePathChooser m_chooseSavePath;
    AuditTrailTableModel *m_model = nullptr;
    QComboBox *m_action = nullptr;
    QComboBox *m_outcome = nullptr;
    QLineEdit *m_identity = nullptr;
    QLineEdit *m_operator = nullptr;
    QCheckBox *m_useFrom = nullptr;
    QDateTimeEdit *m_from = nullptr;
    QCheckBox *m_useTo = nullptr;
    QDateTimeEdit *m_to = nullptr;
    QPushButton *m_clear = nullptr;
    QPushButton *m_verify = nullptr;
    QPushButton *m_export = nullptr;
    QTableView *m_table = nullptr;
    QTextBrowser *m_details = nullptr;
    QSplitter *m_splitter = nullptr;
    Settings *m_settings = nullptr;
    QLabel *m_count = nullptr;
    QLabel *m_result = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancel = nullptr;
    QTimer *m_reloadTimer = nullptr;
    QPointer<AuditVerifier> m_verifier;
    QPointer<AuditCsvExport> m_exporter;
};

// The audit trail in a window of its own, sized for reading (not a strip under the main
// window), its geometry kept between openings. Parent it to the main window so it closes with it.
class AuditTrailWindow : public QWidget
{
    Q_OBJECT
public:
    AuditTrailWindow(Store *store, AuditTrail *trail, Settings *settings,
                     QWidget *parent = nullptr);

    AuditTrailView *view() const { return m_view; }
    // Shows, raises and focuses the window; reloads the entries.
    void present();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    AuditTrailView *m_view;
    Settings *m_settings;
};

} // namespace console::ui
