#include "ui/onboarding/persondialog.h"

#include "core/onboarding/draftautosaver.h"
#include "core/onboarding/identitydelta.h"
#include "core/onboarding/personsubmission.h"
#include "paxos/model/enums.h"
#include "paxos/model/examples.h"
#include "paxos/net/connection.h"
#include "paxos/net/requestlog.h"
#include "ui/onboarding/duplicatecipiddialog.h"
#include "ui/onboarding/personform.h"
#include "ui/widgets/labels.h"
#include "ui/widgets/theme.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace console::ui {

PersonDialog::PersonDialog(const OnboardingServices &services, QWidget *parent)
    : PersonDialog(services, nullptr, parent)
{
}

PersonDialog::PersonDialog(const OnboardingServices &services, const paxos::Identity &identity,
                           QWidget *parent)
    : PersonDialog(services, &identity, parent)
{
}

PersonDialog::PersonDialog(const OnboardingServices &services, const paxos::Identity *identity,
                           QWidget *parent)
    : QDialog(parent)
    , m_services(services)
    , m_form(new PersonForm(this))
    , m_submission(new onboarding::PersonSubmission(services.connection, services.writeGuard, this,
                                                    services.history))
    , m_drafts(new onboarding::DraftAutosaver(services.drafts,
                                              identity
                                                  ? QString(onboarding::draftkinds::updatePerson)
                                                  : QString(onboarding::draftkinds::createPerson),
                                              this))
{
    setObjectName(u"PersonDialog"_s);
    resizeWithinScreen(this, QSize(1280, 860));
    m_form->setObjectName(u"personForm"_s);

    if (identity) {
        m_identityId = identity->id;
        m_original =
            onboarding::editableShape(identity->raw.isEmpty() ? identity->toJson() : identity->raw);
        m_form->setRequest(m_original);
        m_form->setMode(PersonForm::Mode::Edit);
        const QJsonObject original = m_original;
        m_form->setValidator([original](const QJsonObject &request) {
            return paxos::validateUpdateIdentity(onboarding::updateDelta(original, request).body);
        });
        m_drafts->setIdentityId(m_identityId);
        setWindowTitle(tr("Edit %1").arg(identity->displayName()));
    } else {
        setWindowTitle(tr("New person identity"));
    }

    // Side panel: the exact request, and when editing the changes.
    m_side = new QTabWidget(this);
    m_side->setObjectName(u"sidePanel"_s);
    if (identity) {
        auto *changesPage = new QWidget(m_side);
        auto *changesLayout = new QVBoxLayout(changesPage);
        m_rescreenWarning = new QLabel(
            tr("A change of name, date of birth, address or government ID can make Paxos "
               "screen this person again; the status may change and transacting may pause."),
            changesPage);
        m_rescreenWarning->setObjectName(u"rescreenWarning"_s);
        m_rescreenWarning->setWordWrap(true);
        setToneText(m_rescreenWarning, Tone::Warning);
        m_changes = new QTreeWidget(changesPage);
        m_changes->setObjectName(u"changesTree"_s);
        m_changes->setHeaderLabels({tr("Field"), tr("Before"), tr("After")});
        m_changes->setRootIsDecorated(false);
        m_changes->header()->setSectionResizeMode(QHeaderView::Stretch);
        changesLayout->addWidget(m_rescreenWarning);
        changesLayout->addWidget(m_changes);
        m_side->addTab(changesPage, tr("C&hanges"));
    }
    auto *jsonPage = new QWidget(m_side);
    auto *jsonLayout = new QVBoxLayout(jsonPage);
    m_json = new QPlainTextEdit(jsonPage);
    m_json->setObjectName(u"jsonPreview"_s);
    m_json->setReadOnly(true);
    m_json->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_json->setLineWrapMode(QPlainTextEdit::NoWrap);
    auto *copyCurl = new QPushButton(tr("Copy as c&URL"), jsonPage);
    copyCurl->setObjectName(u"copyCurlButton"_s);
    copyCurl->setAutoDefault(false);
    connect(copyCurl, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(pendingCurl()); });
    jsonLayout->addWidget(m_json);
    jsonLayout->addWidget(copyCurl, 0, Qt::AlignRight);
    m_side->addTab(jsonPage, tr("Re&quest JSON"));

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_form);
    splitter->addWidget(m_side);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({760, 480});

    m_banner = new QLabel(this);
    m_banner->setObjectName(u"banner"_s);
    m_banner->setWordWrap(true);
    m_banner->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_bannerAction = new QPushButton(this);
    m_bannerAction->setObjectName(u"bannerAction"_s);
    m_bannerAction->setAutoDefault(false);
    connect(m_bannerAction, &QPushButton::clicked, this, [this] {
        if (m_bannerCallback)
            m_bannerCallback();
    });
    auto *bannerRow = new QHBoxLayout;
    bannerRow->addWidget(m_banner, 1);
    bannerRow->addWidget(m_bannerAction);
    m_banner->hide();
    m_bannerAction->hide();

    m_blockedLabel = new QLabel(this);
    m_blockedLabel->setObjectName(u"blockedLabel"_s);
    m_blockedLabel->setWordWrap(true);
    m_blockedLabel->setForegroundRole(QPalette::PlaceholderText);
    m_blockedLabel->setTextFormat(Qt::PlainText);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(u"progress"_s);
    m_progress->setRange(0, 0);
    m_progress->setMaximumWidth(160);
    m_progress->hide();
    m_draftLabel = new QLabel(this);
    m_draftLabel->setObjectName(u"draftLabel"_s);
    m_draftLabel->setForegroundRole(QPalette::PlaceholderText);

    auto *buttons = new QDialogButtonBox(this);
    if (!identity && !services.production) {
        m_exampleButton =
            buttons->addButton(tr("Fill with Sandbox &example"), QDialogButtonBox::ActionRole);
        m_exampleButton->setObjectName(u"exampleButton"_s);
        m_exampleButton->setAutoDefault(false);
        m_exampleButton->setToolTip(tr("The person from Paxos's “Onboard a Person” guide, which "
                                       "the sandbox approves."));
        connect(m_exampleButton, &QPushButton::clicked, this, &PersonDialog::fillSandboxExample);
    }
    if (identity) {
        m_kycButton = buttons->addButton(tr("Confirm &KYC refresh (no changes)"),
                                         QDialogButtonBox::ActionRole);
        m_kycButton->setObjectName(u"kycRefreshButton"_s);
        m_kycButton->setAutoDefault(false);
        m_kycButton->setToolTip(tr("The customer confirmed nothing changed: sends only "
                                   "last_kyc_refresh_date."));
        connect(m_kycButton, &QPushButton::clicked, this, &PersonDialog::confirmKycRefresh);
    }
    m_submitButton = buttons->addButton(identity ? tr("&Send update") : tr("&Create identity"),
                                        QDialogButtonBox::AcceptRole);
    m_submitButton->setObjectName(u"submitButton"_s);
    m_submitButton->setDefault(true);
    m_cancelButton = buttons->addButton(QDialogButtonBox::Cancel);
    m_cancelButton->setObjectName(u"cancelButton"_s);
    m_cancelButton->setAutoDefault(false);
    connect(m_submitButton, &QPushButton::clicked, this, &PersonDialog::submit);
    connect(m_cancelButton, &QPushButton::clicked, this, &PersonDialog::reject);

    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_blockedLabel, 1);
    statusRow->addWidget(m_draftLabel);
    statusRow->addWidget(m_progress);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addLayout(bannerRow);
    layout->addLayout(statusRow);
    layout->addWidget(buttons);

    connect(m_form, &PersonForm::issuesChanged, this, &PersonDialog::updateSubmitState);
    connect(m_form, &PersonForm::edited, this, &PersonDialog::onFormChanged);
    connect(m_drafts, &onboarding::DraftAutosaver::saved, this, [this](const QDateTime &at) {
        m_draftLabel->setText(tr("Draft saved %1").arg(at.toLocalTime().toString(u"HH:mm:ss"_s)));
    });
    connect(m_drafts, &onboarding::DraftAutosaver::saveFailed, this, [this](const QString &why) {
        m_draftLabel->setText(tr("Draft not saved: %1").arg(why));
    });
    connect(m_submission, &onboarding::PersonSubmission::succeeded, this,
            &PersonDialog::onSucceeded);
    connect(m_submission, &onboarding::PersonSubmission::failed, this, &PersonDialog::onFailed);
    // The sandbox decides at once; show the decision without waiting for the queue.
    connect(m_submission, &onboarding::PersonSubmission::decided, this,
            [this](const paxos::Identity &now) {
                m_banner->setText(
                    tr("%1 was created. Status: %2.")
                        .arg(personName(),
                             paxos::enums::identityStatus().label(now.effectiveStatus())));
                emit identityUpdated(now);
            });
    connect(m_submission, &onboarding::PersonSubmission::refused, this,
            [this](const QString &reason) {
                setBusy(false);
                showBanner(tr("Not sent: %1").arg(reason));
            });
    connect(m_submission, &onboarding::PersonSubmission::started, this, [this] { setBusy(true); });
    if (!m_drafts->isEnabled())
        m_draftLabel->setText(tr("Drafts are off (no local store)"));
    updateSubmitState();
    m_form->setFocus();
}

