// leak_sweep: runs after every other test (a CTest fixture cleanup) over what the tests left
// in their HOME folders — the console's stores, settings files, paxosctl's files — and fails
// when any holds a secret, a bearer token or an unmasked cip_id outside the identity records.
//
//   cc_leak_sweep ROOT... [--secret VALUE]...
//
// What counts as a leak:
//   - a known secret given to the console or paxosctl by the tests (--secret), anywhere;
//   - "Bearer <token>" or "access_token":"<token>" with a real token, anywhere;
//   - "client_secret=<value>" or a "client_secret"/"password" JSON key with a value that is
//     not a placeholder, anywhere;
//   - a social-security-shaped number (123-45-6789) outside identity_snapshots and drafts,
//     the two tables allowed to hold identity records (drafts are sealed anyway).
// The OS keyring files are skipped: that is where secrets are meant to be.
#include <QCoreApplication>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace {

struct Rule
{
    QString name;
    QRegularExpression pattern;
    bool piiOnly = false; // allowed inside the identity records
};

QList<Rule> rules(const QStringList &secrets)
{
    QList<Rule> r{
        {u"bearer token"_s,
         QRegularExpression(u"Bearer\\s+(?!\\{)[A-Za-z0-9\\-._~+/]{16,}=*"_s,
                            QRegularExpression::CaseInsensitiveOption)},
        {u"access token"_s, QRegularExpression(u"\"access_token\"\\s*:\\s*\"(?!\\{)[^\"]{8,}\""_s)},
        {u"client secret in a form"_s,
         QRegularExpression(u"client_secret=(?!\\{|%7B|\\*|&|$)[^&\\s\"]+"_s)},
        {u"secret in JSON"_s,
         QRegularExpression(
             u"\"(client_secret|password|secret)\"\\s*:\\s*\"(?!\\{|\\*|•|\\[redacted\\]|\")[^\"]+\""_s)},
        {u"unmasked cip_id"_s, QRegularExpression(u"(?<![\\d•*])\\d{3}-\\d{2}-\\d{4}(?!\\d)"_s),
         true},
    };
    for (const QString &s : secrets)
        r.append({u"known secret"_s, QRegularExpression(QRegularExpression::escape(s)), false});
    return r;
}

const QStringList kIdentityRecordTables{u"identity_snapshots"_s, u"drafts"_s};

int g_findings = 0;

void report(const QString &where, const Rule &rule, const QString &text, qsizetype at)
{
    ++g_findings;
    // Show where, and only the shape of what was found: the sweep must not leak it either.
    QString excerpt = text.mid(qMax<qsizetype>(0, at - 20), 40);
    excerpt.replace(QRegularExpression(u"[A-Za-z0-9]"_s), u"x"_s);
    excerpt = excerpt.simplified();
    QTextStream(stderr) << "LEAK " << rule.name << " in " << where << " near \"" << excerpt
                        << "\"\n";
}

void scanText(const QString &where, const QString &text, const QList<Rule> &all, bool piiAllowed)
{
    for (const Rule &rule : all) {
        if (rule.piiOnly && piiAllowed)
            continue;
        const auto m = rule.pattern.match(text);
        if (m.hasMatch())
            report(where, rule, text, m.capturedStart());
    }
}

bool isSqlite(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) && f.read(16) == QByteArray("SQLite format 3\0", 16);
}

void scanSqlite(const QString &path, const QList<Rule> &all)
{
    const QString name = u"sweep-"_s + path;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        if (!db.open()) {
            QTextStream(stderr) << "cannot read " << path << "\n";
            ++g_findings;
        } else {
            for (const QString &table : db.tables()) {
                QSqlQuery q(db);
                q.setForwardOnly(true);
                if (!q.exec(u"SELECT * FROM \"%1\""_s.arg(table)))
                    continue;
                const bool piiAllowed = kIdentityRecordTables.contains(table);
                qint64 row = 0;
                while (q.next()) {
                    ++row;
                    const QSqlRecord rec = q.record();
                    for (int c = 0; c < rec.count(); ++c) {
                        const QVariant v = q.value(c);
                        const QString text = v.typeId() == QMetaType::QByteArray
                            ? QString::fromUtf8(v.toByteArray())
                            : v.toString();
                        if (!text.isEmpty())
                            scanText(u"%1 table %2 row %3 column %4"_s.arg(path, table)
                                         .arg(row)
                                         .arg(rec.fieldName(c)),
                                     text, all, piiAllowed);
                    }
                }
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

void scanFile(const QString &path, const QList<Rule> &all)
{
    QFile f(path);
    if (f.size() > 64 * 1024 * 1024 || !f.open(QIODevice::ReadOnly))
        return;
    scanText(path, QString::fromUtf8(f.readAll()), all, false);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList roots;
    QStringList secrets;
    const QStringList args = app.arguments().mid(1);
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (args[i] == "--secret"_L1 && i + 1 < args.size())
            secrets << args[++i];
        else
            roots << args[i];
    }
    if (roots.isEmpty()) {
        QTextStream(stderr) << "usage: cc_leak_sweep ROOT... [--secret VALUE]...\n";
        return 2;
    }
    const QList<Rule> all = rules(secrets);
    int files = 0;
    int stores = 0;
    for (const QString &root : roots) {
        QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            // The OS keyring is where secrets belong, and the local Paxos Sandbox's own state is
            // the server's side, not the console's; a SQLite WAL/SHM is read through its db.
            if (path.contains(u"/keyrings/"_s) || path.contains(u"/sandbox/"_s)
                || path.endsWith(u"-wal"_s) || path.endsWith(u"-shm"_s))
                continue;
            ++files;
            if (isSqlite(path)) {
                ++stores;
                scanSqlite(path, all);
            } else {
                scanFile(path, all);
            }
        }
    }
    QTextStream(stdout) << "leak sweep: " << files << " files (" << stores << " SQLite stores), "
                        << g_findings << " findings\n";
    return g_findings == 0 ? 0 : 1;
}
