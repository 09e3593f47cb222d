#pragma once

// The real console for window tests: an Application on an in-memory embedded sandbox with
// `seeded` demo identities, credentials in memory, its data dir kept for the leak sweep.
// Header-only, so each window test links only what it already links (console_app, sandbox).
#include "app/application.h"
#include "core/credentials/credentialstore.h"
#include "core/session/session.h"
#include "support/keptdir.h"
#include "ui/shell/mainwindow.h"
#include "ui/widgets/theme.h"

#include <QApplication>
#include <QTest>

#include <memory>

namespace testsupport {

class ConsoleHarness
{
public:
    static constexpr int kTimeout = 20000;

    // Starts the console and waits until its window is shown and connected. Failures are
    // reported through QTest: check QTest::currentTestFailed() after the call. `network`
    // (e.g. a LoopbackNetwork that plays Production) must outlive the console.
    void start(int seeded, QSize windowSize = QSize(1600, 1000),
               QNetworkAccessManager *network = nullptr)
    {
        QVERIFY(m_dir.isValid());
        // Screenshots in the dark palette too (CC_SCREENSHOT_SCHEME=dark), to look at both.
        if (qEnvironmentVariable("CC_SCREENSHOT_SCHEME") == QLatin1String("dark"))
            console::ui::applyColorScheme(qApp, console::ui::ColorScheme::Dark);
        console::app::Application::Options options;
        options.dataDir = m_dir.path();
        options.inMemorySandbox = true;
        options.seedIdentities = seeded;
        options.ephemeralUi = true;
        options.credentials = &m_credentials;
        options.windowSize = windowSize;
        options.network = network;
        m_app = std::make_unique<console::app::Application>(options);
        QString error;
        QVERIFY2(m_app->start(&error), qPrintable(error));
        QVERIFY(QTest::qWaitForWindowExposed(m_app->window()));
        QTRY_COMPARE_WITH_TIMEOUT(m_app->session()->state(), console::Session::State::Connected,
                                  kTimeout);
    }
    void stop() { m_app.reset(); }

    console::app::Application *app() const { return m_app.get(); }
    console::ui::MainWindow *window() const { return m_app ? m_app->window() : nullptr; }

private:
    KeptDir m_dir;
    console::MemoryCredentialStore m_credentials;
    std::unique_ptr<console::app::Application> m_app;
};

} // namespace testsupport
