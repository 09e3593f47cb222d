#include "ui/widgets/statewidget.h"

#include "ui/widgets/labels.h"
#include "ui/widgets/theme.h"

#include <QIcon>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace console::ui {

StateWidget::StateWidget(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"stateWidget"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 32, 32, 32);
    layout->setSpacing(10);
    layout->addStretch(2);

    m_icon = new QLabel(this);
    m_icon->setAlignment(Qt::AlignCenter);
    layout->addWidget(m_icon);

    m_title = new QLabel(this);
    m_title->setObjectName(u"stateTitle"_s);
    m_title->setAlignment(Qt::AlignCenter);
    m_title->setWordWrap(true);
    QFont tf = m_title->font();
    tf.setPointSizeF(tf.pointSizeF() * 1.2);
    tf.setWeight(QFont::DemiBold);
    m_title->setFont(tf);
    layout->addWidget(m_title);

    m_message = new QLabel(this);
    m_message->setObjectName(u"stateMessage"_s);
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    setMuted(m_message);
    layout->addWidget(m_message);

    m_busy = new QProgressBar(this);
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setMaximumWidth(220);
    m_busy->setMaximumHeight(6);
    layout->addWidget(m_busy, 0, Qt::AlignHCenter);

    m_action = new QPushButton(this);
    m_action->setObjectName(u"stateAction"_s);
    connect(m_action, &QPushButton::clicked, this, &StateWidget::actionTriggered);
    layout->addWidget(m_action, 0, Qt::AlignHCenter);
    layout->addStretch(3);

    showEmpty({});
}

void StateWidget::showEmpty(const QString &title, const QString &message, const QString &actionText)
{
    apply(State::Empty, title, message, actionText);
}

void StateWidget::showLoading(const QString &title, const QString &message)
{
    apply(State::Loading, title, message, {});
}

void StateWidget::showError(const QString &title, const QString &message, const QString &actionText)
{
    apply(State::Error, title, message, actionText);
}

QString StateWidget::title() const
{
    return m_title->text();
}

QString StateWidget::message() const
{
    return m_message->text();
}

void StateWidget::apply(State state, const QString &title, const QString &message,
                        const QString &actionText)
{
    m_state = state;
    QIcon icon;
    switch (state) {
    case State::Empty:
        icon = themedIcon(u"empty"_s);
        break;
    case State::Loading:
        break;
    case State::Error:
        icon = themedIcon(u"error"_s);
        break;
    }
    m_icon->setPixmap(icon.isNull() ? QPixmap() : icon.pixmap(48, 48));
    m_icon->setVisible(!icon.isNull());
    m_title->setText(title);
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
    m_busy->setVisible(state == State::Loading);
    m_action->setText(actionText);
    m_action->setVisible(!actionText.isEmpty());
}

} // namespace console::ui
