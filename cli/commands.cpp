#include "cli/commands.h"

#include "core/record/audittrail.h"
#include "paxos/model/enums.h"

#include <QCommandLineParser>
#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace paxosctl {

namespace {

const QString kRead = u"identity:read_identity"_s;
const QString kWrite = u"identity:write_identity"_s;
const QString kReadControl = u"identity:read_identity_control"_s;
const QString kWriteControl = u"identity:write_identity_control"_s;
const QString kReadEvent = u"events:read_event"_s;
const QString kReadAccount = u"identity:read_account"_s;
const QString kWriteAccount = u"identity:write_account"_s;

OptionSpec opt(QStringList names, QString valueName, QString description, bool repeatable = false)
{
    return OptionSpec{std::move(names), std::move(valueName), std::move(description), repeatable};
}

OptionSpec flag(QStringList names, QString description)
{
    return OptionSpec{std::move(names), QString(), std::move(description), false};
}

QString valuesOf(const paxos::EnumTable &table)
{
    return table.wires().join(u", "_s);
}

QString auditActions()
{
    QStringList names;
    for (const console::AuditAction action : console::allAuditActions())
        names << console::auditActionName(action);
    return names.join(u", "_s);
}

// The five documented comparisons on a time field, e.g. --created-at.gte.
QList<OptionSpec> timeFilters(const QString &field, const QString &what)
{
    QList<OptionSpec> list;
    const QList<QPair<QString, QString>> ops = {{u"lt"_s, tr("before")},
                                                {u"lte"_s, tr("at or before")},
                                                {u"eq"_s, tr("exactly at")},
                                                {u"gte"_s, tr("at or after")},
                                                {u"gt"_s, tr("after")}};
    for (const auto &[op, words] : ops) {
        list << opt(
            {field + u'.' + op}, u"TIME"_s,
            tr("Only those %1 %2 TIME (RFC 3339, e.g. 2026-01-31T00:00:00Z).").arg(what, words));
    }
    return list;
}

OptionSpec fileOption(const QString &what)
{
    return opt(
        {u"file"_s, u"f"_s}, u"FILE"_s,
        tr("Read the %1 JSON from FILE; \"-\" or no --file reads standard input.").arg(what));
}

OptionSpec allOption()
{
    return flag({u"all"_s},
                tr("Follow next_page_cursor and print every page as one list (Ctrl-C stops)."));
}

OptionSpec limitOption(int max)
{
    return opt({u"limit"_s}, u"N"_s, tr("Items per page (1-%1).").arg(max));
}

OptionSpec orderOption()
{
    return opt({u"order"_s}, u"ORDER"_s, tr("DESC (newest first, the default) or ASC."));
}

OptionSpec cursorOption()
{
    return opt({u"page-cursor"_s}, u"CURSOR"_s,
               tr("Start at this page (the next_page_cursor of an earlier page)."));
}

QList<CommandSpec> buildTable()
{
    using namespace paxos::enums;
    QList<CommandSpec> t;

    t.append(
        {CommandId::Token,
         u"token"_s,
         {},
         tr("Get an OAuth access token (client credentials)"),
         tr("Asks the environment's token URL for an access token with the client "
            "credentials, as step 1 of the guide does, and prints it with its lifetime "
            "and granted scopes. Use it in your own cURL calls: "
            "paxosctl token --format json | jq -r .access_token"),
         {},
         {opt({u"scope"_s}, u"SCOPE"_s,
              tr("Ask for this scope (repeatable); default: every scope paxosctl uses."), true)},
         {},
         false,
         {u"paxosctl token"_s, u"paxosctl --env sandbox token --scope identity:read_identity"_s}});

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
    t.append({CommandId::IdentitiesList,
              u"identities"_s,
              u"list"_s,
              tr("List identities"),
              tr("Lists identities, newest first, one page at a time; --all follows every page. "
                 "The table shows the name and CIP id only with --include-details."),
              {},
              listIdentities,
              {kRead},
              false,
              {u"paxosctl identities list --summary-status PENDING --all"_s,
               u"paxosctl identities list --include-details --format csv > identities.csv"_s}});

    t.append({CommandId::IdentitiesGet,
              u"identities"_s,
              u"get"_s,
              tr("Show one identity with its details and status"),
              tr("Shows the identity with person or institution details, sub-statuses, "
                 "outstanding requirements and active controls."),
              {{u"IDENTITY_ID"_s, tr("The identity's id (a UUID).")}},
              {flag({u"no-details"_s}, tr("Do not ask for person or institution details.")),
               flag({u"include-institution-members"_s}, tr("Also list an institution's members."))},
              {kRead},
              false,
              {u"paxosctl identities get 9f3c…"_s}});

    t.append({CommandId::IdentitiesCreate,
              u"identities"_s,
              u"create"_s,
              tr("Create an identity from JSON"),
              tr("Sends a Create Identity request body (see the Paxos reference) read from a "
                 "file or standard input, or the guide's example person with --example. The "
                 "body is checked against the documented rules first; errors stop it (exit 2) "
                 "unless --no-validate. A ref_id is added when the body has none, so a retry "
                 "after a lost answer never creates a second identity. A duplicate cip_id "
                 "fails with exit 1 and prints the id of the identity that holds it."),
              {},
              {fileOption(tr("Create Identity request")),
               flag({u"example"_s},
                    tr("Send the guide's example person (Billy Duncan), which the sandbox "
                       "approves. Its cip_id is fixed: a second create is a duplicate.")),
               opt({u"ref-id"_s}, u"REF_ID"_s, tr("Use this ref_id instead of the body's.")),
               flag({u"no-validate"_s}, tr("Send without the client-side checks."))},
              {kWrite, kRead},
              true,
              {u"paxosctl identities create --example"_s,
               u"paxosctl identities create --file person.json"_s,
               u"cat person.json | paxosctl identities create --format json"_s}});

    t.append({CommandId::IdentitiesUpdate,
              u"identities"_s,
              u"update"_s,
              tr("Update an identity with a JSON delta"),
              tr("Sends an Update Identity body holding only the fields that change, read from "
                 "a file or standard input, and prints the updated identity."),
              {{u"IDENTITY_ID"_s, tr("The identity to update.")}},
              {fileOption(tr("Update Identity request")),
               flag({u"no-validate"_s}, tr("Send without the client-side checks."))},
              {kWrite},
              true,
              {u"echo '{\"person_details\":{\"email\":\"new@example.org\"}}' | "
               "paxosctl identities update ID"_s}});

    const QString statusValues = valuesOf(identityStatus());
    t.append({CommandId::IdentitiesSandboxStatus,
              u"identities"_s,
              u"sandbox-status"_s,
              tr("Set an identity's verification statuses (sandboxes only)"),
              tr("Sets sub-statuses the way the Paxos Sandbox's sandbox-status endpoint does, "
                 "then shows the identity with the status that follows. Give flags, or the "
                 "request JSON with --file. Refused against production."),
              {{u"IDENTITY_ID"_s, tr("The identity to change.")}},
              {opt({u"id-verification"_s}, u"STATUS"_s,
                   tr("id_verification_status: %1.").arg(statusValues)),
               opt({u"sanctions"_s}, u"STATUS"_s, tr("sanctions_verification_status.")),
               opt({u"document-verification"_s}, u"STATUS"_s, tr("document_verification_status.")),
               opt({u"additional-screening"_s}, u"STATUS"_s, tr("additional_screening_status.")),
               opt({u"user-disabled"_s}, u"BOOL"_s, tr("user_disabled: true or false.")),
               opt({u"admin-disabled"_s}, u"BOOL"_s, tr("admin_disabled: true or false.")),
               opt({u"file"_s, u"f"_s}, u"FILE"_s,
                   tr("Read the sandbox-status JSON from FILE (\"-\": standard input)."))},
              {kWrite, kRead},
              true,
              {u"paxosctl identities sandbox-status ID --id-verification APPROVED"_s}});

    t.append({CommandId::IdentitiesScenario,
              u"identities"_s,
              u"scenario"_s,
              tr("Walk an identity through a scenario (local paxos-sandbox only)"),
              tr("Applies one of paxos-sandbox's scenario triggers to an existing identity "
                 "(POST /sandbox-admin/identities/ID/scenario), then shows the identity with the "
                 "status that follows. Scenarios: approve, deny, manual_review, pending, "
                 "edd:TYPE[,TYPE...], kyc_refresh_due, kyc_refresh_expired, "
                 "paxos_control:TYPE[:REASON_CODE]; several separated by ';'. Only a "
                 "paxos-sandbox on this computer has them (--env local or its URL)."),
              {{u"IDENTITY_ID"_s, tr("The identity to change.")},
               {u"SCENARIO"_s, tr("What happens to it, e.g. edd:PROOF_OF_FUNDS.")}},
              {},
              {kRead},
              true,
              {u"paxosctl identities scenario ID edd:PROOF_OF_FUNDS,PROOF_OF_RESIDENCY"_s,
               u"paxosctl identities scenario ID kyc_refresh_expired"_s}});

    t.append(
        {CommandId::DocumentsUpload,
         u"documents"_s,
         u"upload"_s,
         tr("Upload a document for an identity"),
         tr("Requests an upload URL for the file and sends its bytes there (two steps, "
            "as Paxos documents). PDF, JPEG or PNG, under 100 MB, names up to 260 "
            "characters, unique per identity."),
         {{u"IDENTITY_ID"_s, tr("The identity the document belongs to.")},
          {u"FILE"_s, tr("The file to upload.")}},
         {opt({u"type"_s, u"t"_s}, u"TYPE"_s,
              tr("Document type (repeatable, at least one): %1.").arg(valuesOf(documentType())),
              true),
          opt({u"name"_s}, u"NAME"_s, tr("Name to store it under (default: the file name)."))},
         {kWrite},
         true,
         {u"paxosctl documents upload ID passport.pdf --type IDENTITY_VERIFICATION"_s}});

    t.append({CommandId::DocumentsList,
              u"documents"_s,
              u"list"_s,
              tr("List an identity's documents"),
              tr("Lists the uploaded documents and, in table format, the document types "
                 "still required."),
              {{u"IDENTITY_ID"_s, tr("The identity.")}},
              {flag({u"no-pending"_s}, tr("Do not ask for the pending document types."))},
              {kRead},
              false,
              {u"paxosctl documents list ID"_s}});

    t.append({CommandId::ControlsList,
              u"controls"_s,
              u"list"_s,
              tr("List an identity's controls"),
              tr("Lists the controls (restrictions) on an identity, active ones only unless "
                 "--include-deleted."),
              {{u"IDENTITY_ID"_s, tr("The identity.")}},
              {flag({u"include-deleted"_s}, tr("Also list deleted controls.")), limitOption(1000),
               cursorOption(), allOption()},
              {kReadControl},
              false,
              {u"paxosctl controls list ID --include-deleted"_s}});

    t.append(
        {CommandId::ControlsCreate,
         u"controls"_s,
         u"create"_s,
         tr("Put a control on an identity"),
         tr("Creates a control from JSON ({identity_id, type, reason_code, reason}) read "
            "from a file or standard input, or from the flags (flags win over the file)."),
         {},
         {fileOption(tr("Create Identity Control request")),
          opt({u"identity"_s}, u"IDENTITY_ID"_s, tr("identity_id.")),
          opt({u"type"_s}, u"TYPE"_s, tr("type: SELL_ONLY, CLOSED or DORMANT.")),
          opt({u"reason-code"_s}, u"CODE"_s,
              tr("reason_code: %1.").arg(valuesOf(controlReasonCode()))),
          opt({u"reason"_s}, u"TEXT"_s, tr("reason, free text."))},
         {kWriteControl},
         true,
         {u"paxosctl controls create --identity ID --type DORMANT --reason-code INACTIVITY"_s}});

    t.append(
        {CommandId::ControlsDelete,
         u"controls"_s,
         u"delete"_s,
         tr("Remove a control"),
         tr("Deletes a client-set (overridable) control."),
         {{u"CONTROL_ID"_s, tr("The control's id.")}},
         {opt({u"reason"_s}, u"TEXT"_s, tr("Why it is removed.")),
          opt({u"identity"_s}, u"IDENTITY_ID"_s,
              tr("The identity the control is on, for the audit trail (the API does not "
                 "say)."))},
         {kWriteControl},
         true,
         {u"paxosctl controls delete CONTROL_ID --identity ID --reason 'customer returned'"_s}});

    QList<OptionSpec> eventFilters = {
        opt({u"type"_s}, u"TYPE"_s, tr("Only events of this type: %1.").arg(valuesOf(eventType()))),
        flag({u"test"_s}, tr("Dashboard test events instead of real ones (is_test=true)."))};
    QList<OptionSpec> listEvents = eventFilters;
    listEvents += timeFilters(u"created-at"_s, tr("created"));
    listEvents += {limitOption(100),
                   flag({u"all"_s},
                        tr("Page by created_at until every event is listed (with "
                           "--type, --test and --created-at.gt only)."))};
    t.append(
        {CommandId::EventsList,
         u"events"_s,
         u"list"_s,
         tr("List events, oldest first"),
         tr("Lists events (identity status changes, documents required, KYC refresh, "
            "controls), oldest first."),
         {},
         listEvents,
         {kReadEvent},
         false,
         {u"paxosctl events list --type identity.approved --created-at.gt 2026-01-01T00:00:00Z"_s}});

    t.append({CommandId::EventsGet,
              u"events"_s,
              u"get"_s,
              tr("Show one event"),
              tr("Shows one event with the object it is about."),
              {{u"EVENT_ID"_s, tr("The event's id.")}},
              {flag({u"test"_s}, tr("The id is a Dashboard test event."))},
              {kReadEvent},
              false,
              {u"paxosctl events get EVENT_ID --format json"_s}});

    QList<OptionSpec> follow = eventFilters;
    follow += {opt({u"since"_s}, u"TIME"_s, tr("Start after TIME (RFC 3339) instead of now.")),
               flag({u"from-start"_s}, tr("Start with the oldest event.")),
               opt({u"identity"_s}, u"IDENTITY_ID"_s, tr("Print only events about this identity.")),
               opt({u"until-type"_s}, u"TYPE"_s, tr("Stop after printing an event of this type.")),
               opt({u"max"_s}, u"N"_s, tr("Stop after printing N events.")),
               opt({u"interval"_s}, u"MS"_s, tr("Poll every MS milliseconds (default 2000)."))};
    t.append({CommandId::EventsFollow,
              u"events"_s,
              u"follow"_s,
              tr("Print events as they happen"),
              tr("Polls the events list and prints each new event once, as it arrives, until "
                 "interrupted (Ctrl-C, exit 130) or a stop condition is met (exit 0). In json "
                 "format one event per line (JSON Lines); csv prints the header once."),
              {},
              follow,
              {kReadEvent},
              false,
              {u"paxosctl events follow --type identity.approved"_s,
               u"paxosctl events follow --identity ID --until-type identity.approved --max 10"_s}});

    t.append({CommandId::AccountsCreate,
              u"accounts"_s,
              u"create"_s,
              tr("Create an account"),
              tr("Sends a Create Account body ({account: {identity_id, type, description, "
                 "ref_id}, create_profile}) read from a file or standard input, or built from "
                 "the flags (flags win over the file)."),
              {},
              {fileOption(tr("Create Account request")),
               opt({u"identity"_s}, u"IDENTITY_ID"_s, tr("account.identity_id.")),
               opt({u"type"_s}, u"TYPE"_s, tr("account.type: %1.").arg(valuesOf(accountType()))),
               opt({u"description"_s}, u"TEXT"_s, tr("account.description.")),
               opt({u"ref-id"_s}, u"REF_ID"_s, tr("account.ref_id.")),
               flag({u"create-profile"_s}, tr("Also create a profile (cannot be added later)."))},
              {kWriteAccount},
              true,
              {u"paxosctl accounts create --identity ID --type BROKERAGE --create-profile"_s}});

    QList<OptionSpec> listAccounts = {
        opt({u"identity"_s}, u"IDENTITY_ID"_s, tr("Only accounts of this identity."))};
    listAccounts += timeFilters(u"created-at"_s, tr("created"));
    listAccounts += timeFilters(u"updated-at"_s, tr("updated"));
    listAccounts += {limitOption(1000), orderOption(), cursorOption(), allOption()};
    t.append({CommandId::AccountsList,
              u"accounts"_s,
              u"list"_s,
              tr("List accounts"),
              tr("Lists accounts, one page at a time; --all follows every page."),
              {},
              listAccounts,
              {kReadAccount},
              false,
              {u"paxosctl accounts list --identity ID --all"_s}});

    t.append({CommandId::AccountsGet,
              u"accounts"_s,
              u"get"_s,
              tr("Show one account"),
              tr("Shows one account."),
              {{u"ACCOUNT_ID"_s, tr("The account's id.")}},
              {},
              {kReadAccount},
              false,
              {u"paxosctl accounts get ACCOUNT_ID"_s}});

    const OptionSpec auditIdentity =
        opt({u"identity"_s}, u"IDENTITY_ID"_s, tr("Only entries about this identity."));
    const OptionSpec auditAction =
        opt({u"action"_s}, u"ACTION"_s, tr("Only entries of this action: %1.").arg(auditActions()));
    t.append({CommandId::AuditList,
              u"audit"_s,
              u"list"_s,
              tr("List the audit trail, newest first"),
              tr("Lists the entries of the audit trail in the store --store names (the "
                 "console's by default): what the console and paxosctl did, who, when, in "
                 "which environment, on which identity, the outcome and the request id. csv "
                 "adds the OS user, the details and the hashes; json prints every field."),
              {},
              {auditIdentity, auditAction,
               opt({u"limit"_s}, u"N"_s, tr("At most N entries (1-100000, default 100)."))},
              {},
              false,
              {u"paxosctl audit list --identity ID"_s,
               u"paxosctl audit list --action identity.create --format csv"_s}});

    t.append(
        {CommandId::AuditVerify,
         u"audit"_s,
         u"verify"_s,
         tr("Check the audit trail's hash chain"),
         tr("Recomputes every entry's hash and its link to the one before. Prints "
            "\"chain intact: N entries\" (exit 0), or the first broken link's seq and "
            "what is wrong with it (exit 1): an edited, removed or reordered entry, or a "
            "cut-off tail."),
         {},
         {},
         {},
         false,
         {u"paxosctl audit verify"_s, u"paxosctl --store /backup/console.sqlite audit verify"_s}});

    t.append(
        {CommandId::AuditExport,
         u"audit"_s,
         u"export"_s,
         tr("Write the audit trail to a CSV file"),
         tr("Writes the entries, oldest first, to FILE as CSV with the columns of the "
            "console's export (a spreadsheet formula is never run). FILE appears only "
            "when the export is complete. The export itself is recorded in the trail."),
         {{u"FILE"_s, tr("The CSV file to write.")}},
         {auditIdentity, auditAction},
         {},
         false,
         {u"paxosctl audit export audit.csv"_s, u"paxosctl audit export one.csv --identity ID"_s}});

    t.append({CommandId::SandboxSeed,
              u"sandbox"_s,
              u"seed"_s,
              tr("Add demo identities to a local paxos-sandbox"),
              tr("Adds realistic people in every status, with their requirements, controls and "
                 "history of events (POST /sandbox-admin/seed), to a paxos-sandbox on this "
                 "computer. Each run adds new people. Not recorded in the audit trail: it fills "
                 "the emulator and makes no Paxos call."),
              {},
              {opt({u"count"_s}, u"N"_s, tr("How many (1-10000, default 40)."))},
              {},
              false,
              {u"paxosctl sandbox seed --count 200"_s}});
    return t;
}

QList<OptionSpec> buildGlobalOptions()
{
    return {
        opt({u"env"_s, u"e"_s}, u"ENV"_s,
            tr("local (a paxos-sandbox on 127.0.0.1:8640, the default), sandbox (the Paxos "
               "Sandbox), production, or the URL of a paxos-sandbox (http://host:port).")),
        opt({u"format"_s}, u"FORMAT"_s,
            tr("table (aligned columns with readable labels, the default), json (what the API "
               "answered, indented) or csv (RFC 4180, wire values).")),
        flag({u"reveal"_s},
             tr("Show cip_id and date of birth unmasked, in every format. A run that records "
                "its writes in a store records the reveal there (pii.reveal).")),
        flag({u"verbose"_s, u"v"_s},
             tr("Print every HTTP exchange (redacted: no secret, masked PII) to standard error.")),
        flag({u"curl"_s},
             tr("Print every call as a cURL command (secrets as placeholders) to standard error.")),
        opt({u"client-id"_s}, u"ID"_s, tr("OAuth client id (overrides PAXOS_CLIENT_ID).")),
        opt({u"timeout"_s}, u"SECONDS"_s,
            tr("Give up on a call without progress after SECONDS (default 30).")),
        flag({u"yes"_s, u"y"_s}, tr("Confirm a change against production.")),
        opt({u"store"_s}, u"SPEC"_s,
            tr("Where writes are recorded and audit commands read: console (the console's "
               "store, the default), none (record nothing), a SQLite file path, or "
               "postgresql://USER@HOST:PORT/DATABASE. Overrides PAXOSCTL_STORE.")),
        opt({u"operator"_s}, u"NAME"_s,
            tr("Operator name in the audit trail (overrides PAXOSCTL_OPERATOR; default: the "
               "name set in the console's Record settings, else the OS user).")),
        flag({u"help"_s, u"h"_s}, tr("Show help for paxosctl, a group or a command.")),
        flag({u"version"_s}, tr("Show the version.")),
    };
}

struct Section
{
    QString title;
    QString text; // paragraphs separated by "\n\n"; lines starting with two blanks are kept
};

QList<Section> overviewSections()
{
    return {
        {tr("ENVIRONMENTS"),
         tr("--env local talks to a paxos-sandbox on http://127.0.0.1:8640 (start one with "
            "\"paxos-sandbox\") with its demo client (demo / demo-secret) unless credentials are "
            "given. --env URL does the same for a paxos-sandbox elsewhere; token URL "
            "URL/oauth2/token, API URL/v2. --env sandbox and --env production are Paxos's "
            "servers and need credentials.")},
        {tr("CREDENTIALS"),
         tr("The client id comes from --client-id or PAXOS_CLIENT_ID, the secret from "
            "PAXOS_CLIENT_SECRET. Without PAXOS_CLIENT_SECRET the secret is read from the OS "
            "keychain (service \"compliance-console\", the one the console saves to; key "
            "\"client-secret/ENV/CLIENT_ID\", ENV being local, sandbox, production or custom "
            "for a URL). Secrets and tokens never appear in --verbose or --curl output.")},
        {tr("OUTPUT"),
         tr("Results go to standard output, everything else (errors, warnings, --verbose, "
            "--curl) to standard error. Every format, json included, masks cip_id and the "
            "other government ids (last four characters kept) and the date of birth; "
            "--reveal shows them, and a write that is recorded in a store records the reveal "
            "as a pii.reveal entry (when that entry cannot be written, the data stays masked). "
            "json prints the API's answer otherwise as received. In csv a cell that a "
            "spreadsheet would run as a formula (starting with = + - @, a tab or a carriage "
            "return) starts with an apostrophe, as in the console's exports.")},
        {tr("EXIT STATUS"),
         tr("  0    success\n"
            "  1    the API answered with a problem (printed as type, title, detail; a 409 "
            "also prints the id that already exists); the audit store could not be opened "
            "(nothing was sent); audit verify found a broken link\n"
            "  2    usage: unknown command or option, bad value, unreadable or invalid input "
            "file; nothing was sent\n"
            "  3    network or authentication: no connection, timeout, rejected credentials, "
            "missing scope (HTTP 401/403)\n"
            "  130  interrupted (Ctrl-C); the running call was cancelled")},
        {tr("AUDIT"),
         tr("Every write (identities create, update and sandbox-status, documents upload, "
            "controls create and delete, accounts create) is recorded in the console's audit "
            "trail, in the same hash chain the console appends to: the operator (--operator, "
            "PAXOSCTL_OPERATOR, else the name set in the console's Record settings, else the "
            "OS user) and OS user, the time, the environment as "
            "the console names it, the identity, the outcome (a refused create, such as a "
            "duplicate cip_id with the id that holds it, is recorded as failed) and the "
            "request id: the X-Request-Id paxosctl sends with every call, or the server's own "
            "when it answers with another. Secrets never reach the trail; cip_id is "
            "masked.\n\n"
            "--store (or PAXOSCTL_STORE) picks the store: console, the default, is the one the "
            "console's settings name (its SQLite file is created, as the console would, when "
            "the console has not run yet); none records nothing; a path is that SQLite file; "
            "postgresql://USER@HOST:PORT/DATABASE a shared store, its password from "
            "PAXOSCTL_STORE_PASSWORD or the keychain entry the console saved. A write whose "
            "store cannot be opened is not sent (exit 1; --store none runs it unrecorded). A "
            "write that succeeded but could not be recorded keeps its exit status and warns. "
            "Reads never open the store.\n\n"
            "audit list, audit verify and audit export read the trail.")},
        {tr("THE GUIDE'S FLOW"),
         tr("  paxos-sandbox &\n"
            "  paxosctl token\n"
            "  paxosctl identities create --example      # prints the new id, PENDING\n"
            "  paxosctl identities get ID                # APPROVED\n"
            "  paxosctl identities create --example      # exit 1: duplicate cip_id, existing "
            "id")},
    };
}

QString wrap(const QString &text, int indent, int width = 79)
{
    QString out;
    const QString pad(indent, u' ');
    const QStringList paragraphs = text.split(u"\n\n"_s);
    for (qsizetype p = 0; p < paragraphs.size(); ++p) {
        if (p > 0)
            out += u'\n';
        const QStringList lines = paragraphs.at(p).split(u'\n');
        for (const QString &srcLine : lines) {
            if (srcLine.startsWith(u"  "_s)) { // preformatted
                out += pad + srcLine.mid(2) + u'\n';
                continue;
            }
            QString line;
            for (const QString &word : srcLine.split(u' ', Qt::SkipEmptyParts)) {
                if (!line.isEmpty() && indent + line.size() + 1 + word.size() > width) {
                    out += pad + line + u'\n';
                    line.clear();
                }
                line += (line.isEmpty() ? QString() : u" "_s) + word;
            }
            out += pad + line + u'\n';
        }
    }
    return out;
}

QString optionSyntax(const OptionSpec &o)
{
    QStringList forms;
    for (const QString &n : o.names)
        forms << (n.size() == 1 ? u"-"_s : u"--"_s) + n;
    QString s = forms.join(u", "_s);
    if (o.takesValue())
        s += u' ' + o.valueName;
    return s;
}

QString optionsBlock(const QList<OptionSpec> &options)
{
    QString out;
    for (const OptionSpec &o : options) {
        const QString syntax = optionSyntax(o);
        out += u"  "_s + syntax + u'\n';
        out += wrap(o.description, 6);
    }
    return out;
}

QString usageOf(const CommandSpec &c)
{
    QString s = u"paxosctl [GLOBAL OPTIONS] "_s + c.path();
    for (const ArgumentSpec &a : c.arguments)
        s += u' ' + a.name;
    if (!c.options.isEmpty())
        s += u" [OPTIONS]"_s;
    return s;
}

QString commandHelp(const CommandSpec &c)
{
    QString out = tr("Usage: %1").arg(usageOf(c)) + u"\n\n"_s;
    out += wrap(c.summary + u'.', 0) + u'\n' + wrap(c.description, 0);
    if (!c.arguments.isEmpty()) {
        out += u'\n' + tr("Arguments:") + u'\n';
        for (const ArgumentSpec &a : c.arguments)
            out += u"  "_s + a.name + u'\n' + wrap(a.description, 6);
    }
    if (!c.options.isEmpty())
        out += u'\n' + tr("Options:") + u'\n' + optionsBlock(c.options);
    out += u'\n' + tr("Global options (before or after the command):") + u'\n'
        + optionsBlock(globalOptions());
    if (!c.scopes.isEmpty())
        out += u'\n' + tr("Scopes: %1").arg(c.scopes.join(u", "_s)) + u'\n';
    if (!c.examples.isEmpty()) {
        out += u'\n' + tr("Examples:") + u'\n';
        for (const QString &e : c.examples)
            out += u"  "_s + e + u'\n';
    }
    return out;
}

QString commandList(const QList<const CommandSpec *> &commands)
{
    qsizetype width = 0;
    for (const CommandSpec *c : commands)
        width = qMax(width, c->path().size());
    QString out;
    for (const CommandSpec *c : commands)
        out +=
            u"  "_s + c->path() + QString(width - c->path().size() + 2, u' ') + c->summary + u'\n';
    return out;
}

QString overviewHelp()
{
    QString out = tr("Usage: paxosctl [GLOBAL OPTIONS] COMMAND [ARGUMENTS] [OPTIONS]") + u"\n\n"_s;
    out += wrap(tr("A command-line client for the Paxos v2 Identity API: identities, documents, "
                   "controls, events and accounts, against a local paxos-sandbox, the Paxos "
                   "Sandbox or production. Writes are recorded in the console's audit trail."),
                0);
    out += u'\n' + tr("Commands:") + u'\n';
    QList<const CommandSpec *> all;
    for (const CommandSpec &c : commandTable())
        all << &c;
    out += commandList(all);
    out += u'\n' + tr("Global options:") + u'\n' + optionsBlock(globalOptions());
    for (const Section &s : overviewSections())
        out += u'\n' + s.title + u'\n' + wrap(s.text, 2);
    out += u'\n'
        + wrap(tr("\"paxosctl COMMAND --help\" (or \"paxosctl help COMMAND\") describes a "
                  "command; \"man paxosctl\" has everything on one page."),
               0);
    return out;
}

// roff: escape backslashes and dashes, protect a leading period or quote.
QString roff(const QString &text)
{
    QString s = text;
    s.replace(u"\\"_s, u"\\e"_s);
    s.replace(u"-"_s, u"\\-"_s);
    QStringList lines = s.split(u'\n');
    for (QString &l : lines)
        if (l.startsWith(u'.') || l.startsWith(u'\''))
            l.prepend(u"\\&"_s);
    return lines.join(u'\n');
}

QString roffParagraphs(const QString &text)
{
    QString out;
    const QStringList paragraphs = text.split(u"\n\n"_s);
    for (const QString &p : paragraphs) {
        if (p.startsWith(u"  "_s)) {
            out += u".PP\n.nf\n"_s;
            for (const QString &l : p.split(u'\n'))
                out += roff(l.mid(2)) + u'\n';
            out += u".fi\n"_s;
        } else {
            out += u".PP\n"_s + roff(p) + u'\n';
        }
    }
    return out;
}

QString roffOptions(const QList<OptionSpec> &options)
{
    QString out;
    for (const OptionSpec &o : options) {
        QStringList forms;
        for (const QString &n : o.names)
            forms << u"\\fB"_s + roff((n.size() == 1 ? u"-"_s : u"--"_s) + n) + u"\\fR"_s;
        QString head = forms.join(u", "_s);
        if (o.takesValue())
            head += u" \\fI"_s + roff(o.valueName) + u"\\fR"_s;
        out += u".TP\n"_s + head + u'\n' + roff(o.description) + u'\n';
    }
    return out;
}

} // namespace

