#pragma once

#include "cli/commands.h"
#include "paxos/model/enums.h"

// What the rows of the command table are built from: option helpers shared by several groups
// and the scopes the commands ask for. Only the files in cli/commands/ include this.
namespace paxosctl::specs {

inline const QString kReadIdentity = QStringLiteral("identity:read_identity");
inline const QString kWriteIdentity = QStringLiteral("identity:write_identity");
inline const QString kReadControl = QStringLiteral("identity:read_identity_control");
inline const QString kWriteControl = QStringLiteral("identity:write_identity_control");
inline const QString kReadEvent = QStringLiteral("events:read_event");
inline const QString kReadAccount = QStringLiteral("identity:read_account");
inline const QString kWriteAccount = QStringLiteral("identity:write_account");

OptionSpec opt(QStringList names, QString valueName, QString description, bool repeatable = false);
OptionSpec flag(QStringList names, QString description);

// The wire values of an enum table, comma-separated, for option descriptions.
QString valuesOf(const paxos::EnumTable &table);

// The five documented comparisons on a time field, e.g. --created-at.gte.
QList<OptionSpec> timeFilters(const QString &field, const QString &what);
// --file/-f: the request JSON of `what`.
OptionSpec fileOption(const QString &what);
// --all, --limit, --order and --page-cursor of the paged lists.
OptionSpec allOption();
OptionSpec limitOption(int max);
OptionSpec orderOption();
OptionSpec cursorOption();

} // namespace paxosctl::specs

namespace paxosctl {
class RunContext;
// Sends a Create Identity body (person or institution; it carries its ref_id) through the
// write gate with the console's audit record for a create, prints the identity, and names a
// duplicate cip_id's holder in the outcome. In identities.cpp.
void sendCreateIdentity(RunContext &ctx, const QJsonObject &body);
} // namespace paxosctl

// The groups, one file each; cli/commands.cpp puts them in order.
namespace paxosctl {
CommandGroup tokenGroup();
CommandGroup identitiesGroup();
CommandGroup documentsGroup();
CommandGroup controlsGroup();
CommandGroup eventsGroup();
CommandGroup accountsGroup();
CommandGroup institutionsGroup();
CommandGroup auditGroup();
CommandGroup sandboxGroup();
} // namespace paxosctl
