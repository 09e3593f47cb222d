#pragma once

#include <QObject>

namespace console {
class InstitutionReview;
struct Services;
} // namespace console

namespace console::ui {

class InstitutionReviewPanel;
class MainWindow;

// The institution review feature: the Institution tab of the detail pane, fed by the
// current identity (an institution's members and requirements; members added or removed
// there read the institution again).
class InstitutionReviewIntegration : public QObject
{
    Q_OBJECT
public:
    InstitutionReviewIntegration(MainWindow *window, const Services &services);

    InstitutionReview *review() const { return m_review; }
    InstitutionReviewPanel *panel() const { return m_panel; }
    int pageIndex() const { return m_page; }

private:
    InstitutionReview *m_review = nullptr;
    InstitutionReviewPanel *m_panel = nullptr;
    int m_page = -1;
};

} // namespace console::ui
