#pragma once

#include "core/services.h"
#include "ui/session/connectiondialog.h"

#include <QDateTime>
#include <QMainWindow>
#include <QMap>
#include <QPointer>

#include <functional>
#include <memory>

class QAction;
class QLabel;
class QMenu;
class QSplitter;
class QStackedWidget;
class QTimer;

namespace paxos {
class ApiError;
struct Identity;
} // namespace paxos

namespace console {
class AuditTrail;
class CsvExporter;
class CurrentIdentity;
class IdentityFilterProxy;
class IdentityTableModel;
class QueueRowFilter;
class Session;
class Settings;
} // namespace console

namespace console::ui {

class ConnectionIndicator;
class DialogWriteConfirmer;
class EnvironmentBanner;
class FilterBar;
class IdentityDetailPane;
class LoadAllControl;
class MainActions;
class QueueExport;
class QueueTableView;
class StateWidget;
struct QueueFilterValues;

// The window a reviewer lives in: environment banner, filter bar, the identity queue on the
// left, the detail pane on the right, connection state in the status bar. It only shows and
// asks; the Application owns the services and decides what a switch of environment does.
//
// Features (events, review record, onboarding) add themselves through the extension points
// below, never by looking up the window's children: menus by enum, detail pages and banners,
// queue filters on the queue's own proxy, status-bar widgets, docks (addDockWidget) and
// window-wide shortcuts (addAction). See ui/README.md.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // The menu bar, left to right. Tools and Events appear once a feature asks for them.
    enum class Menu { File, View, Identity, Tools, Events, Help };
    Q_ENUM(Menu)

    // Uses session, identities, current (the queue's selection goes to it) and audit (where reveals
    // of PII are recorded; without it nothing can be revealed).
    explicit MainWindow(const Services &services, QWidget *parent = nullptr);
    ~MainWindow() override;

    // --- Extension points ---
    // The menu `which`, created in its place in the menu bar on first use.
    QMenu *menu(Menu which);
    // A tab in the detail pane after the built-in ones; returns its index for
    // showDetailPage(). The pane's tab keys (Ctrl+Tab, Ctrl+Shift+Tab) reach it.
    int addDetailPage(QWidget *page, const QString &title);
    void showDetailPage(int index);
    // A line above the detail pane's tabs (the team line, soft-lock banner).
    void addDetailBanner(QWidget *banner);
    // A condition on the queue, applied by the queue's own proxy (never a proxy of its own:
    // the queue proxy must sit on the identity model to hand sorting to it). `control`, when
    // given, goes into the filter bar with `caption` as its label.
    void addQueueFilter(QueueRowFilter *filter, QLabel *caption = nullptr,
                        QWidget *control = nullptr);
    // A permanent widget at the right of the status bar.
    void addStatusWidget(QWidget *widget);
    // Asked before the window closes: a non-empty answer is what quitting now would lose
    // ("1 note could not be saved"); the reviewer then chooses to stay or quit anyway.
    // `copy`, when given, puts what would be lost on the clipboard ("Copy and quit").
    void addQuitCheck(std::function<QString()> check, std::function<QString()> copy = {});

    MainActions *actions() const { return m_actions; }
    QueueTableView *queueView() const { return m_table; }
    FilterBar *filterBar() const { return m_filters; }
    IdentityDetailPane *detailPane() const { return m_detail; }
    EnvironmentBanner *banner() const { return m_banner; }
    IdentityFilterProxy *proxy() const { return m_proxy; }

    // The layout the reviewer chose (columns: order, width, visibility; sort; splitter;
    // geometry) is read from and written to these settings. Null: nothing is remembered.
    void setSettings(Settings *settings);
    void saveLayout();
    void restoreLayout();
    void resetColumns();

    // What the connection dialog starts from (client ids per environment, stored secrets).
    void setConnectionDefaults(const ConnectionDefaults &defaults)
    {
        m_connectionDefaults = defaults;
    }
    // Opens the connection dialog (window-modal, no nested event loop).
    ConnectionDialog *openConnectionDialog();

    // Where "Export to CSV" writes. Default: a save dialog; tests answer directly.
    using SavePathChooser = std::function<void(QWidget *parent, std::function<void(QString)>)>;
    void setSavePathChooser(SavePathChooser chooser);
    void exportCsv();
    CsvExporter *exporter() const;

    void setNow(std::function<QDateTime()> now);
    // A line in the status bar for a few seconds.
    void notify(const QString &message);
    // What the empty queue offers besides onboarding (the local sandbox's demo identities),
    // shown as a button while the action is enabled.
    void setEmptyQueueAction(QAction *action);
    QString lastNotification() const { return m_lastNotification; }

signals:
    void environmentSwitchRequested(const console::ui::ConnectionChoice &choice);
    // From the connection dialog; the record settings open over `over`.
    void recordSettingsRequested(QWidget *over);

protected:
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void buildMenus();
    void applyFilters(const QueueFilterValues &values);
    void updateFilterChips();
    // Removes every filter: the bar's and the queue's row filters.
    void clearFilters();
    void onEnvironmentChanged();
    void onSessionState();
    void updateQueueState();
    void updateSummary();
    void onCurrentRowChanged(const QModelIndex &current);
    void openCurrent();
    void onRevealRequested(const QString &identityId);
    void showApiError(const paxos::ApiError &error);
    void refreshCallsFor(const QString &identityId);
    void copyIdentityId();
    void copyCurl();
    // Quitting with writes in flight: wait for their answers, or quit now and have the write
    // gate record them as unknown.
    void askAboutWritesInFlight();
    // What the quit checks say would be lost; empty when nothing.
    QStringList lossesOnQuit() const;
    void askAboutLosses(const QStringList &losses);

    Services m_services;
    QPointer<QWidget> m_writesInFlightBox;
    bool m_closeWhenWritesDone = false;
    bool m_docksSized = false;
    bool m_lossesAccepted = false;
    QPointer<QWidget> m_lossesBox;
    struct QuitCheck
    {
        std::function<QString()> check;
        std::function<QString()> copy;
    };
    QList<QuitCheck> m_quitChecks;
    std::function<QDateTime()> m_now;
    QMap<Menu, QMenu *> m_menus;
    MainActions *m_actions = nullptr;
    EnvironmentBanner *m_banner = nullptr;
    FilterBar *m_filters = nullptr;
    LoadAllControl *m_loadAll = nullptr;
    QAction *m_loadAllAction = nullptr;
    QPointer<QAction> m_emptyQueueAction;
    QSplitter *m_splitter = nullptr;
    QStackedWidget *m_queueStack = nullptr;
    QueueTableView *m_table = nullptr;
    StateWidget *m_queueState = nullptr;
    IdentityDetailPane *m_detail = nullptr;
    ConnectionIndicator *m_indicator = nullptr;
    IdentityFilterProxy *m_proxy = nullptr;
    QueueExport *m_export = nullptr;
    ConnectionDefaults m_connectionDefaults;
    QByteArray m_defaultHeaderState;
    Settings *m_settings = nullptr;
    QTimer *m_saveLayoutTimer = nullptr;
    QString m_lastNotification;
    std::unique_ptr<DialogWriteConfirmer> m_confirmer;
};

} // namespace console::ui
