#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QObject>
#include <QString>

#include <optional>

namespace console {

class Settings;

// One column of a saved view, in the order the queue shows them.
struct SavedViewColumn
{
    QString key; // the column's stable name (IdentityTableModel::Column's key)
    int width = 0;
    bool hidden = false;
    friend bool operator==(const SavedViewColumn &, const SavedViewColumn &) = default;
};

// A feature's filter on the queue as it was when the view was saved (a QueueRowFilter).
// `key` empty: the filter cannot be restored (a dashboard bar); `label` is kept to say so.
struct SavedViewFilter
{
    QString key;
    QJsonValue state;
    QString label;
    bool restorable() const { return !key.isEmpty(); }
    friend bool operator==(const SavedViewFilter &, const SavedViewFilter &) = default;
};

// A named queue view: the filter bar's values and search, the features' filters, the sort and
// the columns (order, widths, hidden).
struct SavedView
{
    QString name;
    QJsonObject bar; // status, type, createdFrom, createdTo, updatedFrom, updatedTo, search
    QList<SavedViewFilter> filters;
    QString sortColumn; // a column key; empty: unsorted
    bool sortDescending = false;
    QList<SavedViewColumn> columns;

    QJsonObject toJson() const;
    // Nothing when `json` is not a view (no name); fields of the wrong type are left out.
    static std::optional<SavedView> fromJson(const QJsonObject &json);
    friend bool operator==(const SavedView &, const SavedView &) = default;
};

// The reviewer's saved views of the queue, in the settings (roaming: they follow the user),
// and which one is in use, so it is applied again at start. Names are unique without regard
// to case. The stored text is bounded before it is parsed and every field is checked, so a
// hand-edited or foreign settings file cannot make the console misbehave: what is not a view
// is dropped.
class SavedViews : public QObject
{
    Q_OBJECT
public:
    static constexpr int kMaxViews = 50;
    static constexpr int kMaxNameLength = 80;
    static constexpr qsizetype kMaxStoredBytes = 512 * 1024;

    explicit SavedViews(Settings *settings, QObject *parent = nullptr);

    QList<SavedView> views() const;
    QStringList names() const;
    std::optional<SavedView> find(const QString &name) const;

    // Adds a view, or replaces the one of that name when `overwrite` (else refused).
    bool save(const SavedView &view, bool overwrite = false);
    bool rename(const QString &from, const QString &to);
    bool remove(const QString &name);

    // The view in use ("" for none); forgotten when it is removed, follows a rename.
    QString current() const;
    bool setCurrent(const QString &name);

    // Why the last call refused, in words for the reviewer.
    QString errorString() const { return m_error; }

signals:
    void changed();

private:
    bool store(const QList<SavedView> &views);
    QString checkedName(const QString &name);
    static qsizetype indexOf(const QList<SavedView> &views, const QString &name);

    Settings *m_settings;
    QString m_error;
};

} // namespace console
