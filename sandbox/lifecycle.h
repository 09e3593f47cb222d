#pragma once

#include "sandbox/problem.h"
#include "sandbox/rules.h"
#include "sandbox/store.h"

#include <QJsonObject>
#include <QList>

#include <functional>
#include <optional>

namespace sandbox {

class WebhookDispatcher;

// The metadata key a real Paxos would store and ignore, through which a create picks a
// demo scenario (see README.md, "Scenario triggers").
inline constexpr QLatin1StringView kScenarioMetadataKey{"sandbox.scenario"};

// Everything that changes an identity's status goes through here: screening, scenarios,
// controls, documents, KYC refresh. Each change re-runs the decision rules and records the
// documented event for every transition; events reach webhooks only after the
// surrounding transaction committed.
class Lifecycle
{
public:
    static constexpr qint64 kDayUs = 24LL * 3600 * 1000000;
    // Sandbox choices (README): a KYC refresh window is 30 days, the next refresh is due one
    // year after the last.
    static constexpr qint64 kKycWindowUs = 30 * kDayUs;
    static constexpr qint64 kKycPeriodUs = 365 * kDayUs;

    Lifecycle(Store &store, WebhookDispatcher &webhooks);

    bool begin();
    bool commit();
    void rollback();

    QJsonObject renderIdentity(const IdentityRow &row, bool includeDetails,
                               bool includeMembers = true);
    // "person_details" or "institution_details".
    static QString detailsKey(const IdentityRow &row);
    static QJsonObject renderControl(const ControlRow &control);
    static QJsonObject renderEvent(const EventRow &event);

    // Applies the decision rules; saves the row and records a status event on a
    // transition into APPROVED, DENIED or DISABLED.
    bool recompute(IdentityRow &row);

    // Completes sanctions and additional screening (APPROVED) without deciding yet.
    void completeScreening(IdentityRow &row);

    // Scenario grammar: "deny", "manual_review", "pending", "approve",
    // "edd:TYPE[,TYPE...]", "kyc_refresh_due", "kyc_refresh_expired",
    // "paxos_control:TYPE[:REASON_CODE]"; several separated by ';'.
    std::optional<ApiError> applyScenario(IdentityRow &row, const QString &scenario);

    std::optional<ControlRow> addControl(IdentityRow &row, const QString &type,
                                         const QString &setBy, bool overridable,
                                         const QString &reasonCode, const QString &reason);
    bool removeControl(IdentityRow &row, const ControlRow &control);
    QList<ControlRow> activeControls(const QString &identityId);

    // Closes EDD when every requested document type has been uploaded.
    bool documentsChanged(IdentityRow &row);
    QStringList missingEddDocuments(const IdentityRow &row);

    // Update Identity with `last_kyc_refresh_date`.
    bool kycRefreshUpdated(IdentityRow &row, qint64 lastRefreshUs);

    // How long a KYC refresh stays open before it expires (default 30 days).
    void setKycWindowUs(qint64 us) { m_kycWindowUs = us; }
    qint64 kycWindowUs() const { return m_kycWindowUs; }
    // Told the due time of every refresh window that opens, to schedule its expiry.
    void setKycDueListener(std::function<void(qint64 dueUs)> listener)
    {
        m_kycDue = std::move(listener);
    }
    // Expires every open refresh whose window ended by `nowUs` (as Paxos does: the
    // `identity.kyc_refresh.expired` event and a SELL_ONLY control). Call between begin() and
    // commit(). The earliest due time still open, or 0 when none is.
    std::optional<qint64> expireDueKycRefreshes(qint64 nowUs);

    std::optional<EventRow> recordEvent(const QString &type, const QString &objectType,
                                        QJsonObject object, bool isTest = false);

private:
    RuleInput ruleInput(const IdentityRow &row, const QList<ControlRow> &controls);
    bool startKycRefresh(IdentityRow &row);
    // Re-decides every institution that has this person as a member.
    bool recomputeInstitutionsOf(const IdentityRow &person);
    bool expireKycRefresh(IdentityRow &row);
    bool openEdd(IdentityRow &row, const QStringList &types);
    void setSubStatus(IdentityRow &row, const QString &key, const QString &value);

    Store &m_store;
    WebhookDispatcher &m_webhooks;
    QList<EventRow> m_pendingDeliveries;
    qint64 m_kycWindowUs = kKycWindowUs;
    std::function<void(qint64)> m_kycDue;
};

} // namespace sandbox
