#include "sandbox/store.h"

#include "sandbox/logging.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
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
        m_db.setDatabaseName(QDir(dataDir).filePath(u"sandbox.sqlite"_s));
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
    QSqlQuery q(m_db);
    for (const char *statement : statements) {
        if (!q.exec(QString::fromLatin1(statement)))
            return fail(u"schema"_s, q.lastError().text());
    }
    return true;
}

bool Store::begin()
{
    return m_db.transaction() || fail(u"begin"_s, m_db.lastError().text());
}

bool Store::commit()
{
    return m_db.commit() || fail(u"commit"_s, m_db.lastError().text());
}

void Store::rollback()
{
    m_db.rollback();
}

bool Store::reset()
{
    QSqlQuery q(m_db);
    for (const char *table : {"identities", "controls", "documents", "events", "accounts"}) {
        if (!q.exec(u"DELETE FROM "_s + QLatin1StringView(table)))
            return fail(u"reset"_s, q.lastError().text());
    }
    return true;
}

bool Store::insertIdentity(IdentityRow &row)
{
    QSqlQuery q(m_db);
    q.prepare(u"INSERT INTO identities (id, ref_id, cip_key, type, status, control_types, "
              "created_us, updated_us, body, state) VALUES (?,?,?,?,?,?,?,?,?,?)"_s);
    q.addBindValue(row.id);
    q.addBindValue(nullable(row.refId));
    q.addBindValue(nullable(row.cipKey));
    q.addBindValue(row.type);
    q.addBindValue(row.status);
    q.addBindValue(row.controlTypes);
    q.addBindValue(row.createdUs);
    q.addBindValue(row.updatedUs);
    q.addBindValue(toText(row.body));
    q.addBindValue(toText(row.state));
    if (!q.exec())
        return fail(u"insert identity"_s, q.lastError().text());
    row.seq = q.lastInsertId().toLongLong();
    return true;
}

bool Store::updateIdentity(const IdentityRow &row)
{
    QSqlQuery q(m_db);
    q.prepare(u"UPDATE identities SET ref_id=?, cip_key=?, status=?, control_types=?, "
              "updated_us=?, body=?, state=? WHERE id=?"_s);
    q.addBindValue(nullable(row.refId));
    q.addBindValue(nullable(row.cipKey));
    q.addBindValue(row.status);
    q.addBindValue(row.controlTypes);
    q.addBindValue(row.updatedUs);
    q.addBindValue(toText(row.body));
    q.addBindValue(toText(row.state));
    q.addBindValue(row.id);
    return q.exec() || fail(u"update identity"_s, q.lastError().text());
}

namespace {

std::optional<IdentityRow> identityWhere(const QSqlDatabase &db, const char *column,
                                         const QString &value)
{
    QSqlQuery q(db);
    q.prepare(u"SELECT "_s + QLatin1StringView(kIdentityColumns) + u" FROM identities WHERE "_s
              + QLatin1StringView(column) + u" = ?"_s);
    q.addBindValue(value);
    if (q.exec() && q.next())
        return identityFrom(q);
    return std::nullopt;
}

} // namespace

std::optional<IdentityRow> Store::identityById(const QString &id)
{
    return identityWhere(m_db, "id", id);
}

std::optional<IdentityRow> Store::identityByRefId(const QString &refId)
{
    return identityWhere(m_db, "ref_id", refId);
}

std::optional<IdentityRow> Store::identityByCipKey(const QString &cipKey)
{
    return identityWhere(m_db, "cip_key", cipKey);
}

