#include "sandbox/store.h"

#include "sandbox/logging.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace sandbox {

namespace {

QString toText(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonObject toObject(const QVariant &value)
{
    return QJsonDocument::fromJson(value.toString().toUtf8()).object();
}

QVariant nullable(const QString &value)
{
    return value.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(value);
}

QVariant nullable(const std::optional<qint64> &value)
{
    return value ? QVariant(*value) : QVariant(QMetaType(QMetaType::LongLong));
}

QString tokenDigest(const QString &token)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256).toHex());
}

// Appends `column op ?` clauses for a time filter.
void addTimeFilter(const QString &column, const TimeFilter &filter, QStringList *where,
                   QVariantList *binds)
{
    const auto add = [&](const std::optional<qint64> &value, QLatin1StringView op) {
        if (!value)
            return;
        *where << column + u' ' + op + u" ?"_s;
        *binds << *value;
    };
    add(filter.lt, "<"_L1);
    add(filter.lte, "<="_L1);
    add(filter.eq, "="_L1);
    add(filter.gte, ">="_L1);
    add(filter.gt, ">"_L1);
}

const char *const kIdentityColumns =
    "seq, id, ref_id, cip_key, type, status, control_types, created_us, updated_us, body, state";

IdentityRow identityFrom(const QSqlQuery &q)
{
    IdentityRow row;
    row.seq = q.value(0).toLongLong();
    row.id = q.value(1).toString();
    row.refId = q.value(2).toString();
    row.cipKey = q.value(3).toString();
    row.type = q.value(4).toString();
    row.status = q.value(5).toString();
    row.controlTypes = q.value(6).toString();
    row.createdUs = q.value(7).toLongLong();
    row.updatedUs = q.value(8).toLongLong();
    row.body = toObject(q.value(9));
    row.state = toObject(q.value(10));
    return row;
}

const char *const kControlColumns = "seq, id, identity_id, type, set_by, is_overridable, "
                                    "reason_code, reason, created_us, deleted_us";

ControlRow controlFrom(const QSqlQuery &q)
{
    ControlRow row;
    row.seq = q.value(0).toLongLong();
    row.id = q.value(1).toString();
    row.identityId = q.value(2).toString();
    row.type = q.value(3).toString();
    row.setBy = q.value(4).toString();
    row.overridable = q.value(5).toBool();
    row.reasonCode = q.value(6).toString();
    row.reason = q.value(7).toString();
    row.createdUs = q.value(8).toLongLong();
    if (!q.value(9).isNull())
        row.deletedUs = q.value(9).toLongLong();
    return row;
}

const char *const kDocumentColumns = "seq, file_id, identity_id, name, document_types, "
                                     "created_us, archived_us, upload_token, uploaded, size, "
                                     "content_type";

DocumentRow documentFrom(const QSqlQuery &q)
{
    DocumentRow row;
    row.seq = q.value(0).toLongLong();
    row.fileId = q.value(1).toString();
    row.identityId = q.value(2).toString();
    row.name = q.value(3).toString();
    row.types = q.value(4).toString().split(u',', Qt::SkipEmptyParts);
    row.createdUs = q.value(5).toLongLong();
    if (!q.value(6).isNull())
        row.archivedUs = q.value(6).toLongLong();
    row.uploadToken = q.value(7).toString();
    row.uploaded = q.value(8).toBool();
    row.size = q.value(9).toLongLong();
    row.contentType = q.value(10).toString();
    return row;
}

const char *const kEventColumns =
    "seq, id, type, object_type, object, created_us, is_test, undelivered";

EventRow eventFrom(const QSqlQuery &q)
{
    EventRow row;
    row.seq = q.value(0).toLongLong();
    row.id = q.value(1).toString();
    row.type = q.value(2).toString();
    row.objectType = q.value(3).toString();
    row.object = toObject(q.value(4));
    row.createdUs = q.value(5).toLongLong();
    row.isTest = q.value(6).toBool();
    row.undelivered = q.value(7).toInt();
    return row;
}

const char *const kAccountColumns = "seq, id, identity_id, ref_id, created_us, updated_us, body";

