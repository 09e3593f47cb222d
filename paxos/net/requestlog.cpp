#include "paxos/net/requestlog.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace paxos {

namespace {

QString singleQuoted(const QString &text)
{
    QString escaped = text;
    escaped.replace(u"'"_s, u"'\\''"_s);
    return u'\'' + escaped + u'\'';
}

QString doubleQuoted(const QString &text)
{
    QString escaped;
    escaped.reserve(text.size() + 2);
    for (QChar c : text) {
        if (c == u'"' || c == u'\\' || c == u'$' || c == u'`')
            escaped += u'\\';
        escaped += c;
    }
    return u'"' + escaped + u'"';
}

// A form value as the guide writes it: bare when it is a placeholder or plain word,
// single-quoted otherwise (e.g. a scope list with spaces).
QString formValue(const QString &value)
{
    static const QString plain =
        u"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-.:{}/@"_s;
    for (QChar c : value) {
        if (!plain.contains(c))
            return singleQuoted(value);
    }
    return value.isEmpty() ? u"''"_s : value;
}

QString decodeForm(QByteArray part)
{
    return QUrl::fromPercentEncoding(part.replace('+', ' '));
}

QByteArray headerValue(const redact::HeaderList &headers, QByteArrayView name)
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

} // namespace

QString identityConcerned(const RequestLogEntry &entry)
{
    const QStringList segments = entry.url.path().split(u'/', Qt::SkipEmptyParts);
    const qsizetype at = segments.indexOf(u"identities"_s);
    if (at >= 0 && at + 1 < segments.size())
        return segments.at(at + 1);
    if (const QString id = QUrlQuery(entry.url).queryItemValue(u"identity_id"_s); !id.isEmpty())
        return id;
    // A read without an id in its path is a list: it concerns no single identity, and its
    // body (up to a thousand identities) is not worth parsing again for nothing.
    if (entry.method == "GET")
        return {};
    const auto objectOf = [](const QByteArray &body) {
        const QJsonDocument doc = QJsonDocument::fromJson(body);
        return doc.isObject() ? doc.object() : QJsonObject();
    };
    const QJsonObject response = objectOf(entry.responseBody);
    if (const QString id = response.value("identity_id"_L1).toString(); !id.isEmpty())
        return id;
    // Create Identity answers with the new identity itself.
    if (at >= 0 && entry.method == "POST" && entry.succeeded())
        return response.value("id"_L1).toString();
    return objectOf(entry.requestBody).value("identity_id"_L1).toString();
}

QString toCurl(const RequestLogEntry &entry)
{
    QStringList lines;
    const QString url = QString::fromUtf8(redact::url(entry.url).toEncoded());

    if (!entry.uploadFileName.isEmpty()) {
        // The guide's upload step: curl --upload-file Proof_of_residence.jpg $URI
        lines << u"curl --upload-file "_s + formValue(entry.uploadFileName) + u' '
                + doubleQuoted(url);
        const QByteArray type = headerValue(entry.requestHeaders, "Content-Type");
        if (!type.isEmpty())
            lines << u"--header "_s + doubleQuoted(u"Content-Type: "_s + QString::fromUtf8(type));
        return lines.join(u" \\\n"_s);
    }

    lines << u"curl --location "_s + doubleQuoted(url);
    const bool form =
        entry.requestContentType.toLower().startsWith("application/x-www-form-urlencoded");
    if (!(form && entry.method == "POST") && !entry.method.isEmpty())
        lines << u"--request "_s + doubleQuoted(QString::fromLatin1(entry.method));

    for (const auto &[name, value] : redact::headers(entry.requestHeaders)) {
        const QByteArray lower = name.toLower();
        // Only what changes the request's meaning; cURL sets the rest itself.
        if (lower == "authorization") {
            lines << u"--header "_s
                    + doubleQuoted(QString::fromLatin1(name) + u": "_s + QString::fromUtf8(value));
        }
    }

    if (form) {
        for (const QByteArray &part : redact::formBody(entry.requestBody).split('&')) {
            if (part.isEmpty())
                continue;
            const qsizetype eq = part.indexOf('=');
            const QString key = decodeForm(eq < 0 ? part : part.left(eq));
            QString value = eq < 0 ? QString() : decodeForm(part.mid(eq + 1));
            if (key == u"client_id")
                value = QString::fromLatin1(redact::kClientId);
            lines << u"--data-urlencode "_s + key + u'=' + formValue(value);
        }
    } else if (!entry.requestBody.isEmpty()) {
        if (!entry.requestContentType.isEmpty()
            && !entry.requestContentType.toLower().startsWith("application/json")) {
            lines << u"--header "_s
                    + doubleQuoted(u"Content-Type: "_s
                                   + QString::fromUtf8(entry.requestContentType));
        }
        lines << u"--data "_s
                + singleQuoted(QString::fromUtf8(redact::jsonBody(entry.requestBody)));
    }
    return lines.join(u" \\\n"_s);
}

