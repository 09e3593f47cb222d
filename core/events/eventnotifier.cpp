#include "core/events/eventnotifier.h"

#include "paxos/model/enums.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace console {

EventNotifier::EventNotifier(QObject *parent)
    : QObject(parent)
{
}

bool EventNotifier::isNotifiable(const QString &eventType)
{
    return eventType == "identity.approved"_L1 || eventType == "identity.denied"_L1
        || eventType == "identity.documents_required"_L1 || eventType == "identity.disabled"_L1;
}

void EventNotifier::onEventApplied(const paxos::Event &event)
{
    if (!m_enabled || !isNotifiable(event.type))
        return;
    // Older than the follower's first-run reach (a day) is history fetched on request, not
    // news: a backfill of last month stays quiet.
    if (event.createdAt && event.createdAt->isValid()
        && event.createdAt->toDateTime() < QDateTime::currentDateTimeUtc().addDays(-1))
        return;
    const QString identityId = event.identityId();
    QString title;
    QString message;
    if (event.type == "identity.approved"_L1) {
        title = tr("Identity approved");
        message = tr("Identity %1 was approved.").arg(identityId);
    } else if (event.type == "identity.denied"_L1) {
        title = tr("Identity denied");
        message = tr("Identity %1 was denied.").arg(identityId);
    } else if (event.type == "identity.disabled"_L1) {
        title = tr("Identity disabled");
        message = tr("Identity %1 was disabled.").arg(identityId);
    } else {
        title = tr("Documents required");
        QStringList labels;
        if (auto required = event.documentsRequired()) {
            for (const QString &doc : required->requiredDocuments) {
                const QString type = paxos::enums::documentTypeForRequired(doc);
                labels.append(type.isEmpty() ? doc : paxos::enums::documentType().label(type));
            }
        }
        message = labels.isEmpty() ? tr("Paxos needs documents for identity %1.").arg(identityId)
                                   : tr("Paxos needs documents for identity %1: %2.")
                                         .arg(identityId, labels.join(u", "_s));
    }
    emit notify(title, message, identityId);
}

} // namespace console
