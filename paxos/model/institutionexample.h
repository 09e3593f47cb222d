#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace paxos::examples {

// The Create Identity body of Paxos's institution crypto-brokerage guide (Foogle, a
// US-regulated, publicly traded corporation) completed the way the required-details grid
// asks for a production request: alpha-3 countries and the corporation's CDD fields (the
// guide calls its own request "a simplified version"). `members` go in as they are (the guide
// has one person as beneficial owner, authorized user and management control person). Its
// cip_id is a fresh EIN each time unless `ein` is given, so the example can be created more
// than once in one sandbox (cip ids are unique).
QJsonObject sandboxExampleInstitution(const QString &refId, const QJsonArray &members,
                                      const QString &ein = {});

// A random EIN in the 12-3456789 shape.
QString randomEin();

} // namespace paxos::examples
