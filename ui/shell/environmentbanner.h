#pragma once

#include "paxos/net/environment.h"

#include <QColor>
#include <QWidget>

class QDialog;
class QLabel;
class QPushButton;

namespace console::ui {

// The strip at the top of the window that always says which environment the reviewer is
// looking at. Production is red with a warning line, so it can never be mistaken for a
// sandbox, not even in a screenshot.
class EnvironmentBanner : public QWidget
{
    Q_OBJECT
public:
    enum class Kind { LocalSandbox, PaxosSandbox, Production, Custom };
    Q_ENUM(Kind)
    static Kind kindOf(paxos::Environment::Kind kind);

    explicit EnvironmentBanner(QWidget *parent = nullptr);
    ~EnvironmentBanner() override;

    void setEnvironment(Kind kind, const QString &name, const QString &host);
    Kind kind() const { return m_kind; }
    QString environmentName() const;
    // Shown on the right: e.g. "Read-only: connection lost".
    void setNotice(const QString &notice);
    QString notice() const;

    // The colours an environment is shown in, on the banner and on every dialog's strip.
    struct Look
    {
        QColor background;
        QColor text;
        QColor badgeBackground;
        QColor badgeText;
    };
    static Look lookFor(Kind kind);

    // Every dialog shows the environment it works on, so a Production form can never be
    // mistaken for a sandbox one: while a banner exists, each dialog that opens gets a strip in
    // the environment's colour along its top ("PRODUCTION · api.paxos.com") and the
    // environment's name at the end of its title; both follow an environment switch. One rule
    // for all dialogs (an application event filter), so a new dialog cannot forget it.
    static QString stripObjectName() { return QStringLiteral("environmentStrip"); }

signals:
    void switchRequested();

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    void applyLook();
    void markDialogs();

    Kind m_kind = Kind::LocalSandbox;
    QLabel *m_badge = nullptr;
    QLabel *m_host = nullptr;
    QLabel *m_warning = nullptr;
    QLabel *m_notice = nullptr;
    QPushButton *m_switch = nullptr;
    QString m_name;
    QString m_hostName;
    QObject *m_dialogMarker = nullptr;
    friend class DialogEnvironmentMarker;
};

} // namespace console::ui
