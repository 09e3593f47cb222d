#pragma once

#include <QObject>
#include <QPointer>

#include <functional>

class QProgressDialog;
class QWidget;

namespace console {
class CsvExporter;
class IdentityFilterProxy;
} // namespace console

namespace console::ui {

class QueueTableView;

// File → Export to CSV: asks where, then writes what the queue shows (its rows in their
// order, its visible columns) on the exporter's worker, with progress and Cancel.
class QueueExport : public QObject
{
    Q_OBJECT
public:
    // Where the export writes. Default: a save dialog; tests answer directly.
    using SavePathChooser = std::function<void(QWidget *parent, std::function<void(QString)>)>;

    QueueExport(QWidget *window, QueueTableView *table, IdentityFilterProxy *proxy);

    void setSavePathChooser(SavePathChooser chooser) { m_chooseSavePath = std::move(chooser); }
    CsvExporter *exporter() const { return m_exporter; }
    void start();
    void cancel();

signals:
    // A line for the status bar.
    void message(const QString &text);

private:
    void write(const QString &path);

    QWidget *m_window;
    QueueTableView *m_table;
    IdentityFilterProxy *m_proxy;
    CsvExporter *m_exporter = nullptr;
    QPointer<QProgressDialog> m_progress;
    SavePathChooser m_chooseSavePath;
};

} // namespace console::ui
