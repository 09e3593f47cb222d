#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;
class QProgressBar;
class QToolButton;

namespace console {
class IdentityTableModel;
}

namespace console::ui {

// "Load All" for the identity queue: fetches every remaining page in large pages
// (IdentityTableModel::loadAll()), shows how many identities are loaded as they land, and
// turns into "Stop" meanwhile. The API reports no total, so progress is a count with a busy
// bar, not a percentage. Fits in a tool bar, a status bar or the filter bar.
class LoadAllControl : public QWidget
{
    Q_OBJECT
public:
    explicit LoadAllControl(QWidget *parent = nullptr);

    void setModel(console::IdentityTableModel *model);
    QToolButton *button() const { return m_button; }
    QString statusText() const;

private:
    void onClicked();
    void refresh();

    QPointer<console::IdentityTableModel> m_model;
    QToolButton *m_button = nullptr;
    QProgressBar *m_busy = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace console::ui
