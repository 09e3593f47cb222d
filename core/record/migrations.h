#pragma once

#include "core/record/store.h"

#include <QStringList>

namespace console::migrations {

struct Migration
{
    int version;
    QString description;
    QStringList statements;
};

// Every schema step in order, with the DDL spelled for backend. The statements differ only
// where the two dialects must (auto-increment keys, binary columns, triggers); every table,
// column and index is the same on both.
QList<Migration> all(StoreBackend backend);

} // namespace console::migrations