QList<IdentityRow> Store::listIdentities(const IdentityQuery &query)
{
    QStringList where;
    QVariantList binds;
    if (!query.status.isEmpty()) {
        where << u"status = ?"_s;
        binds << query.status;
    }
    if (!query.type.isEmpty()) {
        where << u"type = ?"_s;
        binds << query.type;
    }
    if (!query.controlType.isEmpty()) {
        where << u"control_types LIKE ?"_s;
        binds << QString(u"%,"_s + query.controlType + u",%"_s);
    }
    addTimeFilter(u"created_us"_s, query.created, &where, &binds);
    addTimeFilter(u"updated_us"_s, query.updated, &where, &binds);
    if (query.after) {
        where << (query.ascending ? u"(created_us, seq) > (?, ?)"_s
                                  : u"(created_us, seq) < (?, ?)"_s);
        binds << query.after->createdUs << query.after->seq;
    }
    QString sql = u"SELECT "_s + QLatin1StringView(kIdentityColumns) + u" FROM identities"_s;
    if (!where.isEmpty())
        sql += u" WHERE "_s + where.join(u" AND "_s);
    const QString dir = query.ascending ? u"ASC"_s : u"DESC"_s;
    sql += u" ORDER BY created_us "_s + dir + u", seq "_s + dir + u" LIMIT ?"_s;
    binds << query.limit;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant &bind : std::as_const(binds))
        q.addBindValue(bind);
    QList<IdentityRow> rows;
    if (!q.exec()) {
        fail(u"list identities"_s, q.lastError().text());
        return rows;
    }
    while (q.next())
        rows << identityFrom(q);
    return rows;
}

qint64 Store::identityCount()
{
    QSqlQuery q(m_db);
    if (q.exec(u"SELECT COUNT(*) FROM identities"_s) && q.next())
        return q.value(0).toLongLong();
    return 0;
}

bool Store::insertControl(ControlRow &row)
{
    QSqlQuery q(m_db);
    q.prepare(u"INSERT INTO controls (id, identity_id, type, set_by, is_overridable, "
              "reason_code, reason, created_us, deleted_us) VALUES (?,?,?,?,?,?,?,?,?)"_s);
    q.addBindValue(row.id);
    q.addBindValue(row.identityId);
    q.addBindValue(row.type);
    q.addBindValue(row.setBy);
    q.addBindValue(row.overridable ? 1 : 0);
    q.addBindValue(row.reasonCode);
    q.addBindValue(row.reason);
    q.addBindValue(row.createdUs);
    q.addBindValue(nullable(row.deletedUs));
    if (!q.exec())
        return fail(u"insert control"_s, q.lastError().text());
    row.seq = q.lastInsertId().toLongLong();
    return true;
}

bool Store::deleteControl(const QString &id, qint64 deletedUs)
{
    QSqlQuery q(m_db);
    q.prepare(u"UPDATE controls SET deleted_us=? WHERE id=?"_s);
    q.addBindValue(deletedUs);
    q.addBindValue(id);
    return q.exec() || fail(u"delete control"_s, q.lastError().text());
}

std::optional<ControlRow> Store::controlById(const QString &id)
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT "_s + QLatin1StringView(kControlColumns) + u" FROM controls WHERE id=?"_s);
    q.addBindValue(id);
    if (q.exec() && q.next())
        return controlFrom(q);
    return std::nullopt;
}

QList<ControlRow> Store::controlsFor(const QString &identityId, bool includeDeleted, int limit,
                                     qint64 afterSeq)
{
    QString sql = u"SELECT "_s + QLatin1StringView(kControlColumns)
        + u" FROM controls WHERE identity_id=? AND seq > ?"_s;
    if (!includeDeleted)
        sql += u" AND deleted_us IS NULL"_s;
    sql += u" ORDER BY seq LIMIT ?"_s;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(sql);
    q.addBindValue(identityId);
    q.addBindValue(afterSeq);
    q.addBindValue(limit);
    QList<ControlRow> rows;
    if (!q.exec()) {
        fail(u"list controls"_s, q.lastError().text());
        return rows;
    }
    while (q.next())
        rows << controlFrom(q);
    return rows;
}

bool Store::insertDocument(DocumentRow &row)
{
    QSqlQuery q(m_db);
    q.prepare(u"INSERT INTO documents (file_id, identity_id, name, document_types, created_us, "
              "upload_token) VALUES (?,?,?,?,?,?)"_s);
    q.addBindValue(row.fileId);
    q.addBindValue(row.identityId);
    q.addBindValue(row.name);
    q.addBindValue(row.types.join(u','));
    q.addBindValue(row.createdUs);
    q.addBindValue(row.uploadToken);
    if (!q.exec())
        return fail(u"insert document"_s, q.lastError().text());
    row.seq = q.lastInsertId().toLongLong();
    return true;
}

