#include "support/keptdir.h"

#include <QDir>

namespace testsupport {

KeptDir::KeptDir(const QString &name)
    : m_path(QDir(QDir::homePath()).filePath(name))
{
    QDir dir(m_path);
    // What an earlier run left is not this run's to answer for.
    if (dir.exists())
        dir.removeRecursively();
    m_valid = QDir().mkpath(m_path);
}

QString KeptDir::filePath(const QString &name) const
{
    return QDir(m_path).filePath(name);
}

} // namespace testsupport
