#pragma once

#include "core/record/store.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

// Store tests run every case on both backends: a SQLite file in a temporary folder and a
// fresh database on the PostgreSQL fixture (postgres-fixture.sh). Without a PostgreSQL server
// the PostgreSQL rows fail under CI (CI=true) and are skipped, with the reason, elsewhere.
namespace storetest {

// Adds the column "backend" and one row per backend.
void addBackendRows();

// An empty store location; for PostgreSQL a new database, dropped again on destruction.
class FreshStore
{
public:
    ~FreshStore();
    FreshStore(const FreshStore &) = delete;
    FreshStore &operator=(const FreshStore &) = delete;

    // nullptr with why set when the backend is not available.
    static std::unique_ptr<FreshStore> create(console::StoreBackend backend, QString *why);

    console::StoreConfig config() const { return m_config; }

private:
    FreshStore() = default;
    QTemporaryDir m_dir;
    console::StoreConfig m_config;
    QString m_dropName;
};

// True when a missing PostgreSQL server must fail the test rather than skip it.
bool postgresRequired();

} // namespace storetest

// Declares `fresh` (a FreshStore) for `backend`, or fails / skips the current test.
#define CC_FRESH_STORE(fresh, backend)                                                             \
    QString fresh##Why;                                                                            \
    auto fresh = storetest::FreshStore::create(backend, &fresh##Why);                              \
    if (!fresh) {                                                                                  \
        if (storetest::postgresRequired())                                                         \
            QFAIL(qPrintable(fresh##Why));                                                         \
        QSKIP(qPrintable(fresh##Why));                                                             \
    }

// Opens `store` on a fresh location for the current row's backend.
#define CC_OPEN_STORE(store, fresh)                                                                \
    QFETCH(console::StoreBackend, backend);                                                        \
    CC_FRESH_STORE(fresh, backend)                                                                 \
    console::Store store;                                                                          \
    {                                                                                              \
        const auto opened = store.open(fresh->config());                                           \
        QVERIFY2(opened.ok(), qPrintable(opened.errorMessage()));                                  \
    }
