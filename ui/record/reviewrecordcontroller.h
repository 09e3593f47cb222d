#pragma once

#include "core/record/store.h"
#include "core/services.h"
#include "ui/record/savepath.h"

#include <QJsonArray>
#include <QObject>
#include <QPointer>

class QAction;
class QDockWidget;
class QMenu;
class QToolButton;

namespace paxos {
struct Identity;
} // namespace paxos

namespace console::ui {

class AuditTrailView;
class AuditTrailWindow;
class MainWindow;
class MyIdentitiesFilter;
class NextCase;
class NotesPanel;
class TeamPanel;
class TimelineWidget;

// The review record's widgets on the window, through MainWindow's extension points: "Timeline"
// and "Notes" detail pages and the team line (assignee, soft-lock banner) above them; the
// Tools menu with Take / Assign to… / Release, Next case (also in the queue's toolbar), "My
// identities" (a queue filter), the evidence pack, the audit trail and the record settings; the
// record indicator in the status bar. The services (store, notes, assignments, soft locks, status
// history) come from the composition root.
class ReviewRecordController : public QObject
{
    Q_OBJECT
public:
    // Uses store, audit, notes, reasonCodes, assignments, softLocks, session, current,
    // settings and credentials. Parented to the window.
    ReviewRecordController(MainWindow *window, const Services &services);
    ~ReviewRecordController() override;

    void setSavePathChooser(SavePathChooser chooser) { m_chooseSavePath = std::move(chooser); }

    TimelineWidget *timeline() const { return m_timeline; }
    NotesPanel *notes() const { return m_notes; }
    TeamPanel *team() const { return m_team; }
    MyIdentitiesFilter *myIdentities() const { return m_mine; }
    NextCase *nextCase() const { return m_nextCase; }
    // Null until the audit trail was first shown.
    AuditTrailView *auditTrailView() const;
    QMenu *toolsMenu() const { return m_tools; }

    // Shows in the status bar where this session records: the team's database or the local
    // file, and, when the configured team store could not be used, why (fallbackReason).
    void setStoreState(StoreBackend backend, const QString &description,
                       const QString &fallbackReason);
    QToolButton *storeIndicator() const { return m_storeIndicator; }
    // While the team database cannot be reached the indicator says so, with the cause.
    void showStoreUnreachable(const QString &why);

public slots:
    void showAuditTrail();
    // Fetches documents and controls of the open identity, then opens the export dialog.
    void exportEvidencePack();
    // Over the main window, or over `over` (the connection dialog) when given.
    void openStoreSettings(QWidget *over = nullptr);

signals:
    void message(const QString &text);
    // The reviewer chose to restart so that a new record location takes effect; any
    // password typed for it is in the keychain by now.
    void restartRequested();

private:
    // After a new record location was saved: restart now, or use it from the next start.
    void offerRestart(const QString &location, const QString &pendingPasswordKey);
    void buildToolsMenu();
    void onIdentityLoading(const QString &identityId);
    void onIdentityLoaded(const paxos::Identity &identity);
    // Asks the API for documents and controls of identityId; the timeline gets them, and a
    // waiting export opens once both answered (a failed call leaves its part empty).
    void fetchApiSources(bool forExport);
    void takeApiSources();
    void openExportDialog();

    MainWindow *m_window;
    Services m_services;
    SavePathChooser m_chooseSavePath;
    TimelineWidget *m_timeline = nullptr;
    NotesPanel *m_notes = nullptr;
    TeamPanel *m_team = nullptr;
    MyIdentitiesFilter *m_mine = nullptr;
    NextCase *m_nextCase = nullptr;
    QMenu *m_tools = nullptr;
    QAction *m_auditAction = nullptr;
    QAction *m_evidenceAction = nullptr;
    QAction *m_storeAction = nullptr;
    QToolButton *m_storeIndicator = nullptr;
    // What setStoreState() last showed, put back when the team database answers again.
    StoreBackend m_shownBackend = StoreBackend::Sqlite;
    QString m_shownDescription;
    QPointer<AuditTrailWindow> m_auditWindow;
    QPointer<AuditTrailView> m_auditView;
    QString m_identityId;
    // What List Identity Documents / Controls answered for m_identityId.
    QString m_sourcesFor;
    QJsonArray m_documents;
    QJsonArray m_pending;
    QJsonArray m_controls;
    bool m_wantSources = false;
    bool m_exportWaiting = false;
    QString m_pendingPasswordKey; // a store password still on its way to the keychain
    bool m_restartWhenStored = false;
};

} // namespace console::ui
