#include "ui/shell/connectionindicator.h"

#include "core/models/format.h"
#include "ui/widgets/theme.h"

#include <QHBoxLayout>
#include <QLabel>

using namespace Qt::StringLiterals;

namespace console::ui {

ConnectionIndicator::ConnectionIndicator(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"connectionIndicator"_s);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 0, 4, 0);
    layout->setSpacing(6);
    m_dot = new QLabel(this);
    m_dot->setFixedSize(10, 10);
    layout->addWidget(m_dot);
    m_text = new QLabel(this);
    m_text->setObjectName(u"connectionState"_s);
    layout->addWidget(m_text);
    m_token = new QLabel(this);
    m_token->setObjectName(u"tokenExpiry"_s);
    layout->addWidget(m_token);
    m_error = new QLabel(this);
    m_error->setObjectName(u"lastError"_s);
    m_error->setMaximumWidth(520);
    setToneText(m_error, Tone::Negative);
    layout->addWidget(m_error);
    layout->addStretch(1);
    setState(State::Stopped);
    setLastError({});
}

QString ConnectionIndicator::stateText() const
{
    return m_text->text();
}

void ConnectionIndicator::setState(State state, const QString &detail)
{
    m_state = state;
    QString text;
    Tone tone = Tone::Neutral;
    switch (state) {
    case State::Stopped:
        text = tr("Not connected");
        tone = Tone::Neutral;
        break;
    case State::Starting:
        text = tr("Starting local sandbox…");
        tone = Tone::Warning;
        break;
    case State::Connecting:
        text = tr("Connecting…");
        tone = Tone::Warning;
        break;
    case State::Connected:
        text = tr("Connected");
        tone = Tone::Positive;
        break;
    case State::Offline:
        text = tr("Offline: read-only");
        tone = Tone::Negative;
        break;
    }
    if (!detail.isEmpty())
        text += u" · "_s + detail;
    m_text->setText(text);
    // The dot in the tone's text colour: it reads on this palette's window, light or dark.
    m_dot->setStyleSheet(u"background: %1; border-radius: 5px;"_s.arg(
        badgeColors(tone, palette()).foreground.name()));
    m_dot->setAccessibleName(text);
    updateToken(QDateTime::currentDateTimeUtc());
}

void ConnectionIndicator::setTokenExpiry(const QDateTime &utc)
{
    m_expiry = utc;
    updateToken(QDateTime::currentDateTimeUtc());
}

void ConnectionIndicator::tick(const QDateTime &nowUtc)
{
    updateToken(nowUtc);
}

void ConnectionIndicator::updateToken(const QDateTime &nowUtc)
{
    if (!m_expiry.isValid() || m_state == State::Stopped || m_state == State::Starting) {
        m_token->clear();
        m_token->setVisible(false);
        return;
    }
    const qint64 secs = nowUtc.secsTo(m_expiry);
    m_token->setVisible(true);
    m_token->setText(secs > 0 ? tr("· token valid %1").arg(formatAge(secs))
                              : tr("· token expired, renewed on next call"));
    m_token->setToolTip(tr("Access token expires %1").arg(formatDateTimeLong(m_expiry)));
}

void ConnectionIndicator::setLastError(const QString &message, const QString &detail)
{
    m_error->setText(message.isEmpty() ? QString() : tr("· Last error: %1").arg(message));
    m_error->setToolTip(detail.isEmpty() ? message : message + u"\n\n"_s + detail);
    m_error->setVisible(!message.isEmpty());
}

QString ConnectionIndicator::lastError() const
{
    return m_error->text();
}

} // namespace console::ui
