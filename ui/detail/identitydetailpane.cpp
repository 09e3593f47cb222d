#include "ui/detail/identitydetailpane.h"

#include "core/models/format.h"
#include "core/models/statusexplainer.h"
#include "paxos/model/enums.h"
#include "paxos/net/redaction.h"
#include "ui/widgets/copyablefield.h"
#include "ui/widgets/labels.h"
#include "ui/widgets/statewidget.h"
#include "ui/widgets/statusbadge.h"
#include "ui/widgets/theme.h"

#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QResizeEvent>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace console::ui {

namespace {

QScrollArea *scrollPage(const QString &objectName, QWidget *parent)
{
    auto *area = new QScrollArea(parent);
    area->setObjectName(objectName);
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    area->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    return area;
}

// Holds one added page inside its tab's scroll area. A QScrollArea sizes a page whose layout
// has height-for-width (any word-wrapped label) to that layout's preferred height, not its
// minimum: the Accounts page (a wrapped status line) was laid out 450 px tall in a 205 px tab
// at 1366x768, so its account details sat below the fold. The frame has no layout of its own
// and answers with the page's minimum height for the width, so a page scrolls only when it
// cannot be squeezed into the tab.
class PageFrame : public QWidget
{
public:
    PageFrame(QWidget *page, QWidget *parent)
        : QWidget(parent)
        , m_page(page)
    {
        page->setParent(this);
        page->installEventFilter(this);
        setObjectName(page->objectName() + u"Frame"_s);
        followPolicy();
    }

    QSize sizeHint() const override { return m_page->sizeHint(); }
    QSize minimumSizeHint() const override
    {
        return m_page->minimumSizeHint().expandedTo(m_page->minimumSize());
    }
    int heightForWidth(int width) const override
    {
        QLayout *layout = m_page->layout();
        return layout ? layout->totalMinimumHeightForWidth(width) : m_page->heightForWidth(width);
    }

protected:
    void resizeEvent(QResizeEvent *) override { m_page->setGeometry(rect()); }
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == m_page && event->type() == QEvent::LayoutRequest) {
            followPolicy();
            updateGeometry(); // what the page asks its parent for reaches the scroll area
        }
        return QWidget::eventFilter(watched, event);
    }

private:
    void followPolicy()
    {
        QSizePolicy policy = sizePolicy();
        policy.setHeightForWidth(m_page->layout() ? m_page->layout()->hasHeightForWidth()
                                                  : m_page->sizePolicy().hasHeightForWidth());
        setSizePolicy(policy);
    }

    QWidget *m_page;
};

QString callTitle(const paxos::RequestLogEntry &e)
{
    const QString status = e.httpStatus
        ? QString::number(e.httpStatus)
        : QCoreApplication::translate("console::ui::IdentityDetailPane", "no answer");
    return u"%1  %2 %3  →  %4  (%5 ms)"_s.arg(
        e.startedAt.toLocalTime().toString(u"HH:mm:ss"_s), QString::fromLatin1(e.method),
        e.url.path() + (e.url.hasQuery() ? u"?"_s + e.url.query() : QString()), status,
        QString::number(e.durationMs));
}

} // namespace