const OptionSpec *CommandSpec::option(QStringView optionName) const
{
    for (const OptionSpec &o : options)
        if (o.names.constFirst() == optionName)
            return &o;
    return nullptr;
}

const QList<CommandSpec> &commandTable()
{
    static const QList<CommandSpec> table = buildTable();
    return table;
}

const QList<OptionSpec> &globalOptions()
{
    static const QList<OptionSpec> options = buildGlobalOptions();
    return options;
}

QStringList commandGroups()
{
    QStringList groups;
    for (const CommandSpec &c : commandTable())
        if (!groups.contains(c.group))
            groups << c.group;
    return groups;
}

QString groupSummary(const QString &group)
{
    if (group == u"identities")
        return tr("People and institutions: list, get, create, update, sandbox statuses");
    if (group == u"documents")
        return tr("Documents of an identity: upload, list");
    if (group == u"controls")
        return tr("Restrictions on an identity: list, create, delete");
    if (group == u"events")
        return tr("What happened: list, get, follow");
    if (group == u"accounts")
        return tr("Accounts of identities: create, list, get");
    if (group == u"audit")
        return tr("The console's audit trail: list, verify, export");
    if (group == u"sandbox")
        return tr("A local paxos-sandbox's demo controls: seed");
    if (const CommandSpec *c = findCommand(group, {}))
        return c->summary;
    return {};
}

