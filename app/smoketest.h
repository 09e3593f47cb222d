#pragma once

#include <QObject>
#include <QString>

namespace console {
class CurrentIdentity;
class IdentityTableModel;
} // namespace console

namespace console::ui {
class MainWindow;
}

namespace console::app {

// --self-test and --screenshot: waits for the first page of the queue, opens an identity
// (for a screenshot, one with something to explain), then exits 0 (after saving the window to
// screenshotPath, showing detail page screenshotTab) or 1 on any failure or after 45 s.
class SmokeTest : public QObject
{
    Q_OBJECT
public:
    SmokeTest(ui::MainWindow *window, IdentityTableModel *identities, CurrentIdentity *current,
              QObject *parent = nullptr);

    void setScreenshot(const QString &path, int detailPage);
    void start();

signals:
    void finished(int exitCode);

private:
    void openFirst();
    void loaded();

    ui::MainWindow *m_window;
    IdentityTableModel *m_identities;
    CurrentIdentity *m_current;
    QString m_screenshotPath;
    int m_screenshotPage = 0;
};

} // namespace console::app
