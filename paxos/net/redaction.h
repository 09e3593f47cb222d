#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

namespace paxos::redact {

// Placeholders, spelled as in the Paxos guide's cURL commands.
inline constexpr char kAccessToken[] = "{access_token}";
inline constexpr char kClientId[] = "{paxos_client_id}";
inline constexpr char kClientSecret[] = "{paxos_secret}";
inline constexpr char kRedacted[] = "{redacted}";

using HeaderList = QList<QPair<QByteArray, QByteArray>>;

// ---- The one table of secret and PII keys -------------------------------------------------
// Every redaction in the project decides from this table: the request log and its cURL
// rendering (paxos/net), the record store, the request ledger and the exports built from them
// (console::redaction in core/store delegates here), and paxosctl. A key is compared in lower
// case with '-' read as '_', so a JSON field, a form field, a query item and a header name
// ("X-Api-Key") are one key.
//
//  AccessToken  access_token, refresh_token, id_token                  -> {access_token}
//  ClientSecret client_secret                                          -> {paxos_secret}
//  Secret       token, bearer, secret, password, passwd, authorization,
//               proxy_authorization, cookie, set_cookie, signature, sig,
//               paxos_signature, credential(s), key, apikey, api_key,
//               webhook_key, signing_key, private_key, secret_key,
//               secret_access_key, session_key; and any key ending in _token, _secret,
//               _password, _signature, _credential(s), api_key, webhook_key,
//               private_key, secret_key, signing_key                   -> {redacted}
//  GovernmentId cip_id, govt_id, tax_payer_id                          -> masked, last four kept
//  DateOfBirth  date_of_birth                                          -> masked, shape kept
enum class KeyKind { Ordinary, AccessToken, ClientSecret, Secret, GovernmentId, DateOfBirth };
KeyKind classifyKey(QStringView key);
inline bool isSecretKind(KeyKind kind)
{
    return kind == KeyKind::AccessToken || kind == KeyKind::ClientSecret || kind == KeyKind::Secret;
}
inline bool isPiiKind(KeyKind kind)
{
    return kind == KeyKind::GovernmentId || kind == KeyKind::DateOfBirth;
}
inline bool isSecretKey(QStringView key)
{
    return isSecretKind(classifyKey(key));
}
inline bool isPiiKey(QStringView key)
{
    return isPiiKind(classifyKey(key));
}
// How a secret reads once replaced: Named, as the Paxos guide's cURL commands spell them
// ({access_token}, {paxos_secret}, else {redacted}: the request log); Uniform, {redacted} for
// every secret (the record store, whose readers need not tell secrets apart).
enum class Placeholders { Named, Uniform };
// What a value of this kind becomes: the placeholder, or the masked value.
QString redactedValue(KeyKind kind, const QString &value,
                      Placeholders placeholders = Placeholders::Named);
// A JSON value with every secret replaced and every PII value masked, at any depth (objects
// in arrays in objects…). A secret or PII key holding an object, array or number loses it
// whole ({redacted}); null stays null.
QJsonValue jsonValue(const QJsonValue &value, Placeholders placeholders = Placeholders::Named);

// "073-05-1120" -> "***-**-1120": every letter and digit but the last four becomes '*',
// separators stay so the format is still recognisable. Four or fewer: all masked.
QString maskIdentifier(QStringView value);
// "1960-01-01" -> "****-**-**": a date of birth keeps only its shape.
QString maskDate(QStringView value);

// Authorization becomes "Bearer {access_token}" (other schemes {redacted}); every other
// header named in the table ({redacted}: cookies, signatures, API and webhook keys…).
HeaderList headers(const HeaderList &headers);

// JSON (or JSON-like text that may not parse), by the table. Works on the raw text, so key
// order, spacing and everything else stays byte for byte as sent; string and number values
// are replaced in place. Should a secret or PII key hold an object or array, the body is
// parsed and written again with jsonValue() instead, which then loses the original spacing.
QByteArray jsonBody(const QByteArray &body);
// application/x-www-form-urlencoded, by the table.
QByteArray formBody(const QByteArray &body);
// Picks jsonBody/formBody by content type; binary bodies become a size note.
QByteArray body(const QByteArray &body, const QByteArray &contentType);
// Query items by the table (pre-signed upload URLs: X-Amz-Signature, X-Amz-Credential,
// X-Amz-Security-Token, Signature, sig…); a password in the user info becomes {redacted}.
QUrl url(const QUrl &url, Placeholders placeholders = Placeholders::Named);

} // namespace paxos::redact
