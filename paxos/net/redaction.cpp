#include "paxos/net/redaction.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace paxos::redact {

QString maskIdentifier(QStringView value)
{
    // '*' counts as a character already masked, so masking twice changes nothing.
    const auto significant = [](QChar c) { return c.isLetterOrNumber() || c == u'*'; };
    qsizetype alnum = 0;
    for (QChar c : value)
        alnum += significant(c) ? 1 : 0;
    const qsizetype keep = alnum > 4 ? 4 : 0;
    QString out;
    out.reserve(value.size());
    qsizetype seen = 0;
    for (QChar c : value) {
        if (significant(c)) {
            ++seen;
            out += seen > alnum - keep ? c : u'*';
        } else {
            out += c;
        }
    }
    return out;
}

QString maskDate(QStringView value)
{
    QString out;
    out.reserve(value.size());
    for (QChar c : value)
        out += c.isDigit() ? u'*' : c;
    return out;
}

KeyKind classifyKey(QStringView key)
{
    QString k = key.toString().toLower();
    k.replace(u'-', u'_');
    if (k == u"access_token" || k == u"refresh_token" || k == u"id_token")
        return KeyKind::AccessToken;
    if (k == u"client_secret")
        return KeyKind::ClientSecret;
    if (k == u"cip_id" || k == u"govt_id" || k == u"tax_payer_id")
        return KeyKind::GovernmentId;
    if (k == u"date_of_birth")
        return KeyKind::DateOfBirth;
    static const QLatin1StringView exact[] = {
        "token"_L1,
        "bearer"_L1,
        "secret"_L1,
        "password"_L1,
        "passwd"_L1,
        "authorization"_L1,
        "proxy_authorization"_L1,
        "cookie"_L1,
        "set_cookie"_L1,
        "signature"_L1,
        "sig"_L1,
        "paxos_signature"_L1,
        "credential"_L1,
        "credentials"_L1,
        "key"_L1,
        "apikey"_L1,
        "session_key"_L1,
        "secret_access_key"_L1,
    };
    for (const auto &candidate : exact) {
        if (k == candidate)
            return KeyKind::Secret;
    }
    static const QLatin1StringView suffixes[] = {
        "_token"_L1,      "_secret"_L1,      "_password"_L1,   "_signature"_L1,
        "_credential"_L1, "_credentials"_L1, "api_key"_L1,     "webhook_key"_L1,
        "private_key"_L1, "secret_key"_L1,   "signing_key"_L1,
    };
    for (const auto &suffix : suffixes) {
        if (k.endsWith(suffix))
            return KeyKind::Secret;
    }
    return KeyKind::Ordinary;
}

QString redactedValue(KeyKind kind, const QString &value, Placeholders placeholders)
{
    if (placeholders == Placeholders::Uniform && isSecretKind(kind))
        return QString::fromLatin1(kRedacted);
    switch (kind) {
    case KeyKind::Ordinary:
        return value;
    case KeyKind::AccessToken:
        return QString::fromLatin1(kAccessToken);
    case KeyKind::ClientSecret:
        return QString::fromLatin1(kClientSecret);
    case KeyKind::Secret:
        return QString::fromLatin1(kRedacted);
    case KeyKind::GovernmentId:
        return maskIdentifier(value);
    case KeyKind::DateOfBirth:
        return maskDate(value);
    }
    return QString::fromLatin1(kRedacted);
}

namespace {

QJsonValue redactMember(KeyKind kind, const QJsonValue &value, Placeholders placeholders)
{
    if (kind == KeyKind::Ordinary)
        return jsonValue(value, placeholders);
    if (value.isNull() || value.isUndefined())
        return value;
    if (value.isString())
        return redactedValue(kind, value.toString(), placeholders);
    return QString::fromLatin1(kRedacted);
}

// True when a secret or PII key somewhere holds an object or array: the text rules in
// jsonBody() only replace scalars, so such a body is redacted structurally instead.
bool hasCompositeSecret(const QJsonValue &value)
{
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        return std::any_of(array.begin(), array.end(),
                           [](const QJsonValue &v) { return hasCompositeSecret(v); });
    }
    if (!value.isObject())
        return false;
    const QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (classifyKey(it.key()) != KeyKind::Ordinary
            && (it.value().isObject() || it.value().isArray()))
            return true;
        if (hasCompositeSecret(it.value()))
            return true;
    }
    return false;
}

