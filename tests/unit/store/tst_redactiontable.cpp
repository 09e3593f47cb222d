#include "core/record/redaction.h"
#include "paxos/net/redaction.h"
#include "paxos/net/requestlog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace {

// Every entry of the one table (paxos/net/redaction.h), exact names and one key per suffix
// rule, in the spellings they arrive in (header names with '-', mixed case).
const QStringList &secretKeys()
{
    static const QStringList keys = {
        u"access_token"_s,
        u"refresh_token"_s,
        u"id_token"_s,
        u"client_secret"_s,
        u"token"_s,
        u"bearer"_s,
        u"secret"_s,
        u"password"_s,
        u"passwd"_s,
        u"authorization"_s,
        u"Proxy-Authorization"_s,
        u"Cookie"_s,
        u"Set-Cookie"_s,
        u"signature"_s,
        u"sig"_s,
        u"Paxos-Signature"_s,
        u"credential"_s,
        u"credentials"_s,
        u"key"_s,
        u"apikey"_s,
        u"session_key"_s,
        u"secret_access_key"_s,
        u"upload_token"_s,
        u"X-Amz-Security-Token"_s,
        u"webhook_secret"_s,
        u"db_password"_s,
        u"X-Amz-Signature"_s,
        u"X-Amz-Credential"_s,
        u"aws_credentials"_s,
        u"X-Api-Key"_s,
        u"api_key"_s,
        u"webhook_key"_s,
        u"private_key"_s,
        u"secret_key"_s,
        u"signing_key"_s,
        u"Client_Secret"_s,
    };
    return keys;
}

const QStringList &piiKeys()
{
    static const QStringList keys = {u"cip_id"_s, u"govt_id"_s, u"tax_payer_id"_s,
                                     u"date_of_birth"_s, u"CIP_ID"_s};
    return keys;
}

// A value that cannot occur by chance. For PII, the part a mask must hide: the masks keep the
// last four letters or digits of an id and the separators of a date, so the planted value
// is the hidden part plus what may stay.
struct Plant
{
    QString key;
    QString value; // what is planted
    QString hidden; // what must never appear
};

QList<Plant> plants()
{
    QList<Plant> out;
    int n = 0;
    for (const QString &key : secretKeys()) {
        const QString v = u"PLANTEDSECRET%1x"_s.arg(++n);
        out.append({key, v, v});
    }
    for (const QString &key : piiKeys()) {
        ++n;
        if (key.compare(u"date_of_birth"_s, Qt::CaseInsensitive) == 0) {
            const QString v = u"19%1-07-2%2"_s.arg(10 + n).arg(n % 10);
            out.append({key, v, v});
        } else {
            const QString hidden = u"HIDDEN%1"_s.arg(n);
            out.append({key, hidden + u"-1234"_s, hidden});
        }
    }
    return out;
}

QByteArray compact(const QJsonValue &v)
{
    return v.isArray() ? QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact)
                       : QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact);
}

// The JSON positions: top level, nested, in an array, a top-level array, a number value,
// an escaped key, and an object or array held by the key itself.
QList<QPair<QString, QByteArray>> jsonBodies(const Plant &p)
{
    const QJsonObject flat{{p.key, p.value}, {u"note"_s, u"ok"_s}};
    QList<QPair<QString, QByteArray>> out = {
        {u"top level"_s, compact(flat)},
        {u"top level, spaced"_s, QJsonDocument(flat).toJson(QJsonDocument::Indented)},
        {u"nested"_s, compact(QJsonObject{{u"outer"_s, QJsonObject{{u"inner"_s, flat}}}})},
        {u"in an array"_s, compact(QJsonObject{{u"list"_s, QJsonArray{1, flat}}})},
        {u"top-level array"_s, compact(QJsonArray{flat})},
        {u"object value"_s, compact(QJsonObject{{p.key, QJsonObject{{u"v"_s, p.value}}}})},
        {u"array value"_s, compact(QJsonObject{{p.key, QJsonArray{p.value}}})},
    };
    // Escaped key: the same key written with \u escapes for every '_'.
    QString escaped = p.key;
    escaped.replace(u'_', u"\\u005f"_s);
    out.append({u"escaped key"_s, (u"{\"%1\": \"%2\"}"_s.arg(escaped, p.value)).toUtf8()});
    return out;
}

} // namespace

// One secret and PII key table: every key planted in every position comes out of every
// output — the request log (entries and cURL), the store's redaction (audit details, ledger
// URLs, processed events, evidence packs and the exports built on them) — without its value.
class TestRedactionTable : public QObject
{
    Q_OBJECT
private:
    static void verifyAbsent(const QString &where, const QString &output, const Plant &p)
    {
        if (output.contains(p.hidden, Qt::CaseInsensitive)
            || output.contains(QString::fromLatin1(QUrl::toPercentEncoding(p.hidden)),
                               Qt::CaseInsensitive)) {
            QFAIL(qPrintable(u"%1 leaks %2 (key %3):\n%4"_s.arg(where, p.hidden, p.key, output)));
        }
    }

