#include "ui/shell/environmentbanner.h"

#include <QApplication>
#include <QDialog>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLayout>
#include <QPainter>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace console::ui {

EnvironmentBanner::Look EnvironmentBanner::lookFor(Kind kind)
{
    // The environments' own colours, the same in a light and a dark palette (a Production red
    // must look like Production everywhere); each pairs its text with its background at 4.5:1
    // or more, so they need nothing from the palette.
    switch (kind) {
    case Kind::Production:
        return {QColor(0xB4, 0x1E, 0x26), Qt::white, Qt::white, QColor(0xB4, 0x1E, 0x26)};
    case Kind::PaxosSandbox:
        return {QColor(0x1C, 0x4E, 0x8A), Qt::white, QColor(0xD9, 0xE7, 0xF8),
                QColor(0x12, 0x36, 0x63)};
    case Kind::Custom:
        return {QColor(0x5B, 0x3E, 0x8C), Qt::white, QColor(0xE8, 0xDF, 0xF6),
                QColor(0x3E, 0x27, 0x66)};
    case Kind::LocalSandbox:
        break;
    }
    return {QColor(0x25, 0x5E, 0x47), Qt::white, QColor(0xDC, 0xF1, 0xE6),
            QColor(0x17, 0x45, 0x32)};
}

namespace {
constexpr char kTitleProperty[] = "cc_environmentTitle";
constexpr char kStripProperty[] = "cc_environmentStripHeight";
} // namespace

// The one rule that marks every dialog with the environment (see EnvironmentBanner).
class DialogEnvironmentMarker : public QObject
{
public:
    explicit DialogEnvironmentMarker(EnvironmentBanner *banner)
        : QObject(banner)
        , m_banner(banner)
    {
        qApp->installEventFilter(this);
    }

    void markAll()
    {
        const QWidgetList windows = QApplication::topLevelWidgets();
        for (QWidget *w : windows)
            if (auto *dialog = qobject_cast<QDialog *>(w);
                dialog && dialog->property(kTitleProperty).isValid() && belongsHere(dialog))
                mark(dialog);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() != QEvent::Show && event->type() != QEvent::WindowTitleChange
            && event->type() != QEvent::Resize)
            return false;
        auto *dialog = qobject_cast<QDialog *>(watched);
        if (!dialog || !dialog->isWindow())
            return false;
        if (event->type() == QEvent::Resize) {
            if (auto *strip = dialog->findChild<QLabel *>(EnvironmentBanner::stripObjectName(),
                                                          Qt::FindDirectChildrenOnly))
                strip->setGeometry(0, 0, dialog->width(), strip->height());
            return false;
        }
        if (!belongsHere(dialog))
            return false;
        if (event->type() == QEvent::Show || dialog->property(kTitleProperty).isValid())
            mark(dialog);
        return false;
    }

private:
    // Only this window's dialogs (and theirs): a test may run two consoles at once.
    bool belongsHere(QDialog *dialog) const
    {
        QWidget *owner = dialog;
        while (owner->parentWidget())
            owner = owner->parentWidget()->window();
        return owner == dialog || owner == m_banner->window();
    }

    void mark(QDialog *dialog)
    {
        const EnvironmentBanner::Kind kind = m_banner->kind();
        const bool production = kind == EnvironmentBanner::Kind::Production;
        const QString name = production ? EnvironmentBanner::tr("PRODUCTION") : m_banner->m_name;

        // The title: "<title> — <environment>", kept when the dialog changes its title.
        const QString suffix = EnvironmentBanner::tr(" — %1").arg(name);
        const QString previousSuffix = dialog->property(kTitleProperty).toString();
        QString title = dialog->windowTitle();
        if (!previousSuffix.isEmpty() && previousSuffix != suffix && title.endsWith(previousSuffix))
            title.chop(previousSuffix.size());
        dialog->setProperty(kTitleProperty, suffix);
        if (!title.endsWith(suffix))
            dialog->setWindowTitle(title + suffix); // re-enters the filter; ends here then

        // The strip: a label along the top edge, outside the dialog's layout so any layout
        // works; the layout's top margin makes room for it.
        auto *strip = dialog->findChild<QLabel *>(EnvironmentBanner::stripObjectName(),
                                                  Qt::FindDirectChildrenOnly);
        if (!strip) {
            strip = new QLabel(dialog);
            strip->setObjectName(EnvironmentBanner::stripObjectName());
            strip->setContentsMargins(10, 3, 10, 3);
            QFont f = strip->font();
            f.setWeight(QFont::DemiBold);
            strip->setFont(f);
            strip->setAutoFillBackground(true);
        }
        const EnvironmentBanner::Look look = EnvironmentBanner::lookFor(kind);
        QPalette pal = strip->palette();
        pal.setColor(QPalette::Window, look.background);
        pal.setColor(QPalette::WindowText, look.text);
        strip->setPalette(pal);
        const QString where = m_banner->m_hostName.isEmpty()
            ? name.toUpper()
            : EnvironmentBanner::tr("%1 · %2").arg(name.toUpper(), m_banner->m_hostName);
        strip->setText(production ? EnvironmentBanner::tr("%1 · live customer data").arg(where)
                                  : where);
        strip->setAccessibleName(EnvironmentBanner::tr("Environment: %1").arg(name));
        const int height = strip->sizeHint().height() + (production ? 2 : 0);
        strip->setGeometry(0, 0, dialog->width(), height);
        strip->raise();
        strip->show();
        if (QLayout *layout = dialog->layout()) {
            const int before = dialog->property(kStripProperty).toInt();
            if (before != height) {
                QMargins m = layout->contentsMargins();
                m.setTop(m.top() - before + height);
                layout->setContentsMargins(m);
                dialog->setProperty(kStripProperty, height);
                // The strip adds to the dialog's height, never takes it from its content.
                if (dialog->isVisible())
                    dialog->resize(dialog->width(), dialog->height() + height - before);
            }
        }
    }

    EnvironmentBanner *m_banner;
};

