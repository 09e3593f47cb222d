#include "ui/widgets/wheelguard.h"

#include <QAbstractScrollArea>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QScrollBar>
#include <QWheelEvent>

namespace console::ui {

namespace {

// Value fields the wheel would change. A combo box's popup list scrolls freely: it is a
// different widget (the view inside the popup), so it never reaches this test.
bool isGuardedField(const QWidget *widget)
{
    return qobject_cast<const QComboBox *>(widget) != nullptr
        || qobject_cast<const QAbstractSpinBox *>(widget) != nullptr;
}

// The nearest scroll area around `widget` whose viewport can scroll, if any.
QAbstractScrollArea *scrollAreaAround(QWidget *widget)
{
    for (QWidget *w = widget->parentWidget(); w; w = w->parentWidget()) {
        if (auto *area = qobject_cast<QAbstractScrollArea *>(w))
            return area;
    }
    return nullptr;
}

} // namespace

WheelGuard::WheelGuard(QObject *parent)
    : QObject(parent)
{
}

void WheelGuard::install(QApplication *app)
{
    if (app->findChild<WheelGuard *>(QString(), Qt::FindDirectChildrenOnly))
        return;
    app->installEventFilter(new WheelGuard(app));
}

bool WheelGuard::eventFilter(QObject *watched, QEvent *event)
{
    if (!watched->isWidgetType())
        return false;
    auto *widget = static_cast<QWidget *>(watched);
    // Qt gives a field with Qt::WheelFocus the focus before the wheel event reaches any
    // filter, which would defeat the rule below; a field takes focus by click or Tab instead.
    if (event->type() == QEvent::Polish && isGuardedField(widget)
        && widget->focusPolicy() == Qt::WheelFocus) {
        widget->setFocusPolicy(Qt::StrongFocus);
        return false;
    }
    if (event->type() != QEvent::Wheel)
        return false;
    // A spin box's line edit receives the wheel first; judge the field it belongs to.
    QWidget *field = widget;
    if (!isGuardedField(field) && field->parentWidget() && isGuardedField(field->parentWidget()))
        field = field->parentWidget();
    if (!isGuardedField(field) || field->hasFocus())
        return false;

    // Not focused: the field must not change. Hand the wheel to the scroll area around it,
    // so the form still scrolls under the pointer as the reviewer expects.
    auto *wheel = static_cast<QWheelEvent *>(event);
    if (QAbstractScrollArea *area = scrollAreaAround(field)) {
        QWidget *viewport = area->viewport();
        const QPointF pos = viewport->mapFromGlobal(wheel->globalPosition());
        QWheelEvent forwarded(pos, wheel->globalPosition(), wheel->pixelDelta(),
                              wheel->angleDelta(), wheel->buttons(), wheel->modifiers(),
                              wheel->phase(), wheel->inverted(), wheel->source());
        QCoreApplication::sendEvent(viewport, &forwarded);
    }
    return true;
}

} // namespace console::ui
