#include "core/models/identitysortengine.h"

#include <QFutureWatcher>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>
#include <memory>

using namespace Qt::StringLiterals;

namespace console {

QList<int> sortedSlots(std::vector<SortKey> keys, SortSpec spec)
{
    std::stable_sort(keys.begin(), keys.end(), [spec](const SortKey &a, const SortKey &b) {
        return sortKeyLess(a, b, spec);
    });
    QList<int> order;
    order.reserve(qsizetype(keys.size()));
    for (const SortKey &key : keys)
        order.append(key.slot);
    return order;
}

struct IdentitySortEngine::Job
{
    explicit Job(IdentitySortEngine *engine)
        : watcher(new QFutureWatcher<QList<int>>(engine))
    {
    }
    ~Job()
    {
        superseded->store(true, std::memory_order_relaxed);
        // A job can end inside its watcher's own finished() signal: the watcher goes later.
        watcher->disconnect();
        watcher->deleteLater();
    }
    Job(const Job &) = delete;
    Job &operator=(const Job &) = delete;

    // Read by the worker before it starts: a job dropped while queued is never sorted.
    std::shared_ptr<std::atomic_bool> superseded = std::make_shared<std::atomic_bool>(false);
    QFutureWatcher<QList<int>> *watcher;
    SortSpec spec;
    std::vector<SortKey> keys;
    KeyReader read; // empty once the keys are complete
    int slotCount = 0;
    int nextSlot = 0;
    quint64 serial = 0;
};

IdentitySortEngine::IdentitySortEngine(QObject *parent)
    : QObject(parent)
    , m_pool(new QThreadPool(this))
{
    // One sort at a time is all a table needs; a superseded one is skipped if not started.
    m_pool->setMaxThreadCount(1);
    m_pool->setObjectName(u"identitySort"_s);
}

IdentitySortEngine::~IdentitySortEngine()
{
    cancel();
    // The pool (a child) waits for a worker still sorting; the worker owns what it reads.
}

void IdentitySortEngine::start(std::vector<SortKey> keys, SortSpec spec)
{
    cancel();
    m_job = new Job(this);
    m_job->spec = spec;
    m_job->keys = std::move(keys);
    runOnWorker(m_job);
}

void IdentitySortEngine::start(int slotCount, SortSpec spec, KeyReader read)
{
    cancel();
    m_job = new Job(this);
    m_job->serial = ++m_serial;
    m_job->spec = spec;
    m_job->slotCount = qMax(0, slotCount);
    m_job->read = std::move(read);
    m_job->keys.reserve(size_t(m_job->slotCount));
    continueSnapshot(m_job);
}

void IdentitySortEngine::cancel()
{
    // The worker finishes on its own copy of the keys; nobody listens any more.
    delete m_job;
    m_job = nullptr;
}

void IdentitySortEngine::continueSnapshot(Job *job)
{
    const int end = int(qMin<qint64>(job->slotCount, qint64(job->nextSlot) + m_snapshotSlice));
    SortKey key;
    for (int slot = job->nextSlot; slot < end; ++slot) {
        if (job->read(slot, key))
            job->keys.push_back(std::move(key));
        key = SortKey();
    }
    job->nextSlot = end;
    if (end < job->slotCount) {
        // The rest on a later turn, unless this job has been replaced by then (by serial: a
        // new job may reuse a deleted one's address).
        QMetaObject::invokeMethod(
            this,
            [this, serial = job->serial] {
                if (m_job && m_job->serial == serial)
                    continueSnapshot(m_job);
            },
            Qt::QueuedConnection);
        return;
    }
    job->read = nullptr;
    runOnWorker(job);
}

void IdentitySortEngine::runOnWorker(Job *job)
{
    connect(job->watcher, &QFutureWatcherBase::finished, this, [this, job] { onWorkerDone(job); });
    // The worker owns the keys (their strings shared, not copied) and frees them.
    job->watcher->setFuture(QtConcurrent::run(
        m_pool,
        [keys = std::move(job->keys), spec = job->spec, superseded = job->superseded]() mutable {
            if (superseded->load(std::memory_order_relaxed))
                return QList<int>(); // nobody waits for this order any more
            return sortedSlots(std::move(keys), spec);
        }));
}

void IdentitySortEngine::onWorkerDone(Job *job)
{
    // ~Job disconnects a dropped job's watcher; this only guards the contract.
    if (job != m_job)
        return;
    QList<int> order = job->watcher->result();
    m_job = nullptr;
    delete job;
    // Last: a listener may start the next sort from here.
    emit finished(order);
}

} // namespace console
