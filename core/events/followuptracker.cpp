#include "core/events/followuptracker.h"

#include "core/logging.h"
#include "core/record/store.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace console {

QString kycRefreshLabel(FollowUp::KycRefresh state)
{
    switch (state) {
    case FollowUp::KycRefresh::None:
        return {};
    case FollowUp::KycRefresh::Due:
        return QCoreApplication::translate("console::FollowUp", "KYC refresh due");
    case FollowUp::KycRefresh::Overdue:
        return QCoreApplication::translate("console::FollowUp", "KYC refresh overdue");
    case FollowUp::KycRefresh::Expired:
        return QCoreApplication::translate("console::FollowUp", "KYC refresh expired");
    }
    return {};
}

QString kycRefreshKey(FollowUp::KycRefresh state)
{
    switch (state) {
    case FollowUp::KycRefresh::None:
        return {};
    case FollowUp::KycRefresh::Due:
        return u"due"_s;
    case FollowUp::KycRefresh::Overdue:
        return u"overdue"_s;
    case FollowUp::KycRefresh::Expired:
        return u"expired"_s;
    }
    return {};
}

FollowUpTracker::FollowUpTracker(QObject *parent)
    : QObject(parent)
    , m_now([] { return QDateTime::currentDateTimeUtc(); })
{
}

FollowUp FollowUpTracker::followUp(const QString &identityId) const
{
    FollowUp f = m_state.value(identityId);
    if (f.kycRefresh == FollowUp::KycRefresh::Due)
        f.kycRefresh = dueOrOverdue(f);
    return f;
}

FollowUp::KycRefresh FollowUpTracker::dueOrOverdue(const FollowUp &f) const
{
    if (f.nextKycRefresh && f.nextKycRefresh->isValid() && f.nextKycRefresh->toDateTime() < m_now())
        return FollowUp::KycRefresh::Overdue;
    return FollowUp::KycRefresh::Due;
}

QStringList FollowUpTracker::identitiesWithOpenEdd() const
{
    QStringList out;
    for (auto it = m_state.cbegin(); it != m_state.cend(); ++it) {
        if (it->eddOpen)
            out.append(it.key());
    }
    out.sort();
    return out;
}

QStringList FollowUpTracker::identitiesWithKycRefresh(FollowUp::KycRefresh state) const
{
    QStringList out;
    for (auto it = m_state.cbegin(); it != m_state.cend(); ++it) {
        if (followUp(it.key()).kycRefresh == state)
            out.append(it.key());
    }
    out.sort();
    return out;
}

int FollowUpTracker::restore(Store *store)
{
    // Read-only over ProcessedEvents' table: its API lists per identity, and the tracker needs
    // every follow-up event across identities in one pass.
    auto q = store->run(u"SELECT event_id, event_type, created_at, object FROM processed_events "
                        "WHERE event_type IN ('identity.documents_required', 'identity.approved', "
                        "'identity.denied', 'identity.kyc_refresh.started', "
                        "'identity.kyc_refresh.completed', 'identity.kyc_refresh.expired') "
                        "ORDER BY created_at_ms, event_id"_s);
    if (!q) {
        qCWarning(lcEvents) << "follow-up state not restored:" << q.errorMessage();
        return -1;
    }
    int count = 0;
    QSqlQuery &rows = q.value();
    while (rows.next()) {
        const QString type = rows.value(1).toString();
        QJsonObject object = QJsonDocument::fromJson(rows.value(3).toString().toUtf8()).object();
        const QString objectType = type == "identity.documents_required"_L1
            ? u"identity_documents_required"_s
            : type.startsWith("identity.kyc_refresh."_L1) ? u"identity_kyc_refresh"_s
                                                          : u"identity_summary_status_change"_s;
        applyEvent(paxos::Event::fromJson(QJsonObject{{u"id"_s, rows.value(0).toString()},
                                                      {u"type"_s, type},
                                                      {u"object_type"_s, objectType},
                                                      {u"created_at"_s, rows.value(2).toString()},
                                                      {u"object"_s, object}}));
        ++count;
    }
    return count;
}

void FollowUpTracker::store(const QString &identityId, FollowUp followUp)
{
    if (followUp.isEmpty())
        m_state.remove(identityId);
    else
        m_state.insert(identityId, std::move(followUp));
    emit changed(identityId);
}

void FollowUpTracker::applyEvent(const paxos::Event &event)
{
    const QString identityId = event.identityId();
    if (identityId.isEmpty())
        return;
    FollowUp f = m_state.value(identityId);
    const QString &type = event.type;
    if (type == "identity.documents_required"_L1) {
        f.eddOpen = true;
        if (auto required = event.documentsRequired())
            f.requiredDocuments = required->requiredDocuments;
    } else if (type == "identity.approved"_L1 || type == "identity.denied"_L1) {
        // The decision closes EDD either way.
        f.eddOpen = false;
        f.requiredDocuments.clear();
    } else if (type.startsWith("identity.kyc_refresh."_L1)) {
        if (auto refresh = event.kycRefresh()) {
            if (refresh->nextKycRefreshDate)
                f.nextKycRefresh = refresh->nextKycRefreshDate;
            if (refresh->lastKycRefreshDate)
                f.lastKycRefresh = refresh->lastKycRefreshDate;
        }
        if (type == "identity.kyc_refresh.started"_L1)
            f.kycRefresh = FollowUp::KycRefresh::Due;
        else if (type == "identity.kyc_refresh.expired"_L1)
            f.kycRefresh = FollowUp::KycRefresh::Expired;
        else if (type == "identity.kyc_refresh.completed"_L1)
            f.kycRefresh = FollowUp::KycRefresh::None;
    } else {
        return; // nothing to follow up
    }
    store(identityId, f);
}

void FollowUpTracker::applyIdentity(const paxos::Identity &identity)
{
    if (identity.id.isEmpty() || !identity.statusDetails)
        return;
    FollowUp f = m_state.value(identity.id);
    const FollowUp before = f;
    bool eddRequirement = false;
    std::optional<QString> kycStatus;
    for (const paxos::Requirement &req : identity.statusDetails->requirements) {
        if (req.type == "ENHANCED_DUE_DILIGENCE"_L1 && req.status == "PENDING"_L1)
            eddRequirement = true;
        if (req.type == "KYC_REFRESH"_L1)
            kycStatus = req.status;
    }
    f.eddOpen = eddRequirement;
    if (!eddRequirement)
        f.requiredDocuments.clear();
    if (!kycStatus)
        f.kycRefresh = FollowUp::KycRefresh::None;
    else if (*kycStatus == "FAILED"_L1)
        f.kycRefresh = FollowUp::KycRefresh::Expired;
    else if (f.kycRefresh == FollowUp::KycRefresh::None)
        f.kycRefresh = FollowUp::KycRefresh::Due;
    if (f.eddOpen == before.eddOpen && f.kycRefresh == before.kycRefresh
        && f.requiredDocuments == before.requiredDocuments)
        return;
    store(identity.id, f);
}

} // namespace console