PersonDialog::~PersonDialog()
{
    // The last change is written now, while this dialog is whole: left to the autosaver's own
    // destructor, it would run from ~QWidget deleting children and report into a dialog that
    // is no longer a PersonDialog (and a label that may be gone).
    m_drafts->flush();
    disconnect(m_drafts, nullptr, this, nullptr);
}

QString PersonDialog::personName() const
{
    const QJsonObject person = m_form->request().value("person_details"_L1).toObject();
    const QString name = QStringList{person.value("first_name"_L1).toString(),
                                     person.value("last_name"_L1).toString()}
                             .join(u' ')
                             .trimmed();
    return name.isEmpty() ? tr("Unnamed person") : name;
}

void PersonDialog::resumeDraft(const QString &draftId, const QJsonObject &form)
{
    m_drafts->setDraftId(draftId);
    m_form->setRequest(form);
    onFormChanged();
}

QString PersonDialog::draftId() const
{
    return m_drafts->draftId();
}

void PersonDialog::onFormChanged()
{
    m_banner->hide();
    m_bannerAction->hide();
    m_drafts->update(m_form->request(), personName());
    updateSubmitState();
}

QJsonObject PersonDialog::pendingBody() const
{
    if (isEditing())
        return onboarding::updateDelta(m_original, m_form->request()).body;
    return m_form->request();
}

