#pragma once

#include "core/services.h"

#include <QObject>
#include <QPointer>

class QComboBox;
class QDateTime;
class QDockWidget;
class QSystemTrayIcon;

namespace console::ui {

class ControlsPanel;
class EddChecklistWidget;
class EventsView;
class MainWindow;

// The events feature's widgets on the window, over the core EventsService (built by the
// composition root): an Events dock, Controls and Documents detail pages, a "Follow-up" queue
// filter, an Events menu (show, sync, fetch since…, webhook receiver…, desktop notifications)
// and desktop notifications through the system tray. Everything goes through MainWindow's
// extension points.
class EventsIntegration : public QObject
{
    Q_OBJECT
public:
    // Uses services.events, session, settings, credentials, store, audit, documentRecords,
    // identities and current. Parented to the window.
    EventsIntegration(MainWindow *window, const Services &services);
    ~EventsIntegration() override;

    EventsView *view() const { return m_view; }
    ControlsPanel *controls() const { return m_controls; }
    EddChecklistWidget *edd() const { return m_edd; }
    QDockWidget *dock() const { return m_dock; }
    QComboBox *followUpFilter() const { return m_filter; }

    // The last desktop notification (title: message), for tests and the status bar.
    QString lastNotification() const { return m_lastNotification; }

private:
    void buildDock();
    void buildDetailPages();
    void buildQueueFilter();
    void buildMenu();
    void onEnvironmentChanged();
    void showNotification(const QString &title, const QString &message);
    void openWebhookSettings();
    // "Fetch events since…": asks for a time, then fetches with progress and Cancel.
    void askForBackfill();
    void runBackfill(const QDateTime &since);

    MainWindow *m_window;
    Services m_services;
    EventsView *m_view = nullptr;
    ControlsPanel *m_controls = nullptr;
    EddChecklistWidget *m_edd = nullptr;
    QDockWidget *m_dock = nullptr;
    QComboBox *m_filter = nullptr;
    QSystemTrayIcon *m_tray = nullptr;
    QString m_lastNotification;
};

} // namespace console::ui
