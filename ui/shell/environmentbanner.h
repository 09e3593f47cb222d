#pragma once

#include "paxos/net/environment.h"

#include <QWidget>

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

    void setEnvironment(Kind kind, const QString &name, const QString &host);
    Kind kind() const { return m_kind; }
    QString environmentName() const;
    // Shown on the right: e.g. "Read-only: connection lost".
    void setNotice(const QString &notice);
    QString notice() const;

signals:
    void switchRequested();

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    void applyLook();

    Kind m_kind = Kind::LocalSandbox;
    QLabel *m_badge = nullptr;
    QLabel *m_host = nullptr;
    QLabel *m_warning = nullptr;
    QLabel *m_notice = nullptr;
    QPushButton *m_switch = nullptr;
};

} // namespace console::ui