QString PersonDialog::pendingCurl() const
{
    paxos::RequestLogEntry entry;
    entry.operation = isEditing() ? u"UpdateIdentity"_s : u"CreateIdentity"_s;
    entry.method = isEditing() ? "PUT" : "POST";
    const QString path =
        isEditing() ? u"/identity/identities/%1"_s.arg(m_identityId) : u"/identity/identities"_s;
    entry.url = m_services.connection ? m_services.connection->environment().apiUrl(path)
                                      : QUrl(u"https://api.sandbox.paxos.com/v2"_s + path);
    entry.requestHeaders.append(
        qMakePair(QByteArray("Authorization"), QByteArray("Bearer {access_token}")));
    entry.requestBody = QJsonDocument(pendingBody()).toJson(QJsonDocument::Indented);
    entry.requestContentType = "application/json";
    return paxos::toCurl(entry);
}

void PersonDialog::updateSubmitState()
{
    const QJsonObject body = pendingBody();
    m_json->setPlainText(QString::fromUtf8(QJsonDocument(body).toJson(QJsonDocument::Indented)));
    QString blocked = m_form->blockingSummary();
    if (isEditing()) {
        const auto delta = onboarding::updateDelta(m_original, m_form->request());
        m_changes->clear();
        for (const onboarding::DiffRow &row : onboarding::diffRows(m_original, m_form->request()))
            m_changes->addTopLevelItem(new QTreeWidgetItem({row.label, row.before, row.after}));
        m_rescreenWarning->setVisible(onboarding::triggersRescreening(delta.body));
        if (!delta.uncleared.isEmpty()) {
            QStringList labels;
            for (const QString &p : delta.uncleared)
                labels << paxos::fieldLabel(p);
            m_banner->setText(tr("Paxos offers no way to empty %1; it stays as it is.")
                                  .arg(labels.join(u", "_s)));
            m_banner->show();
        }
        if (blocked.isEmpty() && delta.isEmpty())
            blocked = tr("Nothing has changed yet.");
    }
    if (m_busy)
        blocked = tr("Sending…");
    m_blockedLabel->setText(blocked);
    m_submitButton->setEnabled(!m_busy && !m_done && blocked.isEmpty());
    m_submitButton->setToolTip(blocked);
}

void PersonDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_progress->setVisible(busy);
    m_form->setEnabled(!busy);
    if (m_exampleButton)
        m_exampleButton->setEnabled(!busy && !m_done);
    if (m_kycButton)
        m_kycButton->setEnabled(!busy && !m_done);
    m_cancelButton->setText(busy ? tr("&Stop sending") : (m_done ? tr("&Close") : tr("Cancel")));
    updateSubmitState();
}

void PersonDialog::showBanner(const QString &text, const QString &actionText,
                              std::function<void()> action)
{
    m_banner->setText(text);
    m_banner->show();
    m_bannerCallback = std::move(action);
    m_bannerAction->setText(actionText);
    m_bannerAction->setVisible(!actionText.isEmpty() && m_bannerCallback);
}

