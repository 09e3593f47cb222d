#pragma once

#include <QDate>
#include <QWidget>

#include <functional>
#include <initializer_list>

class QAction;
class QComboBox;
class QHBoxLayout;
class QDateEdit;
class QLabel;
class QLineEdit;
class QTimer;
class QToolButton;

namespace console {
struct IdentityQuery;
}

namespace console::ui {

class FlowLayout;

// What the filter bar asks the server for. Dates are whole days in the reviewer's time zone:
// "from" includes the day, "to" includes the day (sent as created_at.gte / created_at.lt of
// the following midnight).
struct QueueFilterValues
{
    QString status; // wire value, empty = any
    QString type; // wire value, empty = any
    QDate createdFrom, createdTo;
    QDate updatedFrom, updatedTo;

    bool isEmpty() const
    {
        return status.isEmpty() && type.isEmpty() && !createdFrom.isValid() && !createdTo.isValid()
            && !updatedFrom.isValid() && !updatedTo.isValid();
    }
    // The List Identities query: whole local days to the half-open UTC ranges the API takes.
    IdentityQuery toQuery() const;
    friend bool operator==(const QueueFilterValues &, const QueueFilterValues &) = default;
};

// A filter as the bar shows it while it narrows the queue: a chip with a remove button.
struct FilterChip
{
    QString text; // "Status: Pending", "My identities"
    std::function<void()> remove;
};

// Server-side filters (status, type, created and updated ranges) and the instant quick
// search over what is loaded. The groups wrap onto a second row when the window is narrow.
//
// Every filter that narrows the queue shows as a removable chip: the bar's own and the ones
// kept elsewhere (the queue's row filters, given with setExternalChips), so nothing filters
// the queue unseen. "Clear filters" (clearAction) removes them all.
class FilterBar : public QWidget
{
    Q_OBJECT
public:
    explicit FilterBar(QWidget *parent = nullptr);

    QueueFilterValues values() const;
    void setValues(const QueueFilterValues &values);
    QString quickSearch() const;
    void setQuickSearch(const QString &text);
    void clear();
    void focusSearch();
    void setSummary(const QString &text);
    QString summary() const;

    QLineEdit *searchField() const { return m_search; }
    // A tool button for the action at the end of the bar (refresh, export, columns).
    void addTrailingAction(QAction *action);
    void addTrailingWidget(QWidget *widget);
    // Another client-side filter, placed after the search: its caption and its field stay
    // together when the bar wraps.
    void addFilter(QLabel *caption, QWidget *field);

    // The chips of filters kept outside the bar (MainWindow: the queue's row filters).
    void setExternalChips(const QList<FilterChip> &chips);
    // What the chips say, left to right (the bar's own first).
    QStringList chipTexts() const;
    // The action a "Clear filters" button after the chips triggers (the window's own).
    void setClearAction(QAction *action);

signals:
    void filtersChanged(const console::ui::QueueFilterValues &values);
    void quickSearchChanged(const QString &text);
    // Down arrow in the search field: the reviewer wants to go to the results.
    void moveToResults();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QDateEdit *makeDateEdit(const QString &objectName, const QString &accessibleName);
    void emitFilters();
    // Rebuilds the chips from the bar's values, the search and the external chips.
    void updateChips();
    QList<FilterChip> ownChips();

    // Caption and field(s) in one unit of the flow, kept together.
    QWidget *group(std::initializer_list<QWidget *> widgets);

    FlowLayout *m_layout = nullptr;
    QHBoxLayout *m_trailing = nullptr; // the summary, then buttons
    int m_extraFilters = 0;
    QComboBox *m_status = nullptr;
    QComboBox *m_type = nullptr;
    QDateEdit *m_createdFrom = nullptr;
    QDateEdit *m_createdTo = nullptr;
    QDateEdit *m_updatedFrom = nullptr;
    QDateEdit *m_updatedTo = nullptr;
    QLineEdit *m_search = nullptr;
    QLabel *m_summary = nullptr;
    QList<FilterChip> m_externalChips;
    QList<QWidget *> m_chipWidgets;
    QToolButton *m_clearButton = nullptr;
    QTimer *m_searchDebounce = nullptr;
    bool m_blockSignals = false;
    QueueFilterValues m_lastEmitted;
};

} // namespace console::ui
