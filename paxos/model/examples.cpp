#include "paxos/model/examples.h"

#include "paxos/logging.h"

#include <QFile>
#include <QJsonDocument>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace paxos::examples {

QJsonObject sandboxExamplePerson(const QString &refId)
{
    static const QJsonObject sample = [] {
        QFile file(u":/paxos/samples/sandbox-example-person.json"_s);
        if (!file.open(QIODevice::ReadOnly)) {
            qCCritical(lcPaxosModel, "example person missing from resources");
            return QJsonObject();
        }
        return QJsonDocument::fromJson(file.readAll()).object();
    }();
    QJsonObject out = sample;
    out.insert("ref_id"_L1, refId);
    return out;
}

QString newRefId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace paxos::examples
