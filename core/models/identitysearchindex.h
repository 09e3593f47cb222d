#pragma once

#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <atomic>
#include <memory>
#include <vector>

class QThreadPool;

namespace console {

// The quick search's terms, read once per keystroke: a row matches when every term is found
// in its search text (lower-case name, ref_id, id), or when a term of two or more digits is
// the end of its cip_id digits.
struct SearchTerms
{
    QStringList terms; // lower-case, never empty strings
    QList<bool> digitTerms; // per term: may match the end of the cip_id digits

    // `text` is what the reviewer typed: simplified and lower-cased here.
    static SearchTerms parse(const QString &text);
    bool isEmpty() const { return terms.isEmpty(); }
    bool matches(QStringView haystack, QStringView cipDigits) const;
    bool matches(QLatin1String haystack, QLatin1String cipDigits) const;
    // True when every row these terms accept is accepted by `previous` too ("an" after "a"),
    // so only the rows `previous` accepted need to be searched again.
    bool narrows(const SearchTerms &previous) const;
    bool operator==(const SearchTerms &other) const { return terms == other.terms; }
};

// Every row's search text and cip_id digits in a few contiguous buffers, by the model's slot
// (IdentityTableModel's append-only row storage): a pass over 100,000 rows reads memory in
// order instead of 200,000 strings scattered over the heap.
//
// Slots live in chunks of kChunkSlots. A snapshot() shares the chunks (no copy) and stays
// what it was: a chunk the index changes while a snapshot holds it is copied first. So a
// worker can search a snapshot while rows land and change on the UI thread.
class IdentitySearchIndex
{
public:
    static constexpr int kChunkSlots = 1024;

    struct Chunk
    {
        // Slot i of the chunk: search text [offsets[2i], offsets[2i+1]), cip digits
        // [offsets[2i+1], offsets[2i+2]). In `narrow`, one byte a character (Latin-1: nearly
        // every name, ref_id and id), until a text needs more; then the whole chunk is in
        // `wide` (UTF-16). Half the memory of keeping every text as UTF-16.
        QByteArray narrow;
        QString wide;
        bool isWide = false;
        std::vector<qsizetype> offsets{0};
        int size() const { return int(offsets.size() / 2); }
        qsizetype length() const { return isWide ? wide.size() : narrow.size(); }
        bool matches(int i, const SearchTerms &terms) const;
        QString search(int i) const;
        QString cipDigits(int i) const;
        bool holds(int i, QStringView search, QStringView cipDigits) const;
        // Replaces [from, to) of the buffer with the two texts.
        void replace(qsizetype from, qsizetype to, QStringView search, QStringView cipDigits);
        void squeeze();
    };
    struct Snapshot
    {
        std::vector<std::shared_ptr<const Chunk>> chunks;
        int size = 0; // slots
    };

    int slotCount() const { return m_slots; }
    // Sets `slot`'s texts; slots up to it that were never set read as empty (match nothing).
    void set(int slot, QStringView search, QStringView cipDigits);
    // A removed row: its texts are dropped and it matches nothing.
    void clearSlot(int slot) { set(slot, {}, {}); }
    void clear();
    QString search(int slot) const;
    QString cipDigits(int slot) const;
    // True when `slot` holds exactly these texts.
    bool holds(int slot, QStringView search, QStringView cipDigits) const;
    bool matches(int slot, const SearchTerms &terms) const;
    Snapshot snapshot() const;

    // Verdicts (1: matches) for slots [0, snapshot.size). With `previous` (verdicts under
    // terms these narrow), only slots it accepted are searched; slots past its end are
    // searched in full. Empty when `cancelled` was set meanwhile. Pure: any thread.
    static std::vector<char> matchAll(const Snapshot &snapshot, const SearchTerms &terms,
                                      const std::vector<char> *previous = nullptr,
                                      const std::atomic_bool *cancelled = nullptr);

private:
    Chunk &writableChunk(int chunk);

    std::vector<std::shared_ptr<Chunk>> m_chunks;
    int m_slots = 0;
};

// Runs IdentitySearchIndex::matchAll on its own single worker thread (not the global pool,
// which painting uses), like IdentitySortEngine does for sorts. A new start() supersedes the
// pass in progress, which stops within a few hundred rows; cancel() drops it. Neither's result
// is ever reported, so a keystroke storm leaves at most one pass running and none queued
// behind it.
class IdentitySearchEngine : public QObject
{
    Q_OBJECT
public:
    explicit IdentitySearchEngine(QObject *parent = nullptr);
    ~IdentitySearchEngine() override;

    void start(IdentitySearchIndex::Snapshot snapshot, SearchTerms terms,
               std::vector<char> previous = {});
    void cancel();
    bool isRunning() const { return m_job != nullptr; }
    QThreadPool *threadPool() const { return m_pool; }

signals:
    // The verdicts of the latest start() that was neither cancelled nor superseded, for the
    // snapshot's slots.
    void finished(const console::SearchTerms &terms, const std::vector<char> &verdicts);

private:
    struct Job;
    void onWorkerDone(Job *job);

    QThreadPool *m_pool = nullptr;
    Job *m_job = nullptr;
};

} // namespace console
