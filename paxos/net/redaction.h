#pragma once

#include <QByteArray>
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

// "073-05-1120" -> "***-**-1120": every letter and digit but the last four becomes '*',
// separators stay so the format is still recognisable. Four or fewer: all masked.
QString maskIdentifier(QStringView value);
// "1960-01-01" -> "****-**-**": a date of birth keeps only its shape.
QString maskDate(QStringView value);

// Authorization becomes "Bearer {access_token}"; cookies and signatures become {redacted}.
HeaderList headers(const HeaderList &headers);

// JSON (or JSON-like text that may not parse): secrets are replaced by placeholders
// (access_token, refresh_token, id_token, client_secret, password), PII is masked (cip_id,
// govt_id, tax_payer_id, date_of_birth). Works on the raw text, so key order, spacing and
// everything else stays byte for byte as sent.
QByteArray jsonBody(const QByteArray &body);
// application/x-www-form-urlencoded: client_secret -> {paxos_secret}, tokens -> placeholders.
QByteArray formBody(const QByteArray &body);
// Picks jsonBody/formBody by content type; binary bodies become a size note.
QByteArray body(const QByteArray &body, const QByteArray &contentType);
// Query values that carry credentials (pre-signed upload URLs: *Signature, *Credential,
// *Token, key, secret) become {redacted}; cip_id is masked.
QUrl url(const QUrl &url);

} // namespace paxos::redact
