#include "ui/detail/institutionreviewintegration.h"

#include "core/current/currentidentity.h"
#include "core/institutions/institutionreview.h"
#include "core/services.h"
#include "core/session/session.h"
#include "ui/detail/institutionreviewpanel.h"
#include "ui/shell/mainwindow.h"

namespace console::ui {

InstitutionReviewIntegration::InstitutionReviewIntegration(MainWindow *window,
                                                           const Services &services)
    : QObject(window)
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
}

} // namespace console::ui
