#pragma once

#include "paxos/model/examples.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>

// Running the real paxosctl binary (PAXOSCTL_BIN) from the integration tests.
namespace clitest {

struct Run
{
    int exitCode = -1; // -1: did not start or did not finish in time; -2: crashed
    QString out;
    QString err;

    QJsonObject json() const { return QJsonDocument::fromJson(out.toUtf8()).object(); }
};

// A cip_id no other test of the shared sandbox uses ("9" + 8 random digits, SSN-shaped).
inline QString uniqueSsn()
{
    const quint32 n = QRandomGenerator::global()->bounded(10000000u, 99999999u);
    const QString digits = QStringLiteral("9") + QString::number(n);
    return digits.left(3) + u'-' + digits.mid(3, 2) + u'-' + digits.mid(5, 4);
}

// The guide's person with a cip_id of its own and no ref_id (paxosctl adds one); with a
// scenario, the local sandbox's "sandbox.scenario" metadata.
inline QJsonObject examplePerson(const QString &cipId, const QString &scenario = {})
{
    QJsonObject body = paxos::examples::sandboxExamplePerson(QStringLiteral("x"));
    body.remove(QStringLiteral("ref_id"));
    QJsonObject details = body.value(QStringLiteral("person_details")).toObject();
    details.insert(QStringLiteral("cip_id"), cipId);
    body.insert(QStringLiteral("person_details"), details);
    if (!scenario.isEmpty())
        body.insert(QStringLiteral("metadata"),
                    QJsonObject{{QStringLiteral("sandbox.scenario"), scenario}});
    return body;
}

// The test's environment without anything that would change which client or store a run
// uses unless the test says so.
inline QProcessEnvironment cleanEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"PAXOS_CLIENT_ID", "PAXOS_CLIENT_SECRET", "PAXOSCTL_STORE",
                             "PAXOSCTL_OPERATOR", "PAXOSCTL_STORE_PASSWORD"})
        env.remove(QString::fromLatin1(name));
    return env;
}

// Runs paxosctl with `args`, `input` on standard input, and waits (at most a minute).
inline Run runPaxosctl(const QStringList &args, const QByteArray &input,
                       const QProcessEnvironment &env)
{
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(PAXOSCTL_BIN), args);
    Run r;
    if (!process.waitForStarted(10000))
        return r;
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        return r;
    }
    r.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    r.out = QString::fromUtf8(process.readAllStandardOutput());
    r.err = QString::fromUtf8(process.readAllStandardError());
    return r;
}

} // namespace clitest
