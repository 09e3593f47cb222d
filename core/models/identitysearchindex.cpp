#include "core/models/identitysearchindex.h"

#include <QFutureWatcher>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace console {

namespace {
bool isDigitTerm(const QString &term)
{
    if (term.size() < 2)
        return false;
    for (const QChar c : term) {
        if (!c.isDigit())
            return false;
    }
    return true;
}

// How often a pass looks whether it was superseded: a few microseconds of work.
constexpr int kCancelCheckEvery = 256;
} // namespace

SearchTerms SearchTerms::parse(const QString &text)
{
    SearchTerms t;
    const QString simplified = text.simplified().toLower();
    if (simplified.isEmpty())
        return t;
    t.terms = simplified.split(QLatin1Char(' '));
    for (const QString &term : std::as_const(t.terms))
        t.digitTerms.append(isDigitTerm(term));
    return t;
}

namespace {

// One test for both encodings of the index: characters compare by code point either way, and a
// term with a character past Latin-1 is found in no Latin-1 text.
template<typename Text>
bool matchesAll(const QStringList &terms, const QList<bool> &digitTerms, Text haystack,
                Text cipDigits)
{
    for (qsizetype i = 0; i < terms.size(); ++i) {
        const QString &term = terms.at(i);
        if (haystack.contains(term))
            continue;
        if (digitTerms.at(i) && !cipDigits.isEmpty() && cipDigits.endsWith(term))
            continue;
        return false;
    }
    return true;
}

} // namespace

bool SearchTerms::matches(QStringView haystack, QStringView cipDigits) const
{
    return matchesAll(terms, digitTerms, haystack, cipDigits);
}

bool SearchTerms::matches(QLatin1String haystack, QLatin1String cipDigits) const
{
    return matchesAll(terms, digitTerms, haystack, cipDigits);
}

bool SearchTerms::narrows(const SearchTerms &previous) const
{
    // A term that contains an old term finds only rows that contained the old one, unless it
    // may also match as cip_id digits: then the old term must be a digit term it ends with.
    for (qsizetype o = 0; o < previous.terms.size(); ++o) {
        const QString &old = previous.terms.at(o);
        const bool oldDigits = previous.digitTerms.at(o);
        bool implied = false;
        for (qsizetype i = 0; i < terms.size(); ++i) {
            const QString &term = terms.at(i);
            if (term.contains(old) && (!digitTerms.at(i) || (oldDigits && term.endsWith(old)))) {
                implied = true;
                break;
            }
        }
        if (!implied)
            return false;
    }
    return true;
}

// --- IdentitySearchIndex --------------------------------------------------------------------

namespace {
bool isLatin1(QStringView s)
{
    return std::all_of(s.begin(), s.end(), [](QChar c) { return c.unicode() < 256; });
}
} // namespace

bool IdentitySearchIndex::Chunk::matches(int i, const SearchTerms &terms) const
{
    const qsizetype a = offsets[2 * i];
    const qsizetype b = offsets[2 * i + 1];
    const qsizetype c = offsets[2 * i + 2];
    if (isWide)
        return terms.matches(QStringView(wide).sliced(a, b - a),
                             QStringView(wide).sliced(b, c - b));
    return terms.matches(QLatin1String(narrow.constData() + a, b - a),
                         QLatin1String(narrow.constData() + b, c - b));
}

QString IdentitySearchIndex::Chunk::search(int i) const
{
    const qsizetype a = offsets[2 * i];
    const qsizetype b = offsets[2 * i + 1];
    return isWide ? wide.sliced(a, b - a) : QString::fromLatin1(narrow.sliced(a, b - a));
}

QString IdentitySearchIndex::Chunk::cipDigits(int i) const
{
    const qsizetype b = offsets[2 * i + 1];
    const qsizetype c = offsets[2 * i + 2];
    return isWide ? wide.sliced(b, c - b) : QString::fromLatin1(narrow.sliced(b, c - b));
}

