#pragma once

#include "paxos/model/identity.h"

#include <QString>

namespace console {

// One queue row: the few fields the columns show and sort by, not the whole Identity, so
// 100,000 rows stay small. Display text is made from these on demand (IdentityTableModel).
struct IdentityRow
{
    QString id;
    QString name;
    QString refId;
    QString status; // wire value (effective status)
    QString type; // wire value
    QString blocking; // requirement type wire value, or "control:<TYPE>"
    QString blockingText;
    int actor = 0; // console::Actor
    // An institution's member holds it back: blockingText names it and is what the column
    // shows (in the padding after `actor`, so the row grows by nothing).
    bool blockingIsMember = false;
    qint64 createdMs = 0; // 0: unknown
    qint64 updatedMs = 0; // 0: unknown
    QString search; // lower-case name, ref_id, id: what the quick search reads
    QString cipDigits; // digits of cip_id, for "last digits" search
    int statusOrder = 0; // identity status in its table order
    int blockingOrder = -1; // requirement order, controls after them; -1: nothing blocks

    // `knownMembers`: the institution's members when the identity came without them (see
    // IdentityTableModel::setKnownMembers).
    static IdentityRow from(const paxos::Identity &identity,
                            const QList<paxos::InstitutionMember> *knownMembers = nullptr);
    // True when a control, not a requirement, holds the identity back; blockingControl() is
    // then its type.
    bool blockedByControl() const;
    QStringView blockingControl() const;
    // True when every field a column shows or sorts by is the same.
    bool sameContent(const IdentityRow &other) const;
};

} // namespace console
