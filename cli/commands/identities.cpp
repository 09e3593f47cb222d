// The identities commands: each handler next to its row of the command table.
#include "cli/commands/specs.h"
#include "cli/runcontext.h"
#include "core/import/importplan.h"
#include "core/import/importsender.h"
#include "paxos/api/identityjobs.h"
#include "paxos/api/sandboxadminjobs.h"
#include "paxos/model/examples.h"
#include "paxos/model/validation.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace paxosctl {

namespace {

using namespace specs;
using namespace paxos::enums;

// Prints validation issues; true when none of them is an error.
bool reportIssues(QTextStream &err, const QList<paxos::ValidationIssue> &issues)
{
    for (const auto &issue : issues) {
        err << u"paxosctl: "_s << (issue.isError() ? tr("error") : tr("warning")) << u": "_s
            << (issue.path.isEmpty() ? QString() : issue.path + u": "_s) << issue.message << u'\n';
    }
    err.flush();
    return !paxos::hasErrors(issues);
}

// A sandbox change to one identity: recorded as the console records it, then the identity
// shown with the status that follows.
template<class J> void changeInSandbox(RunContext &ctx, J *job, const console::AuditRecord &audit)
{
    ctx.write<J>(job, audit, [&ctx, audit](J *) {
        ctx.run<paxos::GetIdentityJob>(
            new paxos::GetIdentityJob(ctx.connection(), audit.identityId, true, false, &ctx),
            [&ctx](paxos::GetIdentityJob *job) {
                ctx.print(identityRecord(job->result()), rawOf(job->result()), job->result().id);
                ctx.done(ExitOk);
            });
    });
}

// ---- identities list
void runIdentitiesList(RunContext &ctx)
{
    using namespace paxos::enums;
    paxos::ListIdentitiesQuery q;
    if (!ctx.enumOption(u"summary-status"_s, identityStatus(), q.summaryStatus)
        || !ctx.enumOption(u"identity-type"_s, identityType(), q.identityType)
        || !ctx.enumOption(u"control-type"_s, controlType(), q.controlType)
        || !ctx.timeRangeOption(u"created-at"_s, q.createdAt)
        || !ctx.timeRangeOption(u"updated-at"_s, q.updatedAt)
        || !ctx.pagingOptions(q.limit, &q.order))
        return;
    q.includeDetails = ctx.isSet(u"include-details"_s);
    ctx.listPages<paxos::ListIdentitiesJob>(q, &identitiesTable);
}

CommandSpec listRow()
{
    QList<OptionSpec> listIdentities = {
        opt({u"summary-status"_s}, u"STATUS"_s,
            tr("Only identities with this status: %1.").arg(valuesOf(identityStatus()))),
        opt({u"identity-type"_s}, u"TYPE"_s, tr("PERSON or INSTITUTION.")),
        opt({u"control-type"_s}, u"TYPE"_s,
            tr("Only identities with an active control of this type: %1.")
                .arg(valuesOf(controlType())))};
    listIdentities += timeFilters(u"created-at"_s, tr("created"));
    listIdentities += timeFilters(u"updated-at"_s, tr("updated"));
    listIdentities += {limitOption(1000), orderOption(), cursorOption(),
                       flag({u"include-details"_s},
                            tr("Ask for person and institution details (names, CIP ids).")),
                       allOption()};
    return {
        .group = u"identities"_s,
        .name = u"list"_s,
        .summary = tr("List identities"),
        .description =
            tr("Lists identities, newest first, one page at a time; --all follows every page. "
               "The table shows the name and CIP id only with --include-details."),
        .options = listIdentities,
        .scopes = {kReadIdentity},
        .examples = {u"paxosctl identities list --summary-status PENDING --all"_s,
                     u"paxosctl identities list --include-details --format csv > identities.csv"_s},
        .handler = &runIdentitiesList,
    };
}

// ---- identities get
void runIdentitiesGet(RunContext &ctx)
{
    ctx.run<paxos::GetIdentityJob>(
        new paxos::GetIdentityJob(ctx.connection(), ctx.argument(0), !ctx.isSet(u"no-details"_s),
                                  ctx.isSet(u"include-institution-members"_s), &ctx),
        [&ctx](paxos::GetIdentityJob *job) {
            ctx.print(identityRecord(job->result()), rawOf(job->result()), job->result().id);
            ctx.done(ExitOk);
        });
}

CommandSpec getRow()
{
    return {
        .group = u"identities"_s,
        .name = u"get"_s,
        .summary = tr("Show one identity with its details and status"),
        .description = tr("Shows the identity with person or institution details, sub-statuses, "
                          "outstanding requirements and active controls."),
        .arguments = {{u"IDENTITY_ID"_s, tr("The identity's id (a UUID).")}},
        .options = {flag({u"no-details"_s}, tr("Do not ask for person or institution details.")),
                    flag({u"include-institution-members"_s},
                         tr("Also list an institution's members."))},
        .scopes = {kReadIdentity},
        .examples = {u"paxosctl identities get 9f3c…"_s},
        .handler = &runIdentitiesGet,
    };
}

// ---- identities create
} // namespace