const CommandSpec *findCommand(const QString &group, const QString &name)
{
    for (const CommandSpec &c : commandTable())
        if (c.group == group && c.name == name)
            return &c;
    return nullptr;
}

QList<const CommandSpec *> commandsOfGroup(const QString &group)
{
    QList<const CommandSpec *> list;
    for (const CommandSpec &c : commandTable())
        if (c.group == group)
            list << &c;
    return list;
}

QString helpText(const QString &topic)
{
    const QStringList words = topic.split(u' ', Qt::SkipEmptyParts);
    if (words.isEmpty())
        return overviewHelp();
    if (words.size() == 1) {
        if (const CommandSpec *c = findCommand(words.constFirst(), {}))
            return commandHelp(*c);
        const QList<const CommandSpec *> list = commandsOfGroup(words.constFirst());
        if (list.isEmpty())
            return {};
        return tr("Usage: paxosctl [GLOBAL OPTIONS] %1 COMMAND ...").arg(words.constFirst())
            + u"\n\n"_s + wrap(groupSummary(words.constFirst()) + u'.', 0) + u'\n' + tr("Commands:")
            + u'\n' + commandList(list) + u'\n'
            + tr("\"paxosctl %1 COMMAND --help\" describes a command.").arg(words.constFirst())
            + u'\n';
    }
    if (const CommandSpec *c = findCommand(words.at(0), words.at(1)))
        return commandHelp(*c);
    return {};
}

