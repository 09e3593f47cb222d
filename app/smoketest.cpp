#include "app/smoketest.h"

#include "core/current/currentidentity.h"
#include "core/models/identitytablemodel.h"
#include "core/models/roles.h"
#include "ui/detail/identitydetailpane.h"
#include "ui/queue/queuetableview.h"
#include "ui/shell/mainwindow.h"

#include <QPixmap>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace console::app {

namespace {
constexpr int kSmokeTimeoutMs = 45000;
}

SmokeTest::SmokeTest(ui::MainWindow *window, IdentityTableModel *identities,
                     CurrentIdentity *current, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_identities(identities)
    , m_current(current)
{
}

void SmokeTest::setScreenshot(const QString &path, int detailPage)
{
    m_screenshotPath = path;
    m_screenshotPage = detailPage;
}

void SmokeTest::start()
{
    auto *deadline = new QTimer(this);
    deadline->setSingleShot(true);
    connect(deadline, &QTimer::timeout, this, [this] {
        qWarning("self-test: timed out (%s)",
                 qPrintable(m_identities->lastError() ? m_identities->lastError()->message()
                                                      : u"no error reported"_s));
        emit finished(1);
    });
    deadline->start(kSmokeTimeoutMs);

    auto pageDone = std::make_shared<QMetaObject::Connection>();
    *pageDone = connect(m_identities, &IdentityTableModel::pageLoaded, this, [this, pageDone] {
        disconnect(*pageDone);
        openFirst();
    });
    connect(m_identities, &IdentityTableModel::errorOccurred, this,
            [this](const paxos::ApiError &e) {
                qWarning("self-test: listing failed: %s", qPrintable(e.message()));
                emit finished(1);
            });
    connect(m_current, &CurrentIdentity::failed, this,
            [this](const QString &, const paxos::ApiError &e) {
                qWarning("self-test: Get Identity failed: %s", qPrintable(e.message()));
                emit finished(1);
            });
    connect(m_current, &CurrentIdentity::loaded, this, [this, deadline] {
        deadline->stop();
        loaded();
    });
}

void SmokeTest::openFirst()
{
    if (m_identities->rowCount() == 0) {
        qWarning("self-test: the queue is empty");
        emit finished(1);
        return;
    }
    // The screenshot shows an identity with something to explain; the self-test the first.
    int row = 0;
    QAbstractItemModel *shown = m_window->queueView()->model();
    if (!m_screenshotPath.isEmpty()) {
        for (int r = 0; r < shown->rowCount(); ++r) {
            if (shown->index(r, IdentityTableModel::ActorColumn).data().toString()
                == tr("Customer")) {
                row = r;
                break;
            }
        }
    }
    m_window->queueView()->setFocus();
    m_window->queueView()->selectRow(row);
    m_current->open(shown->index(row, 0).data(IdentityIdRole).toString());
}

void SmokeTest::loaded()
{
    if (m_screenshotPath.isEmpty()) {
        qInfo("self-test: %d identities listed, %s opened", m_identities->rowCount(),
              qPrintable(m_window->detailPane()->identityId()));
        emit finished(0);
        return;
    }
    m_window->showDetailPage(m_screenshotPage);
    // One more turn of the event loop so the pane has laid itself out.
    QTimer::singleShot(200, this, [this] {
        const QPixmap shot = m_window->grab();
        if (!shot.save(m_screenshotPath, "PNG")) {
            qWarning("screenshot: cannot write %s", qPrintable(m_screenshotPath));
            emit finished(1);
            return;
        }
        emit finished(0);
    });
}

} // namespace console::app
