#pragma once

#include "paxos/net/environment.h"

#include <QString>

#include <optional>

namespace paxosctl {

// Where --env points: the environment, its settings key (for the keychain) and whether it is
// a paxos-sandbox, which may use the demo client. nullopt + error for a bad value.
struct ResolvedEnvironment
{
    paxos::Environment environment;
    QString key; // local, sandbox, production, custom
    bool isPaxosSandboxServer = false; // local or URL: the demo client is the default
};
std::optional<ResolvedEnvironment> resolveEnvironment(const QString &env, QString *error);

// The port `paxos-sandbox` listens on by default, which --env local expects.
inline constexpr int kLocalSandboxPort = 8640;

} // namespace paxosctl