bool IdentitySearchIndex::Chunk::holds(int i, QStringView search, QStringView cipDigits) const
{
    const qsizetype a = offsets[2 * i];
    const qsizetype b = offsets[2 * i + 1];
    const qsizetype c = offsets[2 * i + 2];
    if (b - a != search.size() || c - b != cipDigits.size())
        return false;
    if (isWide)
        return QStringView(wide).sliced(a, b - a) == search
            && QStringView(wide).sliced(b, c - b) == cipDigits;
    return QLatin1String(narrow.constData() + a, b - a) == search
        && QLatin1String(narrow.constData() + b, c - b) == cipDigits;
}

void IdentitySearchIndex::Chunk::replace(qsizetype from, qsizetype to, QStringView search,
                                         QStringView cipDigits)
{
    if (!isWide && (!isLatin1(search) || !isLatin1(cipDigits))) {
        wide = QString::fromLatin1(narrow);
        narrow = QByteArray();
        isWide = true;
    }
    if (isWide) {
        wide.replace(from, to - from, QString(search.toString() + cipDigits.toString()));
    } else {
        narrow.replace(from, to - from, QByteArray(search.toLatin1() + cipDigits.toLatin1()));
    }
}

void IdentitySearchIndex::Chunk::squeeze()
{
    narrow.squeeze();
    wide.squeeze();
}

IdentitySearchIndex::Chunk &IdentitySearchIndex::writableChunk(int chunk)
{
    std::shared_ptr<Chunk> &c = m_chunks[size_t(chunk)];
    // A snapshot (a pass on the worker) still reads it: it keeps the old one.
    if (c.use_count() > 1)
        c = std::make_shared<Chunk>(*c);
    return *c;
}

void IdentitySearchIndex::set(int slot, QStringView search, QStringView cipDigits)
{
    if (slot < 0)
        return;
    // Slots never set before this one read as empty.
    while (m_slots <= slot) {
        const int chunk = m_slots / kChunkSlots;
        if (size_t(chunk) == m_chunks.size()) {
            m_chunks.push_back(std::make_shared<Chunk>());
            m_chunks.back()->offsets.reserve(2 * kChunkSlots + 1);
        }
        Chunk &c = writableChunk(chunk);
        const qsizetype end = c.length();
        if (m_slots == slot) {
            // The common case, a row landing: appended to the chunk's buffer.
            c.replace(end, end, search, cipDigits);
            c.offsets.push_back(qsizetype(end + search.size()));
            c.offsets.push_back(qsizetype(c.length()));
        } else {
            c.offsets.push_back(qsizetype(end));
            c.offsets.push_back(qsizetype(end));
        }
        ++m_slots;
        // A full chunk no longer grows: its buffer gives back what appending reserved.
        if (c.size() == kChunkSlots)
            c.squeeze();
        if (m_slots > slot)
            return;
    }
    // A changed row: its texts are spliced into the chunk, the later offsets move.
    const int i = slot % kChunkSlots;
    if (m_chunks[size_t(slot / kChunkSlots)]->holds(i, search, cipDigits))
        return;
    Chunk &c = writableChunk(slot / kChunkSlots);
    const qsizetype from = c.offsets[2 * i];
    const qsizetype to = c.offsets[2 * i + 2];
    c.replace(from, to, search, cipDigits);
    const qsizetype delta = qsizetype((search.size() + cipDigits.size()) - (to - from));
    c.offsets[2 * i + 1] = qsizetype(from + search.size());
    for (size_t k = size_t(2 * i + 2); k < c.offsets.size(); ++k)
        c.offsets[k] += delta;
}

void IdentitySearchIndex::clear()
{
    m_chunks.clear();
    m_slots = 0;
}

QString IdentitySearchIndex::search(int slot) const
{
    if (slot < 0 || slot >= m_slots)
        return {};
    return m_chunks[size_t(slot / kChunkSlots)]->search(slot % kChunkSlots);
}

QString IdentitySearchIndex::cipDigits(int slot) const
{
    if (slot < 0 || slot >= m_slots)
        return {};
    return m_chunks[size_t(slot / kChunkSlots)]->cipDigits(slot % kChunkSlots);
}

bool IdentitySearchIndex::matches(int slot, const SearchTerms &terms) const
{
    if (slot < 0 || slot >= m_slots)
        return false;
    return m_chunks[size_t(slot / kChunkSlots)]->matches(slot % kChunkSlots, terms);
}

