#pragma once

#include "sandbox/store.h"

#include <QByteArray>
#include <QHash>
#include <QString>

#include <array>
#include <optional>

namespace sandbox {

class Lifecycle;

// The JSON of identities as GET and list answer with it, kept between requests: a client
// paging through everything, or many asking for the same identity, costs one rendering per
// identity (its row, its controls and documents read, rules run, serialized) instead of one
// per request. Valid for one Store::generation(): any change to the state drops all of it,
// so an answer never differs from a fresh rendering — the cache cannot go stale, whichever
// path changed the state.
class RenderedIdentities
{
public:
    RenderedIdentities(Store &store, Lifecycle &lifecycle);

    // The identity's JSON (compact, as jsonResponse() writes it); nullopt when there is no
    // such identity.
    std::optional<QByteArray> json(const QString &id, bool includeDetails, bool includeMembers);

    // Rendered identities held now, and their bytes (for tests and the bench).
    qsizetype size() const { return m_entries.size(); }
    qint64 bytes() const { return m_bytes; }

    // Past this many bytes new renderings are answered but not kept (a 100,000-identity
    // store is not doubled in memory); a change to the state empties it again.
    static constexpr qint64 kMaxBytes = 48LL * 1024 * 1024;

private:
    Store &m_store;
    Lifecycle &m_lifecycle;
    quint64 m_generation = 0;
    // One slot per (include_details, include_institution_members); empty = not rendered yet.
    QHash<QString, std::array<QByteArray, 4>> m_entries;
    qint64 m_bytes = 0;
};

} // namespace sandbox
