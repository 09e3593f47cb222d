#include "core/session/writeconfirmation.h"

#include <QCoreApplication>

namespace console {

WriteGuard::WriteGuard(QObject *parent)
    : QObject(parent)
{
}

void WriteGuard::setProduction(bool production, const QString &environmentLabel)
{
    m_production = production;
    m_environmentLabel = environmentLabel;
}

void WriteGuard::setReadOnly(bool readOnly, const QString &reason)
{
    m_readOnly = readOnly;
    m_readOnlyReason = readOnly ? reason : QString();
}

void WriteGuard::requestWrite(const QString &action, const QString &target, QObject *context,
                              std::function<void()> proceed,
                              std::function<void(const QString &reason)> refused)
{
    QPointer<QObject> guard(context);
    auto refuse = [=, this](const QString &reason) {
        emit writeRefused(action, target, reason);
        if (refused && guard)
            refused(reason);
    };
    if (m_readOnly) {
        refuse(m_readOnlyReason.isEmpty() ? tr("The console is read-only right now.")
                                          : m_readOnlyReason);
        return;
    }
    if (!m_production) {
        emit writeConfirmed(action, target);
        if (guard)
            proceed();
        return;
    }
    if (!m_confirmer) {
        // Fail closed: a Production write without a way to confirm it does not happen.
        refuse(tr("Changes in Production need a typed confirmation, and none can be asked."));
        return;
    }
    WriteConfirmationRequest request{action, target, m_environmentLabel, confirmationPhrase()};
    QPointer<WriteGuard> self(this);
    m_confirmer->confirm(request, [=](bool confirmed) {
        if (!self)
            return;
        if (!confirmed) {
            refuse(tr("Not confirmed."));
            return;
        }
        emit self->writeConfirmed(action, target);
        if (guard)
            proceed();
    });
}

} // namespace console