bool Store::markUploaded(const QString &fileId, qint64 size, const QString &contentType,
                         const QByteArray &data)
{
    QSqlQuery q(m_db);
    q.prepare(u"UPDATE documents SET uploaded=1, size=?, content_type=?, data=? WHERE file_id=?"_s);
    q.addBindValue(size);
    q.addBindValue(contentType);
    q.addBindValue(data);
    q.addBindValue(fileId);
    return q.exec() || fail(u"upload document"_s, q.lastError().text());
}

std::optional<DocumentRow> Store::documentByToken(const QString &token)
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT "_s + QLatin1StringView(kDocumentColumns)
              + u" FROM documents WHERE upload_token=?"_s);
    q.addBindValue(token);
    if (q.exec() && q.next())
        return documentFrom(q);
    return std::nullopt;
}

bool Store::documentNameExists(const QString &identityId, const QString &name)
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT 1 FROM documents WHERE identity_id=? AND name=?"_s);
    q.addBindValue(identityId);
    q.addBindValue(name);
    return q.exec() && q.next();
}

QList<DocumentRow> Store::documentsFor(const QString &identityId)
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT "_s + QLatin1StringView(kDocumentColumns)
              + u" FROM documents WHERE identity_id=? ORDER BY seq"_s);
    q.addBindValue(identityId);
    QList<DocumentRow> rows;
    if (q.exec()) {
        while (q.next())
            rows << documentFrom(q);
    }
    return rows;
}

bool Store::insertEvent(EventRow &row)
{
    QSqlQuery q(m_db);
    q.prepare(u"INSERT INTO events (id, type, object_type, object, created_us, is_test, "
              "undelivered) VALUES (?,?,?,?,?,?,?)"_s);
    q.addBindValue(row.id);
    q.addBindValue(row.type);
    q.addBindValue(row.objectType);
    q.addBindValue(toText(row.object));
    q.addBindValue(row.createdUs);
    q.addBindValue(row.isTest ? 1 : 0);
    q.addBindValue(row.undelivered);
    if (!q.exec())
        return fail(u"insert event"_s, q.lastError().text());
    row.seq = q.lastInsertId().toLongLong();
    return true;
}

bool Store::adjustUndelivered(const QString &eventId, int delta)
{
    QSqlQuery q(m_db);
    q.prepare(u"UPDATE events SET undelivered = MAX(0, undelivered + ?) WHERE id=?"_s);
    q.addBindValue(delta);
    q.addBindValue(eventId);
    return q.exec() || fail(u"update event"_s, q.lastError().text());
}

std::optional<EventRow> Store::eventById(const QString &id)
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT "_s + QLatin1StringView(kEventColumns) + u" FROM events WHERE id=?"_s);
    q.addBindValue(id);
    if (q.exec() && q.next())
        return eventFrom(q);
    return std::nullopt;
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
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT "_s + QLatin1StringView(kEventColumns) + u" FROM events WHERE "_s
              + where.join(u" AND "_s) + u" ORDER BY created_us ASC, seq ASC LIMIT ?"_s);
    for (const QVariant &bind : std::as_const(binds))
        q.addBindValue(bind);
    q.addBindValue(query.limit);
    QList<EventRow> rows;
    if (!q.exec()) {
        fail(u"list events"_s, q.lastError().text());
        return rows;
    }
    while (q.next())
        rows << eventFrom(q);
    return rows;
}

bool Store::insertAccount(AccountRow &row)
{
    QSqlQuery q(m_db);
    q.prepare(u"INSERT INTO accounts (id, identity_id, ref_id, created_us, updated_us, body) "
              "VALUES (?,?,?,?,?,?)"_s);
    q.addBindValue(row.id);
    q.addBindValue(row.identityId);
    q.addBindValue(nullable(row.refId));
    q.addBindValue(row.createdUs);
    q.addBindValue(row.updatedUs);
    q.addBindValue(toText(row.body));
    if (!q.exec())
        return fail(u"insert account"_s, q.lastError().text());
    row.seq = q.lastInsertId().toLongLong();
    return true;
}

