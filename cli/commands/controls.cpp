// The controls commands: each handler next to its row of the command table.
#include "cli/commands/specs.h"
#include "cli/runcontext.h"
#include "paxos/api/controljobs.h"

using namespace Qt::StringLiterals;

namespace paxosctl {

namespace {

using namespace specs;
using namespace paxos::enums;

// ---- controls list
void runControlsList(RunContext &ctx)
{
    paxos::ListControlsQuery q;
    q.identityId = ctx.argument(0);
    q.includeDeleted = ctx.isSet(u"include-deleted"_s);
    if (!ctx.pagingOptions(q.limit, nullptr))
        return;
    ctx.listPages<paxos::ListIdentityControlsJob>(q, &controlsTable);
}

CommandSpec listRow()
{
    return {
        .group = u"controls"_s,
        .name = u"list"_s,
        .summary = tr("List an identity's controls"),
        .description =
            tr("Lists the controls (restrictions) on an identity, active ones only unless "
               "--include-deleted."),
        .arguments = {{u"IDENTITY_ID"_s, tr("The identity.")}},
        .options = {flag({u"include-deleted"_s}, tr("Also list deleted controls.")),
                    limitOption(1000), cursorOption(), allOption()},
        .scopes = {kReadControl},
        .examples = {u"paxosctl controls list ID --include-deleted"_s},
        .handler = &runControlsList,
    };
}

// ---- controls create
void runControlsCreate(RunContext &ctx)
{
    const auto input =
        ctx.jsonInputUnlessFlags({u"identity"_s, u"type"_s, u"reason-code"_s, u"reason"_s});
    if (!input)
        return;
    QJsonObject body = *input;
    const QList<QPair<QString, QString>> fields = {{u"identity"_s, u"identity_id"_s},
                                                   {u"type"_s, u"type"_s},
                                                   {u"reason-code"_s, u"reason_code"_s},
                                                   {u"reason"_s, u"reason"_s}};
    for (const auto &[option, key] : fields)
        if (ctx.isSet(option))
            body.insert(key,
                        key == u"reason" || key == u"identity_id" ? ctx.value(option)
                                                                  : ctx.value(option).toUpper());
    const auto request = paxos::CreateIdentityControlRequest::fromJson(body);
    if (request.identityId.isEmpty())
        return ctx.usageError(tr("the control needs identity_id (--identity)"));
    const auto *type = paxos::enums::controlType().entry(request.type);
    if (!type || type->is(paxos::Legacy))
        return ctx.usageError(
            tr("type must be one of %1").arg(paxos::enums::controlType().wires().join(u", "_s)));
    if (type->is(paxos::PaxosOnly))
        return ctx.usageError(tr("%1 controls are set by Paxos only").arg(request.type));
    if (!paxos::enums::controlReasonCode().isCurrent(request.reasonCode))
        return ctx.usageError(tr("reason_code must be one of %1")
                                  .arg(paxos::enums::controlReasonCode().wires().join(u", "_s)));
    console::AuditRecord audit;
    audit.action = console::AuditAction::ControlCreate;
    audit.identityId = request.identityId;
    audit.details = QJsonObject{{u"type"_s, request.type},
                                {u"reason_code"_s, request.reasonCode},
                                {u"reason"_s, request.reason.value_or(QString())},
                                {u"control_id"_s, QString()}};
    ctx.write<paxos::CreateIdentityControlJob>(
        new paxos::CreateIdentityControlJob(ctx.connection(), request, &ctx), audit,
        [&ctx](paxos::CreateIdentityControlJob *job) {
            ctx.print(controlRecord(job->result()), rawOf(job->result()));
            ctx.done(ExitOk);
        },
        [](const paxos::CreateIdentityControlJob &job, console::AuditRecord &outcome) {
            if (!job.error())
                outcome.details.insert(u"control_id"_s, job.result().id);
        });
}

CommandSpec createRow()
{
    return {
        .group = u"controls"_s,
        .name = u"create"_s,
        .summary = tr("Put a control on an identity"),
        .description =
            tr("Creates a control from JSON ({identity_id, type, reason_code, reason}) read "
               "from a file or standard input, or from the flags (flags win over the file)."),
        .options = {fileOption(tr("Create Identity Control request")),
                    opt({u"identity"_s}, u"IDENTITY_ID"_s, tr("identity_id.")),
                    opt({u"type"_s}, u"TYPE"_s, tr("type: SELL_ONLY, CLOSED or DORMANT.")),
                    opt({u"reason-code"_s}, u"CODE"_s,
                        tr("reason_code: %1.").arg(valuesOf(controlReasonCode()))),
                    opt({u"reason"_s}, u"TEXT"_s, tr("reason, free text."))},
        .scopes = {kWriteControl},
        .writes = true,
        .examples =
            {u"paxosctl controls create --identity ID --type DORMANT --reason-code INACTIVITY"_s},
        .handler = &runControlsCreate,
    };
}

// ---- controls delete
void runControlsDelete(RunContext &ctx)
{
    const QString id = ctx.argument(0);
    console::AuditRecord audit;
    audit.action = console::AuditAction::ControlDelete;
    // The API answers a delete with {} and has no call to look a control up: the identity
    // is known only when --identity names it.
    audit.identityId = ctx.value(u"identity"_s);
    audit.details = QJsonObject{{u"control_id"_s, id}, {u"reason"_s, ctx.value(u"reason"_s)}};
    ctx.write<paxos::DeleteIdentityControlJob>(
        new paxos::DeleteIdentityControlJob(ctx.connection(), id, ctx.value(u"reason"_s), &ctx),
        audit, [&ctx, id](paxos::DeleteIdentityControlJob *job) {
            Table table;
            table.record = true;
            table.columns = {{u"control_id"_s, tr("Control ID")}, {u"deleted"_s, tr("Deleted")}};
            table.rows.append({Cell{id, {}}, Cell{u"true"_s, tr("yes")}});
            ctx.print(table, job->result());
            ctx.done(ExitOk);
        });
}

CommandSpec removeRow()
{
    return {
        .group = u"controls"_s,
        .name = u"delete"_s,
        .summary = tr("Remove a control"),
        .description = tr("Deletes a client-set (overridable) control."),
        .arguments = {{u"CONTROL_ID"_s, tr("The control's id.")}},
        .options = {opt({u"reason"_s}, u"TEXT"_s, tr("Why it is removed.")),
                    opt({u"identity"_s}, u"IDENTITY_ID"_s,
                        tr("The identity the control is on, for the audit trail (the API does not "
                           "say)."))},
        .scopes = {kWriteControl},
        .writes = true,
        .examples =
            {u"paxosctl controls delete CONTROL_ID --identity ID --reason 'customer returned'"_s},
        .handler = &runControlsDelete,
    };
}

} // namespace

CommandGroup controlsGroup()
{
    return {u"controls"_s,
            tr("Restrictions on an identity: list, create, delete"),
            {listRow(), createRow(), removeRow()}};
}

} // namespace paxosctl
