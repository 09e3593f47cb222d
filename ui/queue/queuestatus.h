#pragma once

#include <QCoreApplication>
#include <QString>

class QAction;

namespace console {
class IdentityFilterProxy;
class IdentityTableModel;
} // namespace console

namespace console::ui {

class StateWidget;

// The words the queue shows about itself: the state in place of an empty table (loading, an
// error, nothing matching the search or the filters, no identities yet) and the summary line
// in the filter bar ("240 loaded, more on scroll").
class QueueStatus
{
    Q_DECLARE_TR_FUNCTIONS(console::ui::QueueStatus)
public:
    // Fills `state` for a queue that shows no row. emptyQueueAction (may be null): what the
    // empty queue offers besides onboarding, while it is enabled.
    static void describeEmpty(StateWidget *state, const IdentityTableModel &model,
                              const IdentityFilterProxy &proxy, const QAction *emptyQueueAction);
    static QString summary(const IdentityTableModel &model, const IdentityFilterProxy &proxy);
};

} // namespace console::ui
