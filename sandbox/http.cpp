#include "sandbox/http.h"

#include <QUrl>

namespace sandbox {

namespace {

QByteArray headerParameter(const QByteArray &value, QByteArrayView name)
{
    const QList<QByteArray> parts = value.split(';');
    for (qsizetype i = 1; i < parts.size(); ++i) {
        const QByteArray part = parts.at(i).trimmed();
        const qsizetype eq = part.indexOf('=');
        if (eq < 0 || part.left(eq).trimmed().toLower() != name)
            continue;
        QByteArray v = part.mid(eq + 1).trimmed();
        if (v.size() >= 2 && v.startsWith('"') && v.endsWith('"'))
            v = v.mid(1, v.size() - 2);
        return v;
    }
    return {};
}

} // namespace

bool parseFormBody(const HttpRequest &request, QHash<QString, QString> *fields)
{
    const QByteArray type = request.mediaType();
    if (type == "multipart/form-data") {
        const QByteArray boundary = headerParameter(request.header("content-type"), "boundary");
        if (boundary.isEmpty())
            return false;
        const QByteArray delimiter = "--" + boundary;
        const QByteArray &body = request.body;
        qsizetype pos = body.indexOf(delimiter);
        if (pos < 0)
            return false;
        while (true) {
            pos += delimiter.size();
            if (body.mid(pos, 2) == "--")
                return true; // closing delimiter
            if (body.mid(pos, 2) != "\r\n")
                return false;
            pos += 2;
            const qsizetype headEnd = body.indexOf("\r\n\r\n", pos);
            if (headEnd < 0)
                return false;
            const QByteArray partHead = body.mid(pos, headEnd - pos);
            const qsizetype next = body.indexOf(QByteArray("\r\n" + delimiter), headEnd + 4);
            if (next < 0)
                return false;
            const QByteArray value = body.mid(headEnd + 4, next - headEnd - 4);
            QByteArray name;
            for (const QByteArray &line : partHead.split('\n')) {
                const QByteArray trimmed = line.trimmed();
                if (trimmed.toLower().startsWith("content-disposition:"))
                    name = headerParameter(trimmed, "name");
            }
            if (!name.isEmpty())
                fields->insert(QString::fromUtf8(name), QString::fromUtf8(value));
            pos = next + 2;
        }
    }
    if (type == "application/x-www-form-urlencoded" || type.isEmpty()) {
        for (const QByteArray &pair : request.body.split('&')) {
            if (pair.isEmpty())
                continue;
            const qsizetype eq = pair.indexOf('=');
            QByteArray key = eq < 0 ? pair : pair.left(eq);
            QByteArray value = eq < 0 ? QByteArray() : pair.mid(eq + 1);
            key.replace('+', ' ');
            value.replace('+', ' ');
            fields->insert(QString::fromUtf8(QByteArray::fromPercentEncoding(key)),
                           QString::fromUtf8(QByteArray::fromPercentEncoding(value)));
        }
        return true;
    }
    return false;
}

} // namespace sandbox
