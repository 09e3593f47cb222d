// How much decoding an identity list page into paxos::Identity values costs on top of the
// JSON parse every client pays anyway. The peer is QJsonDocument's own parse of the same
// bytes; bench/run.sh prints the ratio. Pages hold 100 identities (the sandbox's default page).
#include "paxos/model/identity.h"
#include "paxos/model/page.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

#include <benchmark/benchmark.h>
#include <cstdlib>

namespace {

QByteArray makePage(int count)
{
    QFile file(QStringLiteral(CC_BENCH_FIXTURE));
    if (!file.open(QIODevice::ReadOnly))
        std::abort();
    const QJsonObject identity = QJsonDocument::fromJson(file.readAll()).object();
    QJsonArray items;
    for (int i = 0; i < count; ++i) {
        QJsonObject item = identity;
        item.insert(QStringLiteral("id"), QUuid::createUuid().toString(QUuid::WithoutBraces));
        items.append(item);
    }
    QJsonObject page;
    page.insert(QStringLiteral("items"), items);
    page.insert(QStringLiteral("next_page_cursor"), QStringLiteral("b2Zmc2V0PTEwMA"));
    return QJsonDocument(page).toJson(QJsonDocument::Compact);
}

const QByteArray &page()
{
    static const QByteArray bytes = makePage(100);
    return bytes;
}

void BM_PeerQJsonParse(benchmark::State &state)
{
    for (auto _ : state) {
        QJsonDocument doc = QJsonDocument::fromJson(page());
        benchmark::DoNotOptimize(doc);
    }
    state.SetBytesProcessed(qint64(state.iterations()) * page().size());
}
BENCHMARK(BM_PeerQJsonParse);

void BM_DecodeIdentityPage(benchmark::State &state)
{
    for (auto _ : state) {
        const QJsonObject obj = QJsonDocument::fromJson(page()).object();
        auto decoded = paxos::ListPage<paxos::Identity>::fromJson(obj);
        benchmark::DoNotOptimize(decoded);
    }
    state.SetBytesProcessed(qint64(state.iterations()) * page().size());
}
BENCHMARK(BM_DecodeIdentityPage);

void BM_DecodeEncodeIdentityPage(benchmark::State &state)
{
    for (auto _ : state) {
        const QJsonObject obj = QJsonDocument::fromJson(page()).object();
        const auto decoded = paxos::ListPage<paxos::Identity>::fromJson(obj);
        QJsonArray out;
        for (const auto &identity : decoded.items)
            out.append(identity.toJson());
        benchmark::DoNotOptimize(out);
    }
}
BENCHMARK(BM_DecodeEncodeIdentityPage);

} // namespace

BENCHMARK_MAIN();
