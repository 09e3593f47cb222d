#include "testsupport/testdata.h"

#include <QDir>
#include <QFile>
#include <QTest>

namespace testsupport {

QString testDataPath(const QString &relative)
{
    return QDir(QString::fromUtf8(kTestDataDir)).filePath(relative);
}

QByteArray readTestData(const QString &relative)
{
    QFile file(testDataPath(relative));
    if (!file.open(QIODevice::ReadOnly)) {
        qWarning("cannot read test data %s: %s", qPrintable(file.fileName()),
                 qPrintable(file.errorString()));
        return {};
    }
    return file.readAll();
}

} // namespace testsupport
