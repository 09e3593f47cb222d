// paxosctl token: the handler next to its row of the command table.
#include "cli/commands/specs.h"
#include "cli/runcontext.h"
#include "paxos/net/connection.h"
#include "paxos/net/tokenprovider.h"

using namespace Qt::StringLiterals;

namespace paxosctl {

namespace {

using namespace specs;
using namespace paxos::enums;

// ---- token
void runToken(RunContext &ctx)
{
    // The scopes asked for are --scope's, else every scope paxosctl uses.
    ctx.requestScopes(ctx.isSet(u"scope"_s) ? ctx.values(u"scope"_s)
                                            : paxos::Connection::allScopes());
    auto *tokens = ctx.connection()->tokenProvider();
    auto expiresInMs = std::make_shared<qint64>(-1);
    QObject::connect(tokens, &paxos::TokenProvider::tokenRefreshed, &ctx,
                     [expiresInMs](const QStringList &, qint64 ms) { *expiresInMs = ms; });
    tokens->fetch(&ctx, [&ctx, tokens, expiresInMs](const paxos::TokenProvider::Result &result) {
        if (ctx.isFinished())
            return;
        if (result.error)
            return ctx.fail(*result.error);
        const qint64 seconds = *expiresInMs >= 0 ? *expiresInMs / 1000 : -1;
        const QStringList scopes = tokens->grantedScopes();
        QJsonObject json{{u"access_token"_s, result.accessToken},
                         {u"token_type"_s, u"bearer"_s},
                         {u"scope"_s, scopes.join(u' ')}};
        if (seconds >= 0)
            json.insert(u"expires_in"_s, seconds);
        ctx.print(tokenRecord(result.accessToken, seconds, scopes), json);
        ctx.done(ExitOk);
    });
}

CommandSpec tokenRow()
{
    return {
        .group = u"token"_s,
        .summary = tr("Get an OAuth access token (client credentials)"),
        .description =
            tr("Asks the environment's token URL for an access token with the client "
               "credentials, as step 1 of the guide does, and prints it with its lifetime "
               "and granted scopes. Use it in your own cURL calls: "
               "paxosctl token --format json | jq -r .access_token"),
        .options = {opt({u"scope"_s}, u"SCOPE"_s,
                        tr("Ask for this scope (repeatable); default: every scope paxosctl uses."),
                        true)},
        .examples = {u"paxosctl token"_s,
                     u"paxosctl --env sandbox token --scope identity:read_identity"_s},
        .handler = &runToken,
    };
}

} // namespace

CommandGroup tokenGroup()
{
    return {u"token"_s, QString(), {tokenRow()}};
}

} // namespace paxosctl