IdentityDetailPane::IdentityDetailPane(QWidget *parent)
    : QWidget(parent)
    , m_now([] { return QDateTime::currentDateTimeUtc(); })
{
    setObjectName(u"detailPane"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_stack = new QStackedWidget(this);
    layout->addWidget(m_stack);

    m_state = new StateWidget(m_stack);
    m_state->setObjectName(u"detailState"_s);
    connect(m_state, &StateWidget::actionTriggered, this,
            [this] { emit retryRequested(m_identityId); });
    m_stack->addWidget(m_state);

    m_content = new QWidget(m_stack);
    m_content->setObjectName(u"detailContent"_s);
    auto *content = new QVBoxLayout(m_content);
    content->setContentsMargins(0, 0, 0, 0);
    content->setSpacing(0);
    m_stack->addWidget(m_content);

    buildHeader();

    m_tabs = new QTabWidget(m_content);
    m_tabs->setObjectName(u"detailTabs"_s);
    m_tabs->setDocumentMode(true);
    m_overview = scrollPage(u"overviewPage"_s, m_tabs);
    m_details = scrollPage(u"detailsPage"_s, m_tabs);
    m_tabs->addTab(m_overview, tr("What is happening"));
    m_tabs->addTab(m_details, tr("Details"));

    m_json = new QPlainTextEdit(m_tabs);
    m_json->setObjectName(u"rawJson"_s);
    m_json->setReadOnly(true);
    m_json->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_json->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_json->setFrameShape(QFrame::NoFrame);
    m_tabs->addTab(m_json, tr("JSON"));

    auto *calls = new QSplitter(Qt::Vertical, m_tabs);
    calls->setObjectName(u"callsPage"_s);
    m_callList = new QListWidget(calls);
    m_callList->setObjectName(u"callList"_s);
    m_callList->setFrameShape(QFrame::NoFrame);
    m_callList->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    auto *curlBox = new QWidget(calls);
    auto *curlLayout = new QVBoxLayout(curlBox);
    curlLayout->setContentsMargins(8, 4, 8, 8);
    auto *curlBar = new QHBoxLayout;
    curlBar->addWidget(mutedLabel(tr("As cURL (secrets are placeholders)"), curlBox));
    curlBar->addStretch(1);
    m_copyCurl = new QPushButton(themedIcon(u"copy"_s), tr("Copy as cURL"), curlBox);
    m_copyCurl->setObjectName(u"copyCurlButton"_s);
    curlBar->addWidget(m_copyCurl);
    curlLayout->addLayout(curlBar);
    m_curl = new QPlainTextEdit(curlBox);
    m_curl->setObjectName(u"curlView"_s);
    m_curl->setReadOnly(true);
    m_curl->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_curl->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    curlLayout->addWidget(m_curl);
    calls->addWidget(m_callList);
    calls->addWidget(curlBox);
    calls->setStretchFactor(0, 1);
    calls->setStretchFactor(1, 1);
    addPage(calls, tr("Calls"));
    connect(m_callList, &QListWidget::currentRowChanged, this, &IdentityDetailPane::updateCurl);
    connect(m_copyCurl, &QPushButton::clicked, this, [this] {
        const QString curl = selectedCurl();
        if (curl.isEmpty())
            return;
        QApplication::clipboard()->setText(curl);
        emit copied(tr("cURL command"));
    });

    content->addWidget(m_tabs, 1);
    connect(m_tabs, &QTabWidget::currentChanged, this, &IdentityDetailPane::pageShown);
    showEmpty();
}

int IdentityDetailPane::addPage(QWidget *page, const QString &title)
{
    // Every page sits in a scroll area, so no page's minimum height becomes the pane's (and
    // so the window's): on a 1280x720 screen with the Events dock open, a tall page scrolls
    // inside its tab instead of pushing the status bar off the screen.
    QScrollArea *area = scrollPage(page->objectName() + u"Scroll"_s, m_tabs);
    area->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    area->setWidget(new PageFrame(page, area));
    return m_tabs->addTab(area, title);
}

void IdentityDetailPane::showPage(int index)
{
    m_tabs->setCurrentIndex(index);
}

void IdentityDetailPane::addBanner(QWidget *banner)
{
    auto *content = static_cast<QVBoxLayout *>(m_content->layout());
    content->insertWidget(content->indexOf(m_tabs), banner);
}

void IdentityDetailPane::buildHeader()
{
    auto *header = new QWidget(m_content);
    header->setObjectName(u"detailHeader"_s);
    auto *grid = new QVBoxLayout(header);
    grid->setContentsMargins(16, 14, 16, 10);
    grid->setSpacing(6);

    auto *top = new QHBoxLayout;
    top->setSpacing(10);
    m_name = new QLabel(header);
    m_name->setObjectName(u"detailName"_s);
    m_name->setTextFormat(Qt::PlainText);
    m_name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont nf = m_name->font();
    nf.setPointSizeF(nf.pointSizeF() * 1.45);
    nf.setWeight(QFont::DemiBold);
    m_name->setFont(nf);
    top->addWidget(m_name, 0, Qt::AlignVCenter);
    m_statusBadge = new StatusBadge(header);
    m_statusBadge->setObjectName(u"detailStatusBadge"_s);
    top->addWidget(m_statusBadge, 0, Qt::AlignVCenter);
    m_type = mutedLabel({}, header);
    m_type->setObjectName(u"detailType"_s);
    top->addWidget(m_type, 0, Qt::AlignVCenter);
    top->addStretch(1);
    grid->addLayout(top);

    m_statusLine = new QLabel(header);
    m_statusLine->setObjectName(u"detailStatusLine"_s);
    m_statusLine->setWordWrap(true);
    grid->addWidget(m_statusLine);

    auto *ids = new QGridLayout;
    ids->setHorizontalSpacing(10);
    ids->setVerticalSpacing(2);
    m_refId = new CopyableField(header);
    m_refId->setObjectName(u"detailRefId"_s);
    m_id = new CopyableField(header);
    m_id->setObjectName(u"detailId"_s);
    m_id->setMonospace(true);
    ids->addWidget(mutedLabel(tr("ref_id"), header), 0, 0);
    ids->addWidget(m_refId, 0, 1);
    ids->addWidget(mutedLabel(tr("id"), header), 1, 0);
    ids->addWidget(m_id, 1, 1);
    ids->setColumnStretch(1, 1);
    grid->addLayout(ids);
    connect(m_refId, &CopyableField::copied, this, [this] { emit copied(tr("ref_id")); });
    connect(m_id, &CopyableField::copied, this, [this] { emit copied(tr("identity id")); });

    m_times = mutedLabel({}, header);
    m_times->setObjectName(u"detailTimes"_s);
    m_times->setWordWrap(true);
    grid->addWidget(m_times);

    static_cast<QVBoxLayout *>(m_content->layout())->addWidget(header);
}

void IdentityDetailPane::showEmpty()
{
    m_identityId.clear();
    m_identity.reset();
    m_revealed = false;
    m_state->showEmpty(tr("No identity selected"),
                       tr("Select an identity in the queue to see what is happening with it."));
    m_stack->setCurrentWidget(m_state);
}

void IdentityDetailPane::showLoading(const QString &identityId)
{
    if (identityId != m_identityId) {
        m_revealed = false;
        m_identity.reset();
        m_calls.clear();
    }
    m_identityId = identityId;
    // Keep what is on screen while refreshing the same identity; only a new one shows the
    // loading state.
    if (m_identity && m_identity->id == identityId)
        return;
    m_state->showLoading(tr("Loading identity…"), identityId);
    m_stack->setCurrentWidget(m_state);
}

void IdentityDetailPane::showError(const QString &identityId, const QString &message,
                                   const QString &detail)
{
    m_identityId = identityId;
    if (m_identity && m_identity->id == identityId) {
        // A failed refresh keeps the last good data on screen; the status bar says why.
        return;
    }
    m_state->showError(tr("Could not load this identity"),
                       detail.isEmpty() ? message : message + u"\n\n"_s + detail, tr("Try Again"));
    m_stack->setCurrentWidget(m_state);
}

void IdentityDetailPane::showIdentity(const paxos::Identity &identity)
{
    if (identity.id != m_identityId) {
        m_revealed = false;
        m_calls.clear();
    }
    m_identityId = identity.id;
    m_identity = identity;
    rebuild();
    m_stack->setCurrentWidget(m_content);
}

void IdentityDetailPane::setRevealed(bool revealed)
{
    if (m_revealed == revealed)
        return;
    m_revealed = revealed;
    if (m_identity)
        rebuild();
}

void IdentityDetailPane::rebuild()
{
    const paxos::Identity &id = *m_identity;
    const QString status = id.effectiveStatus();
    QString name = id.displayName();
    m_name->setText(name.isEmpty() ? tr("Unnamed identity") : name);
    m_statusBadge->setBadge(paxos::enums::identityStatus().label(status), toneForWireValue(status));
    m_type->setText(id.type ? paxos::enums::identityType().label(*id.type) : QString());
    const StatusExplanation explained = explainStatus(id);
    m_statusLine->setText(explained.canStillDo.isEmpty()
                              ? explained.headline
                              : explained.headline + u' ' + explained.canStillDo);
    m_refId->setText(id.refId.value_or(QString()));
    m_id->setText(id.id);

    QStringList times;
    if (id.createdAt && id.createdAt->isValid()) {
        const QDateTime created = id.createdAt->toDateTime();
        times << tr("Created %1").arg(formatDateTime(created));
    }
    // "waiting" only while something is waited for (never on an approved or denied
    // identity with nothing open), measured from when that started.
    const QString waiting = waitingText(explained, m_now());
    if (!waiting.isEmpty())
        times << waiting;
    if (id.updatedAt && id.updatedAt->isValid())
        times << tr("Updated %1").arg(formatDateTime(id.updatedAt->toDateTime()));
    m_times->setText(times.join(u"  ·  "_s));

    delete m_overview->takeWidget();
    m_overview->setWidget(buildOverviewTab());
    delete m_details->takeWidget();
    m_details->setWidget(buildDetailsTab());
    updateJson();
    setCalls(m_calls);
}

void IdentityDetailPane::updateJson()
{
    if (!m_identity) {
        m_json->clear();
        return;
    }
    const QByteArray pretty = QJsonDocument(m_identity->raw).toJson(QJsonDocument::Indented);
    m_json->setPlainText(QString::fromUtf8(m_revealed ? pretty : paxos::redact::jsonBody(pretty)));
}

void IdentityDetailPane::setCalls(const QList<paxos::RequestLogEntry> &calls)
{
    m_calls = calls;
    m_callList->clear();
    for (const paxos::RequestLogEntry &e : std::as_const(m_calls))
        m_callList->addItem(callTitle(e));
    if (!m_calls.isEmpty())
        m_callList->setCurrentRow(int(m_calls.size()) - 1);
    updateCurl();
}

void IdentityDetailPane::addCall(const paxos::RequestLogEntry &call)
{
    m_calls.append(call);
    m_callList->addItem(callTitle(call));
    m_callList->setCurrentRow(int(m_calls.size()) - 1);
}

QString IdentityDetailPane::selectedCurl() const
{
    const int row = m_callList->currentRow();
    if (row < 0 || row >= m_calls.size())
        return {};
    return paxos::toCurl(m_calls.at(row));
}

void IdentityDetailPane::updateCurl()
{
    const QString curl = selectedCurl();
    m_curl->setPlainText(curl);
    m_copyCurl->setEnabled(!curl.isEmpty());
}

} // namespace console::ui
