#pragma once

#include "paxos/model/event.h"

#include <QObject>

namespace console {

// Decides which applied events deserve a desktop notification and words it: a decision
// (approved, denied), documents required, or an identity disabled. The window shows it (a
// tray message); the user can switch it off.
class EventNotifier : public QObject
{
    Q_OBJECT
public:
    explicit EventNotifier(QObject *parent = nullptr);

    void setEnabled(bool on) { m_enabled = on; }
    bool isEnabled() const { return m_enabled; }

    static bool isNotifiable(const QString &eventType);

public slots:
    void onEventApplied(const paxos::Event &event);

signals:
    void notify(const QString &title, const QString &message, const QString &identityId);

private:
    bool m_enabled = true;
};

} // namespace console
