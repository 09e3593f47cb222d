#pragma once

#include "core/record/timeline.h"

#include <QDialog>
#include <QWidget>

class QComboBox;
class QLabel;
class QTimer;
class QTreeWidget;
class QTreeWidgetItem;

namespace console::ui {

// The detail pane's "Timeline" tab: what happened to one identity, newest first — status and
// sub-status changes with their cause, events, documents, controls, notes and the console's
// own calls. Enter or a double click opens an entry's details (its record as JSON, and for a
// status change the difference between the two snapshots). The store's part is read here;
// documents and controls come from the API through setApiSources().
class TimelineWidget : public QWidget
{
    Q_OBJECT
public:
    explicit TimelineWidget(Store *store, QWidget *parent = nullptr);

    void setIdentityId(const QString &identityId);
    QString identityId() const { return m_identityId; }
    // List Identity Documents `documents` and List Identity Controls (deleted included).
    void setApiSources(const QJsonArray &documents, const QJsonArray &controls);

    const QList<TimelineEntry> &entries() const { return m_entries; }
    // Opens the details of the entry at row (window-modal, not blocking); returns the dialog.
    QDialog *openDetails(int row);

    static QIcon iconFor(TimelineKind kind);
    static QString kindLabel(TimelineKind kind);
    // "path: old → new" lines between two identity records, PII masked.
    static QStringList snapshotDiff(const QJsonObject &before, const QJsonObject &after);

public slots:
    void reload();

private:
    void populate();

    Store *m_store;
    QString m_identityId;
    // Store changes arrive in bursts (every API call lands in the request ledger, a page at a
    // time during Load All): they are gathered into one reload.
    QTimer *m_reloadSoon = nullptr;
    QJsonArray m_documents;
    QJsonArray m_controls;
    TimelineSources m_sources;
    QList<TimelineEntry> m_entries;
    QComboBox *m_kind = nullptr;
    QTreeWidget *m_tree = nullptr;
    QLabel *m_message = nullptr;
};

// The details of one timeline entry.
class TimelineEntryDialog : public QDialog
{
    Q_OBJECT
public:
    // diff: lines from TimelineWidget::snapshotDiff, empty when the entry has no snapshots.
    TimelineEntryDialog(const TimelineEntry &entry, const QStringList &diff,
                        QWidget *parent = nullptr);
};

} // namespace console::ui