AccountRow accountFrom(const QSqlQuery &q)
{
    AccountRow row;
    row.seq = q.value(0).toLongLong();
    row.id = q.value(1).toString();
    row.identityId = q.value(2).toString();
    row.refId = q.value(3).toString();
    row.createdUs = q.value(4).toLongLong();
    row.updatedUs = q.value(5).toLongLong();
    row.body = toObject(q.value(6));
    return row;
}

} // namespace

Store::Store()
    : m_connectionName(u"sandbox-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
}

Store::~Store()
{
    close();
}

bool Store::fail(const QString &what, const QString &error)
{
    m_lastError = what + u": "_s + error;
    qCWarning(lcSandboxStore, "%s", qPrintable(m_lastError));
    return false;
}

bool Store::open(const QString &dataDir, QString *error)
{
    close();
    changed();
    m_db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
    if (dataDir.isEmpty()) {
        m_db.setDatabaseName(u":memory:"_s);
    } else {
        if (!QDir().mkpath(dataDir)) {
            if (error)
                *error =
                    QCoreApplication::translate("sandbox::Store", "cannot create data directory %1")
                        .arg(dataDir);
            return false;
        }
        const QString path = QDir(dataDir).filePath(u"sandbox.sqlite"_s);
        // The database holds full cip_ids and dates of birth: owner-only from its first byte.
        // Created here, empty and 0600, before SQLite writes to it (SQLite gives the -wal and
        // -shm files the mode of the database); a database from an older sandbox is
        // tightened too.
        QFile file(path);
        if (!file.exists()
            && !file.open(QIODevice::WriteOnly, QFile::ReadOwner | QFile::WriteOwner)) {
            if (error)
                *error = QCoreApplication::translate("sandbox::Store", "cannot create %1: %2")
                             .arg(path, file.errorString());
            return false;
        }
        file.close();
        for (const QString &suffix : {QString(), u"-wal"_s, u"-shm"_s}) {
            if (QFile::exists(path + suffix))
                QFile::setPermissions(path + suffix, QFile::ReadOwner | QFile::WriteOwner);
        }
        m_db.setDatabaseName(path);
    }
    if (!m_db.open()) {
        if (error)
            *error = m_db.lastError().text();
        return false;
    }
    QSqlQuery pragma(m_db);
    pragma.exec(u"PRAGMA journal_mode=WAL"_s);
    pragma.exec(u"PRAGMA synchronous=NORMAL"_s);
    pragma.exec(u"PRAGMA foreign_keys=ON"_s);
    if (!createSchema()) {
        if (error)
            *error = m_lastError;
        return false;
    }
    return true;
}

