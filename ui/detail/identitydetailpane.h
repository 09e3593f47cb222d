#pragma once

#include "paxos/model/identity.h"
#include "paxos/net/requestlog.h"

#include <QDateTime>
#include <QList>
#include <QWidget>

#include <functional>
#include <optional>

class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QScrollArea;
class QStackedWidget;
class QTabWidget;
class QToolButton;
class QVBoxLayout;

namespace console::ui {

class CopyableField;
class StateWidget;
class StatusBadge;

// The right-hand pane: one identity, explained. Shows what the loader gives it (empty,
// loading, error or an identity); it does not fetch by itself.
//
// cip_id and date of birth are masked until revealed. The pane never reveals on its own: it
// asks (revealRequested), and the owner records the reveal in the audit trail before calling
// setRevealed(true). A different identity is always shown masked again.
class IdentityDetailPane : public QWidget
{
    Q_OBJECT
public:
    explicit IdentityDetailPane(QWidget *parent = nullptr);

    void showEmpty();
    void showLoading(const QString &identityId);
    void showError(const QString &identityId, const QString &message, const QString &detail);
    void showIdentity(const paxos::Identity &identity);

    // Calls the console made for the shown identity, newest last.
    void setCalls(const QList<paxos::RequestLogEntry> &calls);
    void addCall(const paxos::RequestLogEntry &call);

    void setRevealed(bool revealed);
    bool isRevealed() const { return m_revealed; }
    QString identityId() const { return m_identityId; }
    std::optional<paxos::Identity> identity() const { return m_identity; }
    // The age shown in the header is measured against this clock (tests, screenshots).
    void setNow(std::function<QDateTime()> now) { m_now = std::move(now); }

    QString selectedCurl() const;

    // Pages and a line above them that other parts of the console add (the review record's
    // timeline, notes and team line). addPage returns the tab's index.
    int addPage(QWidget *page, const QString &title);
    // Brings the page at `index` (built-in or from addPage) to the front.
    void showPage(int index);
    void addBanner(QWidget *banner);

signals:
    void revealRequested(const QString &identityId);
    void retryRequested(const QString &identityId);
    void copied(const QString &what);
    // The tab at index became the current one.
    void pageShown(int index);

private:
    void rebuild();
    void buildHeader();
    QWidget *buildOverviewTab();
    QWidget *buildDetailsTab();
    void updateJson();
    void updateCurl();

    std::function<QDateTime()> m_now;
    QString m_identityId;
    std::optional<paxos::Identity> m_identity;
    QList<paxos::RequestLogEntry> m_calls;
    bool m_revealed = false;

    QStackedWidget *m_stack = nullptr;
    StateWidget *m_state = nullptr;
    QWidget *m_content = nullptr;
    QLabel *m_name = nullptr;
    StatusBadge *m_statusBadge = nullptr;
    QLabel *m_type = nullptr;
    QLabel *m_statusLine = nullptr;
    CopyableField *m_refId = nullptr;
    CopyableField *m_id = nullptr;
    QLabel *m_times = nullptr;
    QTabWidget *m_tabs = nullptr;
    QScrollArea *m_overview = nullptr;
    QScrollArea *m_details = nullptr;
    QPlainTextEdit *m_json = nullptr;
    QListWidget *m_callList = nullptr;
    QPlainTextEdit *m_curl = nullptr;
    QPushButton *m_copyCurl = nullptr;
    QPushButton *m_reveal = nullptr;
};

} // namespace console::ui
