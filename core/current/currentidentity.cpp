#include "core/current/currentidentity.h"

#include "core/session/session.h"

#include <QTimer>

namespace console {

namespace {
// Long enough to span the auto-repeat of a held arrow key (about 30 ms per row), short enough
// not to be noticed when the reviewer stops.
constexpr int kDefaultDebounceMs = 150;
} // namespace

CurrentIdentity::CurrentIdentity(Session *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_fetcher(new IdentityFetcher(session ? session->connection() : nullptr, this))
    , m_debounce(new QTimer(this))
{
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kDefaultDebounceMs);
    connect(m_debounce, &QTimer::timeout, this, &CurrentIdentity::settle);
    connect(m_fetcher, &IdentityFetcher::identityLoaded, this,
            [this](const paxos::Identity &identity) {
                // The fetcher only answers for the id it serves, which is the settled one.
                if (!m_settled.isEmpty())
                    emit loaded(identity);
            });
    connect(m_fetcher, &IdentityFetcher::failed, this,
            [this](const QString &id, IdentityFetcher::Part part, const paxos::ApiError &error) {
                if (part == IdentityFetcher::Part::Identity && id == m_settled)
                    emit failed(id, error);
            });
    if (session)
        connect(session, &Session::environmentChanged, this,
                &CurrentIdentity::onEnvironmentChanged);
}

CurrentIdentity::~CurrentIdentity() = default;

void CurrentIdentity::setDebounceMs(int ms)
{
    m_debounce->setInterval(qMax(0, ms));
}

int CurrentIdentity::debounceMs() const
{
    return m_debounce->interval();
}

void CurrentIdentity::select(const QString &identityId)
{
    if (identityId.isEmpty() || identityId == m_selected)
        return;
    m_selected = identityId;
    m_settled.clear();
    // Whatever was asked for the previous row is of no use any more.
    m_fetcher->setIdentityId({});
    emit selected(identityId);
    m_debounce->start();
}

void CurrentIdentity::open(const QString &identityId)
{
    if (identityId.isEmpty())
        return;
    m_debounce->stop();
    m_selected = identityId;
    // Say what is coming first, so the pane never shows one identity under another's row.
    emit selected(identityId);
    if (identityId == m_settled) {
        m_fetcher->refetch(IdentityFetcher::Part::Identity);
        return;
    }
    settle();
}

void CurrentIdentity::clear()
{
    m_debounce->stop();
    m_selected.clear();
    m_settled.clear();
    m_fetcher->setIdentityId({});
}

void CurrentIdentity::settle()
{
    if (m_selected.isEmpty())
        return;
    m_settled = m_selected;
    m_fetcher->setIdentityId(m_settled);
    emit settled(m_settled);
    // A listener may have moved on already (a nested open() or clear()).
    if (m_fetcher->identityId() == m_settled && !m_settled.isEmpty())
        m_fetcher->refetch(IdentityFetcher::Part::Identity);
}

void CurrentIdentity::onEnvironmentChanged()
{
    clear();
    m_fetcher->setConnection(m_session ? m_session->connection() : nullptr);
}

} // namespace console
