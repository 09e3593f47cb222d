// The flow layout behind the queue's filter bar: one row when there is room, more rows when
// there is not, spare width to what expands, and a stretch that keeps the last group at the
// right edge even after it wraps.
#include "ui/widgets/flowlayout.h"

#include <QLabel>
#include <QTest>

using console::ui::FlowLayout;

namespace {

QWidget *fixedBox(QWidget *parent, int width, int height = 20)
{
    auto *w = new QWidget(parent);
    w->setFixedSize(width, height);
    return w;
}

FlowLayout *flowIn(QWidget *host, int spacing = 10)
{
    auto *layout = new FlowLayout(host);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(spacing);
    return layout;
}

// Fixed-size boxes of these widths, added in order.
QList<QWidget *> addBoxes(FlowLayout *layout, QWidget *host, std::initializer_list<int> widths)
{
    QList<QWidget *> boxes;
    for (int width : widths) {
        boxes << fixedBox(host, width);
        layout->addWidget(boxes.constLast());
    }
    return boxes;
}

} // namespace

class TestFlowLayout : public QObject
{
    Q_OBJECT
private slots:
    void oneRowWhenThereIsRoom()
    {
        QWidget host;
        FlowLayout *layout = flowIn(&host);
        const QList<QWidget *> boxes = addBoxes(layout, &host, {100, 100, 100});
        QWidget *a = boxes[0];
        QWidget *b = boxes[1];
        QWidget *c = boxes[2];
        QCOMPARE(layout->sizeHint().width(), 320);
        QCOMPARE(layout->heightForWidth(320), 20);
        layout->setGeometry(QRect(0, 0, 320, 20));
        QCOMPARE(a->geometry(), QRect(0, 0, 100, 20));
        QCOMPARE(b->geometry(), QRect(110, 0, 100, 20));
        QCOMPARE(c->geometry(), QRect(220, 0, 100, 20));
    }

    void wrapsWhenNarrow()
    {
        QWidget host;
        FlowLayout *layout = flowIn(&host);
        QWidget *c = addBoxes(layout, &host, {100, 100, 100})[2];
        // Two fit in 250 pixels, the third goes to a second row.
        QCOMPARE(layout->heightForWidth(250), 50);
        layout->setGeometry(QRect(0, 0, 250, 50));
        QCOMPARE(c->geometry().topLeft(), QPoint(0, 30));
        // As narrow as the widest item: one per row.
        QCOMPARE(layout->minimumSize().width(), 100);
        QCOMPARE(layout->heightForWidth(100), 80);
    }

    void spareWidthGoesToWhatExpandsAndAStretchPushesRight()
    {
        QWidget host;
        FlowLayout *layout = flowIn(&host);
        auto *search = new QWidget(&host);
        search->setMinimumSize(100, 20);
        search->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        QWidget *filter = fixedBox(&host, 100);
        QWidget *trailing = fixedBox(&host, 50);
        layout->addWidget(search);
        layout->addWidget(filter);
        layout->addStretch();
        layout->addWidget(trailing);

        // Wide: one row; the search and the stretch share the spare width, the trailing item
        // ends at the right edge.
        layout->setGeometry(QRect(0, 0, 600, 20));
        QVERIFY(search->width() > 100);
        QCOMPARE(trailing->geometry().right(), 599);
        QVERIFY(filter->geometry().right() < trailing->geometry().left());

        // Narrower: the trailing item wraps, and the stretch goes with it.
        layout->setGeometry(QRect(0, 0, 230, 50));
        QCOMPARE(trailing->y(), 30);
        QCOMPARE(trailing->geometry().right(), 229);
        QCOMPARE(search->y(), 0);
        QCOMPARE(filter->geometry().right(), 229);
    }

    void hiddenWidgetsTakeNoRoom()
    {
        QWidget host;
        FlowLayout *layout = flowIn(&host);
        const QList<QWidget *> boxes = addBoxes(layout, &host, {100, 100, 100});
        QWidget *hidden = boxes[1];
        QWidget *c = boxes[2];
        hidden->hide();
        QCOMPARE(layout->heightForWidth(210), 20);
        layout->setGeometry(QRect(0, 0, 210, 20));
        QCOMPARE(c->x(), 110);
    }

    void insertedWidgetsKeepTheirPlace()
    {
        QWidget host;
        FlowLayout *layout = flowIn(&host, 0);
        QWidget *c = addBoxes(layout, &host, {50, 50})[1];
        QWidget *b = fixedBox(nullptr, 50);
        layout->insertWidget(1, b);
        QCOMPARE(b->parentWidget(), &host);
        layout->setGeometry(QRect(0, 0, 150, 20));
        QCOMPARE(b->x(), 50);
        QCOMPARE(c->x(), 100);
        QCOMPARE(layout->count(), 3);
    }
};

QTEST_MAIN(TestFlowLayout)
#include "tst_flowlayout.moc"
