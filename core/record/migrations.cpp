#include "core/record/migrations.h"

using namespace Qt::StringLiterals;

namespace console::migrations {

namespace {

// Spells the few dialect-specific pieces: {{id}} an auto-increment primary key, {{blob}} a
// binary column.
QString dialect(QString sql, StoreBackend backend)
{
    const bool pg = backend == StoreBackend::PostgreSql;
    sql.replace(u"{{id}}"_s,
                pg ? u"BIGSERIAL PRIMARY KEY"_s : u"INTEGER PRIMARY KEY AUTOINCREMENT"_s);
    sql.replace(u"{{blob}}"_s, pg ? u"BYTEA"_s : u"BLOB"_s);
    return sql;
}

QStringList appendOnlyTriggers(StoreBackend backend)
{
    if (backend == StoreBackend::PostgreSql) {
        return {
            u"CREATE OR REPLACE FUNCTION cc_audit_append_only() RETURNS trigger "
            "LANGUAGE plpgsql AS $$ BEGIN "
            "RAISE EXCEPTION 'the audit trail is append-only'; END $$"_s,
            u"CREATE TRIGGER audit_trail_append_only BEFORE UPDATE OR DELETE ON audit_trail "
            "FOR EACH ROW EXECUTE FUNCTION cc_audit_append_only()"_s,
        };
    }
    return {
        u"CREATE TRIGGER audit_trail_no_update BEFORE UPDATE ON audit_trail "
        "BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END"_s,
        u"CREATE TRIGGER audit_trail_no_delete BEFORE DELETE ON audit_trail "
        "BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END"_s,
    };
}

} // namespace

QList<Migration> all(StoreBackend backend)
{
    QList<Migration> out;

    Migration v1{1,
                 u"review record: audit trail, notes, status history, ledger, drafts, "
                 "events, team settings, assignments, soft locks, documents"_s,
                 {}};
    const QStringList v1Sql = {
        // Audit trail: seq is the chain position (no gaps), hash covers the canonical entry
        // and prev_hash. The head row is the last link, so a removed tail is noticed.
        u"CREATE TABLE audit_trail ("
        "seq BIGINT PRIMARY KEY, at_ms BIGINT NOT NULL, operator_name TEXT NOT NULL, "
        "os_user TEXT NOT NULL, environment TEXT NOT NULL, action TEXT NOT NULL, "
        "identity_id TEXT NOT NULL, outcome TEXT NOT NULL, request_id TEXT NOT NULL, "
        "details TEXT NOT NULL, prev_hash TEXT NOT NULL, hash TEXT NOT NULL)"_s,
        u"CREATE INDEX audit_trail_at ON audit_trail (at_ms)"_s,
        u"CREATE INDEX audit_trail_identity ON audit_trail (identity_id, seq)"_s,
        u"CREATE INDEX audit_trail_action ON audit_trail (action, seq)"_s,
        u"CREATE INDEX audit_trail_operator ON audit_trail (operator_name, seq)"_s,
        u"CREATE TABLE audit_chain_head ("
        "id INTEGER PRIMARY KEY, seq BIGINT NOT NULL, hash TEXT NOT NULL)"_s,
        u"INSERT INTO audit_chain_head (id, seq, hash) VALUES (1, 0, "
        "'0000000000000000000000000000000000000000000000000000000000000000')"_s,

        u"CREATE TABLE reason_codes ("
        "code TEXT PRIMARY KEY, label TEXT NOT NULL, position INTEGER NOT NULL, "
        "retired INTEGER NOT NULL DEFAULT 0)"_s,
        u"INSERT INTO reason_codes (code, label, position) VALUES "
        "('CUSTOMER_CONTACT', 'Customer contacted', 1), "
        "('DOCUMENT_REVIEW', 'Document review', 2), "
        "('SCREENING_REVIEW', 'Screening hit reviewed', 3), "
        "('EDD_FOLLOW_UP', 'Enhanced due diligence follow-up', 4), "
        "('KYC_REFRESH', 'KYC refresh', 5), "
        "('ESCALATION', 'Escalated', 6), "
        "('OTHER', 'Other', 7)"_s,
        u"CREATE TABLE notes ("
        "id {{id}}, identity_id TEXT NOT NULL, reason_code TEXT NOT NULL, body TEXT NOT NULL, "
        "author TEXT NOT NULL, os_user TEXT NOT NULL, created_at_ms BIGINT NOT NULL)"_s,
        u"CREATE INDEX notes_identity ON notes (identity_id, created_at_ms)"_s,

        u"CREATE TABLE identity_snapshots ("
        "id {{id}}, identity_id TEXT NOT NULL, observed_at_ms BIGINT NOT NULL, "
        "cause TEXT NOT NULL, cause_ref TEXT NOT NULL, status TEXT NOT NULL, "
        "content_hash TEXT NOT NULL, snapshot TEXT NOT NULL)"_s,
        u"CREATE INDEX identity_snapshots_identity ON identity_snapshots (identity_id, id)"_s,

        u"CREATE TABLE request_ledger ("
        "id {{id}}, at_ms BIGINT NOT NULL, environment TEXT NOT NULL, "
        "operator_name TEXT NOT NULL, method TEXT NOT NULL, url TEXT NOT NULL, "
        "http_status INTEGER NOT NULL, duration_ms BIGINT NOT NULL, request_id TEXT NOT NULL, "
        "identity_id TEXT NOT NULL, error TEXT NOT NULL)"_s,
        u"CREATE INDEX request_ledger_identity ON request_ledger (identity_id, id)"_s,
        u"CREATE INDEX request_ledger_at ON request_ledger (at_ms)"_s,

        u"CREATE TABLE drafts ("
        "draft_id TEXT PRIMARY KEY, kind TEXT NOT NULL, identity_id TEXT NOT NULL, "
        "owner TEXT NOT NULL, created_at_ms BIGINT NOT NULL, updated_at_ms BIGINT NOT NULL, "
        "key_id TEXT NOT NULL, payload {{blob}} NOT NULL)"_s,
        u"CREATE INDEX drafts_owner ON drafts (owner, updated_at_ms)"_s,

        u"CREATE TABLE processed_events ("
        "event_id TEXT PRIMARY KEY, source TEXT NOT NULL, event_type TEXT NOT NULL, "
        "identity_id TEXT NOT NULL, created_at TEXT NOT NULL, created_at_ms BIGINT NOT NULL, "
        "processed_at_ms BIGINT NOT NULL, object TEXT NOT NULL)"_s,
        u"CREATE INDEX processed_events_identity ON processed_events (identity_id, created_at_ms)"_s,
        u"CREATE INDEX processed_events_created ON processed_events (created_at_ms)"_s,

        u"CREATE TABLE team_settings ("
        "key TEXT PRIMARY KEY, value TEXT NOT NULL, updated_by TEXT NOT NULL, "
        "updated_at_ms BIGINT NOT NULL)"_s,

        u"CREATE TABLE assignments ("
        "identity_id TEXT PRIMARY KEY, assignee TEXT NOT NULL, assigned_by TEXT NOT NULL, "
        "assigned_at_ms BIGINT NOT NULL)"_s,
        u"CREATE INDEX assignments_assignee ON assignments (assignee)"_s,

        u"CREATE TABLE soft_locks ("
        "identity_id TEXT NOT NULL, session_id TEXT NOT NULL, holder TEXT NOT NULL, "
        "os_user TEXT NOT NULL, opened_at_ms BIGINT NOT NULL, heartbeat_at_ms BIGINT NOT NULL, "
        "expires_at_ms BIGINT NOT NULL, PRIMARY KEY (identity_id, session_id))"_s,
        u"CREATE INDEX soft_locks_expiry ON soft_locks (expires_at_ms)"_s,

        u"CREATE TABLE document_records ("
        "file_id TEXT PRIMARY KEY, identity_id TEXT NOT NULL, name TEXT NOT NULL, "
        "document_types TEXT NOT NULL, sha256 TEXT NOT NULL, size_bytes BIGINT NOT NULL, "
        "uploaded_at_ms BIGINT NOT NULL, uploaded_by TEXT NOT NULL)"_s,
        u"CREATE INDEX document_records_identity ON document_records (identity_id)"_s,
    };
    for (const QString &sql : v1Sql)
        v1.statements.append(dialect(sql, backend));
    v1.statements.append(appendOnlyTriggers(backend));
    out.append(v1);

    // Row triggers do not fire on TRUNCATE: without this a single statement emptied the
    // trail. The head row cannot be deleted either (the chain check needs it). Neither stops
    // an owner who drops the triggers: the checkpoints outside the database catch that.
    Migration v2{2, u"audit trail: TRUNCATE refused, chain head kept"_s, {}};
    if (backend == StoreBackend::PostgreSql) {
        v2.statements = {
            u"CREATE TRIGGER audit_trail_no_truncate BEFORE TRUNCATE ON audit_trail "
            "FOR EACH STATEMENT EXECUTE FUNCTION cc_audit_append_only()"_s,
            u"CREATE TRIGGER audit_chain_head_kept BEFORE DELETE ON audit_chain_head "
            "FOR EACH ROW EXECUTE FUNCTION cc_audit_append_only()"_s,
            u"CREATE TRIGGER audit_chain_head_no_truncate BEFORE TRUNCATE ON audit_chain_head "
            "FOR EACH STATEMENT EXECUTE FUNCTION cc_audit_append_only()"_s,
        };
    } else {
        v2.statements = {
            u"CREATE TRIGGER audit_chain_head_kept BEFORE DELETE ON audit_chain_head "
            "BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END"_s,
        };
    }
    out.append(v2);

    // Events are claimed, applied, then marked applied: a claim left unapplied (a failure or
    // a crash in between) is retried. Rows from before were treated as applied on claim.
    Migration v3{3, u"processed events: applied after the claim, retried until then"_s, {}};
    v3.statements = {
        u"ALTER TABLE processed_events ADD COLUMN applied_at_ms BIGINT NOT NULL DEFAULT 0"_s,
        u"ALTER TABLE processed_events ADD COLUMN claimed_by TEXT NOT NULL DEFAULT ''"_s,
        u"ALTER TABLE processed_events ADD COLUMN claimed_at_ms BIGINT NOT NULL DEFAULT 0"_s,
        u"UPDATE processed_events SET claimed_at_ms = processed_at_ms, applied_at_ms = "
        "CASE WHEN processed_at_ms > 0 THEN processed_at_ms ELSE 1 END"_s,
        u"CREATE INDEX processed_events_unapplied ON processed_events (applied_at_ms, "
        "created_at_ms)"_s,
    };
    out.append(v3);

    // What belongs to one environment says which: a draft typed in Production is not offered
    // in a sandbox, and each environment's event follower resumes from its own events. Rows
    // from before have no environment ('').
    Migration v4{4, u"drafts and processed events carry their environment"_s, {}};
    v4.statements = {
        u"ALTER TABLE drafts ADD COLUMN environment TEXT NOT NULL DEFAULT ''"_s,
        u"ALTER TABLE processed_events ADD COLUMN environment TEXT NOT NULL DEFAULT ''"_s,
        u"CREATE INDEX processed_events_environment ON processed_events (environment, "
        "created_at_ms)"_s,
    };
    out.append(v4);

    return out;
}

} // namespace console::migrations
