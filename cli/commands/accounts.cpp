// The accounts commands: each handler next to its row of the command table.
#include "cli/commands/specs.h"
#include "cli/runcontext.h"
#include "paxos/api/accountjobs.h"

using namespace Qt::StringLiterals;

namespace paxosctl {

namespace {

using namespace specs;
using namespace paxos::enums;

// ---- accounts create
void runAccountsCreate(RunContext &ctx)
{
    const auto input = ctx.jsonInputUnlessFlags(
        {u"identity"_s, u"type"_s, u"description"_s, u"ref-id"_s, u"create-profile"_s});
    if (!input)
        return;
    QJsonObject body = *input;
    QJsonObject account = body.value(u"account"_s).toObject();
    const QList<QPair<QString, QString>> fields = {{u"identity"_s, u"identity_id"_s},
                                                   {u"description"_s, u"description"_s},
                                                   {u"ref-id"_s, u"ref_id"_s}};
    for (const auto &[option, key] : fields)
        if (ctx.isSet(option))
            account.insert(key, ctx.value(option));
    if (ctx.isSet(u"type"_s)) {
        std::optional<QString> type;
        if (!ctx.enumOption(u"type"_s, paxos::enums::accountType(), type))
            return;
        account.insert(u"type"_s, *type);
    }
    body.insert(u"account"_s, account);
    if (ctx.isSet(u"create-profile"_s))
        body.insert(u"create_profile"_s, true);
    const auto request = paxos::CreateAccountRequest::fromJson(body);
    if (request.account.identityId.isEmpty())
        return ctx.usageError(tr("the account needs account.identity_id (--identity)"));
    console::AuditRecord audit;
    audit.action = console::AuditAction::AccountCreate;
    audit.identityId = request.account.identityId;
    audit.details = QJsonObject{{u"type"_s, request.account.type.value_or(QString())},
                                {u"create_profile"_s, request.createProfile.value_or(false)}};
    ctx.write<paxos::CreateAccountJob>(
        new paxos::CreateAccountJob(ctx.connection(), request, &ctx), audit,
        [&ctx](paxos::CreateAccountJob *job) {
            ctx.print(accountRecord(job->result()), rawOf(job->result()));
            ctx.done(ExitOk);
        },
        [](const paxos::CreateAccountJob &job, console::AuditRecord &outcome) {
            if (!job.error())
                outcome.details.insert(u"account_id"_s, job.result().id);
        });
}

CommandSpec createRow()
{
    return {
        .group = u"accounts"_s,
        .name = u"create"_s,
        .summary = tr("Create an account"),
        .description =
            tr("Sends a Create Account body ({account: {identity_id, type, description, "
               "ref_id}, create_profile}) read from a file or standard input, or built from "
               "the flags (flags win over the file)."),
        .options = {fileOption(tr("Create Account request")),
                    opt({u"identity"_s}, u"IDENTITY_ID"_s, tr("account.identity_id.")),
                    opt({u"type"_s}, u"TYPE"_s,
                        tr("account.type: %1.").arg(valuesOf(accountType()))),
                    opt({u"description"_s}, u"TEXT"_s, tr("account.description.")),
                    opt({u"ref-id"_s}, u"REF_ID"_s, tr("account.ref_id.")),
                    flag({u"create-profile"_s},
                         tr("Also create a profile (cannot be added later)."))},
        .scopes = {kWriteAccount},
        .writes = true,
        .examples = {u"paxosctl accounts create --identity ID --type BROKERAGE --create-profile"_s},
        .handler = &runAccountsCreate,
    };
}

// ---- accounts list
void runAccountsList(RunContext &ctx)
{
    paxos::ListAccountsQuery q;
    if (ctx.isSet(u"identity"_s))
        q.identityId = ctx.value(u"identity"_s);
    if (!ctx.timeRangeOption(u"created-at"_s, q.createdAt)
        || !ctx.timeRangeOption(u"updated-at"_s, q.updatedAt)
        || !ctx.pagingOptions(q.limit, &q.order))
        return;
    ctx.listPages<paxos::ListAccountsJob>(q, &accountsTable);
}

CommandSpec listRow()
{
    QList<OptionSpec> listAccounts = {
        opt({u"identity"_s}, u"IDENTITY_ID"_s, tr("Only accounts of this identity."))};
    listAccounts += timeFilters(u"created-at"_s, tr("created"));
    listAccounts += timeFilters(u"updated-at"_s, tr("updated"));
    listAccounts += {limitOption(1000), orderOption(), cursorOption(), allOption()};
    return {
        .group = u"accounts"_s,
        .name = u"list"_s,
        .summary = tr("List accounts"),
        .description = tr("Lists accounts, one page at a time; --all follows every page."),
        .options = listAccounts,
        .scopes = {kReadAccount},
        .examples = {u"paxosctl accounts list --identity ID --all"_s},
        .handler = &runAccountsList,
    };
}

// ---- accounts get
void runAccountsGet(RunContext &ctx)
{
    ctx.run<paxos::GetAccountJob>(new paxos::GetAccountJob(ctx.connection(), ctx.argument(0), &ctx),
                                  [&ctx](paxos::GetAccountJob *job) {
                                      ctx.print(accountRecord(job->result()), rawOf(job->result()));
                                      ctx.done(ExitOk);
                                  });
}

CommandSpec getRow()
{
    return {
        .group = u"accounts"_s,
        .name = u"get"_s,
        .summary = tr("Show one account"),
        .description = tr("Shows one account."),
        .arguments = {{u"ACCOUNT_ID"_s, tr("The account's id.")}},
        .scopes = {kReadAccount},
        .examples = {u"paxosctl accounts get ACCOUNT_ID"_s},
        .handler = &runAccountsGet,
    };
}

} // namespace

CommandGroup accountsGroup()
{
    return {u"accounts"_s,
            tr("Accounts of identities: create, list, get"),
            {createRow(), listRow(), getRow()}};
}

} // namespace paxosctl
