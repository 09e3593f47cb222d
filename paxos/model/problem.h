#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace paxos {

// An API error as Paxos reports it (RFC 7807 style: type, title, status, detail, meta).
// Built from the HTTP status first and the body second, because error bodies may be absent,
// empty, HTML from a proxy, or an OAuth error object rather than a problem.
struct Problem
{
    QString type; // "about:blank" for plain HTTP errors
    QString title;
    int status = 0;
    QString detail;
    QJsonObject meta;
    QJsonObject raw; // the decoded body object, empty when the body was not JSON
    QByteArray body; // the body as received (for the "raw response" view)

    static Problem fromJson(const QJsonObject &obj);
    QJsonObject toJson() const;

    // A Problem for any 4xx/5xx response: the JSON problem when the body is one (whether the
    // server labelled it application/json or application/problem+json), an OAuth error
    // ({"error", "error_description"}) mapped onto title/detail, and otherwise a problem made
    // from the status with the body text (trimmed, shortened) as detail. nullopt for status
    // codes below 400, which are not errors.
    static std::optional<Problem> fromBody(int httpStatus, const QByteArray &body);

    // The id in meta.existing.id of an already-exists (409) problem; empty otherwise.
    QString existingId() const;
    bool isAlreadyExists() const;
    // The two documented Create Identity conflicts (see the reference §5.3).
    bool isDuplicateCipId() const;
    bool isDuplicateRefId() const;
    bool isNotFound() const { return status == 404; }
    bool isRateLimited() const { return status == 429; }

    // The English HTTP reason phrase Paxos would put in `title` for a status.
    static QString reasonPhrase(int httpStatus);
    // One line for people: detail when there is one, else the title.
    QString summary() const;
};

} // namespace paxos
