#pragma once

#include "core/record/storeresult.h"

#include <QString>

#include <functional>
#include <optional>

namespace console {

class Store;

// Where the audit chain stood when this computer last saw it: entry seq had hash.
struct AuditCheckpoint
{
    qint64 seq = 0;
    QString hash;
    qint64 savedAtMs = 0;
};

// Checkpoints of audit chains, kept outside the database they describe: one small JSON file
// (owner-only, 0600) per OS account, shared by the console and paxosctl, one checkpoint per
// store location. Someone who can write to the database can rewrite the chain so that it
// links again, but cannot change what this file remembers, so verify() notices a wiped,
// shortened or recomputed record. See core/store/README.md for what this does not cover.
class AuditCheckpoints
{
public:
    explicit AuditCheckpoints(QString filePath);

    // <GenericConfigLocation>/compliance-console/audit-checkpoints.json: the same file for
    // the console and paxosctl, beside the console's settings folder.
    static QString defaultFilePath();

    QString filePath() const { return m_path; }

    // The checkpoint kept for a store location; none when this computer never saw it.
    StoreResult<std::optional<AuditCheckpoint>> read(const QString &location) const;
    // Keeps checkpoint for location unless the one on file is at the same or a later entry,
    // or stillHolds (asked under the file lock) says the record lost the one on file.
    StoreStatus advance(const QString &location, const AuditCheckpoint &checkpoint,
                        const std::function<bool(const AuditCheckpoint &)> &stillHolds = {});

    // The file is small; anything larger was not written by us and is refused unread.
    static constexpr qint64 kMaxFileBytes = 4 * 1024 * 1024;

private:
    QString m_path;
};

// Moves this computer's checkpoint of store's chain to (seq, hash), but only when the entry
// the current checkpoint names still carries its hash: a record rewritten behind our back
// must not become the new reference. Failures are logged, never raised: the entry itself is
// written, and the next verify() reports what is wrong.
void advanceAuditCheckpoint(const Store &store, qint64 seq, const QString &hash);

} // namespace console
