#include "core/events/eventprocessor.h"

#include "core/logging.h"
#include "core/record/processedevents.h"
#include "core/record/statushistory.h"
#include "paxos/api/eventfollower.h"
#include "paxos/api/eventjobs.h"
#include "paxos/api/identityjobs.h"
#include "paxos/net/connection.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace console {

EventProcessor::EventProcessor(ProcessedEvents *processed, StatusHistory *history, QObject *parent)
    : QObject(parent)
    , m_processed(processed)
    , m_history(history)
{
    qRegisterMetaType<EventRecord>();
    qRegisterMetaType<paxos::Event>();
    qRegisterMetaType<paxos::Identity>();
}

EventProcessor::~EventProcessor() = default;

void EventProcessor::setConnection(paxos::Connection *connection)
{
    if (m_connection == connection)
        return;
    m_connection = connection;
    m_fetching.clear();
    m_identityInFlight.clear();
    m_identityWaiting.clear();
    m_applying.clear();
    rebuildFollower();
    retryUnapplied();
}

void EventProcessor::setEnvironment(const QString &key)
{
    if (m_processed->environment() == key && m_environmentSet)
        return;
    m_environmentSet = true;
    m_processed->setEnvironment(key);
    // The connection is the same object re-pointed: what was under way belongs to the old
    // environment (its calls are cancelled by the switch), and so does the follower's cursor.
    m_fetching.clear();
    m_identityInFlight.clear();
    m_identityWaiting.clear();
    m_applying.clear();
    m_records.clear();
    rebuildFollower();
    retryUnapplied();
}

QString EventProcessor::environment() const
{
    return m_processed->environment();
}

void EventProcessor::retryUnapplied()
{
    if (!m_connection)
        return;
    auto pending = m_processed->unapplied();
    if (!pending) {
        qCWarning(lcEvents) << "cannot list unapplied events:" << pending.errorMessage();
        return;
    }
    for (const ProcessedEvent &p : pending.value()) {
        if (m_applying.contains(p.eventId) || p.type.isEmpty())
            continue;
        qCInfo(lcEvents) << "applying again" << p.eventId << "(claimed, never applied)";
        const paxos::Event event = paxos::Event::fromJson(QJsonObject{
            {u"id"_s, p.eventId},
            {u"type"_s, p.type},
            {u"created_at"_s, p.createdAt},
            {u"object"_s, p.object},
        });
        apply(event, p.source);
    }
}

void EventProcessor::setFollowerEnabled(bool on)
{
    if (m_followerEnabled == on)
        return;
    m_followerEnabled = on;
    rebuildFollower();
}

void EventProcessor::setFollowerIntervalMs(qint64 ms)
{
    m_followerIntervalMs = ms;
    if (m_follower)
        m_follower->setPollIntervalMs(ms);
}

void EventProcessor::pollNow()
{
    if (m_follower)
        m_follower->pollNow();
}

void EventProcessor::rebuildFollower()
{
    if (m_follower) {
        m_follower->stop();
        m_follower->deleteLater();
        m_follower = nullptr;
    }
    if (!m_followerEnabled || !m_connection)
        return;
    auto *follower = new paxos::EventFollower(m_connection, this);
    follower->setPollIntervalMs(m_followerIntervalMs);
    // Resume after the newest event processed; events at exactly that time are asked for
    // again and turned away by the store's claim, so none sharing the timestamp is lost.
    const auto latest = m_processed->latestCreatedAt();
    std::optional<paxos::Timestamp> resume;
    if (latest && !latest.value().isEmpty())
        resume = paxos::Timestamp::parse(latest.value());
    if (resume && resume->isValid())
        follower->setPosition(*resume, {});
    else
        follower->setStartAfter(paxos::Timestamp::fromDateTime(
            QDateTime::currentDateTimeUtc().addSecs(-m_lookbackSecs)));
    connect(
        follower, &paxos::EventFollower::eventsArrived, this,
        [this](const QList<paxos::Event> &events) { handleEvents(events, EventSource::Follower); });
    connect(follower, &paxos::EventFollower::errorOccurred, this, &EventProcessor::followerError);
    connect(follower, &paxos::EventFollower::caughtUp, this, &EventProcessor::followerCaughtUp);
    connect(follower, &paxos::EventFollower::caughtUp, this, &EventProcessor::retryUnapplied);
    m_follower = follower;
    follower->start();
}

std::optional<EventRecord> EventProcessor::record(const QString &eventId) const
{
    const auto it = m_records.constFind(eventId);
    if (it == m_records.cend())
        return std::nullopt;
    return *it;
}

