#pragma once

#include "core/dashboard/dashboardstats.h"

#include <QObject>
#include <QPointer>

namespace console {

class FollowUpTracker;
class Store;

namespace dashboard {

// Reads what the dashboard needs from the review record: the status history (identity,
// observed time, status; never the snapshot JSON), the assignments and the team's names, the
// document types the console uploaded, and the documents Paxos asked for (the follow-up
// tracker's open EDD). A Store belongs to the UI thread, so the reading is done there, one
// page per event-loop turn (the window keeps answering); the status history is read
// incrementally (it only grows), the small tables again each time. The result is handed out as
// RecordSources whose pages are shared, and made into a RecordIndex on a worker thread.
class RecordReader : public QObject
{
    Q_OBJECT
public:
    // tracker may be null (no documents requested are known then).
    RecordReader(Store *store, FollowUpTracker *tracker, QObject *parent = nullptr);

    // Reads what changed since the last read (or everything the first time); a call while a
    // read runs makes it read again when done.
    void read();
    bool isReading() const { return m_reading; }
    const RecordSources &sources() const { return m_sources; }
    // Bumped whenever a read found something new: the index is made again only then.
    quint64 version() const { return m_version; }
    // The last read failed (the store could not be read): why, in words; empty when it worked.
    QString error() const { return m_error; }

    static constexpr int kPageRows = 2000;

signals:
    // sources() is up to date (also after a failure: what could be read).
    void ready();
    // The record changed: the owner decides when to read() again.
    void recordChanged();

private:
    void step();
    bool readHistoryPage();
    void readSmallTables();
    void finish();

    QPointer<Store> m_store;
    QPointer<FollowUpTracker> m_tracker;
    RecordSources m_sources;
    qint64 m_lastSnapshotId = 0;
    quint64 m_version = 0;
    bool m_reading = false;
    bool m_again = false;
    QString m_error;
};

} // namespace dashboard
} // namespace console
