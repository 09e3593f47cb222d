#pragma once

#include <QObject>

class QTimer;

namespace console {
class InstitutionMembersCache;
class InstitutionReview;
struct Services;
} // namespace console

namespace console::ui {

class InstitutionReviewPanel;
class MainWindow;

// The institution review feature: the Institution tab of the detail pane, fed by the
// current identity (an institution's members and requirements; members added or removed
// there read the institution again), and the members of the queue's institutions
// (InstitutionMembersCache) for its Waiting on column, institutions on screen first.
class InstitutionReviewIntegration : public QObject
{
    Q_OBJECT
public:
    InstitutionReviewIntegration(MainWindow *window, const Services &services);

    InstitutionReview *review() const { return m_review; }
    InstitutionReviewPanel *panel() const { return m_panel; }
    int pageIndex() const { return m_page; }
    InstitutionMembersCache *queueMembers() const { return m_queueMembers; }

private:
    void reportVisibleRows();

    MainWindow *m_window = nullptr;
    InstitutionMembersCache *m_queueMembers = nullptr;
    QTimer *m_visibleDebounce = nullptr;
    InstitutionReview *m_review = nullptr;
    InstitutionReviewPanel *m_panel = nullptr;
    int m_page = -1;
};

} // namespace console::ui