EventRecord &EventProcessor::touch(const QString &eventId)
{
    auto it = m_records.find(eventId);
    if (it == m_records.end()) {
        EventRecord record;
        record.eventId = eventId;
        record.receivedAt = QDateTime::currentDateTimeUtc();
        it = m_records.insert(eventId, record);
    }
    return *it;
}

void EventProcessor::publish(const QString &eventId)
{
    emit recordChanged(m_records.value(eventId));
}

void EventProcessor::handleNotification(const paxos::WebhookNotification &notification)
{
    const bool known = m_records.contains(notification.id);
    EventRecord &rec = touch(notification.id);
    rec.viaWebhook = true;
    if (rec.type.isEmpty())
        rec.type = notification.type;
    if (!rec.createdAt && notification.time)
        rec.createdAt = notification.time;

    if (notification.isTest.value_or(false)) {
        rec.state = EventRecord::State::Test;
        if (rec.raw.isEmpty())
            rec.raw = notification.raw;
        publish(notification.id);
        fetchEvent(notification); // for the raw event; never applied
        return;
    }

    if (known && rec.state != EventRecord::State::Fetching
        && rec.state != EventRecord::State::Failed) {
        // The follower got here first: note the second path, nothing else.
        auto marked = m_processed->noteSource(notification.id, EventSource::Webhook);
        if (!marked)
            qCWarning(lcEvents) << "cannot note webhook delivery:" << marked.errorMessage();
        publish(notification.id);
        return;
    }
    auto processed = m_processed->isProcessed(notification.id);
    if (processed && processed.value()) {
        // Processed in an earlier run (a webhook retry after a restart) or by another console.
        if (auto noted = m_processed->noteSource(notification.id, EventSource::Webhook); !noted)
            qCWarning(lcEvents) << "cannot note webhook delivery:" << noted.errorMessage();
        if (rec.state == EventRecord::State::Fetching || rec.state == EventRecord::State::Failed)
            rec.state = EventRecord::State::AlreadyProcessed;
        publish(notification.id);
        return;
    }
    rec.state = EventRecord::State::Fetching;
    rec.error.clear();
    if (rec.raw.isEmpty())
        rec.raw = notification.raw;
    publish(notification.id);
    fetchEvent(notification);
}

void EventProcessor::fetchEvent(const paxos::WebhookNotification &notification)
{
    const QString id = notification.id;
    if (!m_connection) {
        EventRecord &rec = touch(id);
        if (rec.state != EventRecord::State::Test) {
            rec.state = EventRecord::State::Failed;
            rec.error = tr("Not connected: the event could not be fetched.");
        }
        publish(id);
        return;
    }
    if (m_fetching.contains(id))
        return;
    m_fetching.insert(id);
    const bool isTest = notification.isTest.value_or(false);
    auto *job = new paxos::GetEventJob(m_connection, id, isTest, this);
    connect(job, &paxos::Job::finished, this, [this, job, id, isTest](paxos::Job *) {
        m_fetching.remove(id);
        EventRecord &rec = touch(id);
        if (!job->isSucceeded()) {
            if (!isTest) {
                rec.state = EventRecord::State::Failed;
                rec.error = tr("Get Event failed: %1").arg(job->error()->message());
                // The follower will find it; nothing is lost.
                qCInfo(lcEvents) << "Get Event failed for" << id << "- left to the follower";
            }
            publish(id);
            return;
        }
        const paxos::Event event = job->result();
        if (isTest) {
            rec.raw = event.raw;
            if (!event.type.isEmpty())
                rec.type = event.type;
            rec.identityId = event.identityId();
            if (event.createdAt)
                rec.createdAt = event.createdAt;
            publish(id);
            return;
        }
        apply(event, EventSource::Webhook);
    });
    job->start();
}

void EventProcessor::handleEvents(const QList<paxos::Event> &events, EventSource source)
{
    for (const paxos::Event &event : events) {
        if (source == EventSource::Follower)
            touch(event.id).viaFollower = true;
        else if (source == EventSource::Webhook)
            touch(event.id).viaWebhook = true;
        if (event.isTest.value_or(false)) {
            EventRecord &rec = touch(event.id);
            rec.state = EventRecord::State::Test;
            rec.raw = event.raw;
            rec.type = event.type;
            publish(event.id);
            continue;
        }
        apply(event, source);
    }
}

