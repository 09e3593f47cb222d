#include "sandbox/clock.h"

#include <QDateTime>
#include <QRegularExpression>

#include <atomic>

namespace sandbox {

qint64 nowUs()
{
    static std::atomic<qint64> last{0};
    const qint64 wall = QDateTime::currentMSecsSinceEpoch() * 1000;
    qint64 previous = last.load();
    qint64 next;
    do {
        next = wall > previous ? wall : previous + 1;
    } while (!last.compare_exchange_weak(previous, next));
    return next;
}

QString formatTimestamp(qint64 us, int fractionDigits)
{
    qint64 secs = us / 1000000;
    qint64 micros = us % 1000000;
    if (micros < 0) {
        micros += 1000000;
        --secs;
    }
    const QDateTime dt = QDateTime::fromSecsSinceEpoch(secs, Qt::UTC);
    QString out = dt.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
    if (fractionDigits > 0) {
        QString fraction = QStringLiteral("%1").arg(micros, 6, 10, QLatin1Char('0'));
        if (fractionDigits > 6)
            fraction += QString(fractionDigits - 6, QLatin1Char('0'));
        else
            fraction.truncate(fractionDigits);
        out += QLatin1Char('.') + fraction;
    }
    return out + QLatin1Char('Z');
}

std::optional<qint64> parseTimestamp(QStringView text)
{
    static const QRegularExpression re(QStringLiteral(
        "^(\\d{4})-(\\d{2})-(\\d{2})[Tt ](\\d{2}):(\\d{2}):(\\d{2})(?:\\.(\\d{1,9}))?"
        "(?:([Zz])|([+-])(\\d{2}):(\\d{2}))$"));
    const auto m = re.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    const QDate date(m.capturedView(1).toInt(), m.capturedView(2).toInt(),
                     m.capturedView(3).toInt());
    const QTime time(m.capturedView(4).toInt(), m.capturedView(5).toInt(),
                     m.capturedView(6).toInt());
    if (!date.isValid() || !time.isValid())
        return std::nullopt;
    qint64 secs = QDateTime(date, time, Qt::UTC).toSecsSinceEpoch();
    if (m.capturedLength(8) == 0) {
        const int offset = m.capturedView(10).toInt() * 3600 + m.capturedView(11).toInt() * 60;
        secs -= m.capturedView(9) == u"+" ? offset : -offset;
    }
    qint64 micros = 0;
    if (m.capturedLength(7) > 0) {
        QString digits = m.captured(7).left(6);
        digits = digits.leftJustified(6, QLatin1Char('0'));
        micros = digits.toLongLong();
    }
    return secs * 1000000 + micros;
}

} // namespace sandbox