void Store::close()
{
    changed();
    m_statements.clear(); // before the connection goes
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

bool Store::createSchema()
{
    static const char *const statements[] = {
        "CREATE TABLE IF NOT EXISTS identities (seq INTEGER PRIMARY KEY AUTOINCREMENT, "
        "id TEXT NOT NULL UNIQUE, ref_id TEXT UNIQUE, cip_key TEXT UNIQUE, type TEXT NOT NULL, "
        "status TEXT NOT NULL, control_types TEXT, "
        "created_us INTEGER NOT NULL, updated_us INTEGER NOT NULL, body TEXT NOT NULL, "
        "state TEXT NOT NULL)",
        "CREATE INDEX IF NOT EXISTS identities_created ON identities (created_us, seq)",
        "CREATE INDEX IF NOT EXISTS identities_status ON identities (status, created_us, seq)",
        "CREATE INDEX IF NOT EXISTS identities_updated ON identities (updated_us)",
        "CREATE TABLE IF NOT EXISTS controls (seq INTEGER PRIMARY KEY AUTOINCREMENT, "
        "id TEXT NOT NULL UNIQUE, identity_id TEXT NOT NULL, type TEXT NOT NULL, "
        "set_by TEXT NOT NULL, is_overridable INTEGER NOT NULL, reason_code TEXT NOT NULL, "
        "reason TEXT, created_us INTEGER NOT NULL, deleted_us INTEGER)",
        "CREATE INDEX IF NOT EXISTS controls_identity ON controls (identity_id, seq)",
        "CREATE TABLE IF NOT EXISTS documents (seq INTEGER PRIMARY KEY AUTOINCREMENT, "
        "file_id TEXT NOT NULL UNIQUE, identity_id TEXT NOT NULL, name TEXT NOT NULL, "
        "document_types TEXT NOT NULL, created_us INTEGER NOT NULL, archived_us INTEGER, "
        "upload_token TEXT NOT NULL UNIQUE, uploaded INTEGER NOT NULL DEFAULT 0, "
        "size INTEGER NOT NULL DEFAULT 0, content_type TEXT, data BLOB, "
        "UNIQUE (identity_id, name))",
        "CREATE TABLE IF NOT EXISTS events (seq INTEGER PRIMARY KEY AUTOINCREMENT, "
        "id TEXT NOT NULL UNIQUE, type TEXT NOT NULL, object_type TEXT NOT NULL, "
        "object TEXT NOT NULL, created_us INTEGER NOT NULL, is_test INTEGER NOT NULL, "
        "undelivered INTEGER NOT NULL DEFAULT 0)",
        "CREATE INDEX IF NOT EXISTS events_created ON events (is_test, created_us)",
        "CREATE TABLE IF NOT EXISTS accounts (seq INTEGER PRIMARY KEY AUTOINCREMENT, "
        "id TEXT NOT NULL UNIQUE, identity_id TEXT NOT NULL, ref_id TEXT UNIQUE, "
        "created_us INTEGER NOT NULL, updated_us INTEGER NOT NULL, body TEXT NOT NULL)",
        "CREATE INDEX IF NOT EXISTS accounts_created ON accounts (created_us, seq)",
        "CREATE INDEX IF NOT EXISTS accounts_identity ON accounts (identity_id)",
        "CREATE TABLE IF NOT EXISTS tokens (digest TEXT PRIMARY KEY, client_id TEXT NOT NULL, "
        "scopes TEXT NOT NULL, expires_us INTEGER NOT NULL)",
    };
    // user_version numbers the schema, so a later version can migrate an older data dir
    // and this one refuses a newer one instead of misreading it.
    constexpr int kSchemaVersion = 1;
    QSqlQuery q(m_db);
    if (!q.exec(u"PRAGMA user_version"_s) || !q.next())
        return fail(u"schema"_s, q.lastError().text());
    const int version = q.value(0).toInt();
    if (version > kSchemaVersion)
        return fail(u"schema"_s,
                    u"the data directory was written by a newer paxos-sandbox "
                    "(schema %1, this one knows %2)"_s.arg(version)
                        .arg(kSchemaVersion));
    for (const char *statement : statements) {
        if (!q.exec(QString::fromLatin1(statement)))
            return fail(u"schema"_s, q.lastError().text());
    }
    if (!q.exec(u"PRAGMA user_version = %1"_s.arg(kSchemaVersion)))
        return fail(u"schema"_s, q.lastError().text());
    return true;
}

bool Store::begin()
{
    changed();
    return m_db.transaction() || fail(u"begin"_s, m_db.lastError().text());
}

bool Store::commit()
{
    changed();
    return m_db.commit() || fail(u"commit"_s, m_db.lastError().text());
}

void Store::rollback()
{
    changed();
    m_db.rollback();
}

bool Store::reset()
{
    changed();
    QSqlQuery q(m_db);
    for (const char *table : {"identities", "controls", "documents", "events", "accounts"}) {
        if (!q.exec(u"DELETE FROM "_s + QLatin1StringView(table)))
            return fail(u"reset"_s, q.lastError().text());
    }
    return true;
}

std::optional<QSqlQuery> Store::run(const QString &sql, const QVariantList &values,
                                    const QString &what, Change change)
{
    if (!sql.startsWith(u"SELECT ")) {
        if (change == Change::Tokens)
            ++m_tokenGeneration;
        else
            changed();
    }
    if (!sql.startsWith(u"SELECT ")) {
        // Writes are prepared each time: a kept query would hold its bound values (an
        // uploaded document's bytes) until it runs again.
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        q.prepare(sql);
        for (const QVariant &value : values)
            q.addBindValue(value);
        if (!q.exec()) {
            fail(what, q.lastError().text());
            return std::nullopt;
        }
        return q;
    }
    // Reads are prepared once per statement text and kept: preparing (SQLite parsing the SQL)
    // was a third of the cost of rendering an identity. Every caller reads its result before
    // the Store runs anything else, so one prepared query per text is enough.
    auto cached = m_statements.find(sql);
    if (cached == m_statements.end()) {
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        if (!q.prepare(sql)) {
            fail(what, q.lastError().text());
            return std::nullopt;
        }
        // Bounded: list queries vary with their filters.
        if (m_statements.size() >= 256)
            m_statements.clear();
        cached = m_statements.insert(sql, q);
    }
    QSqlQuery &q = *cached;
    for (qsizetype i = 0; i < values.size(); ++i)
        q.bindValue(int(i), values.at(i));
    if (!q.exec()) {
        fail(what, q.lastError().text());
        return std::nullopt;
    }
    return q;
}

bool Store::insert(const QString &sql, const QVariantList &values, const QString &what, qint64 *seq)
{
    const auto q = run(sql, values, what);
    if (q && seq)
        *seq = q->lastInsertId().toLongLong();
    return q.has_value();
}

namespace {

template<class Row>
std::optional<Row> firstRow(std::optional<QSqlQuery> q, Row (*from)(const QSqlQuery &))
{
    std::optional<Row> row;
    if (q && q->next())
        row = from(*q);
    if (q)
        q->finish(); // no statement is left half-read
    return row;
}

template<class Row> QList<Row> allRows(std::optional<QSqlQuery> q, Row (*from)(const QSqlQuery &))
{
    QList<Row> rows;
    while (q && q->next())
        rows << from(*q);
    return rows;
}

// The keyset page both lists serve: newest (or oldest) first by created_us then seq, starting
// after the cursor's row.
QString pageSql(const char *columns, const char *table, QStringList where, QVariantList *binds,
                bool ascending, const std::optional<PageKey> &after, int limit)
{
    if (after) {
        where << (ascending ? u"(created_us, seq) > (?, ?)"_s : u"(created_us, seq) < (?, ?)"_s);
        *binds << after->createdUs << after->seq;
    }
    QString sql =
        u"SELECT "_s + QLatin1StringView(columns) + u" FROM "_s + QLatin1StringView(table);
    if (!where.isEmpty())
        sql += u" WHERE "_s + where.join(u" AND "_s);
    const QString dir = ascending ? u"ASC"_s : u"DESC"_s;
    sql += u" ORDER BY created_us "_s + dir + u", seq "_s + dir + u" LIMIT ?"_s;
    *binds << limit;
    return sql;
}

QString selectWhere(const char *columns, const char *table, const char *condition)
{
    return u"SELECT "_s + QLatin1StringView(columns) + u" FROM "_s + QLatin1StringView(table)
        + u" WHERE "_s + QLatin1StringView(condition);
}

} // namespace

bool Store::insertIdentity(IdentityRow &row)
{
    return insert(u"INSERT INTO identities (id, ref_id, cip_key, type, status, control_types, "
                  "created_us, updated_us, body, state) VALUES (?,?,?,?,?,?,?,?,?,?)"_s,
                  {row.id, nullable(row.refId), nullable(row.cipKey), row.type, row.status,
                   row.controlTypes, row.createdUs, row.updatedUs, toText(row.body),
                   toText(row.state)},
                  u"insert identity"_s, &row.seq);
}

bool Store::updateIdentity(const IdentityRow &row)
{
    return run(u"UPDATE identities SET ref_id=?, cip_key=?, status=?, control_types=?, "
               "updated_us=?, body=?, state=? WHERE id=?"_s,
               {nullable(row.refId), nullable(row.cipKey), row.status, row.controlTypes,
                row.updatedUs, toText(row.body), toText(row.state), row.id},
               u"update identity"_s)
        .has_value();
}

std::optional<IdentityRow> Store::identityById(const QString &id)
{
    return firstRow(
        run(selectWhere(kIdentityColumns, "identities", "id = ?"), {id}, u"get identity"_s),
        identityFrom);
}

std::optional<IdentityRow> Store::identityByRefId(const QString &refId)
{
    return firstRow(
        run(selectWhere(kIdentityColumns, "identities", "ref_id = ?"), {refId}, u"get identity"_s),
        identityFrom);
}

std::optional<IdentityRow> Store::identityByCipKey(const QString &cipKey)
{
    return firstRow(run(selectWhere(kIdentityColumns, "identities", "cip_key = ?"), {cipKey},
                        u"get identity"_s),
                    identityFrom);
}

namespace {

void identityWhere(const IdentityQuery &query, QStringList *where, QVariantList *binds)
{
    if (!query.status.isEmpty()) {
        *where << u"status = ?"_s;
        *binds << query.status;
    }
    if (!query.type.isEmpty()) {
        *where << u"type = ?"_s;
        *binds << query.type;
    }
    if (!query.controlType.isEmpty()) {
        *where << u"control_types LIKE ?"_s;
        *binds << QString(u"%,"_s + query.controlType + u",%"_s);
    }
    addTimeFilter(u"created_us"_s, query.created, where, binds);
    addTimeFilter(u"updated_us"_s, query.updated, where, binds);
}

IdentityKey identityKeyFrom(const QSqlQuery &q)
{
    return {q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toLongLong()};
}

} // namespace

QList<IdentityRow> Store::listIdentities(const IdentityQuery &query)
{
    QStringList where;
    QVariantList binds;
    identityWhere(query, &where, &binds);
    const QString sql = pageSql(kIdentityColumns, "identities", where, &binds, query.ascending,
                                query.after, query.limit);
    return allRows(run(sql, binds, u"list identities"_s), identityFrom);
}

QList<IdentityKey> Store::listIdentityKeys(const IdentityQuery &query)
{
    QStringList where;
    QVariantList binds;
    identityWhere(query, &where, &binds);
    const QString sql = pageSql("seq, id, created_us", "identities", where, &binds, query.ascending,
                                query.after, query.limit);
    return allRows(run(sql, binds, u"list identities"_s), identityKeyFrom);
}

QList<IdentityRow> Store::identitiesContaining(const QString &type, const QString &needle)
{
    return allRows(
        run(selectWhere(kIdentityColumns, "identities", "type = ? AND instr(body, ?) > 0"),
            {type, needle}, u"search identities"_s),
        identityFrom);
}

QList<IdentityRow> Store::identitiesWithState(const QString &needle)
{
    return allRows(run(selectWhere(kIdentityColumns, "identities", "instr(state, ?) > 0"), {needle},
                       u"search identity state"_s),
                   identityFrom);
}

qint64 Store::identityCount()
{
    auto q = run(u"SELECT COUNT(*) FROM identities"_s, {}, u"count identities"_s);
    const qint64 count = q && q->next() ? q->value(0).toLongLong() : 0;
    if (q)
        q->finish();
    return count;
}

bool Store::insertControl(ControlRow &row)
{
    return insert(u"INSERT INTO controls (id, identity_id, type, set_by, is_overridable, "
                  "reason_code, reason, created_us, deleted_us) VALUES (?,?,?,?,?,?,?,?,?)"_s,
                  {row.id, row.identityId, row.type, row.setBy, row.overridable ? 1 : 0,
                   row.reasonCode, row.reason, row.createdUs, nullable(row.deletedUs)},
                  u"insert control"_s, &row.seq);
}

bool Store::deleteControl(const QString &id, qint64 deletedUs)
{
    return run(u"UPDATE controls SET deleted_us=? WHERE id=?"_s, {deletedUs, id},
               u"delete control"_s)
        .has_value();
}

std::optional<ControlRow> Store::controlById(const QString &id)
{
    return firstRow(run(selectWhere(kControlColumns, "controls", "id = ?"), {id}, u"get control"_s),
                    controlFrom);
}

QList<ControlRow> Store::controlsFor(const QString &identityId, bool includeDeleted, int limit,
                                     qint64 afterSeq)
{
    QString sql = selectWhere(kControlColumns, "controls", "identity_id = ? AND seq > ?");
    if (!includeDeleted)
        sql += u" AND deleted_us IS NULL"_s;
    sql += u" ORDER BY seq LIMIT ?"_s;
    return allRows(run(sql, {identityId, afterSeq, limit}, u"list controls"_s), controlFrom);
}

bool Store::insertDocument(DocumentRow &row)
{
    return insert(u"INSERT INTO documents (file_id, identity_id, name, document_types, "
                  "created_us, upload_token) VALUES (?,?,?,?,?,?)"_s,
                  {row.fileId, row.identityId, row.name, row.types.join(u','), row.createdUs,
                   row.uploadToken},
                  u"insert document"_s, &row.seq);
}

bool Store::markUploaded(const QString &fileId, qint64 size, const QString &contentType,
                         const QByteArray &data)
{
    return run(u"UPDATE documents SET uploaded=1, size=?, content_type=?, data=? "
               "WHERE file_id=?"_s,
               {size, contentType, data, fileId}, u"upload document"_s)
        .has_value();
}

std::optional<DocumentRow> Store::documentByToken(const QString &token)
{
    return firstRow(run(selectWhere(kDocumentColumns, "documents", "upload_token = ?"), {token},
                        u"get document"_s),
                    documentFrom);
}

bool Store::documentNameExists(const QString &identityId, const QString &name)
{
    auto q = run(u"SELECT 1 FROM documents WHERE identity_id=? AND name=?"_s, {identityId, name},
                 u"find document"_s);
    const bool exists = q && q->next();
    if (q)
        q->finish();
    return exists;
}

QList<DocumentRow> Store::documentsFor(const QString &identityId)
{
    return allRows(run(selectWhere(kDocumentColumns, "documents", "identity_id = ? ORDER BY seq"),
                       {identityId}, u"list documents"_s),
                   documentFrom);
}

bool Store::insertEvent(EventRow &row)
{
    return insert(u"INSERT INTO events (id, type, object_type, object, created_us, is_test, "
                  "undelivered) VALUES (?,?,?,?,?,?,?)"_s,
                  {row.id, row.type, row.objectType, toText(row.object), row.createdUs,
                   row.isTest ? 1 : 0, row.undelivered},
                  u"insert event"_s, &row.seq);
}

bool Store::adjustUndelivered(const QString &eventId, int delta)
{
    return run(u"UPDATE events SET undelivered = MAX(0, undelivered + ?) WHERE id=?"_s,
               {delta, eventId}, u"update event"_s)
        .has_value();
}

std::optional<EventRow> Store::eventById(const QString &id)
{
    return firstRow(run(selectWhere(kEventColumns, "events", "id = ?"), {id}, u"get event"_s),
                    eventFrom);
}

QList<EventRow> Store::listEvents(const EventQuery &query)
{
    QStringList where{u"is_test = ?"_s};
    QVariantList binds{query.isTest ? 1 : 0};
    if (!query.type.isEmpty()) {
        where << u"type = ?"_s;
        binds << query.type;
    }
    addTimeFilter(u"created_us"_s, query.created, &where, &binds);
    binds << query.limit;
    return allRows(run(u"SELECT "_s + QLatin1StringView(kEventColumns) + u" FROM events WHERE "_s
                           + where.join(u" AND "_s)
                           + u" ORDER BY created_us ASC, seq ASC LIMIT ?"_s,
                       binds, u"list events"_s),
                   eventFrom);
}

bool Store::insertAccount(AccountRow &row)
{
    return insert(u"INSERT INTO accounts (id, identity_id, ref_id, created_us, updated_us, body) "
                  "VALUES (?,?,?,?,?,?)"_s,
                  {row.id, row.identityId, nullable(row.refId), row.createdUs, row.updatedUs,
                   toText(row.body)},
                  u"insert account"_s, &row.seq);
}

bool Store::updateAccount(const AccountRow &row)
{
    return run(u"UPDATE accounts SET ref_id=?, updated_us=?, body=? WHERE id=?"_s,
               {nullable(row.refId), row.updatedUs, toText(row.body), row.id}, u"update account"_s)
        .has_value();
}

std::optional<AccountRow> Store::accountById(const QString &id)
{
    return firstRow(run(selectWhere(kAccountColumns, "accounts", "id = ?"), {id}, u"get account"_s),
                    accountFrom);
}

std::optional<AccountRow> Store::accountByRefId(const QString &refId)
{
    return firstRow(
        run(selectWhere(kAccountColumns, "accounts", "ref_id = ?"), {refId}, u"get account"_s),
        accountFrom);
}

std::optional<AccountRow> Store::accountByMemberId(const QString &memberId)
{
    // Members live inside the account's JSON; ids are UUIDs, so a text match is exact enough
    // to find candidates, and the member list itself decides.
    const QList<AccountRow> candidates =
        allRows(run(selectWhere(kAccountColumns, "accounts", "instr(body, ?) > 0"),
                    {QString(u'"' + memberId + u'"')}, u"find account member"_s),
                accountFrom);
    for (const AccountRow &row : candidates) {
        for (const QJsonValue &member : row.body.value(u"members"_s).toArray()) {
            if (member.toObject().value(u"id"_s).toString() == memberId)
                return row;
        }
    }
    return std::nullopt;
}

std::optional<AccountRow> Store::accountByProfileId(const QString &profileId)
{
    // Like members, the profile id lives in the account's JSON.
    const QList<AccountRow> candidates =
        allRows(run(selectWhere(kAccountColumns, "accounts", "instr(body, ?) > 0"),
                    {QString(u'"' + profileId + u'"')}, u"find account profile"_s),
                accountFrom);
    for (const AccountRow &row : candidates) {
        if (!profileId.isEmpty() && row.body.value(u"profile_id"_s).toString() == profileId)
            return row;
    }
    return std::nullopt;
}

QList<AccountRow> Store::listAccounts(const AccountQuery &query)
{
    QStringList where;
    QVariantList binds;
    if (!query.identityId.isEmpty()) {
        where << u"identity_id = ?"_s;
        binds << query.identityId;
    }
    addTimeFilter(u"created_us"_s, query.created, &where, &binds);
    addTimeFilter(u"updated_us"_s, query.updated, &where, &binds);
    const QString sql = pageSql(kAccountColumns, "accounts", where, &binds, query.ascending,
                                query.after, query.limit);
    return allRows(run(sql, binds, u"list accounts"_s), accountFrom);
}

bool Store::insertToken(const QString &token, const TokenRow &row)
{
    // Expired tokens are useless; drop them so the table does not grow without bound.
    run(u"DELETE FROM tokens WHERE expires_us < ?"_s, {row.expiresUs - 30LL * 24 * 3600 * 1000000},
        u"expire tokens"_s, Change::Tokens);
    return run(u"INSERT INTO tokens (digest, client_id, scopes, expires_us) VALUES (?,?,?,?)"_s,
               {tokenDigest(token), row.clientId, row.scopes.join(u' '), row.expiresUs},
               u"insert token"_s, Change::Tokens)
        .has_value();
}

std::optional<TokenRow> Store::token(const QString &token)
{
    if (m_tokenCacheGeneration != m_tokenGeneration) {
        m_tokenCache.clear();
        m_tokenCacheGeneration = m_tokenGeneration;
    }
    const QString digest = tokenDigest(token);
    if (const auto hit = m_tokenCache.constFind(digest); hit != m_tokenCache.cend())
        return *hit;
    auto q = run(u"SELECT client_id, scopes, expires_us FROM tokens WHERE digest=?"_s, {digest},
                 u"get token"_s);
    if (!q || !q->next())
        return std::nullopt;
    TokenRow row;
    row.clientId = q->value(0).toString();
    row.scopes = q->value(1).toString().split(u' ', Qt::SkipEmptyParts);
    row.expiresUs = q->value(2).toLongLong();
    q->finish();
    // Bounded: a client minting a token per call must not grow this without end.
    if (m_tokenCache.size() >= 1024)
        m_tokenCache.clear();
    m_tokenCache.insert(digest, row);
    return row;
}

bool Store::revokeAllTokens()
{
    return run(u"DELETE FROM tokens"_s, {}, u"revoke tokens"_s, Change::Tokens).has_value();
}

} // namespace sandbox