QString manPage()
{
    QString out;
    out += u".\\\" Generated by \"paxosctl --man\" from the command table in cli/commands.cpp.\n"_s;
    out += u".TH PAXOSCTL 1 \"\" \"Compliance Console\" \"User Commands\"\n"_s;
    out += u".SH NAME\npaxosctl \\- command\\-line client for the Paxos v2 Identity API\n"_s;
    out += u".SH SYNOPSIS\n.B paxosctl\n[\\fIGLOBAL OPTIONS\\fR] \\fICOMMAND\\fR "
           "[\\fIARGUMENTS\\fR] [\\fIOPTIONS\\fR]\n"_s;
    out += u".SH DESCRIPTION\n"_s
        + roffParagraphs(
               tr("paxosctl talks to the Paxos v2 Identity API: identities, documents, controls, "
                  "events and accounts, against a local paxos-sandbox, the Paxos Sandbox or "
                  "production. It is the scripting companion of Compliance Console: its writes are "
                  "recorded in the console's audit trail."));
    out += u".SH GLOBAL OPTIONS\n"_s + roffOptions(globalOptions());
    out += u".SH COMMANDS\n"_s;
    for (const CommandSpec &c : commandTable()) {
        QString usage = u"\\fBpaxosctl "_s + roff(c.path()) + u"\\fR"_s;
        for (const ArgumentSpec &a : c.arguments)
            usage += u" \\fI"_s + roff(a.name) + u"\\fR"_s;
        if (!c.options.isEmpty())
            usage += u" [\\fIOPTIONS\\fR]"_s;
        out += u".SS \""_s + roff(c.path()) + u"\"\n"_s + usage + u"\n.br\n"_s + roff(c.summary)
            + u".\n"_s;
        out += roffParagraphs(c.description);
        if (!c.arguments.isEmpty()) {
            for (const ArgumentSpec &a : c.arguments)
                out += u".TP\n\\fI"_s + roff(a.name) + u"\\fR\n"_s + roff(a.description) + u'\n';
        }
        out += roffOptions(c.options);
        if (!c.scopes.isEmpty())
            out += u".PP\n"_s + roff(tr("Scopes: %1").arg(c.scopes.join(u", "_s))) + u'\n';
        if (!c.examples.isEmpty()) {
            out += u".PP\n.nf\n"_s;
            for (const QString &e : c.examples)
                out += roff(e) + u'\n';
            out += u".fi\n"_s;
        }
    }
    for (const Section &s : overviewSections())
        out += u".SH "_s + roff(s.title) + u'\n' + roffParagraphs(s.text);
    out += u".SH ENVIRONMENT\n"_s + u".TP\n.B PAXOS_CLIENT_ID\n"_s + roff(tr("OAuth client id."))
        + u'\n' + u".TP\n.B PAXOS_CLIENT_SECRET\n"_s
        + roff(tr("OAuth client secret; when unset the OS keychain is asked.")) + u'\n'
        + u".TP\n.B PAXOSCTL_STORE\n"_s
        + roff(tr("The store writes are recorded in, as --store takes it.")) + u'\n'
        + u".TP\n.B PAXOSCTL_STORE_PASSWORD\n"_s
        + roff(tr("Password of a PostgreSQL store; when unset the OS keychain is asked.")) + u'\n'
        + u".TP\n.B PAXOSCTL_OPERATOR\n"_s
        + roff(tr("Operator name in the audit trail, as --operator takes it.")) + u'\n';
    out += u".SH SEE ALSO\n.BR paxos\\-sandbox (1)\n"_s;
    return out;
}

