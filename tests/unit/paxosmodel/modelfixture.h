#pragma once

#include "testsupport/testdata.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

// A JSON object from tests/data/model/<name>.
inline QJsonObject fixture(const QString &name)
{
    return QJsonDocument::fromJson(testsupport::readTestData(QStringLiteral("model/") + name))
        .object();
}
