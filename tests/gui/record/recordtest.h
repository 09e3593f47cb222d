#pragma once

#include "core/record/store.h"

#include <QTemporaryDir>
#include <QTest>
#include <QWidget>

#include <memory>

namespace recordtest {

// A real SQLite store in a temporary directory, with a named operator.
inline std::unique_ptr<console::Store>
openStore(const QTemporaryDir &dir, const QString &operatorName = QStringLiteral("Ada"),
          const QString &file = QStringLiteral("console.sqlite"))
{
    auto store = std::make_unique<console::Store>();
    const auto opened = store->open(console::StoreConfig::sqlite(dir.filePath(file)));
    if (!opened) {
        qWarning("store did not open: %s", qPrintable(opened.errorMessage()));
        return nullptr;
    }
    store->setOperator(console::Operator::fromEnvironment(operatorName));
    return store;
}

template<typename T> T *find(const QObject *parent, const QString &name)
{
    T *found = parent->findChild<T *>(name);
    if (!found)
        qWarning("no %s named %s", T::staticMetaObject.className(), qPrintable(name));
    return found;
}

} // namespace recordtest
