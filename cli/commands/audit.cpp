// The audit commands: each handler next to its row of the command table.
#include "cli/auditrecorder.h"
#include "cli/commands/specs.h"
#include "cli/runcontext.h"
#include "core/record/auditcsvexport.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace paxosctl {

namespace {

using namespace specs;
using namespace paxos::enums;

QString auditActions()
{
    QStringList names;
    for (const console::AuditAction action : console::allAuditActions())
        names << console::auditActionName(action);
    return names.join(u", "_s);
}

// --identity and --action, of list and export.
OptionSpec auditIdentityOption()
{
    return opt({u"identity"_s}, u"IDENTITY_ID"_s, tr("Only entries about this identity."));
}

OptionSpec auditActionOption()
{
    return opt({u"action"_s}, u"ACTION"_s,
               tr("Only entries of this action: %1.").arg(auditActions()));
}

std::optional<console::AuditFilter> auditFilterOptions(RunContext &ctx)
{
    console::AuditFilter filter;
    filter.identityId = ctx.value(u"identity"_s);
    if (ctx.isSet(u"action"_s)) {
        const QString action = ctx.value(u"action"_s).toLower();
        if (!console::auditActionFromName(action)) {
            ctx.usageError(tr("--action: \"%1\" is not one of %2")
                               .arg(ctx.value(u"action"_s), auditActions()));
            return std::nullopt;
        }
        filter.action = action;
    }
    return filter;
}

// ---- audit list
void runAuditList(RunContext &ctx)
{
    auto filter = auditFilterOptions(ctx);
    if (!filter)
        return;
    filter->limit = 100;
    if (ctx.isSet(u"limit"_s)) {
        const auto limit = ctx.intOption(u"limit"_s, 1, 100000);
        if (!limit)
            return;
        filter->limit = *limit;
    }
    const auto entries = ctx.recorder()->trail()->list(*filter);
    if (!entries) {
        ctx.warn(tr("the audit trail cannot be read (%1): %2")
                     .arg(ctx.recorder()->describe(), entries.errorMessage()));
        return ctx.done(ExitApiProblem);
    }
    QJsonArray json;
    for (const console::AuditEntry &e : entries.value())
        json.append(auditEntryJson(e));
    ctx.print(auditTable(entries.value(), ctx.format() == Format::Csv),
              QJsonObject{{u"entries"_s, json}});
    ctx.done(ExitOk);
}

CommandSpec listRow()
{
    return {
        .group = u"audit"_s,
        .name = u"list"_s,
        .summary = tr("List the audit trail, newest first"),
        .description =
            tr("Lists the entries of the audit trail in the store --store names (the "
               "console's by default): what the console and paxosctl did, who, when, in "
               "which environment, on which identity, the outcome and the request id. csv "
               "adds the OS user, the details and the hashes; json prints every field."),
        .options = {auditIdentityOption(), auditActionOption(),
                    opt({u"limit"_s}, u"N"_s, tr("At most N entries (1-100000, default 100)."))},
        .readsRecordOnly = true,
        .examples = {u"paxosctl audit list --identity ID"_s,
                     u"paxosctl audit list --action identity.create --format csv"_s},
        .handler = &runAuditList,
    };
}

// ---- audit verify
void runAuditVerify(RunContext &ctx)
{
    auto *verifier = new console::AuditVerifier(ctx.recorder()->store(), &ctx);
    ctx.setCancel([verifier] { verifier->cancel(); });
    QObject::connect(verifier, &console::AuditVerifier::progress, &ctx,
                     [&ctx](qint64 checked, qint64 total) {
                         ctx.showProgress(tr("%1 of %2 entries checked").arg(checked).arg(total));
                     });
    QObject::connect(
        verifier, &console::AuditVerifier::finished, &ctx,
        [&ctx](bool completed, const console::AuditVerification &result, const QString &error) {
            ctx.setCancel({});
            if (!completed && error.isEmpty())
                return ctx.done(ExitInterrupted);
            if (!completed) {
                ctx.warn(tr("the audit trail cannot be read (%1): %2")
                             .arg(ctx.recorder()->describe(), error));
                return ctx.done(ExitApiProblem);
            }
            const QString text = !result.intact
                ? tr("chain broken at seq %1: %2").arg(result.firstBrokenSeq).arg(result.problem)
                : result.entriesChecked == 1
                ? tr("chain intact: 1 entry")
                : tr("chain intact: %1 entries").arg(result.entriesChecked);
            const QJsonObject json{{u"intact"_s, result.intact},
                                   {u"entries_checked"_s, result.entriesChecked},
                                   {u"first_broken_seq"_s, result.firstBrokenSeq},
                                   {u"problem"_s, result.problem}};
            if (ctx.format() == Format::Table) {
                ctx.output().note(text + u'\n');
            } else {
                Table table;
                table.record = true;
                table.columns = {{u"intact"_s, tr("Intact")},
                                 {u"entries_checked"_s, tr("Entries checked")},
                                 {u"first_broken_seq"_s, tr("First broken seq")},
                                 {u"problem"_s, tr("Problem")}};
                table.rows.append({Cell{result.intact ? u"true"_s : u"false"_s, {}},
                                   Cell{QString::number(result.entriesChecked), {}},
                                   Cell{QString::number(result.firstBrokenSeq), {}},
                                   Cell{result.problem, {}}});
                ctx.print(table, json);
            }
            ctx.done(result.intact ? ExitOk : ExitApiProblem);
        });
    verifier->start();
}

CommandSpec verifyRow()
{
    return {
        .group = u"audit"_s,
        .name = u"verify"_s,
        .summary = tr("Check the audit trail's hash chain"),
        .description =
            tr("Recomputes every entry's hash and its link to the one before. Prints "
               "\"chain intact: N entries\" (exit 0), or the first broken link's seq and "
               "what is wrong with it (exit 1): an edited, removed or reordered entry, or a "
               "cut-off tail."),
        .readsRecordOnly = true,
        .examples = {u"paxosctl audit verify"_s,
                     u"paxosctl --store /backup/console.sqlite audit verify"_s},
        .handler = &runAuditVerify,
    };
}

// ---- audit export
void runAuditExport(RunContext &ctx)
{
    const auto filter = auditFilterOptions(ctx);
    if (!filter)
        return;
    const QString path = QFileInfo(ctx.argument(0)).absoluteFilePath();
    auto *exporter = new console::AuditCsvExport(ctx.recorder()->trail(), *filter, path, &ctx);
    ctx.setCancel([exporter] { exporter->cancel(); });
    auto written = std::make_shared<qint64>(0);
    QObject::connect(exporter, &console::AuditCsvExport::progress, &ctx,
                     [&ctx, written](qint64 rows, qint64 total) {
                         *written = rows;
                         ctx.showProgress(tr("%1 of %2 entries written").arg(rows).arg(total));
                     });
    QObject::connect(
        exporter, &console::AuditCsvExport::finished, &ctx,
        [&ctx, path, filter, written](bool ok, const QString &error) {
            ctx.setCancel({});
            // An export of the trail is itself recorded, as the console records its own.
            console::AuditRecord record;
            record.action = console::AuditAction::Export;
            record.outcome = ok ? console::AuditOutcome::Succeeded
                                : (error.isEmpty() ? console::AuditOutcome::Cancelled
                                                   : console::AuditOutcome::Failed);
            record.details = QJsonObject{{u"what"_s, u"audit_csv"_s},
                                         {u"file"_s, QFileInfo(path).fileName()},
                                         {u"filter_action"_s, filter->action},
                                         {u"filter_identity"_s, filter->identityId},
                                         {u"filter_operator"_s, filter->operatorName},
                                         {u"filter_outcome"_s, filter->outcome}};
            if (!error.isEmpty())
                record.details.insert(u"error"_s, error);
            if (ok) {
                Table table;
                table.record = true;
                table.columns = {{u"file"_s, tr("File")}, {u"entries"_s, tr("Entries")}};
                table.rows.append({Cell{path, {}}, Cell{QString::number(*written), {}}});
                ctx.print(table, QJsonObject{{u"file"_s, path}, {u"entries"_s, *written}});
            }
            ctx.recordWrite(record, {});
            if (!ok && error.isEmpty())
                return ctx.done(ExitInterrupted);
            if (!ok) {
                ctx.warn(tr("the audit trail was not exported: %1").arg(error));
                return ctx.done(ExitApiProblem);
            }
            ctx.done(ExitOk);
        });
    exporter->start();
}

CommandSpec exportTrailRow()
{
    return {
        .group = u"audit"_s,
        .name = u"export"_s,
        .summary = tr("Write the audit trail to a CSV file"),
        .description =
            tr("Writes the entries, oldest first, to FILE as CSV with the columns of the "
               "console's export (a spreadsheet formula is never run). FILE appears only "
               "when the export is complete. The export itself is recorded in the trail."),
        .arguments = {{u"FILE"_s, tr("The CSV file to write.")}},
        .options = {auditIdentityOption(), auditActionOption()},
        .readsRecordOnly = true,
        .examples = {u"paxosctl audit export audit.csv"_s,
                     u"paxosctl audit export one.csv --identity ID"_s},
        .handler = &runAuditExport,
    };
}

} // namespace

CommandGroup auditGroup()
{
    return {u"audit"_s,
            tr("The console's audit trail: list, verify, export"),
            {listRow(), verifyRow(), exportTrailRow()}};
}

} // namespace paxosctl
