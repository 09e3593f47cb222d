#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

namespace console {

// What a write is about to do, in words the confirmation shows.
struct WriteConfirmationRequest
{
    QString action; // "Disable identity", "Update person details"
    QString target; // "Billy Duncan (ref_id cus-1042)"
    QString environment; // "Production"
    // What the reviewer has to type to confirm (e.g. the environment's name).
    QString phrase;
};

// Asks the reviewer to confirm a write. Implementations never block: they answer later
// through `done`. The window installs a dialog; tests install a scripted answer.
class WriteConfirmer
{
public:
    virtual ~WriteConfirmer() = default;
    virtual void confirm(const WriteConfirmationRequest &request,
                         std::function<void(bool confirmed)> done) = 0;
};

// The one door every write in the console goes through. Outside Production a write goes
// straight on; in Production the reviewer must type the confirmation phrase first.
class WriteGuard : public QObject
{
    Q_OBJECT
public:
    explicit WriteGuard(QObject *parent = nullptr);

    void setConfirmer(WriteConfirmer *confirmer) { m_confirmer = confirmer; }
    WriteConfirmer *confirmer() const { return m_confirmer; }

    void setProduction(bool production, const QString &environmentLabel);
    bool isProduction() const { return m_production; }
    // Writes are refused while the connection is lost (read-only mode).
    void setReadOnly(bool readOnly, const QString &reason = {});
    bool isReadOnly() const { return m_readOnly; }
    QString readOnlyReason() const { return m_readOnlyReason; }

    // Runs `proceed` when the write may go ahead, `refused` (with a reason) otherwise.
    // `context` bounds the callbacks' lifetime: nothing is called once it is destroyed.
    void requestWrite(const QString &action, const QString &target, QObject *context,
                      std::function<void()> proceed,
                      std::function<void(const QString &reason)> refused = {});

    static QString confirmationPhrase() { return QStringLiteral("PRODUCTION"); }

signals:
    void writeConfirmed(const QString &action, const QString &target);
    void writeRefused(const QString &action, const QString &target, const QString &reason);

private:
    WriteConfirmer *m_confirmer = nullptr;
    bool m_production = false;
    bool m_readOnly = false;
    QString m_environmentLabel;
    QString m_readOnlyReason;
};

} // namespace console
