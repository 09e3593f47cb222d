#include "ui/queue/queueexport.h"

#include "core/models/csvexporter.h"
#include "core/models/identityfilterproxy.h"
#include "ui/queue/queuetableview.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QProgressDialog>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace console::ui {

QueueExport::QueueExport(QWidget *window, QueueTableView *table, IdentityFilterProxy *proxy)
    : QObject(window)
    , m_window(window)
    , m_table(table)
    , m_proxy(proxy)
    , m_exporter(new CsvExporter(this))
{
    m_chooseSavePath = [](QWidget *parent, std::function<void(QString)> done) {
        auto *dialog = new QFileDialog(parent, tr("Export to CSV"));
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setAcceptMode(QFileDialog::AcceptSave);
        dialog->setNameFilter(tr("CSV files (*.csv)"));
        dialog->setDefaultSuffix(u"csv"_s);
        dialog->setDirectory(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
        dialog->selectFile(
            u"identities-%1.csv"_s.arg(QDateTime::currentDateTime().toString(u"yyyyMMdd-HHmm"_s)));
        QObject::connect(dialog, &QFileDialog::fileSelected, dialog, done);
        dialog->open();
    };
}

void QueueExport::cancel()
{
    if (m_exporter->isRunning())
        m_exporter->cancel();
}

void QueueExport::start()
{
    if (m_exporter->isRunning()) {
        emit message(tr("An export is already running."));
        return;
    }
    if (m_proxy->rowCount() == 0) {
        emit message(tr("Nothing to export: no identities are shown."));
        return;
    }
    m_chooseSavePath(m_window, [this](const QString &path) {
        if (!path.isEmpty())
            write(path);
    });
}

void QueueExport::write(const QString &path)
{
    const QList<int> columns = m_table->visibleColumnsInOrder();
    if (!m_exporter->start(m_proxy, columns, path)) {
        emit message(m_exporter->errorString());
        return;
    }
    auto *progress = new QProgressDialog(tr("Exporting identities…"), tr("Cancel"), 0,
                                         m_proxy->rowCount(), m_window);
    progress->setObjectName(u"exportProgress"_s);
    progress->setAttribute(Qt::WA_DeleteOnClose);
    progress->setMinimumDuration(300);
    progress->setAutoClose(false);
    progress->setAutoReset(false);
    m_progress = progress;
    connect(progress, &QProgressDialog::canceled, m_exporter, &CsvExporter::cancel);
    connect(m_exporter, &CsvExporter::progress, progress, [progress](int done, int total) {
        progress->setMaximum(total);
        progress->setValue(done);
    });
    connect(m_exporter, &CsvExporter::finished, progress, [this, progress, path](bool ok) {
        disconnect(m_exporter, nullptr, progress, nullptr);
        progress->close();
        emit message(ok ? tr("Exported %n identities to %1.", nullptr, m_proxy->rowCount())
                              .arg(QDir::toNativeSeparators(path))
                        : m_exporter->errorString());
    });
}

} // namespace console::ui
