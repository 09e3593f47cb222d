// The accounts commands: each handler next to its row of the command table.
#include "cli/commands/specs.h"
#include "cli/runcontext.h"
#include "paxos/api/accountjobs.h"
#include "paxos/api/memberjobs.h"
#include "paxos/model/accountrules.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace paxosctl {

namespace {

using namespace specs;
using namespace paxos::enums;

// Profiles are the funding API's; Get Profile needs this scope (not in specs.h: only the
// accounts group reads profiles).
const QString kReadProfile = QStringLiteral("funding:read_profile");

bool printIssues(RunContext &ctx, const QList<paxos::ValidationIssue> &issues)
{
    for (const auto &issue : issues) {
        ctx.err() << u"paxosctl: "_s << (issue.isError() ? tr("error") : tr("warning")) << u": "_s
                  << (issue.path.isEmpty() ? QString() : issue.path + u": "_s) << issue.message
                  << u'\n';
    }
    ctx.err().flush();
    return !paxos::hasErrors(issues);
}

// --member IDENTITY_ID:ROLE[,ROLE…], repeatable.
std::optional<QJsonArray> membersFromOptions(RunContext &ctx)
{
    QJsonArray members;
    for (const QString &spec : ctx.values(u"member"_s)) {
        const qsizetype colon = spec.indexOf(u':');
        if (colon <= 0 || colon == spec.size() - 1) {
            ctx.usageError(tr("--member %1: write IDENTITY_ID:ROLE[,ROLE…]").arg(spec));
            return std::nullopt;
        }
        members.append(QJsonObject{
            {u"identity_id"_s, spec.left(colon)},
            {u"roles"_s,
             QJsonArray::fromStringList(spec.mid(colon + 1).split(u',', Qt::SkipEmptyParts))}});
    }
    return members;
}

QString memberOptionHelp()
{
    return tr("A member: IDENTITY_ID:ROLE[,ROLE…] (roles: %1). Repeat for each member.")
        .arg(valuesOf(accountMemberRole()));
}

// Identity ids and roles of members, for the record.
QJsonArray memberSummary(const QJsonArray &members)
{
    QJsonArray out;
    for (const QJsonValue &m : members)
        out.append(QJsonObject{{u"identity_id"_s, m.toObject().value(u"identity_id"_s)},
                               {u"roles"_s, m.toObject().value(u"roles"_s)}});
    return out;
}

Table accountMembersTable(const QList<paxos::AccountMember> &members)
{
    Table table;
    table.columns = {
        {u"id"_s, tr("Member ID")}, {u"identity_id"_s, tr("Identity")}, {u"roles"_s, tr("Roles")}};
    for (const paxos::AccountMember &m : members) {
        QStringList labels;
        for (const QString &r : m.roles)
            labels << accountMemberRole().label(r);
        table.rows.append({Cell{m.id, {}}, Cell{m.identityId, {}},
                           Cell{m.roles.join(u','), labels.join(u", "_s)}});
    }
    return table;
}

// ---- accounts create
void runAccountsCreate(RunContext &ctx)
{
    const auto input = ctx.jsonInputUnlessFlags({u"identity"_s, u"type"_s, u"description"_s,
                                                 u"ref-id"_s, u"create-profile"_s, u"member"_s});
    if (!input)
        return;
    const auto members = membersFromOptions(ctx);
    if (!members)
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
    if (!members->isEmpty()) {
        QJsonArray all = account.value(u"members"_s).toArray();
        for (const QJsonValue &m : std::as_const(*members))
            all.append(m);
        account.insert(u"members"_s, all);
    }
    body.insert(u"account"_s, account);
    if (ctx.isSet(u"create-profile"_s))
        body.insert(u"create_profile"_s, true);
    if (account.value(u"identity_id"_s).toString().isEmpty())
        return ctx.usageError(tr("the account needs account.identity_id (--identity)"));
    if (!ctx.isSet(u"no-validate"_s) && !printIssues(ctx, paxos::validateCreateAccount(body)))
        return ctx.usageError(tr("the account was not sent (fix the errors, or --no-validate)"));
    const auto request = paxos::CreateAccountRequest::fromJson(body);
    console::AuditRecord audit;
    audit.action = console::AuditAction::AccountCreate;
    audit.identityId = request.account.identityId;
    audit.details =
        QJsonObject{{u"type"_s, request.account.type.value_or(QString())},
                    {u"create_profile"_s, request.createProfile.value_or(false)},
                    {u"members"_s, memberSummary(account.value(u"members"_s).toArray())}};
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
               "ref_id, members}, create_profile}) read from a file or standard input, or built "
               "from the flags (flags win over the file; --member adds to the file's members). "
               "The body is checked first against the rules Paxos documents: only those "
               "fields (no id, no name), members with roles of %1; errors stop it (exit 2) "
               "unless --no-validate.")
                .arg(valuesOf(accountMemberRole())),
        .options = {fileOption(tr("Create Account request")),
                    opt({u"identity"_s}, u"IDENTITY_ID"_s, tr("account.identity_id.")),
                    opt({u"type"_s}, u"TYPE"_s,
                        tr("account.type: %1.").arg(valuesOf(accountType()))),
                    opt({u"description"_s}, u"TEXT"_s, tr("account.description.")),
                    opt({u"ref-id"_s}, u"REF_ID"_s, tr("account.ref_id.")),
                    flag({u"create-profile"_s},
                         tr("Also create a profile (cannot be added later).")),
                    opt({u"member"_s}, u"MEMBER"_s, memberOptionHelp(), true),
                    flag({u"no-validate"_s}, tr("Send without the client-side checks."))},
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

// ---- accounts update
void runAccountsUpdate(RunContext &ctx)
{
    const QString accountId = ctx.argument(0);
    QJsonObject body;
    if (ctx.isSet(u"file"_s)) {
        const auto input = ctx.readJsonInput();
        if (!input)
            return;
        body = *input;
    }
    QJsonObject account = body.value(u"account"_s).toObject();
    account.insert(u"id"_s, accountId);
    const QList<QPair<QString, QString>> fields = {{u"description"_s, u"description"_s},
                                                   {u"ref-id"_s, u"ref_id"_s}};
    for (const auto &[option, key] : fields)
        if (ctx.isSet(option))
            account.insert(key, ctx.value(option));
    const auto members = membersFromOptions(ctx);
    if (!members)
        return;
    if (!members->isEmpty() || ctx.isSet(u"no-members"_s))
        account.insert(u"members"_s, *members);
    body.insert(u"account"_s, account);
    if (ctx.isSet(u"disable"_s) && ctx.isSet(u"enable"_s))
        return ctx.usageError(tr("give --disable or --enable, not both"));
    if (ctx.isSet(u"disable"_s) || ctx.isSet(u"enable"_s))
        body.insert(u"set_user_disabled"_s, ctx.isSet(u"disable"_s));
    if (account.size() == 1 && !body.contains(u"set_user_disabled"_s))
        return ctx.usageError(tr("the update is empty: give the fields that change"));
    // The members rule compares with the members as they are: read the account first.
    ctx.run<paxos::GetAccountJob>(
        new paxos::GetAccountJob(ctx.connection(), accountId, &ctx),
        [&ctx, body, account](paxos::GetAccountJob *get) {
            const paxos::Account current = get->result();
            if (!ctx.isSet(u"no-validate"_s)
                && !printIssues(ctx, paxos::validateUpdateAccount(body, &current.members)))
                return ctx.usageError(
                    tr("the update was not sent (fix the errors, or --no-validate)"));
            console::AuditRecord audit;
            audit.action = console::AuditAction::AccountUpdate;
            audit.identityId = current.identityId;
            QJsonObject details{{u"account_id"_s, current.id},
                                {u"fields"_s, QJsonArray::fromStringList(account.keys())}};
            if (account.contains(u"members"_s))
                details.insert(u"members"_s, memberSummary(account.value(u"members"_s).toArray()));
            if (body.contains(u"set_user_disabled"_s))
                details.insert(u"set_user_disabled"_s, body.value(u"set_user_disabled"_s));
            audit.details = details;
            std::optional<bool> disable;
            if (body.contains(u"set_user_disabled"_s))
                disable = body.value(u"set_user_disabled"_s).toBool();
            ctx.write<paxos::UpdateAccountJob>(
                new paxos::UpdateAccountJob(ctx.connection(), account, disable, &ctx), audit,
                [&ctx](paxos::UpdateAccountJob *job) {
                    ctx.print(accountRecord(job->result()), rawOf(job->result()),
                              job->result().identityId);
                    ctx.done(ExitOk);
                },
                [](const paxos::UpdateAccountJob &job, console::AuditRecord &outcome) {
                    if (job.isSucceeded())
                        outcome.details.insert(u"account_id"_s, job.result().id);
                });
        });
}

CommandSpec updateRow()
{
    return {
        .group = u"accounts"_s,
        .name = u"update"_s,
        .summary = tr("Update an account"),
        .description =
            tr("Sends Update Account for an account: description, ref_id, disabling it, and its "
               "members. --member replaces the whole members list (Paxos takes the full list, "
               "not a difference; --no-members sends an empty one), and an update may add or "
               "remove only the FINANCIAL_ADVISOR and AUTHORIZED_USER roles, so keep every "
               "beneficial owner in the list. --file reads an Update Account body; flags win. The "
               "account is read first and the request checked against these rules; errors stop "
               "it (exit 2) unless --no-validate."),
        .arguments = {{u"ACCOUNT_ID"_s, tr("The account's id.")}},
        .options = {fileOption(tr("Update Account request")),
                    opt({u"description"_s}, u"TEXT"_s, tr("account.description.")),
                    opt({u"ref-id"_s}, u"REF_ID"_s, tr("account.ref_id.")),
                    opt({u"member"_s}, u"MEMBER"_s, memberOptionHelp(), true),
                    flag({u"no-members"_s}, tr("Send an empty members list.")),
                    flag({u"disable"_s}, tr("set_user_disabled: true.")),
                    flag({u"enable"_s}, tr("set_user_disabled: false.")),
                    flag({u"no-validate"_s}, tr("Send without the client-side checks."))},
        .scopes = {kWriteAccount, kReadAccount},
        .writes = true,
        .examples = {u"paxosctl accounts update ACCOUNT_ID --member OWNER_ID:BENEFICIAL_OWNER "
                     "--member ADVISOR_ID:FINANCIAL_ADVISOR"_s,
                     u"paxosctl accounts update ACCOUNT_ID --disable"_s},
        .handler = &runAccountsUpdate,
    };
}

// ---- accounts add-members
void runAccountsAddMembers(RunContext &ctx)
{
    const QString accountId = ctx.argument(0);
    auto members = membersFromOptions(ctx);
    if (!members)
        return;
    if (ctx.isSet(u"file"_s)) {
        const auto input = ctx.readJsonInput();
        if (!input)
            return;
        for (const QJsonValue &m : input->value(u"members"_s).toArray())
            members->append(m);
    }
    const QJsonObject body{{u"account_id"_s, accountId}, {u"members"_s, *members}};
    if (!ctx.isSet(u"no-validate"_s) && !printIssues(ctx, paxos::validateAddAccountMembers(body)))
        return ctx.usageError(tr("the members were not sent (fix the errors, or --no-validate)"));
    QList<paxos::AccountMember> list;
    for (const QJsonValue &m : std::as_const(*members))
        list.append(paxos::AccountMember::fromJson(m.toObject()));
    console::AuditRecord audit;
    audit.action = console::AuditAction::AccountMemberAdd;
    audit.identityId = ctx.value(u"identity"_s);
    audit.details =
        QJsonObject{{u"account_id"_s, accountId}, {u"members"_s, memberSummary(*members)}};
    ctx.write<paxos::AddAccountMembersJob>(
        new paxos::AddAccountMembersJob(ctx.connection(), accountId, list, &ctx), audit,
        [&ctx, accountId](paxos::AddAccountMembersJob *job) {
            QJsonArray raw;
            for (const paxos::AccountMember &m : job->result())
                raw.append(m.toJson());
            ctx.print(accountMembersTable(job->result()),
                      QJsonObject{{u"account_id"_s, accountId}, {u"members"_s, raw}});
            ctx.done(ExitOk);
        },
        [](const paxos::AddAccountMembersJob &job, console::AuditRecord &outcome) {
            if (!job.isSucceeded())
                return;
            QJsonArray ids;
            for (const paxos::AccountMember &m : job.result())
                ids.append(m.id);
            outcome.details.insert(u"member_ids"_s, ids);
        });
}

CommandSpec addMembersRow()
{
    return {
        .group = u"accounts"_s,
        .name = u"add-members"_s,
        .summary = tr("Add members to an account"),
        .description = tr("Sends Add Account Members: the members from --member and/or --file "
                          "(an Add Account Members body, or {\"members\": […]}) join the "
                          "account's members. Paxos needs at least one. Prints them with their "
                          "new member ids (what remove-member takes)."),
        .arguments = {{u"ACCOUNT_ID"_s, tr("The account's id.")}},
        .options = {opt({u"member"_s}, u"MEMBER"_s, memberOptionHelp(), true),
                    fileOption(tr("Add Account Members request")),
                    opt({u"identity"_s}, u"IDENTITY_ID"_s,
                        tr("The account's owner, for the audit trail.")),
                    flag({u"no-validate"_s}, tr("Send without the client-side checks."))},
        .scopes = {kWriteAccount},
        .writes = true,
        .examples = {u"paxosctl accounts add-members ACCOUNT_ID --member "
                     "PERSON_ID:AUTHORIZED_USER"_s},
        .handler = &runAccountsAddMembers,
    };
}

// ---- accounts remove-member
void runAccountsRemoveMember(RunContext &ctx)
{
    const QString memberId = ctx.argument(0);
    console::AuditRecord audit;
    audit.action = console::AuditAction::AccountMemberRemove;
    // The API answers {} and knows members by their own id: the owner is recorded only
    // when --identity names it.
    audit.identityId = ctx.value(u"identity"_s);
    audit.details = QJsonObject{{u"member_id"_s, memberId}};
    ctx.write<paxos::RemoveAccountMemberJob>(
        new paxos::RemoveAccountMemberJob(ctx.connection(), memberId, &ctx), audit,
        [&ctx, memberId](paxos::RemoveAccountMemberJob *) {
            Table table;
            table.record = true;
            table.columns = {{u"member_id"_s, tr("Member ID")}, {u"removed"_s, tr("Removed")}};
            table.rows.append({Cell{memberId, {}}, Cell{u"true"_s, tr("yes")}});
            ctx.print(table, QJsonObject{{u"member_id"_s, memberId}, {u"removed"_s, true}});
            ctx.done(ExitOk);
        });
}

CommandSpec removeMemberRow()
{
    return {
        .group = u"accounts"_s,
        .name = u"remove-member"_s,
        .summary = tr("Remove a member from an account"),
        .description = tr("Sends Remove Account Member for a member id (the membership's id, "
                          "as accounts get or add-members print it; not the person's identity "
                          "id)."),
        .arguments = {{u"MEMBER_ID"_s, tr("The membership's id.")}},
        .options = {opt({u"identity"_s}, u"IDENTITY_ID"_s,
                        tr("The account's owner, for the audit trail."))},
        .scopes = {kWriteAccount},
        .writes = true,
        .examples = {u"paxosctl accounts remove-member MEMBER_ID"_s},
        .handler = &runAccountsRemoveMember,
    };
}

// ---- accounts profile
void runAccountsProfile(RunContext &ctx)
{
    ctx.run<paxos::GetProfileJob>(new paxos::GetProfileJob(ctx.connection(), ctx.argument(0), &ctx),
                                  [&ctx](paxos::GetProfileJob *job) {
                                      const paxos::Profile &p = job->result();
                                      Table table;
                                      table.record = true;
                                      table.columns = {{u"id"_s, tr("ID")},
                                                       {u"nickname"_s, tr("Nickname")},
                                                       {u"type"_s, tr("Type")},
                                                       {u"account_id"_s, tr("Account")}};
                                      table.rows.append(
                                          {Cell{p.id, {}}, Cell{p.nickname, {}},
                                           Cell{p.type.value_or(QString()), {}},
                                           Cell{p.accountId.value_or(QString()), {}}});
                                      ctx.print(table, p.raw.isEmpty() ? p.toJson() : p.raw);
                                      ctx.done(ExitOk);
                                  });
}

CommandSpec profileRow()
{
    return {
        .group = u"accounts"_s,
        .name = u"profile"_s,
        .summary = tr("Show an account's profile"),
        .description = tr("Shows the profile an account created with --create-profile has "
                          "(Get Profile; the account's profile_id). Needs the funding scope "
                          "funding:read_profile."),
        .arguments = {{u"PROFILE_ID"_s, tr("The profile's id (the account's profile_id).")}},
        .scopes = {kReadProfile},
        .examples = {u"paxosctl accounts profile PROFILE_ID"_s},
        .handler = &runAccountsProfile,
    };
}

} // namespace

CommandGroup accountsGroup()
{
    return {u"accounts"_s,
            tr("Accounts of identities: create, list, get, update, members, profile"),
            {createRow(), listRow(), getRow(), updateRow(), addMembersRow(), removeMemberRow(),
             profileRow()}};
}

} // namespace paxosctl
