#pragma once

#include <QObject>

namespace paxos {
struct Identity;
}

namespace console {

class StatusHistory;

// Keeps the status history of what the reviewer looked at: every identity the console loads
// (Get Identity for the detail pane) is recorded as a snapshot with cause "refresh", so the
// timeline shows what changed between two looks. The composition root connects the detail
// loader's `loaded` here; the history itself skips snapshots that change nothing.
class StatusSnapshots : public QObject
{
    Q_OBJECT
public:
    explicit StatusSnapshots(StatusHistory *history, QObject *parent = nullptr);

public slots:
    void recordLoaded(const paxos::Identity &identity);

signals:
    // The snapshot could not be written; for the status bar.
    void failed(const QString &message);

private:
    StatusHistory *m_history;
};

} // namespace console
