#pragma once

#include "paxos/model/event.h"
#include "paxos/model/identity.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QStringList>

#include <functional>
#include <optional>

namespace console {

class Store;

// The follow-up work events open on an identity: enhanced due diligence (EDD) and the
// periodic KYC refresh.
struct FollowUp
{
    enum class KycRefresh { None, Due, Overdue, Expired };

    bool eddOpen = false;
    // required_documents of the latest identity.documents_required, as Paxos wrote them
    // (either vocabulary; enums::documentTypeForRequired() maps them).
    QStringList requiredDocuments;
    KycRefresh kycRefresh = KycRefresh::None;
    std::optional<paxos::Timestamp> nextKycRefresh;
    std::optional<paxos::Timestamp> lastKycRefresh;

    bool isEmpty() const { return !eddOpen && kycRefresh == KycRefresh::None; }
};

QString kycRefreshLabel(FollowUp::KycRefresh state);
QString kycRefreshKey(FollowUp::KycRefresh state);

// Keeps FollowUp per identity from the events applied and the identities fetched.
//
// Events say most (required documents, refresh dates); an identity's status_details say
// whether EDD or a refresh is still open, so the state is right after a restart too, once the
// identity has been seen: an ENHANCED_DUE_DILIGENCE requirement still PENDING keeps EDD open,
// a KYC_REFRESH requirement PENDING means due, FAILED means expired (the refresh window
// closed). Due becomes overdue once next_kyc_refresh_date has passed.
class FollowUpTracker : public QObject
{
    Q_OBJECT
public:
    explicit FollowUpTracker(QObject *parent = nullptr);

    FollowUp followUp(const QString &identityId) const;
    QStringList identitiesWithOpenEdd() const;
    QStringList identitiesWithKycRefresh(FollowUp::KycRefresh state) const;

    void setNow(std::function<QDateTime()> now) { m_now = std::move(now); }

    // Replays the follow-up events already processed (kept by ProcessedEvents), oldest first,
    // so open EDD and KYC refreshes are known right after a restart. Returns the number read,
    // or -1 when the store could not be read.
    int restore(Store *store);

public slots:
    void applyEvent(const paxos::Event &event);
    void applyIdentity(const paxos::Identity &identity);

signals:
    void changed(const QString &identityId);

private:
    void store(const QString &identityId, FollowUp followUp);
    FollowUp::KycRefresh dueOrOverdue(const FollowUp &followUp) const;

    QHash<QString, FollowUp> m_state;
    std::function<QDateTime()> m_now;
};

} // namespace console
