#pragma once

#include <QObject>

class QApplication;

namespace console::ui {

// The application-wide rule that a mouse wheel never changes a value by accident: over a combo
// box, spin box or date/time edit that does not have keyboard focus, the wheel scrolls the
// form around it instead of changing the field (a reviewer scrolling a long New person form
// must not turn "ID type" into ITIN on the way). Once the field has focus, by click or Tab,
// the wheel changes it as usual.
class WheelGuard : public QObject
{
    Q_OBJECT
public:
    // Installs the rule on the whole application (once; later calls do nothing).
    static void install(QApplication *app);

    explicit WheelGuard(QObject *parent = nullptr);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
};

} // namespace console::ui