void sendCreateIdentity(RunContext &ctx, const QJsonObject &body)
{
    const QString refId = body.value(u"ref_id"_s).toString();
    // What the console records for a create: the fields sent (not their values), the ref_id.
    console::AuditRecord audit;
    audit.action = console::AuditAction::IdentityCreate;
    audit.details =
        QJsonObject{{u"fields"_s, console::auditFieldPaths(body)}, {u"ref_id"_s, refId}};
    ctx.write<paxos::CreateIdentityJob>(
        new paxos::CreateIdentityJob(ctx.connection(), body, &ctx), audit,
        [&ctx](paxos::CreateIdentityJob *job) {
            if (job->isRecovered())
                ctx.warn(tr("an identity with ref_id %1 existed already; it is shown instead")
                             .arg(job->refId()));
            ctx.print(identityRecord(job->result()), rawOf(job->result()), job->result().id);
            ctx.done(ExitOk);
        },
        // The outcome is recorded before the identity is shown, so that a reveal of it
        // follows the create in the trail.
        [](const paxos::CreateIdentityJob &job, console::AuditRecord &outcome) {
            if (job.error()) {
                // A duplicate cip_id names the identity that holds it.
                const QString existing = job.error()->existingId();
                if (!existing.isEmpty()) {
                    outcome.identityId = existing;
                    outcome.details.insert(u"existing_identity_id"_s, existing);
                }
                return;
            }
            outcome.identityId = job.result().id;
            if (job.isRecovered())
                outcome.details.insert(u"recovered"_s, true);
        });
}

