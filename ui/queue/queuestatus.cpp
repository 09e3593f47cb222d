#include "ui/queue/queuestatus.h"

#include "core/models/identityfilterproxy.h"
#include "core/models/identitytablemodel.h"
#include "core/models/queuerowfilter.h"
#include "ui/widgets/statewidget.h"

#include <QAction>
#include <QLocale>

namespace console::ui {

void QueueStatus::describeEmpty(StateWidget *state, const IdentityTableModel &model,
                                const IdentityFilterProxy &proxy, const QAction *emptyQueueAction)
{
    const int loaded = model.rowCount();
    if (loaded > 0) {
        state->showEmpty(tr("Nothing loaded matches “%1”").arg(proxy.quickSearch()),
                         model.hasMorePages()
                             ? tr("The search covers the %n identities loaded so far. "
                                  "Clear it, or narrow the filters to load the rest.",
                                  nullptr, loaded)
                             : tr("The search covers all %n identities that match the "
                                  "filters.",
                                  nullptr, loaded));
    } else if (model.loadState() == IdentityTableModel::LoadState::Loading) {
        state->showLoading(tr("Loading identities…"));
    } else if (model.loadState() == IdentityTableModel::LoadState::Error) {
        const auto error = model.lastError();
        state->showError(tr("Could not load identities"),
                         error ? error.value().message() : QString(), tr("Try Again"));
    } else if (!model.query().isEmpty()) {
        state->showEmpty(tr("No identities match these filters"),
                         tr("Change or clear the filters (Ctrl+Shift+L)."));
    } else if (emptyQueueAction && emptyQueueAction->isEnabled()) {
        state->showEmpty(tr("No identities yet"),
                         tr("Onboard a person with Identity → New person (Ctrl+N), or "
                            "fill this local sandbox with demo identities in every "
                            "status."),
                         emptyQueueAction->iconText());
    } else {
        state->showEmpty(tr("No identities yet"),
                         tr("Identities created through the API appear here. Onboard a "
                            "person with Identity → New person (Ctrl+N)."));
    }
}

QString QueueStatus::summary(const IdentityTableModel &model, const IdentityFilterProxy &proxy)
{
    const QLocale locale;
    const int loaded = model.rowCount();
    const int shown = proxy.rowCount();
    bool narrowed = !proxy.quickSearch().isEmpty();
    const QList<QueueRowFilter *> filters = proxy.rowFilters();
    for (const QueueRowFilter *filter : filters)
        narrowed = narrowed || (filter && filter->isActive());
    QString text;
    // Whatever narrows the loaded rows (search, My identities, Follow-up) says how much of
    // the queue is shown: "12 of 41".
    if (narrowed && model.hasMorePages())
        text = tr("%1 of %2 loaded").arg(locale.toString(shown), locale.toString(loaded));
    else if (narrowed)
        text = tr("%1 of %2").arg(locale.toString(shown), locale.toString(loaded));
    else if (model.hasMorePages())
        text = tr("%1 loaded, more on scroll").arg(locale.toString(loaded));
    else
        text = tr("%n identities", nullptr, loaded);
    if (model.isLoading())
        text += tr(" · loading…");
    return text;
}

} // namespace console::ui