namespace {

void addOptions(QCommandLineParser &parser, const QList<OptionSpec> &options)
{
    for (const OptionSpec &o : options)
        parser.addOption(QCommandLineOption(o.names, o.description, o.valueName));
}

// Reads the global options a parser saw into `global`; returns an error text or "".
QString takeGlobals(const QCommandLineParser &parser, GlobalOptions &global)
{
    if (parser.isSet(u"env"_s))
        global.env = parser.value(u"env"_s);
    if (parser.isSet(u"format"_s)) {
        const auto f = formatFromName(parser.value(u"format"_s));
        if (!f)
            return tr("unknown format \"%1\" (table, json or csv)").arg(parser.value(u"format"_s));
        global.format = *f;
    }
    global.verbose = global.verbose || parser.isSet(u"verbose"_s);
    global.curl = global.curl || parser.isSet(u"curl"_s);
    global.reveal = global.reveal || parser.isSet(u"reveal"_s);
    global.yes = global.yes || parser.isSet(u"yes"_s);
    if (parser.isSet(u"client-id"_s))
        global.clientId = parser.value(u"client-id"_s);
    if (parser.isSet(u"store"_s))
        global.store = parser.value(u"store"_s);
    if (parser.isSet(u"operator"_s))
        global.operatorName = parser.value(u"operator"_s);
    if (parser.isSet(u"timeout"_s)) {
        bool ok = false;
        const int s = parser.value(u"timeout"_s).toInt(&ok);
        if (!ok || s <= 0 || s > 3600)
            return tr("--timeout needs a number of seconds between 1 and 3600");
        global.timeoutSeconds = s;
    }
    return {};
}

} // namespace