namespace {

void runIdentitiesCreate(RunContext &ctx)
{
    QJsonObject body;
    if (ctx.isSet(u"example"_s)) {
        if (ctx.isSet(u"file"_s))
            return ctx.usageError(tr("give either --example or --file"));
        body = paxos::examples::sandboxExamplePerson(
            ctx.isSet(u"ref-id"_s) ? ctx.value(u"ref-id"_s) : paxos::examples::newRefId());
    } else {
        const auto input = ctx.readJsonInput();
        if (!input)
            return;
        body = *input;
    }
    if (ctx.isSet(u"ref-id"_s))
        body.insert(u"ref_id"_s, ctx.value(u"ref-id"_s));
    // Every create carries a ref_id, so that a retry after a lost answer is recognised.
    if (body.value(u"ref_id"_s).toString().isEmpty())
        body.insert(u"ref_id"_s, paxos::examples::newRefId());
    const QString refId = body.value(u"ref_id"_s).toString();
    ctx.setInterruptNote(tr("the identity may have reached Paxos: sending the same body with "
                            "--ref-id %1 shows it instead of creating a second one")
                             .arg(refId));
    if (!ctx.isSet(u"no-validate"_s)
        && !reportIssues(ctx.err(), paxos::validateCreateIdentity(body)))
        return ctx.usageError(tr("the identity was not sent (fix the errors, or --no-validate)"));
    sendCreateIdentity(ctx, body);
}

CommandSpec createRow()
{
    return {
        .group = u"identities"_s,
        .name = u"create"_s,
        .summary = tr("Create an identity from JSON"),
        .description =
            tr("Sends a Create Identity request body (see the Paxos reference) read from a "
               "file or standard input, or the guide's example person with --example. The "
               "body is checked against the documented rules first; errors stop it (exit 2) "
               "unless --no-validate. A ref_id is added when the body has none, so a retry "
               "after a lost answer never creates a second identity. A duplicate cip_id "
               "fails with exit 1 and prints the id of the identity that holds it."),
        .options = {fileOption(tr("Create Identity request")),
                    flag({u"example"_s},
                         tr("Send the guide's example person (Billy Duncan), which the sandbox "
                            "approves. Its cip_id is fixed: a second create is a duplicate.")),
                    opt({u"ref-id"_s}, u"REF_ID"_s, tr("Use this ref_id instead of the body's.")),
                    flag({u"no-validate"_s}, tr("Send without the client-side checks."))},
        .scopes = {kWriteIdentity, kReadIdentity},
        .writes = true,
        .examples = {u"paxosctl identities create --example"_s,
                     u"paxosctl identities create --file person.json"_s,
                     u"cat person.json | paxosctl identities create --format json"_s},
        .handler = &runIdentitiesCreate,
    };
}

// ---- identities import
// Writes the result report; a report that cannot be written is said, not hidden.
bool writeImportReport(RunContext &ctx, const console::bulkimport::ImportPlan &plan)
{
    if (!ctx.isSet(u"report"_s))
        return true;
    QSaveFile report(ctx.value(u"report"_s));
    if (!report.open(QIODevice::WriteOnly) || !plan.writeReport(report) || !report.commit()) {
        ctx.warn(tr("the report could not be written to %1: %2")
                     .arg(ctx.value(u"report"_s), report.errorString()));
        return false;
    }
    return true;
}

void printImportSummary(RunContext &ctx, const console::bulkimport::ImportPlan &plan)
{
    using console::bulkimport::RowStatus;
    Table table{{{u"status"_s, tr("Status")}, {u"rows"_s, tr("Rows")}}, {}, false};
    QJsonObject counts;
    for (RowStatus s :
         {RowStatus::Created, RowStatus::Existing, RowStatus::Duplicate, RowStatus::Failed,
          RowStatus::Invalid, RowStatus::NotSent, RowStatus::Skipped, RowStatus::Ready}) {
        const int n = plan.count(s);
        counts.insert(console::bulkimport::rowStatusName(s), n);
        if (n > 0)
            table.rows.append(
                {{console::bulkimport::rowStatusName(s), console::bulkimport::rowStatusLabel(s)},
                 {QString::number(n), {}}});
    }
    ctx.print(table,
              QJsonObject{{u"file"_s, plan.fileName()},
                          {u"rows"_s, plan.rowCount()},
                          {u"counts"_s, counts}});
}

// Problems on standard error, one line per cell: "line 4, cip_id: An SSN is written …".
void reportRowProblems(RunContext &ctx, const console::bulkimport::ImportPlan &plan)
{
    for (const auto &row : plan.rows()) {
        for (const auto &issue : row.issues) {
            if (!issue.error)
                continue;
            const QString where = issue.column >= 0
                ? tr("line %1, %2").arg(row.line).arg(plan.header().value(issue.column))
                : tr("line %1").arg(row.line);
            ctx.err() << u"paxosctl: "_s << where << u": "_s << issue.message << u'\n';
        }
    }
    ctx.err().flush();
}

void runIdentitiesImport(RunContext &ctx)
{
    using namespace console::bulkimport;
    auto *plan = new ImportPlan;
    auto owned = std::shared_ptr<ImportPlan>(plan);
    if (!plan->loadFile(ctx.argument(0)))
        return ctx.usageError(tr("%1: %2").arg(ctx.argument(0), plan->error()));
    if (ctx.isSet(u"mapping"_s)) {
        QFile file(ctx.value(u"mapping"_s));
        if (!file.open(QIODevice::ReadOnly) || file.size() > 1024 * 1024)
            return ctx.usageError(tr("the mapping file %1 cannot be read").arg(file.fileName()));
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
        if (!doc.isObject())
            return ctx.usageError(tr("the mapping file is not a JSON object of "
                                     "\"column\": \"field\" pairs"));
        ColumnMapping mapping = plan->mapping();
        QString error;
        if (!applyMappingFile(doc.object(), plan->header(), mapping, &error))
            return ctx.usageError(error);
        plan->setMapping(mapping);
    }
    for (const int column : plan->unmappedColumns())
        ctx.warn(tr("column \"%1\" is not a field of Create Identity and is not imported "
                    "(map it with --mapping)")
                     .arg(plan->header().value(column)));
    reportRowProblems(ctx, *plan);
    const int invalid = plan->count(RowStatus::Invalid);
    if (invalid > 0 && !ctx.isSet(u"skip-invalid"_s)) {
        // Every row is checked before anything is sent: nothing goes until all are right.
        ctx.warn(tr("%1 row(s) need a fix; nothing was sent (fix them, or --skip-invalid)")
                     .arg(invalid));
        writeImportReport(ctx, *plan);
        printImportSummary(ctx, *plan);
        return ctx.done(ExitApiProblem);
    }
    auto *sender = new ImportSender(plan, ctx.connection(), ctx.writeGate(), &ctx);
    sender->setSourceName(QFileInfo(ctx.argument(0)).fileName());
    ctx.setInterruptNote(tr("rows sent may have arrived: running the same file again finds "
                            "them instead of creating them twice"));
    ctx.setCancel([sender] { sender->cancel(); });
    QObject::connect(sender, &ImportSender::progress, &ctx, [&ctx](int done, int total) {
        ctx.showProgress(tr("%1 of %2 rows sent").arg(done).arg(total));
    });
    QObject::connect(sender, &ImportSender::refused, &ctx, [&ctx, sender](const QString &why) {
        ctx.warn(tr("not sent: %1").arg(why));
        if (ctx.writeGate()->isProduction())
            ctx.warn(tr("it changes production data: --yes confirms the whole file"));
        // A refused row stops the run (offline, no record): the rest is not sent.
        sender->cancel();
    });
    QObject::connect(sender, &ImportSender::finished, &ctx, [&ctx, owned] {
        const ImportPlan &p = *owned;
        const bool reportOk = writeImportReport(ctx, p);
        printImportSummary(ctx, p);
        const int bad = p.count(RowStatus::Failed) + p.count(RowStatus::Duplicate)
            + p.count(RowStatus::Invalid) + p.count(RowStatus::NotSent);
        for (const auto &row : p.rows())
            if (row.status == RowStatus::Failed || row.status == RowStatus::Duplicate
                || row.status == RowStatus::NotSent)
                ctx.err() << u"paxosctl: "_s << tr("line %1").arg(row.line) << u": "_s
                          << rowStatusLabel(row.status) << u": "_s << row.problem << u'\n';
        ctx.err().flush();
        ctx.done(bad == 0 && reportOk ? ExitOk : ExitApiProblem);
    });
    sender->start();
}

CommandSpec importRow()
{
    return {
        .group = u"identities"_s,
        .name = u"import"_s,
        .summary = tr("Create person identities from a CSV or JSON Lines file"),
        .description =
            tr("Reads persons from FILE (CSV with a header row, or JSON Lines: .jsonl), one "
               "Create Identity per row. Columns named like the API's fields (first_name, "
               "person_details.address.city, cdd.source_of_wealth, tax_payer_id, ref_id, "
               "metadata.KEY) map by themselves; others need --mapping. Every row is checked "
               "with the console's person form rules before anything is sent; a row with an error "
               "stops the import (exit 1, nothing sent) unless --skip-invalid. Each row carries a "
               "ref_id (its own column, else one derived from the row), so running the same file "
               "again, after an interruption too, creates nothing twice: rows already created are "
               "reported as existing. A duplicate cip_id is reported with the identity that holds "
               "it. In production one --yes confirms the whole file. Exit 0 when every row was "
               "created or existed, 1 when any row failed or was not sent, 2 when the file "
               "cannot be read."),
        .arguments = {{u"FILE"_s, tr("The CSV (.csv) or JSON Lines (.jsonl) file.")}},
        .options = {opt({u"report"_s}, u"FILE"_s,
                        tr("Write the result per row (line, ref_id, identity_id, status, "
                           "problem, decision, decision_detail) as CSV to FILE.")),
                    opt({u"mapping"_s}, u"FILE"_s,
                        tr("A JSON object mapping column names to API field paths, e.g. "
                           "{\"Vorname\": \"person_details.first_name\"}.")),
                    flag({u"skip-invalid"_s},
                         tr("Send the valid rows even when others "
                            "have errors (they are reported as invalid)."))},
        .scopes = {kWriteIdentity, kReadIdentity},
        .writes = true,
        .examples = {u"paxosctl identities import persons.csv --report result.csv"_s,
                     u"paxosctl identities import partner.csv --mapping partner-columns.json"_s},
        .handler = &runIdentitiesImport,
    };
}

// ---- identities update
void runIdentitiesUpdate(RunContext &ctx)
{
    const auto delta = ctx.readJsonInput();
    if (!delta)
        return;
    if (delta->isEmpty())
        return ctx.usageError(tr("the update is empty: give the fields that change"));
    if (!ctx.isSet(u"no-validate"_s)
        && !reportIssues(ctx.err(), paxos::validateUpdateIdentity(*delta)))
        return ctx.usageError(tr("the update was not sent (fix the errors, or --no-validate)"));
    console::AuditRecord audit;
    audit.action = console::AuditAction::IdentityUpdate;
    audit.identityId = ctx.argument(0);
    audit.details = QJsonObject{{u"fields"_s, console::auditFieldPaths(*delta)}};
    ctx.write<paxos::UpdateIdentityJob>(
        new paxos::UpdateIdentityJob(ctx.connection(), ctx.argument(0), *delta, &ctx), audit,
        [&ctx](paxos::UpdateIdentityJob *job) {
            ctx.print(identityRecord(job->result()), rawOf(job->result()), job->result().id);
            ctx.done(ExitOk);
        });
}

CommandSpec updateRow()
{
    return {
        .group = u"identities"_s,
        .name = u"update"_s,
        .summary = tr("Update an identity with a JSON delta"),
        .description =
            tr("Sends an Update Identity body holding only the fields that change, read from "
               "a file or standard input, and prints the updated identity."),
        .arguments = {{u"IDENTITY_ID"_s, tr("The identity to update.")}},
        .options = {fileOption(tr("Update Identity request")),
                    flag({u"no-validate"_s}, tr("Send without the client-side checks."))},
        .scopes = {kWriteIdentity},
        .writes = true,
        .examples = {u"echo '{\"person_details\":{\"email\":\"new@example.org\"}}' | "
                     "paxosctl identities update ID"_s},
        .handler = &runIdentitiesUpdate,
    };
}

// ---- identities sandbox-status
void runSandboxStatus(RunContext &ctx)
{
    if (ctx.environment().environment.isProduction())
        return ctx.usageError(tr("sandbox-status exists only in sandboxes, not in production"));
    QJsonObject statuses;
    if (ctx.isSet(u"file"_s)) {
        const auto input = ctx.readJsonInput();
        if (!input)
            return;
        statuses = *input;
    }
    const QList<QPair<QString, QString>> statusFlags = {
        {u"id-verification"_s, u"id_verification_status"_s},
        {u"sanctions"_s, u"sanctions_verification_status"_s},
        {u"document-verification"_s, u"document_verification_status"_s},
        {u"additional-screening"_s, u"additional_screening_status"_s}};
    for (const auto &[option, key] : statusFlags) {
        std::optional<QString> value;
        if (!ctx.enumOption(option, paxos::enums::identityStatus(), value))
            return;
        if (value)
            statuses.insert(key, *value);
    }
    for (const QString &key : {u"user_disabled"_s, u"admin_disabled"_s}) {
        QString option = key;
        option.replace(u'_', u'-');
        if (!ctx.isSet(option))
            continue;
        const QString v = ctx.value(option).toLower();
        if (v != u"true" && v != u"false")
            return ctx.usageError(tr("--%1 is true or false").arg(option));
        statuses.insert(key, QJsonObject{{u"disabled"_s, v == u"true"}});
    }
    if (statuses.isEmpty())
        return ctx.usageError(tr("nothing to set: give a status flag or --file"));
    const QString id = ctx.argument(0);
    console::AuditRecord audit;
    audit.action = console::AuditAction::SandboxStatusSet;
    audit.identityId = id;
    audit.details = QJsonObject{{u"statuses"_s, statuses}};
    changeInSandbox(
        ctx, new paxos::SetSandboxIdentityStatusJob(ctx.connection(), id, statuses, &ctx), audit);
}

CommandSpec sandboxStatusRow()
{
    const QString statusValues = valuesOf(identityStatus());
    return {
        .group = u"identities"_s,
        .name = u"sandbox-status"_s,
        .summary = tr("Set an identity's verification statuses (sandboxes only)"),
        .description =
            tr("Sets sub-statuses the way the Paxos Sandbox's sandbox-status endpoint does, "
               "then shows the identity with the status that follows. Give flags, or the "
               "request JSON with --file. Refused against production."),
        .arguments = {{u"IDENTITY_ID"_s, tr("The identity to change.")}},
        .options = {opt({u"id-verification"_s}, u"STATUS"_s,
                        tr("id_verification_status: %1.").arg(statusValues)),
                    opt({u"sanctions"_s}, u"STATUS"_s, tr("sanctions_verification_status.")),
                    opt({u"document-verification"_s}, u"STATUS"_s,
                        tr("document_verification_status.")),
                    opt({u"additional-screening"_s}, u"STATUS"_s,
                        tr("additional_screening_status.")),
                    opt({u"user-disabled"_s}, u"BOOL"_s, tr("user_disabled: true or false.")),
                    opt({u"admin-disabled"_s}, u"BOOL"_s, tr("admin_disabled: true or false.")),
                    opt({u"file"_s, u"f"_s}, u"FILE"_s,
                        tr("Read the sandbox-status JSON from FILE (\"-\": standard input)."))},
        .scopes = {kWriteIdentity, kReadIdentity},
        .writes = true,
        .examples = {u"paxosctl identities sandbox-status ID --id-verification APPROVED"_s},
        .handler = &runSandboxStatus,
    };
}

// ---- identities scenario
void runScenario(RunContext &ctx)
{
    const QString id = ctx.argument(0);
    const QString scenario = ctx.argument(1).trimmed();
    if (scenario.isEmpty())
        return ctx.usageError(tr("SCENARIO is empty"));
    // Recorded as the console records it: a sandbox status change with the scenario.
    console::AuditRecord audit;
    audit.action = console::AuditAction::SandboxStatusSet;
    audit.identityId = id;
    audit.details = QJsonObject{{u"scenario"_s, scenario}};
    changeInSandbox(ctx, paxos::SandboxAdminJob::scenario(ctx.connection(), id, scenario, &ctx),
                    audit);
}

CommandSpec scenarioRow()
{
    return {
        .group = u"identities"_s,
        .name = u"scenario"_s,
        .summary = tr("Walk an identity through a scenario (local paxos-sandbox only)"),
        .description =
            tr("Applies one of paxos-sandbox's scenario triggers to an existing identity "
               "(POST /sandbox-admin/identities/ID/scenario), then shows the identity with the "
               "status that follows. Scenarios: approve, deny, manual_review, pending, "
               "edd:TYPE[,TYPE...], kyc_refresh_due, kyc_refresh_expired, "
               "paxos_control:TYPE[:REASON_CODE]; several separated by ';'. Only a "
               "paxos-sandbox on this computer has them (--env local or its URL)."),
        .arguments = {{u"IDENTITY_ID"_s, tr("The identity to change.")},
                      {u"SCENARIO"_s, tr("What happens to it, e.g. edd:PROOF_OF_FUNDS.")}},
        .scopes = {kReadIdentity},
        .writes = true,
        .sandboxAdminOnly = true,
        .examples = {u"paxosctl identities scenario ID edd:PROOF_OF_FUNDS,PROOF_OF_RESIDENCY"_s,
                     u"paxosctl identities scenario ID kyc_refresh_expired"_s},
        .handler = &runScenario,
    };
}

} // namespace

CommandGroup identitiesGroup()
{
    return {u"identities"_s,
            tr("People and institutions: list, get, create, import, update, sandbox statuses"),
            {listRow(), getRow(), createRow(), importRow(), updateRow(), sandboxStatusRow(),
             scenarioRow()}};
}

} // namespace paxosctl