    static QString render(const paxos::RequestLogEntry &e)
    {
        QString out = e.url.toString() + u'\n' + QString::fromUtf8(e.requestBody) + u'\n'
            + QString::fromUtf8(e.responseBody) + u'\n' + e.error + u'\n';
        for (const auto &[name, value] : e.requestHeaders + e.responseHeaders)
            out += QString::fromUtf8(name + ": " + value) + u'\n';
        return out;
    }

private slots:
    void everyKeyIsInTheTable()
    {
        for (const QString &key : secretKeys())
            QVERIFY2(paxos::redact::isSecretKey(key) && console::redaction::isSecretKey(key),
                     qPrintable(key));
        for (const QString &key : piiKeys())
            QVERIFY2(paxos::redact::isPiiKey(key) && console::redaction::isPiiKey(key),
                     qPrintable(key));
        for (const QString &key : {u"client_id"_s, u"token_type"_s, u"token_url"_s, u"ref_id"_s,
                                   u"id"_s, u"public_key"_s, u"status"_s})
            QVERIFY2(!paxos::redact::isSecretKey(key) && !paxos::redact::isPiiKey(key),
                     qPrintable(key));
    }

    void requestLogKeepsNoPlantedValue()
    {
        paxos::RequestLog log(10000);
        for (const Plant &p : plants()) {
            const auto bodies = jsonBodies(p);
            for (const auto &[position, body] : bodies) {
                paxos::RequestLogEntry e;
                e.operation = u"Test"_s;
                e.method = "POST";
                e.url = QUrl(u"https://api.example.test/v2/x"_s);
                e.requestContentType = "application/json";
                e.requestHeaders = {{"Content-Type", "application/json"}};
                e.requestBody = body;
                e.responseHeaders = {{"Content-Type", "application/json"}};
                e.responseBody = body;
                const auto stored = log.entry(log.append(e));
                QVERIFY(stored);
                verifyAbsent(u"request log, JSON "_s + position, render(*stored), p);
                verifyAbsent(u"cURL, JSON "_s + position, paxos::toCurl(*stored), p);
            }

            // Query string, user info, form body, headers.
            QUrl url(u"https://user:%1@api.example.test/v2/x"_s.arg(p.value));
            QUrlQuery query;
            query.addQueryItem(u"a"_s, u"1"_s);
            query.addQueryItem(p.key, p.value);
            url.setQuery(query);
            paxos::RequestLogEntry e;
            e.operation = u"Token"_s;
            e.method = "POST";
            e.url = url;
            e.requestContentType = "application/x-www-form-urlencoded";
            e.requestBody = "grant_type=client_credentials&" + QUrl::toPercentEncoding(p.key) + '='
                + QUrl::toPercentEncoding(p.value);
            e.requestHeaders = {{"Content-Type", "application/x-www-form-urlencoded"},
                                {p.key.toUtf8(), p.value.toUtf8()}};
            e.responseHeaders = {{p.key.toUtf8(), p.value.toUtf8()}};
            const auto stored = log.entry(log.append(e));
            QVERIFY(stored);
            verifyAbsent(u"request log, URL/form/headers"_s, render(*stored), p);
            verifyAbsent(u"cURL, URL/form/headers"_s, paxos::toCurl(*stored), p);
            verifyAbsent(u"redact::url"_s, paxos::redact::url(url).toString(), p);
        }
    }

    void storeKeepsNoPlantedValue()
    {
        for (const Plant &p : plants()) {
            const auto bodies = jsonBodies(p);
            for (const auto &[position, body] : bodies) {
                const QJsonDocument doc = QJsonDocument::fromJson(body);
                if (doc.isNull())
                    continue; // the escaped-key body is text-only; see the request log
                const QJsonValue root =
                    doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
                verifyAbsent(u"store redactValue, "_s + position,
                             QString::fromUtf8(compact(console::redaction::redactValue(root))), p);
                if (doc.isObject()) {
                    verifyAbsent(
                        u"store redactObject, "_s + position,
                        QString::fromUtf8(compact(console::redaction::redactObject(doc.object()))),
                        p);
                }
            }
            QUrl url(u"https://user:%1@api.example.test/v2/x"_s.arg(p.value));
            QUrlQuery query;
            query.addQueryItem(p.key, p.value);
            url.setQuery(query);
            verifyAbsent(u"store redactUrl"_s, console::redaction::redactUrl(url), p);
        }
    }
};

QTEST_GUILESS_MAIN(TestRedactionTable)
#include "tst_redactiontable.moc"