// A JSON key as written (it may use escapes such as \u005f), decoded.
QString unescapeJsonKey(const QString &raw)
{
    if (!raw.contains(u'\\'))
        return raw;
    const QJsonDocument doc = QJsonDocument::fromJson(u"[\"%1\"]"_s.arg(raw).toUtf8());
    return doc.isArray() ? doc.array().at(0).toString() : raw;
}

} // namespace

QJsonValue jsonValue(const QJsonValue &value, Placeholders placeholders)
{
    if (value.isArray()) {
        QJsonArray out;
        const QJsonArray in = value.toArray();
        for (const QJsonValue &item : in)
            out.append(jsonValue(item, placeholders));
        return out;
    }
    if (value.isObject()) {
        QJsonObject out;
        const QJsonObject in = value.toObject();
        for (auto it = in.begin(); it != in.end(); ++it)
            out.insert(it.key(), redactMember(classifyKey(it.key()), it.value(), placeholders));
        return out;
    }
    return value;
}

HeaderList headers(const HeaderList &in)
{
    HeaderList out;
    out.reserve(in.size());
    for (const auto &[name, value] : in) {
        const QByteArray lower = name.toLower();
        if (lower == "authorization" || lower == "proxy-authorization") {
            if (value.startsWith("Bearer ") || value.startsWith("bearer "))
                out.append({name, "Bearer " + QByteArray(kAccessToken)});
            else
                out.append({name, kRedacted});
        } else if (const KeyKind kind = classifyKey(QString::fromLatin1(name));
                   kind != KeyKind::Ordinary) {
            out.append({name, redactedValue(kind, QString::fromUtf8(value)).toUtf8()});
        } else {
            out.append({name, value});
        }
    }
    return out;
}

