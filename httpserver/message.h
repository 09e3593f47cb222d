#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QHostAddress>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

namespace httpserver {

// One parsed HTTP/1.1 request. Header names are lower-cased; values are as sent, without
// the optional white space around them. Fields of a chunked trailer are never added: every
// decision is made from the head.
struct Request
{
    QByteArray method;
    QByteArray target;
    QString path; // percent-decoded
    QUrlQuery query;
    int version = 11; // 10 or 11
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QHostAddress peer;
    // The address the client connected to (one of the listening addresses).
    QHostAddress local;

    // The first field of that name (case-insensitive); empty when absent.
    QByteArray header(QByteArrayView name) const;
    qsizetype headerCount(QByteArrayView name) const;
    // The media type without parameters, lower-cased: "application/json".
    QByteArray mediaType() const;
    QString queryValue(const QString &key) const;
    bool hasQuery(const QString &key) const;
};

struct Response
{
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    // Close the connection without answering (fault injection).
    bool dropConnection = false;
    // Answer, then close the connection.
    bool closeConnection = false;

    void setHeader(const QByteArray &name, const QByteArray &value);
};

QByteArray reasonPhrase(int status);

// For request logs: printable ASCII is kept, everything else (control characters, bytes
// above 0x7e, the backslash itself) becomes \xNN, and the result is cut at `max` bytes, so a
// logged line is always one line and never carries raw bytes from the network.
QByteArray escapeForLog(QByteArrayView bytes, qsizetype max = 256);

} // namespace httpserver
