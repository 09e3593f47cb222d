#include "ui/detail/institutionreviewintegration.h"

#include "core/current/currentidentity.h"
#include "core/events/eventprocessor.h"
#include "core/events/eventsservice.h"
#include "core/institutions/institutionmemberscache.h"
#include "core/institutions/institutionreview.h"
#include "core/models/identitytablemodel.h"
#include "core/models/roles.h"
#include "core/services.h"
#include "core/session/session.h"
#include "ui/detail/institutionreviewpanel.h"
#include "ui/queue/queuetableview.h"
#include "ui/shell/mainwindow.h"

#include <QScrollBar>
#include <QTimer>

namespace console::ui {

InstitutionReviewIntegration::InstitutionReviewIntegration(MainWindow *window,
                                                           const Services &services)
    : QObject(window)
    , m_window(window)
{
    // This tab's own state, like the Controls tab's ControlChanges: not a shared service.
    m_review = new InstitutionReview(services.session, this);
    m_panel = new InstitutionReviewPanel(m_review, services.session);
    m_page = window->addDetailPage(m_panel, tr("Institution"));
    if (CurrentIdentity *current = services.current) {
        connect(current, &CurrentIdentity::loaded, m_review, &InstitutionReview::setIdentity);
        connect(current, &CurrentIdentity::selected, m_review, [this](const QString &id) {
            if (m_review->institution() && m_review->institution()->id != id)
                m_review->clear();
        });
        connect(m_panel, &InstitutionReviewPanel::membersChanged, current,
                [current](const QString &id) { current->open(id); });
    }
    connect(services.session, &Session::environmentChanged, m_review, &InstitutionReview::clear);

    // The queue's Waiting on column names an institution's blocking member without the
    // institution being opened: the cache reads the members in the background.
    if (services.identities) {
        m_queueMembers = new InstitutionMembersCache(services.session, services.identities, this);
        // What an event or the detail pane brings tells the cache too: an institution read
        // with members is kept, a member's change reads its institutions again.
        if (services.events && services.events->processor())
            connect(services.events->processor(), &EventProcessor::identityUpdated, m_queueMembers,
                    &InstitutionMembersCache::identityChanged);
        if (CurrentIdentity *current = services.current)
            connect(current, &CurrentIdentity::loaded, m_queueMembers,
                    &InstitutionMembersCache::identityChanged);
        // The rows on screen go first: reported after scrolling, resizing, sorting or
        // filtering settles, never per painted row.
        m_visibleDebounce = new QTimer(this);
        m_visibleDebounce->setSingleShot(true);
        m_visibleDebounce->setInterval(150);
        connect(m_visibleDebounce, &QTimer::timeout, this,
                &InstitutionReviewIntegration::reportVisibleRows);
        QueueTableView *view = window->queueView();
        const auto later = [this] { m_visibleDebounce->start(); };
        connect(view->verticalScrollBar(), &QScrollBar::valueChanged, this, later);
        connect(view->verticalScrollBar(), &QScrollBar::rangeChanged, this, later);
        if (QAbstractItemModel *shown = view->model()) {
            connect(shown, &QAbstractItemModel::layoutChanged, this, later);
            connect(shown, &QAbstractItemModel::modelReset, this, later);
            connect(shown, &QAbstractItemModel::rowsInserted, this, later);
        }
    }
}

void InstitutionReviewIntegration::reportVisibleRows()
{
    QueueTableView *view = m_window->queueView();
    QAbstractItemModel *shown = view->model();
    if (!shown || !m_queueMembers)
        return;
    const int first = qMax(0, view->rowAt(0));
    int last = view->rowAt(view->viewport()->height() - 1);
    if (last < 0)
        last = shown->rowCount() - 1;
    QStringList ids;
    // A screenful is a few dozen rows; bounded anyway.
    for (int row = first; row <= last && ids.size() < 200; ++row)
        ids << shown->index(row, 0).data(IdentityIdRole).toString();
    m_queueMembers->setVisible(ids);
}

} // namespace console::ui
