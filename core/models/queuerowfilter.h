#pragma once

#include <QJsonValue>
#include <QModelIndex>
#include <QObject>
#include <QString>

namespace console {

// One condition a feature adds to the identity queue ("Follow-up", "My identities").
// Registered on the queue's own IdentityFilterProxy (MainWindow::addQueueFilter), never as a
// proxy of its own between the model and the queue: a proxy in between would hide the
// IdentityTableModel from the queue proxy, which then sorts 100,000 rows itself on the UI
// thread instead of handing the sort to the model's sort engine.
class QueueRowFilter : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    // Off: every row passes and accepts() is not asked, so a filter that is off costs
    // nothing per row.
    virtual bool isActive() const = 0;
    // `row` is column 0 of a row of the identity model (IdentityIdRole, WireValueRole ...
    // are read from it or its siblings).
    virtual bool accepts(const QModelIndex &row) const = 0;
    // While active, what the filter bar's chip for it says ("My identities", "Follow-up:
    // KYC refresh overdue"): a filter that narrows the queue is always visible.
    virtual QString label() const = 0;
    // Turns the filter off (the chip's remove button, "Clear filters"); emits changed(), and
    // whatever control shows the filter's state follows it.
    virtual void clear() = 0;

    // Saved views (core/settings/savedviews.h): a stable name for the filter, its state as
    // JSON and the way back. The default key is empty: such a filter (a dashboard bar) cannot
    // be restored later, and a view saved while it is active says so when it is applied.
    virtual QString viewKey() const { return {}; }
    virtual QJsonValue viewState() const { return {}; }
    virtual bool restoreViewState(const QJsonValue &state)
    {
        Q_UNUSED(state);
        return false;
    }

signals:
    // What the filter accepts changed: the queue filters again.
    void changed();
};

} // namespace console