RequestLog::RequestLog(qsizetype capacity, QObject *parent)
    : QObject(parent)
    , m_capacity(qMax<qsizetype>(1, capacity))
{
    qRegisterMetaType<paxos::RequestLogEntry>();
}

void RequestLog::setCapacity(qsizetype capacity)
{
    m_capacity = qMax<qsizetype>(1, capacity);
    while (qsizetype(m_entries.size()) > m_capacity)
        m_entries.pop_front();
}

quint64 RequestLog::append(RequestLogEntry entry)
{
    const auto cut = [](QByteArray body) {
        if (body.size() > kMaxBodyBytes) {
            const qsizetype total = body.size();
            body.truncate(kMaxBodyBytes);
            body += "\n… (" + QByteArray::number(total - kMaxBodyBytes) + " more bytes)";
            // truncate() keeps the whole buffer: a list page of 1,000 identities would hold
            // ~2 MB per entry, for as long as the log keeps it.
            body.squeeze();
        }
        return body;
    };
    entry.id = ++m_lastId;
    // Before redaction and cutting: the ids it reads are neither secret nor personal.
    if (entry.identityId.isEmpty())
        entry.identityId = identityConcerned(entry);
    entry.url = redact::url(entry.url);
    entry.requestHeaders = redact::headers(entry.requestHeaders);
    entry.responseHeaders = redact::headers(entry.responseHeaders);
    entry.requestBody = cut(entry.uploadFileName.isEmpty()
                                ? redact::body(entry.requestBody, entry.requestContentType)
                                : QByteArray());
    entry.responseBody = m_keepResponseBodies
        ? cut(redact::body(entry.responseBody, headerValue(entry.responseHeaders, "Content-Type")))
        : QByteArray();
    m_entries.push_back(entry);
    while (qsizetype(m_entries.size()) > m_capacity)
        m_entries.pop_front();
    emit entryAdded(entry);
    return entry.id;
}

QList<RequestLogEntry> RequestLog::entries() const
{
    return QList<RequestLogEntry>(m_entries.begin(), m_entries.end());
}

std::optional<RequestLogEntry> RequestLog::entry(quint64 id) const
{
    // Ids increase along the deque, so a binary search finds the entry.
    auto it = std::lower_bound(m_entries.begin(), m_entries.end(), id,
                               [](const RequestLogEntry &e, quint64 v) { return e.id < v; });
    if (it != m_entries.end() && it->id == id)
        return *it;
    return std::nullopt;
}

void RequestLog::clear()
{
    m_entries.clear();
    emit cleared();
}

QString responseRequestId(const redact::HeaderList &headers)
{
    for (const QByteArrayView name :
         {QByteArrayView("x-request-id"), QByteArrayView("request-id")}) {
        for (const auto &[key, value] : headers) {
            if (key.compare(name, Qt::CaseInsensitive) == 0 && !value.trimmed().isEmpty())
                return QString::fromLatin1(value.trimmed());
        }
    }
    return {};
}

} // namespace paxos