bool Store::updateAccount(const AccountRow &row)
{
    QSqlQuery q(m_db);
    q.prepare(u"UPDATE accounts SET ref_id=?, updated_us=?, body=? WHERE id=?"_s);
    q.addBindValue(nullable(row.refId));
    q.addBindValue(row.updatedUs);
    q.addBindValue(toText(row.body));
    q.addBindValue(row.id);
    return q.exec() || fail(u"update account"_s, q.lastError().text());
}

std::optional<AccountRow> Store::accountById(const QString &id)
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT "_s + QLatin1StringView(kAccountColumns) + u" FROM accounts WHERE id=?"_s);
    q.addBindValue(id);
    if (q.exec() && q.next())
        return accountFrom(q);
    return std::nullopt;
}

std::optional<AccountRow> Store::accountByRefId(const QString &refId)
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT "_s + QLatin1StringView(kAccountColumns)
              + u" FROM accounts WHERE ref_id=?"_s);
    q.addBindValue(refId);
    if (q.exec() && q.next())
        return accountFrom(q);
    return std::nullopt;
}

std::optional<AccountRow> Store::accountByMemberId(const QString &memberId)
{
    // Members live inside the account's JSON; ids are UUIDs, so a text match is exact enough
    // to find candidates, and the caller checks the member list itself.
    QSqlQuery q(m_db);
    q.prepare(u"SELECT "_s + QLatin1StringView(kAccountColumns)
              + u" FROM accounts WHERE instr(body, ?) > 0"_s);
    q.addBindValue(QString(u'"' + memberId + u'"'));
    if (!q.exec())
        return std::nullopt;
    while (q.next()) {
        AccountRow row = accountFrom(q);
        for (const QJsonValue &member : row.body.value(u"members"_s).toArray()) {
            if (member.toObject().value(u"id"_s).toString() == memberId)
                return row;
        }
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
    if (query.after) {
        where << (query.ascending ? u"(created_us, seq) > (?, ?)"_s
                                  : u"(created_us, seq) < (?, ?)"_s);
        binds << query.after->createdUs << query.after->seq;
    }
    QString sql = u"SELECT "_s + QLatin1StringView(kAccountColumns) + u" FROM accounts"_s;
    if (!where.isEmpty())
        sql += u" WHERE "_s + where.join(u" AND "_s);
    const QString dir = query.ascending ? u"ASC"_s : u"DESC"_s;
    sql += u" ORDER BY created_us "_s + dir + u", seq "_s + dir + u" LIMIT ?"_s;
    binds << query.limit;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant &bind : std::as_const(binds))
        q.addBindValue(bind);
    QList<AccountRow> rows;
    if (q.exec()) {
        while (q.next())
            rows << accountFrom(q);
    }
    return rows;
}

bool Store::insertToken(const QString &token, const TokenRow &row)
{
    QSqlQuery q(m_db);
    // Expired tokens are useless; drop them so the table does not grow without bound.
    q.prepare(u"DELETE FROM tokens WHERE expires_us < ?"_s);
    q.addBindValue(row.expiresUs - 30LL * 24 * 3600 * 1000000);
    q.exec();
    q.prepare(u"INSERT INTO tokens (digest, client_id, scopes, expires_us) VALUES (?,?,?,?)"_s);
    q.addBindValue(tokenDigest(token));
    q.addBindValue(row.clientId);
    q.addBindValue(row.scopes.join(u' '));
    q.addBindValue(row.expiresUs);
    return q.exec() || fail(u"insert token"_s, q.lastError().text());
}

std::optional<TokenRow> Store::token(const QString &token)
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT client_id, scopes, expires_us FROM tokens WHERE digest=?"_s);
    q.addBindValue(tokenDigest(token));
    if (!q.exec() || !q.next())
        return std::nullopt;
    TokenRow row;
    row.clientId = q.value(0).toString();
    row.scopes = q.value(1).toString().split(u' ', Qt::SkipEmptyParts);
    row.expiresUs = q.value(2).toLongLong();
    return row;
}

bool Store::revokeAllTokens()
{
    QSqlQuery q(m_db);
    return q.exec(u"DELETE FROM tokens"_s) || fail(u"revoke tokens"_s, q.lastError().text());
}

} // namespace sandbox
