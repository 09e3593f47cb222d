#pragma once

#include "core/record/drafts.h"

#include <QDateTime>
#include <QJsonObject>
#include <QObject>
#include <QPointer>

class QTimer;

namespace console {

class Drafts;

namespace onboarding {

// Draft kinds written by the onboarding forms: which form a draft reopens in.
namespace draftkinds {
inline constexpr QLatin1StringView createPerson("identity.create.person");
inline constexpr QLatin1StringView updatePerson("identity.update.person");
inline constexpr QLatin1StringView createInstitution("identity.create.institution");
inline constexpr QLatin1StringView updateInstitution("identity.update.institution");

// The institution form's kinds (the rest of the identity kinds are the person form's).
inline bool isInstitution(QStringView kind)
{
    return kind == createInstitution || kind == updateInstitution;
}
// The kind a form writes: create or update (editing an existing identity).
inline QString forForm(bool institution, bool editing)
{
    if (institution)
        return editing ? QString(updateInstitution) : QString(createInstitution);
    return editing ? QString(updatePerson) : QString(createPerson);
}
} // namespace draftkinds

// Keeps a form's draft in the store while the user types: each change is written shortly
// after typing pauses (and at once on flush()), so a crash or kill loses at most the last
// half second. The store seals drafts (AES-GCM), like the rest of its personal data, and
// files each under the environment it was typed in (Drafts). Any form's JSON fits: the kind
// says which form reopens it (draftkinds).
class DraftAutosaver : public QObject
{
    Q_OBJECT
public:
    DraftAutosaver(Drafts *drafts, QString kind, QObject *parent = nullptr);
    ~DraftAutosaver() override;

    // Continue an existing draft (one offered back at start) instead of writing a new one.
    void setDraftId(const QString &draftId) { m_draftId = draftId; }
    QString draftId() const { return m_draftId; }
    void setIdentityId(const QString &identityId) { m_identityId = identityId; }
    void setDelayMs(int ms);

    // The form as it is now; written after the delay.
    void update(const QJsonObject &form, const QString &label);
    // Writes a pending change now. Returns false when the store refused it.
    bool flush();
    // The form was sent (or thrown away): the draft goes.
    void discard();
    bool hasPendingChange() const { return m_pending; }
    bool isEnabled() const { return !m_drafts.isNull(); }

signals:
    void saved(const QDateTime &at);
    void saveFailed(const QString &message);

private:
    QPointer<Drafts> m_drafts;
    QString m_kind;
    QString m_draftId;
    QString m_identityId;
    QJsonObject m_form;
    QString m_label;
    bool m_pending = false;
    QTimer *m_timer;
};

} // namespace onboarding
} // namespace console
