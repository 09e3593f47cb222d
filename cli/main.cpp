#include "cli/commands.h"
#include "cli/runner.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QSocketNotifier>
#include <QTextStream>
#include <QTimer>

#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

// SIGINT reaches the event loop through a socket pair: the handler only writes one byte,
// which is all a signal handler may safely do.
int g_signalFds[2] = {-1, -1};

void onSigint(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto n = ::write(g_signalFds[0], &byte, 1);
    // A second Ctrl-C ends the process at once, as users expect.
    std::signal(SIGINT, SIG_DFL);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"paxosctl"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(PAXOSCTL_VERSION));

    QTextStream out(stdout);
    QTextStream err(stderr);
    const paxosctl::ParseResult parsed = paxosctl::parseCommandLine(QCoreApplication::arguments());
    if (!parsed.invocation) {
        err << u"paxosctl: "_s << parsed.error << u'\n';
        return paxosctl::ExitUsage;
    }
    const paxosctl::Invocation &inv = *parsed.invocation;
    switch (inv.action) {
    case paxosctl::Invocation::Action::Help:
        out << paxosctl::helpText(inv.helpTopic);
        return 0;
    case paxosctl::Invocation::Action::Version:
        out << u"paxosctl "_s << QCoreApplication::applicationVersion() << u'\n';
        return 0;
    case paxosctl::Invocation::Action::ManPage:
        out << paxosctl::manPage();
        return 0;
    case paxosctl::Invocation::Action::Run:
        break;
    }

    // The library's diagnostics would repeat what the error output says; --verbose shows
    // the exchanges themselves.
    if (!inv.global.verbose)
        QLoggingCategory::setFilterRules(u"paxos.*=false"_s);

    paxosctl::Runner runner(inv, out, err);
    QObject::connect(&runner, &paxosctl::Runner::finished, &app,
                     [](int code) { QCoreApplication::exit(code); });

    std::unique_ptr<QSocketNotifier> sigint;
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalFds) == 0) {
        sigint = std::make_unique<QSocketNotifier>(g_signalFds[1], QSocketNotifier::Read);
        QObject::connect(sigint.get(), &QSocketNotifier::activated, &runner, [&runner] {
            char byte = 0;
            [[maybe_unused]] const auto n = ::read(g_signalFds[1], &byte, 1);
            runner.interrupt();
        });
        std::signal(SIGINT, onSigint);
    }

    QTimer::singleShot(0, &runner, &paxosctl::Runner::start);
    const int code = QCoreApplication::exec();
    std::signal(SIGINT, SIG_DFL);
    return code;
}
