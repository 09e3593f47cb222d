// The institutions commands: each handler next to its row of the command table.
#include "cli/commands/specs.h"
#include "cli/runcontext.h"
#include "paxos/api/identityjobs.h"
#include "paxos/api/memberjobs.h"
#include "paxos/model/examples.h"
#include "paxos/model/institutionexample.h"
#include "paxos/model/institutionrules.h"
#include "paxos/model/validation.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace paxosctl {

namespace {

using namespace specs;
using namespace paxos::enums;

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

// --member IDENTITY_ID:ROLE[,ROLE…][:OWNERSHIP[:POSITION]], repeatable.
std::optional<QJsonArray> membersFromOptions(RunContext &ctx)
{
    QJsonArray members;
    for (const QString &spec : ctx.values(u"member"_s)) {
        const QStringList parts = spec.split(u':');
        if (parts.size() < 2 || parts.at(0).isEmpty() || parts.at(1).isEmpty()) {
            ctx.usageError(
                tr("--member %1: write IDENTITY_ID:ROLE[,ROLE…][:OWNERSHIP[:POSITION]]").arg(spec));
            return std::nullopt;
        }
        QJsonObject m{
            {u"identity_id"_s, parts.at(0)},
            {u"roles"_s, QJsonArray::fromStringList(parts.at(1).split(u',', Qt::SkipEmptyParts))}};
        if (parts.size() > 2 && !parts.at(2).isEmpty())
            m.insert(u"ownership"_s, parts.at(2));
        if (parts.size() > 3 && !parts.at(3).isEmpty())
            m.insert(u"position"_s, parts.mid(3).join(u':'));
        members.append(m);
    }
    return members;
}

QString memberOptionHelp()
{
    return tr("A member: IDENTITY_ID:ROLE[,ROLE…][:OWNERSHIP[:POSITION]] (roles: %1; ownership "
              "in percent, e.g. 60). Repeat for each member.")
        .arg(valuesOf(institutionMemberRole()));
}

Table membersTable(const QList<paxos::InstitutionMember> &members)
{
    Table table;
    table.columns = {{u"id"_s, tr("Member ID")},
                     {u"identity_id"_s, tr("Identity")},
                     {u"roles"_s, tr("Roles")},
                     {u"ownership"_s, tr("Ownership")}};
    for (const paxos::InstitutionMember &m : members) {
        QStringList labels;
        for (const QString &r : m.roles)
            labels << institutionMemberRole().label(r);
        table.rows.append(
            {Cell{m.id, {}}, Cell{m.identityId, {}}, Cell{m.roles.join(u','), labels.join(u", "_s)},
             Cell{m.ownership.value_or(QString()), m.ownership ? *m.ownership + u'%' : QString()}});
    }
    return table;
}

// ---- institutions create
void runInstitutionsCreate(RunContext &ctx)
{
    const auto members = membersFromOptions(ctx);
    if (!members)
        return;
    const QString refId =
        ctx.isSet(u"ref-id"_s) ? ctx.value(u"ref-id"_s) : paxos::examples::newRefId();
    QJsonObject body;
    if (ctx.isSet(u"example"_s)) {
        if (ctx.isSet(u"file"_s))
            return ctx.usageError(tr("give either --example or --file"));
        if (members->isEmpty())
            return ctx.usageError(tr("the example needs its members: --member "
                                     "IDENTITY_ID:BENEFICIAL_OWNER,MANAGEMENT_CONTROL_PERSON:60"));
        body = paxos::examples::sandboxExampleInstitution(refId, *members);
    } else {
        const auto input = ctx.readJsonInput();
        if (!input)
            return;
        body = *input;
        if (!members->isEmpty()) {
            QJsonArray all = body.value(u"institution_members"_s).toArray();
            for (const QJsonValue &m : *members)
                all.append(m);
            body.insert(u"institution_members"_s, all);
        }
    }
    if (!body.value(u"institution_details"_s).isObject())
        return ctx.usageError(
            tr("the body has no institution_details: a person is created with identities create"));
    if (ctx.isSet(u"ref-id"_s) || body.value(u"ref_id"_s).toString().isEmpty())
        body.insert(u"ref_id"_s, refId);
    const QString sentRefId = body.value(u"ref_id"_s).toString();
    ctx.setInterruptNote(tr("the institution may have reached Paxos: sending the same body with "
                            "--ref-id %1 shows it instead of creating a second one")
                             .arg(sentRefId));
    // The institution rules (paxos/model/institutionrules.h) run inside the create checks.
    if (!ctx.isSet(u"no-validate"_s) && !printIssues(ctx, paxos::validateCreateIdentity(body)))
        return ctx.usageError(
            tr("the institution was not sent (fix the errors, or --no-validate)"));
    sendCreateIdentity(ctx, body);
}

CommandSpec createRow()
{
    return {
        .group = u"institutions"_s,
        .name = u"create"_s,
        .summary = tr("Create an institution from JSON"),
        .description =
            tr("Sends a Create Identity body with institution_details and institution_members "
               "read from a file or standard input, or the institution guide's example "
               "(Foogle, completed as the required-details grid asks, with a fresh EIN) with "
               "--example. --member adds members to either. The body is checked first against "
               "the institution rules of Paxos's guides (required fields by type and sub-type, "
               "regulation status and trading type, the roles a type allows, what its members "
               "must include); errors stop it (exit 2) unless --no-validate, warnings are "
               "printed. Members must be existing person identities. A ref_id is added when "
               "the body has none. Paxos leaves a new institution PENDING until its documents "
               "are verified."),
        .options = {fileOption(tr("Create Identity request (an institution)")),
                    flag({u"example"_s},
                         tr("Send the guide's example institution (needs "
                            "--member).")),
                    opt({u"member"_s}, u"MEMBER"_s, memberOptionHelp(), true),
                    opt({u"ref-id"_s}, u"REF_ID"_s, tr("Use this ref_id instead of the body's.")),
                    flag({u"no-validate"_s}, tr("Send without the client-side checks."))},
        .scopes = {kWriteIdentity, kReadIdentity},
        .writes = true,
        .examples = {u"paxosctl institutions create --file institution.json"_s,
                     u"paxosctl institutions create --example --member "
                     "PERSON_ID:BENEFICIAL_OWNER,MANAGEMENT_CONTROL_PERSON:60"_s},
        .handler = &runInstitutionsCreate,
    };
}

// ---- institutions add-members
void runInstitutionsAddMembers(RunContext &ctx)
{
    const QString institutionId = ctx.argument(0);
    auto members = membersFromOptions(ctx);
    if (!members)
        return;
    if (ctx.isSet(u"file"_s)) {
        const auto input = ctx.readJsonInput();
        if (!input)
            return;
        // Either the Add Institution Members body or a bare {members: […]}.
        for (const QJsonValue &m : input->value(u"members"_s).toArray())
            members->append(m);
    }
    if (members->isEmpty())
        return ctx.usageError(tr("no members: give --member or --file"));
    // The rules depend on the institution's type: read it first (and that it is one).
    ctx.run<paxos::GetIdentityJob>(
        new paxos::GetIdentityJob(ctx.connection(), institutionId, true, false, &ctx),
        [&ctx, institutionId, members = *members](paxos::GetIdentityJob *get) {
            const paxos::Identity institution = get->result();
            if (!institution.isInstitution())
                return ctx.usageError(tr("%1 is not an institution").arg(institutionId));
            const QString type = institution.institutionDetails
                ? institution.institutionDetails->institutionType.value_or(QString())
                : QString();
            if (!ctx.isSet(u"no-validate"_s)
                && !printIssues(ctx, paxos::institution::checkAddedMembers(type, members)))
                return ctx.usageError(
                    tr("the members were not sent (fix the errors, or --no-validate)"));
            QList<paxos::InstitutionMember> list;
            QJsonArray joined;
            for (const QJsonValue &m : members) {
                list.append(paxos::InstitutionMember::fromJson(m.toObject()));
                joined.append(QJsonObject{{u"identity_id"_s, m.toObject().value(u"identity_id"_s)},
                                          {u"roles"_s, m.toObject().value(u"roles"_s)}});
            }
            console::AuditRecord audit;
            audit.action = console::AuditAction::InstitutionMemberAdd;
            audit.identityId = institutionId;
            audit.details = QJsonObject{{u"members"_s, joined}};
            ctx.write<paxos::AddInstitutionMembersJob>(
                new paxos::AddInstitutionMembersJob(ctx.connection(), institutionId, list, &ctx),
                audit,
                [&ctx, institutionId](paxos::AddInstitutionMembersJob *job) {
                    QJsonArray raw;
                    for (const paxos::InstitutionMember &m : job->result())
                        raw.append(m.toJson());
                    ctx.print(
                        membersTable(job->result()),
                        QJsonObject{{u"institution_id"_s, institutionId}, {u"members"_s, raw}},
                        institutionId);
                    ctx.done(ExitOk);
                },
                [](const paxos::AddInstitutionMembersJob &job, console::AuditRecord &outcome) {
                    if (!job.isSucceeded())
                        return;
                    QJsonArray ids;
                    for (const paxos::InstitutionMember &m : job.result())
                        ids.append(m.id);
                    outcome.details.insert(u"member_ids"_s, ids);
                });
        });
}

CommandSpec addMembersRow()
{
    return {
        .group = u"institutions"_s,
        .name = u"add-members"_s,
        .summary = tr("Add members to an institution"),
        .description =
            tr("Sends Add Institution Members for an existing institution: members from "
               "--member and/or --file (an Add Institution Members body, or {\"members\": "
               "[…]}). The institution is read first, and the members are checked against the "
               "roles its type allows and the ownership rules; errors stop it (exit 2) unless "
               "--no-validate. Prints the members with their new member ids (what "
               "remove-member takes)."),
        .arguments = {{u"INSTITUTION_ID"_s, tr("The institution identity's id.")}},
        .options = {opt({u"member"_s}, u"MEMBER"_s, memberOptionHelp(), true),
                    fileOption(tr("Add Institution Members request")),
                    flag({u"no-validate"_s}, tr("Send without the client-side checks."))},
        .scopes = {kWriteIdentity, kReadIdentity},
        .writes = true,
        .examples = {u"paxosctl institutions add-members INSTITUTION_ID --member "
                     "PERSON_ID:AUTHORIZED_USER"_s},
        .handler = &runInstitutionsAddMembers,
    };
}

// ---- institutions remove-member
void runInstitutionsRemoveMember(RunContext &ctx)
{
    const QString memberId = ctx.argument(0);
    console::AuditRecord audit;
    audit.action = console::AuditAction::InstitutionMemberRemove;
    // The API answers {} and looks members up by their own id: the institution is known only
    // when --institution names it.
    audit.identityId = ctx.value(u"institution"_s);
    audit.details = QJsonObject{{u"member_id"_s, memberId}};
    ctx.write<paxos::RemoveInstitutionMemberJob>(
        new paxos::RemoveInstitutionMemberJob(ctx.connection(), memberId, &ctx), audit,
        [&ctx, memberId](paxos::RemoveInstitutionMemberJob *) {
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
        .group = u"institutions"_s,
        .name = u"remove-member"_s,
        .summary = tr("Remove a member from an institution"),
        .description =
            tr("Sends Remove Institution Member for a member id (the id of the "
               "membership, as identities get --include-institution-members or add-members "
               "print it; not the person's identity id)."),
        .arguments = {{u"MEMBER_ID"_s, tr("The membership's id.")}},
        .options = {opt({u"institution"_s}, u"INSTITUTION_ID"_s,
                        tr("The institution, for the audit trail (the API does not say)."))},
        .scopes = {kWriteIdentity},
        .writes = true,
        .examples = {u"paxosctl institutions remove-member MEMBER_ID --institution ID"_s},
        .handler = &runInstitutionsRemoveMember,
    };
}

} // namespace

CommandGroup institutionsGroup()
{
    return {u"institutions"_s,
            tr("Institutions: create, add and remove members"),
            {createRow(), addMembersRow(), removeMemberRow()}};
}

} // namespace paxosctl
