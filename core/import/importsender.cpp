#include "core/import/importsender.h"

#include "core/record/audittrail.h"
#include "core/writes/writeguard.h"
#include "paxos/api/identityjobs.h"
#include "paxos/net/apierror.h"

#include <QCoreApplication>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace console::bulkimport {

ImportSender::ImportSender(ImportPlan *plan, paxos::Connection *connection, WriteGuard *guard,
                           QObject *parent)
    : QObject(parent)
    , m_plan(plan)
    , m_connection(connection)
    , m_guard(guard)
{
}

ImportSender::~ImportSender()
{
    // The gate owns the jobs and records their outcome; they are not waited for.
    for (const auto &job : std::as_const(m_inFlight))
        if (job)
            job->cancel();
}

void ImportSender::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

void ImportSender::start()
{
    if (m_state == State::Confirming || m_state == State::Sending || m_state == State::Paused)
        return;
    m_queue = m_plan->sendableRows();
    m_next = 0;
    m_done = 0;
    m_clock.start();
    emit progress(0, total());
    if (m_queue.isEmpty() || !m_guard) {
        if (!m_guard && !m_queue.isEmpty())
            emit refused(tr("Nothing was sent: there is no write gate to send through."));
        setState(State::Finished);
        emit finished();
        return;
    }
    setState(State::Confirming);
    const QString title = m_sourceName.isEmpty()
        ? tr("Import %n person identities", nullptr, total())
        : tr("Import %n person identities from %1", nullptr, total()).arg(m_sourceName);
    m_guard->confirmBatch(
        title, u"CreateIdentity"_s, total(), this,
        [this](quint64 batch) {
            m_batch = batch;
            setState(State::Sending);
            pump();
        },
        [this](const QString &reason) {
            setState(State::Finished);
            emit refused(reason);
            emit finished();
        });
}

void ImportSender::pause()
{
    if (m_state == State::Sending)
        setState(State::Paused);
}

void ImportSender::resume()
{
    if (m_state != State::Paused)
        return;
    setState(State::Sending);
    pump();
}

void ImportSender::cancel()
{
    if (m_state == State::Idle || m_state == State::Finished)
        return;
    // Rows not started are marked so; a later start sends them.
    for (qsizetype i = m_next; i < m_queue.size(); ++i) {
        m_plan->setOutcome(m_queue.at(i), RowStatus::NotSent, QString(),
                           tr("Cancelled before it was sent."));
        emit rowChanged(m_queue.at(i));
    }
    m_next = m_queue.size();
    if (m_batch && m_guard)
        m_guard->endBatch(std::exchange(m_batch, 0));
    const auto running = m_inFlight;
    for (const auto &job : running)
        if (job)
            job->cancel();
    finishIfDone();
}

void ImportSender::pump()
{
    while (m_state == State::Sending && m_inFlight.size() < m_maxInFlight
           && m_next < m_queue.size())
        sendRow(m_queue.at(m_next++));
    finishIfDone();
}

void ImportSender::sendRow(int row)
{
    const QJsonObject body = m_plan->request(row);
    auto *job = new paxos::CreateIdentityJob(m_connection, body);
    // The ref_id is the row's: a duplicate ref_id means an earlier run created it.
    job->setResolveDuplicateRefId(true);
    m_plan->setOutcome(row, RowStatus::Sending);
    emit rowChanged(row);
    m_inFlight.insert(row, job);

    WriteIntent intent;
    intent.title = tr("Create person identity");
    intent.target =
        tr("row %1 of %2 (ref_id %3)")
            .arg(m_plan->row(row).line)
            .arg(m_sourceName.isEmpty() ? tr("the import") : m_sourceName, job->refId());
    // What a single create records: the fields sent (never their values) and the ref_id;
    // and where in the import the row came from.
    intent.details = QJsonObject{
        {u"fields"_s, auditFieldPaths(body)},
        {u"ref_id"_s, job->refId()},
        {u"import"_s, QJsonObject{{u"file"_s, m_sourceName}, {u"line"_s, m_plan->row(row).line}}}};
    intent.describeOutcome = [](const paxos::Job &done, AuditRecord &outcome) {
        const auto &create = static_cast<const paxos::CreateIdentityJob &>(done);
        if (create.error()) {
            const QString existing = create.error()->existingId();
            if (!existing.isEmpty()) {
                outcome.identityId = existing;
                outcome.details.insert(u"existing_identity_id"_s, existing);
            }
            return;
        }
        outcome.identityId = create.result().id;
        if (create.isRecovered())
            outcome.details.insert(u"recovered"_s, true);
    };
    intent.batch = m_batch;
    m_guard->submit(
        job, std::move(intent), this, [this, row](paxos::Job *done) { rowDone(row, done); },
        [this, row](const QString &reason) {
            // Refused (the link went, or the gate would not take it): the row waits, and
            // sending stops until the user resumes.
            m_inFlight.remove(row);
            m_plan->setOutcome(row, RowStatus::NotSent, QString(), reason);
            emit rowChanged(row);
            ++m_done;
            emit progress(m_done, total());
            if (m_state == State::Sending)
                setState(State::Paused);
            emit refused(reason);
            finishIfDone();
        });
}

void ImportSender::rowDone(int row, paxos::Job *job)
{
    m_inFlight.remove(row);
    auto *create = static_cast<paxos::CreateIdentityJob *>(job);
    if (!create->error()) {
        m_plan->setOutcome(row, create->isRecovered() ? RowStatus::Existing : RowStatus::Created,
                           create->result().id);
        emit identityCreated(create->result());
    } else {
        const paxos::ApiError &error = *create->error();
        using K = paxos::ApiError::Kind;
        if (error.kind() == K::DuplicateCipId)
            m_plan->setOutcome(
                row, RowStatus::Duplicate, error.existingId(),
                tr("Another identity (%1) holds this government ID.").arg(error.existingId()));
        else if (error.kind() == K::Cancelled)
            m_plan->setOutcome(row, RowStatus::NotSent, QString(),
                               tr("Cancelled; it may have arrived: sending again finds it."));
        else
            m_plan->setOutcome(row, RowStatus::Failed, error.existingId(), error.message());
    }
    ++m_done;
    emit rowChanged(row);
    emit progress(m_done, total());
    pump();
}

void ImportSender::finishIfDone()
{
    if (m_state == State::Finished || m_state == State::Idle || m_state == State::Confirming)
        return;
    if (!m_inFlight.isEmpty())
        return;
    const bool allStarted = m_next >= m_queue.size();
    if (!allStarted)
        return; // paused with rows left
    if (m_batch && m_guard)
        m_guard->endBatch(std::exchange(m_batch, 0));
    setState(State::Finished);
    emit finished();
}

} // namespace console::bulkimport
