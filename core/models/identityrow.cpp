#include "core/models/identityrow.h"

#include "core/institutions/institutionreview.h"
#include "core/models/statusexplainer.h"
#include "paxos/model/enums.h"

#include <QCoreApplication>
#include <QSet>

using namespace Qt::StringLiterals;

namespace console {

namespace {
const QString kControlPrefix = u"control:"_s;
// Controls sort after every requirement in the blocking column.
constexpr int kControlOrderBase = 1000;

qint64 msecs(const std::optional<paxos::Timestamp> &ts)
{
    return ts && ts->isValid() ? ts->toDateTime().toMSecsSinceEpoch() : 0;
}

// The values many rows have in common (statuses, types, what blocks and its explanation in
// words): one copy each, shared by every row that has it, instead of one per row. Per thread
// (rows may be made off the UI thread) and bounded: past kMaxShared distinct values a new one
// is kept as it is.
QString shared(const QString &value)
{
    constexpr qsizetype kMaxShared = 4096;
    thread_local QSet<QString> pool;
    if (value.isEmpty())
        return value;
    if (const auto it = pool.constFind(value); it != pool.cend())
        return *it;
    if (pool.size() < kMaxShared)
        pool.insert(value);
    return value;
}

// A copy of the text made by the thread that builds the row. A row lives as long as the queue;
// sharing the decoded identity's string would keep it where the decoding thread allocated it,
// scattered over that thread's whole arena, so none of the arena's pages could be handed back
// once the pages it decoded are gone.
QString ownCopy(const QString &s)
{
    return s.isEmpty() ? QString() : QString(s.constData(), s.size());
}

QString digitsOf(const std::optional<QString> &s)
{
    QString out;
    if (!s)
        return out;
    for (const QChar c : *s) {
        if (c.isDigit())
            out.append(c);
    }
    return out;
}
} // namespace

IdentityRow IdentityRow::from(const paxos::Identity &identity,
                              const QList<paxos::InstitutionMember> *knownMembers)
{
    IdentityRow row;
    row.id = ownCopy(identity.id);
    row.name = ownCopy(identity.displayName());
    row.refId = ownCopy(identity.refId.value_or(QString()));
    row.status = identity.effectiveStatus();
    row.type = identity.type.value_or(QString());
    if (identity.statusDetails) {
        const paxos::StatusDetails &details = *identity.statusDetails;
        if (const paxos::Requirement *req = blockingRequirement(details)) {
            row.blocking = req->type;
            row.blockingText = describeRequirement(*req);
            row.actor = int(whoMustAct(*req));
        } else if (!details.activeControls.isEmpty()) {
            const paxos::IdentityControl &control = details.activeControls.first();
            row.blocking = kControlPrefix + control.type;
            row.blockingText = describeControl(control);
            row.actor = int(whoMustAct(control));
        }
    }
    // An institution waits on its members: when nothing else of its own holds it back (or
    // Paxos says MEMBERS), the column names the member that does. Known when the institution
    // was read with its members (Get Identity, or InstitutionMembersCache for a listed row);
    // made here, once per row update, never when the queue paints.
    if (identity.isInstitution() && (row.blocking.isEmpty() || row.blocking == u"MEMBERS"_s)) {
        const QList<paxos::InstitutionMember> &members =
            knownMembers && identity.institutionMembers.isEmpty() ? *knownMembers
                                                                  : identity.institutionMembers;
        if (const auto member = InstitutionReview::blockingMember(members)) {
            QStringList roles;
            for (const QString &role : member->roles)
                roles << paxos::enums::institutionMemberRole().label(role);
            row.blocking = u"MEMBERS"_s;
            row.blockingText =
                // Who and how first: the column is narrow, the roles can wait for the tooltip.
                QCoreApplication::translate("console::IdentityRow", "Member %1: %2 (%3)")
                    .arg(member->name.isEmpty() ? member->identityId : member->name,
                         paxos::enums::identityStatus().label(member->status), roles.join(u", "_s));
            row.actor = int(member->actor);
            row.blockingIsMember = true;
        }
    }
    row.statusOrder = paxos::enums::identityStatus().order(row.status);
    if (row.blockedByControl())
        row.blockingOrder =
            kControlOrderBase + paxos::enums::controlType().order(row.blockingControl());
    else if (!row.blocking.isEmpty())
        row.blockingOrder = paxos::enums::requirementType().order(row.blocking);
    row.status = shared(row.status);
    row.type = shared(row.type);
    row.blocking = shared(row.blocking);
    row.blockingText = shared(row.blockingText);
    row.createdMs = msecs(identity.createdAt);
    row.updatedMs = msecs(identity.updatedAt);
    row.search = QString(row.name + u'\n' + row.refId + u'\n' + row.id).toLower();
    if (identity.personDetails)
        row.cipDigits = digitsOf(identity.personDetails->cipId);
    else if (identity.institutionDetails)
        row.cipDigits = digitsOf(identity.institutionDetails->cipId);
    return row;
}

bool IdentityRow::blockedByControl() const
{
    return blocking.startsWith(kControlPrefix);
}

QStringView IdentityRow::blockingControl() const
{
    return blockedByControl() ? QStringView(blocking).mid(kControlPrefix.size()) : QStringView();
}

bool IdentityRow::sameContent(const IdentityRow &other) const
{
    return name == other.name && refId == other.refId && status == other.status
        && type == other.type && blocking == other.blocking && blockingText == other.blockingText
        && actor == other.actor && createdMs == other.createdMs && updatedMs == other.updatedMs
        && cipDigits == other.cipDigits;
}

} // namespace console
