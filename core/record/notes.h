#pragma once

#include "core/record/store.h"

#include <QDateTime>
#include <QJsonObject>
#include <QObject>

namespace console {

// One entry of the team's editable list of reasons a note is written for.
struct ReasonCode
{
    QString code; // stable key, upper case: DOCUMENT_REVIEW
    QString label; // what the list shows
    int position = 0;
    bool retired = false; // kept for old notes, no longer offered
};

// The editable reason-code list. Codes are never deleted (notes refer to them); they are
// retired instead. Every change is recorded in the audit trail (reason_code.change) in the
// same transaction: a change that cannot be recorded is not made.
class ReasonCodes : public QObject
{
    Q_OBJECT
public:
    explicit ReasonCodes(Store *store, QObject *parent = nullptr);

    StoreResult<QList<ReasonCode>> list(bool includeRetired = false) const;
    StoreResult<std::optional<ReasonCode>> find(const QString &code) const;
    // code: 1-40 of A-Z, 0-9, _; label: not empty.
    StoreStatus add(const QString &code, const QString &label);
    StoreStatus rename(const QString &code, const QString &label);
    StoreStatus setRetired(const QString &code, bool retired);
    // New order of the codes given (others keep their relative order after them).
    StoreStatus reorder(const QStringList &codes);

    static bool isValidCode(const QString &code);

private:
    // Runs work and records it in the audit trail (reason_code.change with details), in one
    // transaction.
    StoreStatus change(const QJsonObject &details, const std::function<StoreStatus()> &work);

    Store *m_store;
};

struct Note
{
    qint64 id = 0;
    QString identityId;
    QString reasonCode;
    QString body;
    QString author;
    QString osUser;
    qint64 createdAtMs = 0;

    QDateTime createdAt() const { return QDateTime::fromMSecsSinceEpoch(createdAtMs, Qt::UTC); }
    // For details views, the timeline and the evidence pack.
    QJsonObject toJson() const;
};

// Notes on an identity: reason code, free text, author and time. Notes are a record of the
// review, kept apart from decisions (which go through the API and the audit trail); they are
// never edited or deleted.
class Notes : public QObject
{
    Q_OBJECT
public:
    explicit Notes(Store *store, QObject *parent = nullptr);

    static constexpr int kMaxBodyLength = 20000;

    StoreResult<Note> add(const QString &identityId, const QString &reasonCode,
                          const QString &body);
    // Newest first.
    StoreResult<QList<Note>> forIdentity(const QString &identityId, int limit = 500) const;

private:
    Store *m_store;
    ReasonCodes m_codes;
};

} // namespace console
