#pragma once

#include "core/events/eventrecord.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSortFilterProxyModel>

namespace console {

class Store;

// Every event the console saw, newest first, updated in place by event id.
class EventsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { TimeColumn, TypeColumn, StateColumn, SourceColumn, IdentityColumn, ColumnCount };
    Q_ENUM(Column)
    enum Role {
        EventIdRole = Qt::UserRole + 100,
        RawJsonRole, // the raw event, indented JSON text
        StateKeyRole, // eventStateKey()
        SourceKeyRole, // eventSourceName() or empty
        TypeRole, // the wire type
        ErrorRole,
    };

    explicit EventsModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Adds the record, or updates the row with its id in place.
    void upsert(const console::EventRecord &record);
    void clear();
    // Adds the newest `limit` events of `environment` (Session::environmentKey()) processed
    // before (earlier runs, other consoles), so the view starts with history. Returns how
    // many, or -1 when the store could not be read.
    int loadHistory(Store *store, const QString &environment, int limit = 500);

    std::optional<EventRecord> recordAt(int row) const;
    int rowOf(const QString &eventId) const;
    // Types seen so far, sorted (for the type filter).
    QStringList types() const;

signals:
    void typesChanged();

private:
    QList<EventRecord> m_rows; // in arrival order; the view sorts
    QHash<QString, int> m_index;
};

// Filters the events view: by type, by processing state, by delivery path and by free text
// (event id, identity id, type).
class EventsFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit EventsFilterProxy(QObject *parent = nullptr);

    void setTypeFilter(const QString &type); // empty: all
    void setStateFilter(const QString &stateKey); // eventStateKey(); empty: all
    void setSourceFilter(const QString &sourceKey); // eventSourceName(); empty: all
    void setText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QString m_type;
    QString m_state;
    QString m_source;
    QString m_text;
};

} // namespace console
