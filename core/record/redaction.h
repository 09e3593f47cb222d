#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QUrl>

// What may be written to the store, the request ledger and exports: secrets never, the
// government id (cip_id, tax payer ids) and date of birth only masked. Identity snapshots are
// the one place an unmasked identity is kept, because reviewing it is the user's work.
namespace console::redaction {

// "073-05-1120" -> "***-**-1120" (paxos::redact::maskIdentifier): separators and the last four
// letters or digits stay, so a reviewer can tell two ids apart without the value being readable.
QString maskCipId(const QString &cipId);

// "1980-01-01" -> "****-**-**".
QString maskDate(const QString &date);

// The keys come from the project's one table, paxos::redact::classifyKey()
// (paxos/net/redaction.h): the request log, the store and every export agree.
// True for keys whose values are credentials: client_secret, password, access_token,
// authorization, api/webhook keys ...
bool isSecretKey(const QString &key);

// True for keys holding a government id or date of birth.
bool isPiiKey(const QString &key);

// Recursively replaces secret values by redactedMarker() and masks PII values.
QJsonValue redactValue(const QJsonValue &value);
QJsonObject redactObject(const QJsonObject &object);

// An identity as the API returns it, with cip_id, govt_id, tax payer ids and date of birth
// masked (person, institution and tax details). Other fields are kept as they are.
QJsonObject maskIdentity(const QJsonObject &identity);

// A URL fit for a log line: no user info, secret query values replaced, PII query values
// masked.
QString redactUrl(const QUrl &url);

// The text that replaces secret values: paxos::redact::kRedacted, "{redacted}".
QString redactedMarker();

} // namespace console::redaction
