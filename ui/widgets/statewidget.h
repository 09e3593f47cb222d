#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QProgressBar;

namespace console::ui {

// What a view shows when it has no content to show: nothing yet, loading, or an error that
// says what happened. Empty and error states may offer one action ("Retry", "Add demo
// identities").
class StateWidget : public QWidget
{
    Q_OBJECT
public:
    enum class State { Empty, Loading, Error };
    Q_ENUM(State)

    explicit StateWidget(QWidget *parent = nullptr);

    void showEmpty(const QString &title, const QString &message = {},
                   const QString &actionText = {});
    void showLoading(const QString &title, const QString &message = {});
    void showError(const QString &title, const QString &message, const QString &actionText = {});

    State state() const { return m_state; }
    QString title() const;
    QString message() const;

signals:
    void actionTriggered();

private:
    void apply(State state, const QString &title, const QString &message,
               const QString &actionText);

    State m_state = State::Empty;
    QLabel *m_icon = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_message = nullptr;
    QProgressBar *m_busy = nullptr;
    QPushButton *m_action = nullptr;
};

} // namespace console::ui
