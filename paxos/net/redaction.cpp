#include "paxos/net/redaction.h"

#include <QRegularExpression>
#include <QUrlQuery>

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
        } else if (lower == "cookie" || lower == "set-cookie" || lower == "paxos-signature"
                   || lower == "x-api-key") {
            out.append({name, kRedacted});
        } else {
            out.append({name, value});
        }
    }
    return out;
}

namespace {

enum class Rule { AccessToken, Secret, Redacted, Identifier, Date };

std::optional<Rule> ruleFor(QStringView key)
{
    if (key == u"access_token" || key == u"refresh_token" || key == u"id_token")
        return Rule::AccessToken;
    if (key == u"client_secret")
        return Rule::Secret;
    if (key == u"password" || key == u"secret" || key == u"api_key")
        return Rule::Redacted;
    if (key == u"cip_id" || key == u"govt_id" || key == u"tax_payer_id")
        return Rule::Identifier;
    if (key == u"date_of_birth")
        return Rule::Date;
    return std::nullopt;
}

QString apply(Rule rule, const QString &value)
{
    switch (rule) {
    case Rule::AccessToken:
        return QString::fromLatin1(kAccessToken);
    case Rule::Secret:
        return QString::fromLatin1(kClientSecret);
    case Rule::Redacted:
        return QString::fromLatin1(kRedacted);
    case Rule::Identifier:
        return maskIdentifier(value);
    case Rule::Date:
        return maskDate(value);
    }
    return value;
}

} // namespace

QByteArray jsonBody(const QByteArray &body)
{
    // "key" : "value" with JSON string escapes; only string values carry secrets or PII.
    static const QRegularExpression pair(
        uR"RX("((?:[^"\\]|\\.)*)"(\s*:\s*)"((?:[^"\\]|\\.)*)")RX"_s);
    const QString text = QString::fromUtf8(body);
    QString out;
    out.reserve(text.size());
    qsizetype last = 0;
    auto it = pair.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        const auto rule = ruleFor(m.capturedView(1));
        if (!rule)
            continue;
        out += QStringView(text).mid(last, m.capturedStart(3) - last);
        QString replacement = apply(*rule, m.captured(3));
        out += replacement.replace(u'\\', u"\\\\"_s).replace(u'"', u"\\\""_s);
        last = m.capturedEnd(3);
    }
    out += QStringView(text).mid(last);
    return out.toUtf8();
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
        if (const auto rule = ruleFor(key))
            part = part.left(eq + 1) + QUrl::toPercentEncoding(apply(*rule, value), "{}");
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

QUrl url(const QUrl &in)
{
    if (!in.hasQuery())
        return in;
    QUrlQuery query(in);
    QUrlQuery out;
    for (const auto &[key, value] : query.queryItems(QUrl::PrettyDecoded)) {
        const QString lower = key.toLower();
        if (lower.contains(u"signature") || lower.contains(u"credential")
            || lower.contains(u"token") || lower.contains(u"secret") || lower == u"key") {
            out.addQueryItem(key, QString::fromLatin1(kRedacted));
        } else if (lower == u"cip_id") {
            out.addQueryItem(key, maskIdentifier(value));
        } else {
            out.addQueryItem(key, value);
        }
    }
    QUrl result = in;
    result.setQuery(out);
    return result;
}

} // namespace paxos::redact
