// The sandbox commands: each handler next to its row of the command table.
#include "cli/commands/specs.h"
#include "cli/runcontext.h"
#include "paxos/api/sandboxadminjobs.h"

using namespace Qt::StringLiterals;

namespace paxosctl {

namespace {

using namespace specs;
using namespace paxos::enums;

// ---- sandbox seed
void runSandboxSeed(RunContext &ctx)
{
    int count = 40;
    if (ctx.isSet(u"count"_s)) {
        const auto n = ctx.intOption(u"count"_s, 1, 10000);
        if (!n)
            return;
        count = *n;
    }
    console::AuditRecord audit;
    audit.action = console::AuditAction::SandboxSeed;
    audit.details = QJsonObject{{u"count"_s, count}};
    ctx.write<paxos::SandboxAdminJob>(
        paxos::SandboxAdminJob::seed(ctx.connection(), count, &ctx), audit,
        [&ctx](paxos::SandboxAdminJob *job) {
            const QJsonObject answer = job->result();
            Table table;
            table.record = true;
            table.columns = {{u"created"_s, tr("Added")},
                             {u"identities"_s, tr("Identities in the sandbox")},
                             {u"seed"_s, tr("Seed")}};
            table.rows = {{Cell{QString::number(answer.value(u"created"_s).toInt()), {}},
                           Cell{QString::number(answer.value(u"identities"_s).toInt()), {}},
                           Cell{QString::number(qint64(answer.value(u"seed"_s).toDouble())), {}}}};
            ctx.print(table, answer);
            ctx.done(ExitOk);
        });
}

CommandSpec seedRow()
{
    return {
        .group = u"sandbox"_s,
        .name = u"seed"_s,
        .summary = tr("Add demo identities to a local paxos-sandbox"),
        .description =
            tr("Adds realistic people in every status, with their requirements, controls and "
               "history of events (POST /sandbox-admin/seed), to a paxos-sandbox on this "
               "computer. Each run adds new people. Like every change, it passes the write "
               "gate and is recorded in the audit trail (sandbox.seed)."),
        .options = {opt({u"count"_s}, u"N"_s, tr("How many (1-10000, default 40)."))},
        .writes = true,
        .sandboxAdminOnly = true,
        .examples = {u"paxosctl sandbox seed --count 200"_s},
        .handler = &runSandboxSeed,
    };
}

} // namespace

CommandGroup sandboxGroup()
{
    return {u"sandbox"_s, tr("A local paxos-sandbox's demo controls: seed"), {seedRow()}};
}

} // namespace paxosctl
