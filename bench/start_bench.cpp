// Cold start to the first painted window, the console against a minimal Qt Widgets window.
//
// Each measured start is a fresh process (this executable again, in a child mode), so both
// sides pay the same dynamic loading, QApplication and platform plugin set-up:
//
// - console: main() as the console's own builds it — QApplication, then
//   console::app::Application (every service, every feature's widgets) on a fresh data folder,
//   so the embedded sandbox starts for the first time (its store on disk, as on a first
//   start), the window shown; the time is taken at the window's first paint, and the child
//   checks that the embedded sandbox is running by then (its port bound: it answers).
// - peer: QApplication and a QMainWindow holding an empty QTableView, shown, the time taken at
//   its first paint.
//
// The parent notes the wall clock just before starting a child; the child prints the wall
// clock at its first paint; the difference is the cold start. Rounds alternate peer and
// console; the medians and their ratio are printed.
//
//   start_bench [--repeat N]   (QT_QPA_PLATFORM=offscreen headless; the children inherit it)
#include "app/application.h"
#include "core/credentials/credentialstore.h"
#include "core/session/embeddedsandbox.h"
#include "ui/shell/mainwindow.h"

#include <QApplication>
#include <QDateTime>
#include <QEvent>
#include <QMainWindow>
#include <QProcess>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <functional>

using namespace Qt::StringLiterals;

namespace {

qint64 wallNs()
{
    timespec ts{};
    clock_gettime(CLOCK_REALTIME, &ts);
    return qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

// Reports the first paint of `window` (a child widget's paint counts too: the window is
// then on screen) and quits.
class FirstPaint : public QObject
{
public:
    explicit FirstPaint(std::function<bool()> ready)
        : m_ready(std::move(ready))
    {
    }
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_done) {
            m_done = true;
            const qint64 at = wallNs();
            std::printf("painted %lld ready %d\n", static_cast<long long>(at), m_ready() ? 1 : 0);
            std::fflush(stdout);
            QTimer::singleShot(0, qApp, [] { QCoreApplication::exit(0); });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    std::function<bool()> m_ready;
    bool m_done = false;
};

int runPeer(int argc, char **argv)
{
    QApplication qapp(argc, argv);
    QMainWindow window;
    window.setCentralWidget(new QTableView);
    window.resize(1600, 1000);
    FirstPaint paint([] { return true; });
    qapp.installEventFilter(&paint);
    window.show();
    return QApplication::exec();
}

int runConsole(int argc, char **argv)
{
    QApplication qapp(argc, argv);
    QTemporaryDir dir; // a first start: no store, no sandbox data yet
    console::MemoryCredentialStore credentials; // the keychain would ask a person
    console::app::Application::Options options;
    options.dataDir = dir.path();
    options.ephemeralUi = true;
    options.credentials = &credentials;
    options.windowSize = QSize(1600, 1000);
    console::app::Application app(options);
    FirstPaint paint(
        [&app] { return app.embeddedSandbox() && app.embeddedSandbox()->isRunning(); });
    qapp.installEventFilter(&paint);
    QString error;
    if (!app.start(&error)) {
        std::fprintf(stderr, "the console did not start: %s\n", qPrintable(error));
        return 1;
    }
    return QApplication::exec();
}

// Starts this executable in `mode`; the cold start in ms, or a negative value on failure.
double measure(const QString &mode)
{
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    const qint64 before = wallNs();
    child.start(QCoreApplication::applicationFilePath(), {u"--child"_s, mode});
    if (!child.waitForFinished(120000) || child.exitCode() != 0) {
        std::fprintf(stderr, "%s child failed\n", qPrintable(mode));
        return -1;
    }
    const QList<QByteArray> words = child.readAllStandardOutput().trimmed().split(' ');
    if (words.size() != 4 || words.at(0) != "painted") {
        std::fprintf(stderr, "%s child printed no paint\n", qPrintable(mode));
        return -1;
    }
    if (words.at(3) != "1") {
        std::fprintf(stderr, "%s child painted before its sandbox was ready\n", qPrintable(mode));
        return -1;
    }
    return double(words.at(1).toLongLong() - before) / 1e6;
}

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.at(v.size() / 2);
}

} // namespace

int main(int argc, char **argv)
{
    for (int i = 1; i + 1 < argc; ++i) {
        if (qstrcmp(argv[i], "--child") == 0) {
            if (qstrcmp(argv[i + 1], "peer") == 0)
                return runPeer(argc, argv);
            return runConsole(argc, argv);
        }
    }
    QCoreApplication qapp(argc, argv);
    int repeat = 3;
    const QStringList args = QCoreApplication::arguments();
    if (const qsizetype at = args.indexOf(u"--repeat"_s); at >= 0 && at + 1 < args.size())
        repeat = qMax(1, args.at(at + 1).toInt());

    // One unmeasured start of each warms the page cache, as on a machine the console ran on.
    if (measure(u"peer"_s) < 0 || measure(u"console"_s) < 0)
        return 1;
    QList<double> peer, console;
    for (int r = 0; r < repeat; ++r) {
        const double p = measure(u"peer"_s);
        const double c = measure(u"console"_s);
        if (p < 0 || c < 0)
            return 1;
        peer << p;
        console << c;
        std::printf("round %d: peer %.0f ms, console %.0f ms\n", r + 1, p, c);
    }
    const double mp = median(peer), mc = median(console);
    std::printf("\nstart_bench: cold start to the first painted window, median of %d\n\n"
                "| | ms |\n|---|---:|\n| minimal Qt Widgets window (peer) | %.0f |\n"
                "| console, embedded sandbox running | %.0f |\n| ratio console / peer | %.2fx |\n"
                "| console minus peer | %.0f |\n",
                repeat, mp, mc, mc / mp, mc - mp);
    return 0;
}
