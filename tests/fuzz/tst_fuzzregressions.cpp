// Every input a fuzz target once crashed on, decoded again by an ordinary test that says what
// the right behaviour is (tests/fuzz/README.md). The inputs themselves are also in the
// targets' corpora, so every replay and fuzz run starts from them.
#include "core/record/redaction.h"
#include "paxos/net/redaction.h"
#include "paxos/net/retrypolicy.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;

class TestFuzzRegressions : public QObject
{
    Q_OBJECT

private slots:
    // fuzz_retryafter: "888888888888888188" seconds overflowed `seconds * 1000` (UBSan); the
    // wrapped product could even be a short or negative delay.
    void retryAfterHugeDeltaSeconds_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::newRow("fuzzer input") << QByteArray("888888888888888188");
        QTest::newRow("int64 max") << QByteArray("9223372036854775807");
        QTest::newRow("one past int64") << QByteArray("9223372036854775808");
    }
    void retryAfterHugeDeltaSeconds()
    {
        QFETCH(QByteArray, value);
        const QDateTime now = QDateTime::fromString(u"2026-01-15T12:00:00Z"_s, Qt::ISODate);
        const auto delay = paxos::RetryPolicy::parseRetryAfter(value, now);
        // Either ignored, or a long wait (bounded by the clamp) — never short or negative.
        if (delay)
            QVERIFY2(*delay >= 60000, qPrintable(QString::number(*delay)));
    }

    // fuzz_redaction: a string item ":" before a secret key made the request log's pattern
    // pair up strings across their boundaries and miss the real "access_token":"…" pair.
    void secretAfterColonStringIsRedacted_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("fuzzer input")
            << QByteArray("{\"a\":[\":\"],\"access_token\":\"Zq7Secret\"}");
        QTest::newRow("value ending in quote-colon")
            << QByteArray("{\"a\":\"x\\\":\",\"client_secret\":\"Zq7Secret\"}");
        QTest::newRow("pretty printed") << QByteArray("{\n  \"a\": [\":\"],\n  \"password\": "
                                                      "\"Zq7Secret\"\n}");
    }
    void secretAfterColonStringIsRedacted()
    {
        QFETCH(QByteArray, body);
        QVERIFY(QJsonDocument::fromJson(body).isObject()); // valid JSON, as a server sends
        const QByteArray logged = paxos::redact::jsonBody(body);
        QVERIFY2(!logged.contains("Zq7Secret"), logged.constData());
        const QByteArray stored =
            QJsonDocument(console::redaction::redactObject(QJsonDocument::fromJson(body).object()))
                .toJson(QJsonDocument::Compact);
        QVERIFY2(!stored.contains("Zq7Secret"), stored.constData());
    }
};

QTEST_GUILESS_MAIN(TestFuzzRegressions)
#include "tst_fuzzregressions.moc"