QByteArray jsonBody(const QByteArray &body)
{
    // The body is scanned token by token rather than searched for `"key": value` anywhere: a
    // search can start a match inside a string value (an array item `":"`), swallow the
    // opening quote of the real key and never see the secret after it. The scanner always
    // knows where each string begins and ends, so every key is seen as a key. The text is
    // kept as it was sent (key order, spacing) so the cURL rendering stays faithful.
    const QString text = QString::fromUtf8(body);
    const qsizetype n = text.size();
    // Index after the closing quote of the string opening at `start`; n when unterminated.
    auto stringEnd = [&](qsizetype start) {
        for (qsizetype j = start + 1; j < n; ++j) {
            if (text.at(j) == u'\\')
                ++j;
            else if (text.at(j) == u'"')
                return j + 1;
        }
        return n;
    };
    auto skipSpace = [&](qsizetype j) {
        while (j < n && text.at(j).isSpace())
            ++j;
        return j;
    };
    auto isNumberChar = [](QChar ch) {
        return ch.isDigit() || ch == u'.' || ch == u'e' || ch == u'E' || ch == u'+' || ch == u'-';
    };

    QString out;
    out.reserve(text.size());
    qsizetype last = 0;
    qsizetype i = 0;
    constexpr qsizetype kMaxCachedKeys = 512;
    QHash<QString, KeyKind> kinds;
    // Whether a secret or PII key holds an object or array somewhere: only then is the
    // structural pass below needed (it parses the whole body again).
    bool compositeSecret = false;
    while (i < n) {
        if (text.at(i) != u'"') {
            ++i;
            continue;
        }
        const qsizetype keyEnd = stringEnd(i);
        qsizetype j = skipSpace(keyEnd);
        if (keyEnd >= n || j >= n || text.at(j) != u':') {
            i = keyEnd; // a string value (or the unterminated end), not a key
            continue;
        }
        // A list page repeats the same few dozen keys a thousand times: each is classified
        // once (the cache is bounded: a body of distinct keys classifies the rest directly).
        const QString key = unescapeJsonKey(text.mid(i + 1, keyEnd - i - 2));
        KeyKind kind;
        if (const auto known = kinds.constFind(key); known != kinds.cend()) {
            kind = *known;
        } else {
            kind = classifyKey(key);
            if (kinds.size() < kMaxCachedKeys)
                kinds.insert(key, kind);
        }
        j = skipSpace(j + 1);
        i = j; // the value is scanned next, whatever it is
        if (kind == KeyKind::Ordinary || j >= n)
            continue;
        qsizetype to = j;
        QString raw;
        if (text.at(j) == u'"') {
            to = stringEnd(j);
            // An unterminated secret string is redacted to the end of the text.
            raw = text.mid(j + 1, (to < n || text.endsWith(u'"') ? to - 1 : to) - j - 1);
        } else if (text.at(j) == u'-' || text.at(j).isDigit()) {
            while (to < n && isNumberChar(text.at(to)))
                ++to;
            raw = text.mid(j, to - j);
        } else {
            // An object or array under a secret key: the structural pass below.
            compositeSecret = compositeSecret || text.at(j) == u'{' || text.at(j) == u'[';
            continue;
        }
        // A string is replaced inside its quotes; a number becomes a quoted string.
        out += QStringView(text).mid(last, j - last);
        QString replacement = redactedValue(kind, raw);
        out += u'"' + replacement.replace(u'\\', u"\\\\"_s).replace(u'"', u"\\\""_s) + u'"';
        last = to;
        i = to;
    }
    out += QStringView(text).mid(last);
    QByteArray result = out.toUtf8();
    // The scanner saw every key (it knows where each string begins and ends): without a
    // composite value under a secret key, the structural pass would change nothing.
    if (!compositeSecret)
        return result;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(result, &error);
    if (error.error == QJsonParseError::NoError && !doc.isNull()) {
        const QJsonValue root = doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
        if (hasCompositeSecret(root)) {
            const QJsonValue clean = jsonValue(root);
            const auto format =
                body.contains('\n') ? QJsonDocument::Indented : QJsonDocument::Compact;
            result = clean.isArray() ? QJsonDocument(clean.toArray()).toJson(format)
                                     : QJsonDocument(clean.toObject()).toJson(format);
        }
    }
    return result;
}

QByteArray formBody(const QByteArray &body)
{
    QList<QByteArray> parts = body.split('&');
    for (QByteArray &part : parts) {
        const qsizetype eq = part.indexOf('=');
        if (eq < 0)
            continue;
        const QString key = QUrl::fromPercentEncoding(QByteArray(part.left(eq)).replace('+', ' '));
        const QString value =
            QUrl::fromPercentEncoding(QByteArray(part.mid(eq + 1)).replace('+', ' '));
        if (const KeyKind kind = classifyKey(key); kind != KeyKind::Ordinary)
            part = part.left(eq + 1) + QUrl::toPercentEncoding(redactedValue(kind, value), "{}");
    }
    return parts.join('&');
}

QByteArray body(const QByteArray &data, const QByteArray &contentType)
{
    if (data.isEmpty())
        return data;
    const QByteArray type = contentType.toLower();
    if (type.startsWith("application/x-www-form-urlencoded"))
        return formBody(data);
    if (type.isEmpty() || type.contains("json") || type.startsWith("text/"))
        return jsonBody(data);
    return "<" + type + ", " + QByteArray::number(data.size()) + " bytes>";
}

QUrl url(const QUrl &in, Placeholders placeholders)
{
    QUrl result = in;
    if (!result.password().isEmpty())
        result.setPassword(QString::fromLatin1(kRedacted));
    if (!result.hasQuery())
        return result;
    const QUrlQuery query(in);
    QUrlQuery out;
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded))
        out.addQueryItem(key, redactedValue(classifyKey(key), value, placeholders));
    result.setQuery(out);
    return result;
}

} // namespace paxos::redact
