#include "ui/shell/environmentbanner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace console::ui {

namespace {
struct Look
{
    QColor background;
    QColor text;
    QColor badgeBackground;
    QColor badgeText;
};

Look lookFor(EnvironmentBanner::Kind kind)
{
    switch (kind) {
    case EnvironmentBanner::Kind::Production:
        return {QColor(0xB4, 0x1E, 0x26), Qt::white, Qt::white, QColor(0xB4, 0x1E, 0x26)};
    case EnvironmentBanner::Kind::PaxosSandbox:
        return {QColor(0x1C, 0x4E, 0x8A), Qt::white, QColor(0xD9, 0xE7, 0xF8),
                QColor(0x12, 0x36, 0x63)};
    case EnvironmentBanner::Kind::Custom:
        return {QColor(0x5B, 0x3E, 0x8C), Qt::white, QColor(0xE8, 0xDF, 0xF6),
                QColor(0x3E, 0x27, 0x66)};
    case EnvironmentBanner::Kind::LocalSandbox:
        break;
    }
    return {QColor(0x25, 0x5E, 0x47), Qt::white, QColor(0xDC, 0xF1, 0xE6),
            QColor(0x17, 0x45, 0x32)};
}
} // namespace

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
    applyLook();
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
