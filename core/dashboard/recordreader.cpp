#include "core/dashboard/recordreader.h"

#include "core/events/followuptracker.h"
#include "core/record/store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace console::dashboard {

RecordReader::RecordReader(Store *store, FollowUpTracker *tracker, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_tracker(tracker)
{
    if (m_store)
        connect(m_store, &Store::changed, this, [this](StoreTopic topic) {
            // Not soft locks: their heartbeats would re-read all the time; a holder joins the
            // team at the next read.
            if (topic == StoreTopic::StatusHistory || topic == StoreTopic::Assignments
                || topic == StoreTopic::Documents)
                emit recordChanged();
        });
    if (m_tracker)
        connect(m_tracker, &FollowUpTracker::changed, this, &RecordReader::recordChanged);
}

void RecordReader::read()
{
    if (m_reading) {
        m_again = true;
        return;
    }
    m_reading = true;
    m_again = false;
    m_error.clear();
    QTimer::singleShot(0, this, &RecordReader::step);
}

void RecordReader::step()
{
    if (!m_store || !m_store->isOpen()) {
        finish();
        return;
    }
    // One page of history per turn; the rest when the history is read.
    if (readHistoryPage()) {
        QTimer::singleShot(0, this, &RecordReader::step);
        return;
    }
    readSmallTables();
    finish();
}

bool RecordReader::readHistoryPage()
{
    auto q = m_store->run(u"SELECT id, identity_id, observed_at_ms, status FROM identity_snapshots "
                          "WHERE id > ? ORDER BY id LIMIT ?"_s,
                          {m_lastSnapshotId, kPageRows});
    if (!q) {
        m_error = q.error().message;
        return false;
    }
    auto page = std::make_shared<QList<SnapshotRow>>();
    page->reserve(kPageRows);
    while (q.value().next()) {
        m_lastSnapshotId = q.value().value(0).toLongLong();
        page->append({q.value().value(1).toString(), q.value().value(2).toLongLong(),
                      q.value().value(3).toString()});
    }
    if (page->isEmpty())
        return false;
    m_sources.history.append(std::move(page));
    ++m_version;
    return m_sources.history.constLast()->size() == kPageRows;
}

void RecordReader::readSmallTables()
{
    // Fresh containers each time: the ones handed out before are never written to again (no
    // copy of them on this thread).
    QHash<QString, QString> assignees;
    if (auto q = m_store->run(u"SELECT identity_id, assignee FROM assignments"_s)) {
        while (q.value().next())
            assignees.insert(q.value().value(0).toString(), q.value().value(1).toString());
    } else {
        m_error = q.error().message;
    }
    QStringList team;
    // Everyone assigned or holding an identity open, one spelling per name (as
    // Assignments::teamNames, without the audit trail's system names).
    if (auto q = m_store->run(
            u"SELECT assignee FROM assignments UNION SELECT holder FROM soft_locks"_s)) {
        while (q.value().next()) {
            const QString name = q.value().value(0).toString().trimmed();
            const bool known = std::any_of(team.cbegin(), team.cend(), [&name](const QString &n) {
                return n.compare(name, Qt::CaseInsensitive) == 0;
            });
            if (!name.isEmpty() && !known)
                team.append(name);
        }
    } else {
        m_error = q.error().message;
    }
    QHash<QString, QStringList> uploaded;
    if (auto q = m_store->run(u"SELECT identity_id, document_types FROM document_records"_s)) {
        while (q.value().next()) {
            QStringList &types = uploaded[q.value().value(0).toString()];
            const QJsonArray array =
                QJsonDocument::fromJson(q.value().value(1).toString().toUtf8()).array();
            for (const QJsonValue &t : array)
                if (!types.contains(t.toString()))
                    types.append(t.toString());
        }
    } else {
        m_error = q.error().message;
    }
    QHash<QString, QStringList> requested;
    if (m_tracker)
        for (const QString &id : m_tracker->identitiesWithOpenEdd())
            requested.insert(id, m_tracker->followUp(id).requiredDocuments);
    if (assignees == m_sources.assignees && team == m_sources.team && uploaded == m_sources.uploaded
        && requested == m_sources.requested)
        return; // nothing new: the index made from them stands
    m_sources.assignees = std::move(assignees);
    m_sources.team = std::move(team);
    m_sources.uploaded = std::move(uploaded);
    m_sources.requested = std::move(requested);
    ++m_version;
}

void RecordReader::finish()
{
    m_reading = false;
    emit ready();
    if (m_again)
        read();
}

} // namespace console::dashboard