EnvironmentBanner::Kind EnvironmentBanner::kindOf(paxos::Environment::Kind kind)
{
    switch (kind) {
    case paxos::Environment::Kind::PaxosSandbox:
        return Kind::PaxosSandbox;
    case paxos::Environment::Kind::Production:
        return Kind::Production;
    case paxos::Environment::Kind::Custom:
        return Kind::Custom;
    case paxos::Environment::Kind::LocalSandbox:
        break;
    }
    return Kind::LocalSandbox;
}

EnvironmentBanner::EnvironmentBanner(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"environmentBanner"_s);
    setAutoFillBackground(false);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 6, 8, 6);
    layout->setSpacing(12);

    m_badge = new QLabel(this);
    m_badge->setObjectName(u"environmentBadge"_s);
    m_badge->setMargin(0);
    QFont bf = m_badge->font();
    bf.setWeight(QFont::Bold);
    bf.setLetterSpacing(QFont::PercentageSpacing, 106);
    m_badge->setFont(bf);
    layout->addWidget(m_badge);

    m_host = new QLabel(this);
    m_host->setObjectName(u"environmentHost"_s);
    m_host->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_host);

    m_warning = new QLabel(this);
    m_warning->setObjectName(u"environmentWarning"_s);
    QFont wf = m_warning->font();
    wf.setWeight(QFont::DemiBold);
    m_warning->setFont(wf);
    layout->addWidget(m_warning);

    layout->addStretch(1);

    m_notice = new QLabel(this);
    m_notice->setObjectName(u"environmentNotice"_s);
    layout->addWidget(m_notice);

    m_switch = new QPushButton(tr("Switch environment…"), this);
    m_switch->setObjectName(u"switchEnvironmentButton"_s);
    m_switch->setIcon(QIcon(u":/icons/environment-light.svg"_s));
    m_switch->setFlat(true);
    m_switch->setCursor(Qt::PointingHandCursor);
    connect(m_switch, &QPushButton::clicked, this, &EnvironmentBanner::switchRequested);
    layout->addWidget(m_switch);

    setNotice({});
    applyLook();
    m_dialogMarker = new DialogEnvironmentMarker(this);
}

EnvironmentBanner::~EnvironmentBanner() = default;

void EnvironmentBanner::markDialogs()
{
    static_cast<DialogEnvironmentMarker *>(m_dialogMarker)->markAll();
}

void EnvironmentBanner::setEnvironment(Kind kind, const QString &name, const QString &host)
{
    m_kind = kind;
    m_badge->setText(u"  "_s + name.toUpper() + u"  "_s);
    m_host->setText(host);
    m_warning->setText(kind == Kind::Production
                           ? tr("Live customer data: every change asks for confirmation")
                           : QString());
    m_warning->setVisible(kind == Kind::Production);
    setAccessibleName(tr("Environment: %1").arg(name));
    m_name = name;
    m_hostName = host;
    applyLook();
    markDialogs();
}

QString EnvironmentBanner::environmentName() const
{
    return m_badge->text().trimmed();
}

void EnvironmentBanner::setNotice(const QString &notice)
{
    m_notice->setText(notice);
    m_notice->setVisible(!notice.isEmpty());
}

QString EnvironmentBanner::notice() const
{
    return m_notice->text();
}

void EnvironmentBanner::applyLook()
{
    const Look look = lookFor(m_kind);
    const QString textColor = look.text.name();
    m_badge->setStyleSheet(
        u"QLabel { background: %1; color: %2; border-radius: 4px;"
        " padding: 2px 4px; }"_s.arg(look.badgeBackground.name(), look.badgeText.name()));
    m_host->setStyleSheet(u"color: %1;"_s.arg(textColor));
    m_warning->setStyleSheet(u"color: %1;"_s.arg(textColor));
    m_notice->setStyleSheet(u"QLabel { color: %1; background: rgba(0,0,0,60);"
                            " border-radius: 4px; padding: 2px 8px; }"_s.arg(textColor));
    m_switch->setStyleSheet(u"QPushButton { color: %1; border: 1px solid rgba(255,255,255,110);"
                            " border-radius: 4px; padding: 3px 10px; }"
                            "QPushButton:hover { background: rgba(255,255,255,40); }"
                            "QPushButton:focus { border: 1px solid white; }"_s.arg(textColor));
    update();
}

void EnvironmentBanner::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const Look look = lookFor(m_kind);
    painter.fillRect(rect(), look.background);
    if (m_kind == Kind::Production) {
        // Hazard stripe along the bottom edge.
        const int h = 4;
        QRect stripe(0, height() - h, width(), h);
        painter.fillRect(stripe, QColor(0xFF, 0xC8, 0x3D));
        painter.setClipRect(stripe);
        painter.setPen(Qt::NoPen);
        painter.setBrush(QColor(0x20, 0x20, 0x20));
        for (int x = -h; x < width(); x += 16) {
            const QPoint pts[4] = {QPoint(x, height()), QPoint(x + h, height() - h),
                                   QPoint(x + h + 6, height() - h), QPoint(x + 6, height())};
            painter.drawPolygon(pts, 4);
        }
    }
}

} // namespace console::ui
