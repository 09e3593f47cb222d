#pragma once

#include <QString>

namespace testsupport {

// A data folder under the test's own HOME (CTest gives each test one) that is emptied when
// the test starts and kept when it ends, so the leak sweep that runs after the whole suite
// (leak_sweep, tests/support/leaksweep.cpp) can read the store, settings and files the
// console left there. Drop-in for a QTemporaryDir that the sweep should see.
class KeptDir
{
public:
    explicit KeptDir(const QString &name = QStringLiteral("kept-data"));
    bool isValid() const { return m_valid; }
    QString path() const { return m_path; }
    QString filePath(const QString &name) const;

private:
    QString m_path;
    bool m_valid = false;
};

} // namespace testsupport