ParseResult parseCommandLine(const QStringList &arguments)
{
    const QString program = arguments.value(0, u"paxosctl"_s);
    Invocation inv;

    // Level 1: global options up to the command word.
    QCommandLineParser top;
    top.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    addOptions(top, globalOptions());
    top.addOption(QCommandLineOption(u"man"_s, tr("Print the man page source."), QString()));
    if (!top.parse(arguments))
        return {std::nullopt, top.errorText()};
    if (QString e = takeGlobals(top, inv.global); !e.isEmpty())
        return {std::nullopt, e};
    if (top.isSet(u"man"_s)) {
        inv.action = Invocation::Action::ManPage;
        return {inv, {}};
    }
    if (top.isSet(u"version"_s)) {
        inv.action = Invocation::Action::Version;
        return {inv, {}};
    }
    QStringList rest = top.positionalArguments();
    if (top.isSet(u"help"_s) || rest.isEmpty() || rest.constFirst() == u"help") {
        if (!rest.isEmpty() && rest.constFirst() == u"help")
            rest.removeFirst();
        inv.action = Invocation::Action::Help;
        inv.helpTopic = rest.mid(0, 2).join(u' ');
        if (helpText(inv.helpTopic).isEmpty())
            return {std::nullopt, tr("no help for \"%1\"; try paxosctl --help").arg(inv.helpTopic)};
        return {inv, {}};
    }

    const QString group = rest.takeFirst();
    const CommandSpec *command = findCommand(group, {});
    if (!command) {
        if (commandsOfGroup(group).isEmpty())
            return {std::nullopt, tr("unknown command \"%1\"; try paxosctl --help").arg(group)};
        if (rest.isEmpty() || rest.constFirst().startsWith(u'-')) {
            if (rest.contains(u"--help"_s) || rest.contains(u"-h"_s)) {
                inv.action = Invocation::Action::Help;
                inv.helpTopic = group;
                return {inv, {}};
            }
            return {std::nullopt, tr("\"%1\" needs a command; try paxosctl %1 --help").arg(group)};
        }
        const QString name = rest.takeFirst();
        command = findCommand(group, name);
        if (!command)
            return {std::nullopt,
                    tr("unknown command \"%1 %2\"; try paxosctl %1 --help").arg(group, name)};
    }

    // Level 2: the command's own options, and the global ones once more.
    QCommandLineParser sub;
    addOptions(sub, globalOptions());
    addOptions(sub, command->options);
    if (!sub.parse(QStringList{program} + rest))
        return {std::nullopt, command->path() + u": "_s + sub.errorText()};
    if (QString e = takeGlobals(sub, inv.global); !e.isEmpty())
        return {std::nullopt, e};
    if (sub.isSet(u"help"_s)) {
        inv.action = Invocation::Action::Help;
        inv.helpTopic = command->path();
        return {inv, {}};
    }
    inv.command = command;
    inv.arguments = sub.positionalArguments();
    if (inv.arguments.size() != command->arguments.size()) {
        QStringList names;
        for (const ArgumentSpec &a : command->arguments)
            names << a.name;
        if (names.isEmpty())
            return {std::nullopt,
                    tr("%1 takes no arguments (got \"%2\")")
                        .arg(command->path(), inv.arguments.join(u' '))};
        return {std::nullopt, tr("%1 needs %2").arg(command->path(), names.join(u' '))};
    }
    for (const OptionSpec &o : command->options) {
        const QString name = o.names.constFirst();
        if (!sub.isSet(name))
            continue;
        if (o.takesValue()) {
            const QStringList values = sub.values(name);
            if (!o.repeatable && values.size() > 1)
                return {std::nullopt, tr("--%1 given more than once").arg(name)};
            inv.options.insert(name, values);
        } else {
            inv.options.insert(name, QStringList{QString()});
        }
    }
    return {inv, {}};
}

} // namespace paxosctl
