#include "sandbox/renderedidentities.h"

#include "sandbox/lifecycle.h"

#include <QJsonDocument>

namespace sandbox {

RenderedIdentities::RenderedIdentities(Store &store, Lifecycle &lifecycle)
    : m_store(store)
    , m_lifecycle(lifecycle)
    , m_generation(store.generation())
{
}

std::optional<QByteArray> RenderedIdentities::json(const QString &id, bool includeDetails,
                                                   bool includeMembers)
{
    if (m_generation != m_store.generation()) {
        m_entries.clear();
        m_bytes = 0;
        m_generation = m_store.generation();
    }
    const int slot = (includeDetails ? 1 : 0) | (includeMembers ? 2 : 0);
    if (const auto hit = m_entries.constFind(id); hit != m_entries.cend() && !(*hit)[slot].isNull())
        return (*hit)[slot];
    const std::optional<IdentityRow> row = m_store.identityById(id);
    if (!row)
        return std::nullopt;
    QByteArray json =
        QJsonDocument(m_lifecycle.renderIdentity(*row, includeDetails, includeMembers))
            .toJson(QJsonDocument::Compact);
    // Rendering only reads; should it ever write, what it read is already out of date.
    if (m_generation != m_store.generation())
        return json;
    if (m_bytes + json.size() <= kMaxBytes) {
        m_bytes += json.size();
        m_entries[id][slot] = json;
    }
    return json;
}

} // namespace sandbox
