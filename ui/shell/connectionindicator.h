#pragma once

#include <QDateTime>
#include <QWidget>

class QLabel;

namespace console::ui {

// Status-bar widget: connection state (coloured dot + words), token expiry, last error.
class ConnectionIndicator : public QWidget
{
    Q_OBJECT
public:
    enum class State { Stopped, Starting, Connecting, Connected, Offline };
    Q_ENUM(State)

    explicit ConnectionIndicator(QWidget *parent = nullptr);

    void setState(State state, const QString &detail = {});
    State state() const { return m_state; }
    // Invalid = no token yet.
    void setTokenExpiry(const QDateTime &utc);
    void setLastError(const QString &message, const QString &detail = {});
    QString lastError() const;
    QString stateText() const;
    // Re-reads the clock (the expiry countdown).
    void tick(const QDateTime &nowUtc);

private:
    void updateToken(const QDateTime &nowUtc);

    State m_state = State::Stopped;
    QDateTime m_expiry;
    QLabel *m_dot = nullptr;
    QLabel *m_text = nullptr;
    QLabel *m_token = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace console::ui
