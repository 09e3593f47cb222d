// RFC 3339 timestamps (Timestamp) and calendar dates (CalendarDate) as servers send them.
// The input is split at the first newline into two texts, so ordering is fuzzed too.
#include "fuzzsupport.h"
#include "paxos/model/date.h"
#include "paxos/model/timestamp.h"

using namespace paxos;

namespace {

void checkTimestamp(const Timestamp &t)
{
    FUZZ_CHECK(t.isValid());
    FUZZ_CHECK(t.nanosecond() >= 0 && t.nanosecond() <= 999999999);
    FUZZ_CHECK(t.fractionDigits() >= 0 && t.fractionDigits() <= 9);
    // The kept text reads back as the same instant; so does every UTC rendering (truncated
    // to its digits).
    const auto again = Timestamp::parse(t.toString());
    FUZZ_CHECK(again && *again == t);
    // An offset can move the instant out of the four-digit years RFC 3339 can write
    // ("9999-12-31T23:59:59-23:59" is in the year 10000 UTC): no UTC text exists for it.
    const int utcYear = t.toDateTime().date().year();
    if (utcYear < 1 || utcYear > 9999) // QDate has no year 0: 0000 reads as -1
        return;
    const auto utc9 = Timestamp::parse(t.toUtcString(9));
    FUZZ_CHECK(utc9 && *utc9 == t);
    for (int digits = 0; digits <= 9; ++digits) {
        const auto utc = Timestamp::parse(t.toUtcString(digits));
        FUZZ_CHECK(utc && *utc <= t);
    }
    // Documented range of the nanosecond count: years 1678..2261.
    if (utcYear > 1678 && utcYear < 2261)
        (void)t.nanosecondsSinceEpoch();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size > 4096)
        return 0;
    const QString text = QString::fromUtf8(fuzz::bytes(data, size));
    const qsizetype nl = text.indexOf(u'\n');
    const QStringView first = nl < 0 ? QStringView(text) : QStringView(text).left(nl);
    const QStringView second = nl < 0 ? QStringView() : QStringView(text).mid(nl + 1);

    const auto a = Timestamp::parse(first);
    const auto b = Timestamp::parse(second);
    if (a)
        checkTimestamp(*a);
    if (b)
        checkTimestamp(*b);
    if (a && b) {
        FUZZ_CHECK(((*a <=> *b) == 0) == (*a == *b));
        FUZZ_CHECK((*a < *b) == (*b > *a));
    }
    (void)Timestamp::fromJson(QJsonValue(first.toString()));

    const auto loose = CalendarDate::parse(first);
    const auto strict = CalendarDate::parseStrict(first);
    if (strict) {
        FUZZ_CHECK(strict->isValid());
        FUZZ_CHECK(loose && *loose == *strict);
    }
    if (loose) {
        FUZZ_CHECK(loose->isValid());
        const auto again = CalendarDate::parse(loose->toIsoDate());
        FUZZ_CHECK(again && *again == *loose);
    }
    return 0;
}
