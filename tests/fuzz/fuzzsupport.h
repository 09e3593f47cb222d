#pragma once

// Shared by every harness in tests/fuzz: turning libFuzzer's bytes into Qt types, and
// FUZZ_CHECK, which aborts on a broken invariant so libFuzzer keeps the input as a crash
// (and the replay driver fails the ctest).

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <optional>

// Each harness defines it; libFuzzer's main (or replay_main.cpp) calls it once per input.
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size);

#define FUZZ_CHECK(cond)                                                                           \
    do {                                                                                           \
        if (!(cond)) {                                                                             \
            std::fprintf(stderr, "fuzz invariant broken: %s (%s:%d)\n", #cond, __FILE__,           \
                         __LINE__);                                                                \
            std::abort();                                                                          \
        }                                                                                          \
    } while (0)

namespace fuzz {

// Server bodies are bounded before decoding (paxos::Connection caps them), so inputs larger
// than this say nothing new and only slow the search down.
inline constexpr std::size_t kMaxInput = 64 * 1024;

inline QByteArray bytes(const std::uint8_t *data, std::size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
}

inline std::optional<QJsonObject> jsonObject(const QByteArray &body)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    return doc.object();
}

// The decode + encode promise of paxos/model (README "Lossless"): every key of the input is
// still there after fromJson().toJson(), and encoding what was decoded from an encoding
// changes nothing.
template<class T> T checkRoundTrip(const QJsonObject &in)
{
    const T decoded = T::fromJson(in);
    const QJsonObject once = decoded.toJson();
    for (auto it = in.begin(); it != in.end(); ++it)
        FUZZ_CHECK(once.contains(it.key()));
    const QJsonObject twice = T::fromJson(once).toJson();
    FUZZ_CHECK(twice == once);
    return decoded;
}

} // namespace fuzz
