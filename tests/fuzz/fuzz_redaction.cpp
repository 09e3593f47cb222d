// The redaction rules: paxos::redact (request log: headers, JSON and form bodies, URLs) and
// console::redaction (store, ledger, exports). The fuzz input gives the shape (a JSON
// document, form fields, query items, headers); the harness plants a known secret under
// every key the rules call secret and a known cip_id under every PII key, and the invariant
// is that neither survives in any output. The first byte picks the mode.
#include "core/record/redaction.h"
#include "fuzzsupport.h"
#include "paxos/net/redaction.h"

#include <QJsonArray>
#include <QUrl>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace {

// Letters and digits only, so no encoding (JSON, percent, form) changes its spelling.
constexpr char kSecret[] = "Zq7PlantedSecretK4x";
constexpr char kCipId[] = "073-05-1120";

// Keys both rule sets treat as secret / as PII.
const QStringList &secretKeys()
{
    static const QStringList keys{u"access_token"_s,  u"refresh_token"_s, u"id_token"_s,
                                  u"client_secret"_s, u"password"_s,      u"secret"_s,
                                  u"api_key"_s};
    return keys;
}
const QStringList &piiKeys()
{
    static const QStringList keys{u"cip_id"_s, u"govt_id"_s, u"tax_payer_id"_s};
    return keys;
}

// The input must not spell the planted values itself, or "survives" would be meaningless.
QByteArray scrub(QByteArray in)
{
    for (const char *planted : {kSecret, kCipId}) {
        while (in.contains(planted))
            in.replace(planted, "");
    }
    return in;
}

bool leaks(const QByteArray &out)
{
    return out.contains(kSecret) || out.contains(kCipId);
}
bool leaks(const QString &out)
{
    return leaks(out.toUtf8());
}

int g_planted = 0; // bounds the work per input

QJsonValue plant(const QJsonValue &value, int depth);

QJsonObject plantObject(QJsonObject obj, int depth)
{
    for (auto it = obj.begin(); it != obj.end(); ++it)
        it.value() = plant(it.value(), depth + 1);
    if (g_planted++ < 64) {
        for (const QString &key : secretKeys())
            obj.insert(key, QString::fromLatin1(kSecret));
        for (const QString &key : piiKeys())
            obj.insert(key, QString::fromLatin1(kCipId));
    }
    return obj;
}

QJsonValue plant(const QJsonValue &value, int depth)
{
    if (depth > 16)
        return value;
    if (value.isObject())
        return plantObject(value.toObject(), depth);
    if (value.isArray()) {
        QJsonArray out;
        for (const QJsonValue &item : value.toArray())
            out.append(plant(item, depth + 1));
        return out;
    }
    return value;
}

void jsonMode(const QByteArray &input)
{
    const auto obj = fuzz::jsonObject(input);
    if (!obj)
        return;
    g_planted = 0;
    const QJsonObject planted = plantObject(*obj, 0);
    for (const auto format : {QJsonDocument::Compact, QJsonDocument::Indented}) {
        const QByteArray text = QJsonDocument(planted).toJson(format);
        FUZZ_CHECK(!leaks(paxos::redact::jsonBody(text)));
        FUZZ_CHECK(!leaks(paxos::redact::body(text, "application/json")));
    }
    const QJsonObject stored = console::redaction::redactObject(planted);
    FUZZ_CHECK(!leaks(QJsonDocument(stored).toJson(QJsonDocument::Compact)));
    FUZZ_CHECK(!leaks(
        QJsonDocument(console::redaction::maskIdentity(planted)).toJson(QJsonDocument::Compact)));
}

// The raw bytes as a body of any shape (not JSON, broken UTF-8, stray escapes): the
// sanitizers watch. There is no leak oracle here, since in arbitrary text it is not defined
// which bytes are a key.
void rawMode(const QByteArray &input)
{
    (void)paxos::redact::jsonBody(input);
    (void)paxos::redact::formBody(input);
    (void)paxos::redact::body(input, "text/html");
    (void)paxos::redact::body(input, "application/octet-stream");
    (void)paxos::redact::maskIdentifier(QString::fromUtf8(input));
    (void)paxos::redact::maskDate(QString::fromUtf8(input));
}

// Form fields from the input (split at '&'), plus the planted credentials.
void formMode(const QByteArray &input)
{
    QByteArray body = input;
    for (const QString &key : secretKeys())
        body += '&' + key.toLatin1() + '=' + kSecret;
    body += "&grant_type=client_credentials&client_secret=" + QByteArray(kSecret) + '&';
    FUZZ_CHECK(!leaks(paxos::redact::formBody(body)));
    FUZZ_CHECK(!leaks(paxos::redact::body(body, "application/x-www-form-urlencoded")));
}

// A URL whose path and query come from the input, with credentials and a cip_id planted
// in the query (a pre-signed upload URL, a list filter).
void urlMode(const QByteArray &input)
{
    QUrl url(u"https://api.sandbox.paxos.com/"_s + QString::fromUtf8(input), QUrl::TolerantMode);
    if (!url.isValid())
        return;
    QUrlQuery query(url);
    for (const char *key : {"X-Amz-Signature", "X-Amz-Credential", "X-Amz-Security-Token",
                            "access_token", "client_secret", "key"})
        query.addQueryItem(QString::fromLatin1(key), QString::fromLatin1(kSecret));
    query.addQueryItem(u"cip_id"_s, QString::fromLatin1(kCipId));
    url.setQuery(query);
    if (!url.isValid())
        return;
    const QUrl logged = paxos::redact::url(url);
    FUZZ_CHECK(!leaks(logged.toString(QUrl::FullyEncoded)));
    FUZZ_CHECK(!leaks(logged.toString(QUrl::FullyDecoded)));
    const QString stored = console::redaction::redactUrl(url);
    FUZZ_CHECK(!leaks(stored));
    FUZZ_CHECK(!leaks(QUrl::fromPercentEncoding(stored.toUtf8())));
}

// Header names and values from the input (one per line, "name: value"), plus an
// Authorization and a Cookie carrying the secret.
void headerMode(const QByteArray &input)
{
    paxos::redact::HeaderList headers;
    for (const QByteArray &line : input.split('\n')) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            headers.append({line.left(colon), line.mid(colon + 1).trimmed()});
        if (headers.size() > 64)
            break;
    }
    headers.append({"Authorization", "Bearer " + QByteArray(kSecret)});
    headers.append({"authorization", "Basic " + QByteArray(kSecret)});
    headers.append({"Cookie", "session=" + QByteArray(kSecret)});
    const auto out = paxos::redact::headers(headers);
    FUZZ_CHECK(out.size() == headers.size());
    for (qsizetype i = headers.size() - 3; i < out.size(); ++i)
        FUZZ_CHECK(!leaks(out.at(i).second));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size < 1 || size > fuzz::kMaxInput)
        return 0;
    const QByteArray input = scrub(fuzz::bytes(data + 1, size - 1));
    switch (data[0] % 5) {
    case 0:
        jsonMode(input);
        break;
    case 1:
        rawMode(input);
        break;
    case 2:
        formMode(input);
        break;
    case 3:
        urlMode(input);
        break;
    default:
        headerMode(input);
        break;
    }
    return 0;
}