void EventProcessor::apply(const paxos::Event &event, EventSource source)
{
    EventRecord &rec = touch(event.id);
    rec.type = event.type;
    rec.identityId = event.identityId();
    if (event.createdAt)
        rec.createdAt = event.createdAt;
    rec.raw = event.raw.isEmpty() ? event.toJson() : event.raw;

    if (m_applying.contains(event.id)) {
        // Being applied here already (the other path, or a retry): note the path only.
        if (auto noted = m_processed->noteSource(event.id, source); !noted)
            qCWarning(lcEvents) << "cannot note the delivery:" << noted.errorMessage();
        publish(event.id);
        return;
    }
    auto claimed = m_processed->claim(rec.raw, source);
    if (!claimed) {
        rec.state = EventRecord::State::Failed;
        rec.error = tr("The local store refused the event: %1").arg(claimed.errorMessage());
        publish(event.id);
        return;
    }
    if (!claimed.value()) {
        // Already applied: by the other path in this run, or before; or being applied by
        // another console.
        if (rec.state == EventRecord::State::Fetching || rec.state == EventRecord::State::Failed)
            rec.state = EventRecord::State::AlreadyProcessed;
        publish(event.id);
        return;
    }
    rec.error.clear();
    qCDebug(lcEvents) << "applying" << event.id << event.type << "from" << eventSourceName(source);
    m_applying.insert(event.id, event);
    if (rec.identityId.isEmpty()) {
        finishApplied(event.id);
        return;
    }
    rec.state = EventRecord::State::Applying;
    publish(event.id);
    refreshIdentity(rec.identityId, event.id);
}

void EventProcessor::applyFailed(const QString &eventId, const QString &error)
{
    m_applying.remove(eventId);
    EventRecord &rec = touch(eventId);
    rec.state = EventRecord::State::Failed;
    rec.error = error;
    publish(eventId);
}

bool EventProcessor::finishApplied(const QString &eventId)
{
    const paxos::Event event = m_applying.take(eventId);
    if (auto marked = m_processed->markApplied(eventId); !marked) {
        applyFailed(eventId,
                    tr("The event was applied, but the local store could not note it: %1. It "
                       "will be applied again.")
                        .arg(marked.errorMessage()));
        return false;
    }
    touch(eventId).state = EventRecord::State::Applied;
    publish(eventId);
    emit eventApplied(event);
    return true;
}

void EventProcessor::refreshIdentity(const QString &identityId, const QString &eventId)
{
    m_identityWaiting[identityId].append(eventId);
    if (m_identityInFlight.contains(identityId))
        return;
    paxos::Connection *connection = m_connection.data();
    if (!connection) {
        const QStringList waiting = m_identityWaiting.take(identityId);
        for (const QString &id : waiting)
            applyFailed(id,
                        tr("Not connected: the identity could not be refreshed. The event "
                           "will be applied once connected."));
        return;
    }
    m_identityInFlight.insert(identityId);
    const QStringList batch = m_identityWaiting.take(identityId);
    auto *job = new paxos::GetIdentityJob(connection, identityId, true, false, this);
    connect(job, &paxos::Job::finished, this, [this, job, identityId, batch](paxos::Job *) {
        m_identityInFlight.remove(identityId);
        if (!job->isSucceeded()) {
            for (const QString &id : batch)
                applyFailed(id,
                            tr("The identity could not be refreshed: %1. The event will be "
                               "applied again.")
                                .arg(job->error()->message()));
        } else {
            const paxos::Identity identity = job->result();
            // The snapshot is the apply; stored only when the identity changed, so applying
            // the same event again stores nothing twice.
            StoreStatus recorded = storeOk();
            if (m_history) {
                auto snap =
                    m_history->record(identity.raw.isEmpty() ? identity.toJson() : identity.raw,
                                      SnapshotCause::Event, batch.constLast());
                if (!snap)
                    recorded = snap.error();
            }
            if (!recorded) {
                qCWarning(lcEvents) << "status snapshot not recorded:" << recorded.errorMessage();
                for (const QString &id : batch)
                    applyFailed(id,
                                tr("The identity could not be recorded: %1. The event will "
                                   "be applied again.")
                                    .arg(recorded.errorMessage()));
            } else {
                for (const QString &id : batch)
                    finishApplied(id);
                emit identityUpdated(identity);
            }
        }
        // Events that came in meanwhile need a fresher copy.
        if (m_identityWaiting.contains(identityId)) {
            const QStringList more = m_identityWaiting.take(identityId);
            for (const QString &id : more)
                refreshIdentity(identityId, id);
        }
    });
    job->start();
}

} // namespace console