bool IdentitySearchIndex::holds(int slot, QStringView search, QStringView cipDigits) const
{
    if (slot < 0 || slot >= m_slots)
        return search.isEmpty() && cipDigits.isEmpty();
    return m_chunks[size_t(slot / kChunkSlots)]->holds(slot % kChunkSlots, search, cipDigits);
}

IdentitySearchIndex::Snapshot IdentitySearchIndex::snapshot() const
{
    Snapshot s;
    s.size = m_slots;
    s.chunks.reserve(m_chunks.size());
    for (const std::shared_ptr<Chunk> &c : m_chunks)
        s.chunks.push_back(c);
    return s;
}

std::vector<char> IdentitySearchIndex::matchAll(const Snapshot &snapshot, const SearchTerms &terms,
                                                const std::vector<char> *previous,
                                                const std::atomic_bool *cancelled)
{
    std::vector<char> verdicts(size_t(snapshot.size), 0);
    const size_t known = previous ? qMin(previous->size(), verdicts.size()) : 0;
    int slot = 0;
    for (const std::shared_ptr<const Chunk> &chunk : snapshot.chunks) {
        const int n = qMin(chunk->size(), snapshot.size - slot);
        for (int i = 0; i < n; ++i, ++slot) {
            if (cancelled && slot % kCancelCheckEvery == 0
                && cancelled->load(std::memory_order_relaxed)) {
                return {};
            }
            if (size_t(slot) < known && !(*previous)[size_t(slot)])
                continue; // the wider search did not accept it either
            verdicts[size_t(slot)] = chunk->matches(i, terms) ? 1 : 0;
        }
    }
    return verdicts;
}

// --- IdentitySearchEngine -------------------------------------------------------------------

struct IdentitySearchEngine::Job
{
    explicit Job(IdentitySearchEngine *engine)
        : watcher(new QFutureWatcher<std::vector<char>>(engine))
    {
    }
    ~Job()
    {
        cancelled->store(true, std::memory_order_relaxed);
        // A job can end inside its watcher's own finished() signal: the watcher goes later.
        watcher->disconnect();
        watcher->deleteLater();
    }
    Job(const Job &) = delete;
    Job &operator=(const Job &) = delete;

    // Read by the worker as it goes: a superseded pass stops, a queued one never starts.
    std::shared_ptr<std::atomic_bool> cancelled = std::make_shared<std::atomic_bool>(false);
    QFutureWatcher<std::vector<char>> *watcher;
    SearchTerms terms;
};

IdentitySearchEngine::IdentitySearchEngine(QObject *parent)
    : QObject(parent)
    , m_pool(new QThreadPool(this))
{
    m_pool->setMaxThreadCount(1);
    m_pool->setObjectName(u"identitySearch"_s);
}

IdentitySearchEngine::~IdentitySearchEngine()
{
    cancel();
    // The pool (a child) waits for a worker still searching; the worker owns its snapshot.
}

void IdentitySearchEngine::start(IdentitySearchIndex::Snapshot snapshot, SearchTerms terms,
                                 std::vector<char> previous)
{
    cancel();
    auto *job = new Job(this);
    m_job = job;
    job->terms = terms;
    connect(job->watcher, &QFutureWatcherBase::finished, this, [this, job] { onWorkerDone(job); });
    job->watcher->setFuture(QtConcurrent::run(
        m_pool,
        [snapshot = std::move(snapshot), terms = std::move(terms), previous = std::move(previous),
         cancelled = job->cancelled] {
            if (cancelled->load(std::memory_order_relaxed))
                return std::vector<char>(); // superseded before it started
            return IdentitySearchIndex::matchAll(
                snapshot, terms, previous.empty() ? nullptr : &previous, cancelled.get());
        }));
}

void IdentitySearchEngine::cancel()
{
    delete m_job;
    m_job = nullptr;
}

void IdentitySearchEngine::onWorkerDone(Job *job)
{
    // ~Job disconnects a dropped job's watcher; this only guards the contract.
    if (job != m_job)
        return;
    const std::vector<char> verdicts = job->watcher->result();
    const SearchTerms terms = job->terms;
    m_job = nullptr;
    delete job;
    // Last: a listener may start the next pass from here.
    emit finished(terms, verdicts);
}

} // namespace console
