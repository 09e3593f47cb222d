#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace console {
class EventsFilterProxy;
class EventsModel;
} // namespace console

namespace console::ui {

// Every event the console saw: time, type, identity, how it was delivered (webhook, follower,
// both) and what became of it, filterable, with the raw event beside the list.
class EventsView : public QWidget
{
    Q_OBJECT
public:
    explicit EventsView(EventsModel *model, QWidget *parent = nullptr);

    // One line on how events reach the console (receiver URL or why none, follower state).
    void setDeliveryStatus(const QString &text, bool healthy);

    QTableView *table() const { return m_table; }
    EventsFilterProxy *proxy() const { return m_proxy; }
    QPlainTextEdit *rawView() const { return m_raw; }

signals:
    void identityActivated(const QString &identityId);
    void syncRequested();

private:
    void refreshTypes();
    void showCurrent();

    EventsModel *m_model;
    EventsFilterProxy *m_proxy;
    QTableView *m_table;
    QPlainTextEdit *m_raw;
    QLabel *m_rawTitle;
    QComboBox *m_type;
    QComboBox *m_state;
    QComboBox *m_source;
    QLineEdit *m_search;
    QLabel *m_delivery;
    QLabel *m_count;
    QPushButton *m_sync;
};

} // namespace console::ui