void PersonDialog::fillSandboxExample()
{
    const QString refId = m_form->request().value("ref_id"_L1).toString();
    m_form->setRequest(paxos::examples::sandboxExamplePerson(
        refId.isEmpty() ? paxos::examples::newRefId() : refId));
    onFormChanged();
}

void PersonDialog::submit()
{
    if (m_busy || m_done)
        return;
    if (m_form->hasErrors()) {
        m_form->focusFirstIssue();
        return;
    }
    const QJsonObject body = pendingBody();
    if (body.isEmpty())
        return;
    m_drafts->flush();
    m_banner->hide();
    m_bannerAction->hide();
    if (isEditing())
        m_submission->update(m_identityId, body, personName());
    else
        m_submission->create(body, personName());
}

void PersonDialog::confirmKycRefresh()
{
    if (m_busy || !isEditing())
        return;
    m_submission->update(m_identityId, onboarding::kycRefreshBody(QDateTime::currentDateTimeUtc()),
                         personName());
}

void PersonDialog::onSucceeded(const paxos::Identity &identity, bool recovered)
{
    m_done = true;
    m_drafts->discard();
    m_draftLabel->clear();
    setBusy(false);
    const QString status = paxos::enums::identityStatus().label(identity.effectiveStatus());
    if (isEditing()) {
        showBanner(tr("Updated. Status: %1.").arg(status));
        emit identityUpdated(identity);
    } else {
        showBanner(recovered
                       ? tr("%1 had already been created by an earlier attempt. Status: %2.")
                             .arg(identity.displayName(), status)
                       : tr("%1 was created. Status: %2.").arg(identity.displayName(), status));
        emit identityCreated(identity);
    }
    const QString id = identity.id;
    m_bannerCallback = [this, id] { emit openIdentityRequested(id); };
    m_bannerAction->setText(tr("&Open identity"));
    m_bannerAction->show();
    m_cancelButton->setDefault(true);
    m_cancelButton->setFocus();
    updateSubmitState();
}

void PersonDialog::onFailed(const paxos::ApiError &error)
{
    setBusy(false);
    using K = paxos::ApiError::Kind;
    switch (error.kind()) {
    case K::DuplicateCipId: {
        showBanner(tr("Paxos already has an identity with this government ID."),
                   tr("&Compare and decide…"), [this, error] {
                       auto *dialog = new DuplicateCipIdDialog(m_services, m_form->request(),
                                                               error.existingId(), this);
                       dialog->setAttribute(Qt::WA_DeleteOnClose);
                       connect(dialog, &DuplicateCipIdDialog::openIdentityRequested, this,
                               &PersonDialog::openIdentityRequested);
                       connect(dialog, &DuplicateCipIdDialog::declined, this, [this] {
                           m_drafts->discard();
                           m_done = true;
                           setBusy(false);
                       });
                       connect(dialog, &DuplicateCipIdDialog::accountCreated, this, [this] {
                           m_drafts->discard();
                           m_done = true;
                           setBusy(false);
                       });
                       dialog->open();
                   });
        m_bannerAction->click();
        return;
    }
    case K::DuplicateRefId: {
        const QString id = error.existingId();
        showBanner(tr("The reference ID %1 already belongs to another identity. Reference IDs "
                      "must be unique: generate a new one, or open the existing identity.")
                       .arg(m_form->request().value("ref_id"_L1).toString()),
                   tr("&Open existing identity"), [this, id] { emit openIdentityRequested(id); });
        m_form->showServerIssue(u"ref_id"_s, tr("Already used by identity %1.").arg(id));
        return;
    }
    case K::Cancelled:
        showBanner(tr("Sending was stopped. If it had reached Paxos, sending again finds the "
                      "identity it created (same reference ID) instead of creating another."));
        return;
    case K::Problem:
        if (error.httpStatus() == 400 && error.problem()) {
            const QString detail = error.problem()->detail;
            if (m_form->showServerIssue(onboarding::fieldPathInDetail(detail), detail)) {
                showBanner(tr("Paxos refused the request; see the field marked below."));
                return;
            }
            showBanner(tr("Paxos refused the request: %1")
                           .arg(detail.isEmpty() ? error.message() : detail));
            return;
        }
        break;
    default:
        break;
    }
    showBanner(tr("Not sent: %1 Sending again is safe.").arg(error.message()), tr("Send &again"),
               [this] { submit(); });
}

void PersonDialog::reject()
{
    if (m_busy) {
        m_submission->cancel();
        return;
    }
    m_drafts->flush();
    QDialog::reject();
}

} // namespace console::ui
