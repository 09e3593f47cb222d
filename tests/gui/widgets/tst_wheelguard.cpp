#include "ui/widgets/wheelguard.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QLineEdit>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QTest>
#include <QVBoxLayout>
#include <QWheelEvent>

using namespace Qt::StringLiterals;
using console::ui::WheelGuard;

// The wheel over a value field changes it only when the field has focus; otherwise it scrolls
// the form around it.
class TestWheelGuard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { WheelGuard::install(qobject_cast<QApplication *>(qApp)); }

    void installsOnce()
    {
        WheelGuard::install(qobject_cast<QApplication *>(qApp));
        QCOMPARE(qApp->findChildren<WheelGuard *>(QString(), Qt::FindDirectChildrenOnly).size(), 1);
    }

    // A real wheel gives a Qt::WheelFocus widget the focus before any filter sees the event;
    // the guard turns that off, so the wheel cannot focus a field and then change it.
    void fieldsDoNotTakeFocusFromTheWheel()
    {
        Form form;
        QCOMPARE(form.combo->focusPolicy(), Qt::StrongFocus);
        QCOMPARE(form.spin->focusPolicy(), Qt::StrongFocus);
        QCOMPARE(form.date->focusPolicy(), Qt::StrongFocus);
    }

    void unfocusedFieldsKeepTheirValueAndTheFormScrolls()
    {
        Form form;
        form.other->setFocus();
        QTRY_VERIFY(form.other->hasFocus());

        const int scrolled = form.area.verticalScrollBar()->value();
        wheelDown(form.combo);
        wheelDown(form.spin);
        wheelDown(form.date);
        QCOMPARE(form.combo->currentIndex(), 0);
        QCOMPARE(form.spin->value(), 5);
        QCOMPARE(form.date->date(), QDate(1990, 6, 15));
        // The wheel went to the form instead: it scrolled down.
        QVERIFY(form.area.verticalScrollBar()->value() > scrolled);
    }

    void aFocusedFieldChangesAsUsual()
    {
        Form form;
        form.combo->setFocus();
        QTRY_VERIFY(form.combo->hasFocus());
        wheelDown(form.combo);
        QCOMPARE(form.combo->currentIndex(), 1);

        form.spin->setFocus();
        QTRY_VERIFY(form.spin->hasFocus());
        wheelDown(form.spin);
        QCOMPARE(form.spin->value(), 4);
    }

private:
    struct Form
    {
        QScrollArea area;
        QWidget *page = new QWidget;
        QLineEdit *other = new QLineEdit;
        QComboBox *combo = new QComboBox;
        QSpinBox *spin = new QSpinBox;
        QDateEdit *date = new QDateEdit(QDate(1990, 6, 15));

        Form()
        {
            combo->addItems({u"Choose"_s, u"SSN"_s, u"ITIN"_s});
            spin->setRange(0, 10);
            spin->setValue(5);
            auto *layout = new QVBoxLayout(page);
            layout->addWidget(other);
            layout->addWidget(combo);
            layout->addWidget(spin);
            layout->addWidget(date);
            layout->addSpacing(2000); // taller than the area, so it can scroll
            area.setWidget(page);
            area.setWidgetResizable(true);
            area.resize(300, 200);
            area.show();
            QVERIFY(QTest::qWaitForWindowExposed(&area));
        }
    };

    static void wheelDown(QWidget *target)
    {
        const QPointF local(target->width() / 2.0, target->height() / 2.0);
        QWheelEvent event(local, target->mapToGlobal(local), QPoint(), QPoint(0, -120),
                          Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(target, &event);
    }
};

QTEST_MAIN(TestWheelGuard)
#include "tst_wheelguard.moc"
