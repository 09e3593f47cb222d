#pragma once

#include <QJsonObject>
#include <QString>

namespace paxos::examples {

// The Create Identity body of Paxos's "Onboard a Person" guide (Billy Duncan), which the
// Paxos Sandbox auto-approves, with `ref_id` set to `refId`. Read from the compiled-in
// resources/samples/sandbox-example-person.json. Its cip_id is fixed, so a second create in
// the same sandbox gets a duplicate-cip_id 409; change person_details.cip_id for another.
QJsonObject sandboxExamplePerson(const QString &refId);

// A fresh unique ref_id (a UUID without braces) for a new create.
QString newRefId();

} // namespace paxos::examples
