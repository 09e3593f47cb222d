#include "ui/onboarding/institutiondialog.h"

#include "core/onboarding/draftautosaver.h"
#include "core/onboarding/institutionmembers.h"
#include "core/onboarding/institutionsubmission.h"
#include "core/onboarding/personsubmission.h"
#include "paxos/model/enums.h"
#include "paxos/model/examples.h"
#include "paxos/model/institutionexample.h"
#include "paxos/net/connection.h"
#include "paxos/net/requestlog.h"
#include "ui/onboarding/institutionform.h"
#include "ui/onboarding/institutionmemberpicker.h"
#include "ui/onboarding/persondialog.h"
#include "ui/widgets/labels.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace console::ui {

InstitutionDialog::InstitutionDialog(const OnboardingServices &services, QWidget *parent)
    : InstitutionDialog(services, nullptr, parent)
{
}

InstitutionDialog::InstitutionDialog(const OnboardingServices &services,
                                     const paxos::Identity &identity, QWidget *parent)
    : InstitutionDialog(services, &identity, parent)
{
}

InstitutionDialog::InstitutionDialog(const OnboardingServices &services,
                                     const paxos::Identity *identity, QWidget *parent)
    : QDialog(parent)
    , m_services(services)
    , m_form(new InstitutionForm(this))
    , m_submission(
          new onboarding::InstitutionSubmission(services.connection, services.writeGuard, this))
    , m_members(new onboarding::InstitutionMembers(services.connection, services.writeGuard, this))
    , m_drafts(new onboarding::DraftAutosaver(
          services.drafts, onboarding::draftkinds::forForm(true, identity != nullptr), this))
{
    setObjectName(u"InstitutionDialog"_s);
    resizeWithinScreen(this, QSize(1280, 860));
    m_form->setObjectName(u"institutionForm"_s);

    if (identity) {
        m_identityId = identity->id;
        m_drafts->setIdentityId(m_identityId);
        m_original = onboarding::institutionEditableShape(
            identity->raw.isEmpty() ? identity->toJson() : identity->raw);
        m_form->setMode(InstitutionForm::Mode::Edit);
        m_form->setRequest(m_original);
        m_form->setExistingMembers(identity->institutionMembers);
        const QJsonObject original = m_original;
        m_form->setValidator([original](const QJsonObject &request) {
            return paxos::validateUpdateIdentity(
                onboarding::institutionUpdateDelta(original, request));
        });
        setWindowTitle(tr("Edit %1").arg(identity->displayName()));
    } else {
        setWindowTitle(tr("New institution identity"));
        m_form->setRequest(QJsonObject{{u"ref_id"_s, paxos::examples::newRefId()}});
    }

    // Side panel: the exact request, and every check of the rules in one list.
    m_side = new QTabWidget(this);
    m_side->setObjectName(u"sidePanel"_s);
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
    m_checks = new QListWidget(m_side);
    m_checks->setObjectName(u"checksList"_s);
    m_checks->setWordWrap(true);
    m_side->addTab(m_checks, tr("Chec&ks"));

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
    m_banner->hide();
    m_blockedLabel = new QLabel(this);
    m_blockedLabel->setObjectName(u"blockedLabel"_s);
    m_blockedLabel->setWordWrap(true);
    m_blockedLabel->setForegroundRole(QPalette::PlaceholderText);
    m_blockedLabel->setTextFormat(Qt::PlainText);
    m_draftLabel = new QLabel(this);
    m_draftLabel->setObjectName(u"draftLabel"_s);
    m_draftLabel->setForegroundRole(QPalette::PlaceholderText);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(u"progress"_s);
    m_progress->setRange(0, 0);
    m_progress->setMaximumWidth(160);
    m_progress->hide();

    auto *buttons = new QDialogButtonBox(this);
    if (!identity && !services.production) {
        m_exampleButton =
            buttons->addButton(tr("Fill with Sandbox &example"), QDialogButtonBox::ActionRole);
        m_exampleButton->setObjectName(u"exampleButton"_s);
        m_exampleButton->setAutoDefault(false);
        m_exampleButton->setToolTip(
            tr("The institution of Paxos's institution guide (Foogle), completed as the "
               "required-details grid asks, with a fresh EIN; the members you chose stay."));
        connect(m_exampleButton, &QPushButton::clicked, this,
                &InstitutionDialog::fillSandboxExample);
    }
    m_submitButton = buttons->addButton(identity ? tr("&Send update") : tr("&Create institution"),
                                        QDialogButtonBox::AcceptRole);
    m_submitButton->setObjectName(u"submitButton"_s);
    m_submitButton->setDefault(true);
    m_cancelButton = buttons->addButton(QDialogButtonBox::Close);
    m_cancelButton->setObjectName(u"cancelButton"_s);
    m_cancelButton->setAutoDefault(false);
    connect(m_submitButton, &QPushButton::clicked, this, &InstitutionDialog::submit);
    connect(m_cancelButton, &QPushButton::clicked, this, &InstitutionDialog::reject);

    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_blockedLabel, 1);
    statusRow->addWidget(m_draftLabel);
    statusRow->addWidget(m_progress);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_banner);
    layout->addLayout(statusRow);
    layout->addWidget(buttons);

    connect(m_form, &InstitutionForm::issuesChanged, this, &InstitutionDialog::updateSubmitState);
    // Connected after the form was filled above: an untouched form leaves no draft.
    connect(m_form, &InstitutionForm::edited, this,
            [this] { m_drafts->update(m_form->request(), institutionName()); });
    connect(m_drafts, &onboarding::DraftAutosaver::saved, this, [this](const QDateTime &at) {
        m_draftLabel->setText(tr("Draft saved %1").arg(at.toLocalTime().toString(u"HH:mm:ss"_s)));
    });
    connect(m_drafts, &onboarding::DraftAutosaver::saveFailed, this, [this](const QString &why) {
        m_draftLabel->setText(tr("Draft not saved: %1").arg(why));
    });
    if (!m_drafts->isEnabled())
        m_draftLabel->setText(tr("Drafts are off (no local store)"));
    connect(m_form, &InstitutionForm::addExistingRequested, this, [this] { openMemberPicker(); });
    connect(m_form, &InstitutionForm::newPersonRequested, this, [this] { openNewPersonMember(); });
    connect(m_form, &InstitutionForm::removeExistingRequested, this,
            [this](const paxos::InstitutionMember &member) {
                m_members->remove(m_identityId, member, institutionName());
            });
    connect(m_submission, &onboarding::InstitutionSubmission::started, this,
            [this] { setBusy(true); });
    connect(m_submission, &onboarding::InstitutionSubmission::succeeded, this,
            &InstitutionDialog::onSucceeded);
    connect(m_submission, &onboarding::InstitutionSubmission::failed, this,
            &InstitutionDialog::onFailed);
    connect(m_submission, &onboarding::InstitutionSubmission::refused, this,
            [this](const QString &reason) {
                setBusy(false);
                showBanner(tr("Not sent: %1").arg(reason));
            });
    // What Paxos decided, read right after: an institution waits for its documents.
    connect(m_submission, &onboarding::InstitutionSubmission::decided, this,
            [this](const paxos::Identity &now) {
                QString text =
                    tr("%1 was created. Status: %2.")
                        .arg(now.displayName(),
                             paxos::enums::identityStatus().label(now.effectiveStatus()));
                if (now.effectiveStatus() == u"PENDING")
                    text += u' '
                        + tr("Paxos reviews an institution's business documents before it is "
                             "approved: upload them from the Documents tab.");
                showBanner(text);
                emit identityUpdated(now);
            });
    connect(m_members, &onboarding::InstitutionMembers::started, this, [this] { setBusy(true); });
    connect(m_members, &onboarding::InstitutionMembers::added, this,
            [this](const QString &id, const QList<paxos::InstitutionMember> &added) {
                setBusy(false);
                auto members = m_form->existingMembers();
                members += added;
                m_form->setExistingMembers(members);
                showBanner(tr("%n members added.", nullptr, int(added.size())));
                emit membersChanged(id);
            });
    connect(m_members, &onboarding::InstitutionMembers::removed, this,
            [this](const QString &id, const QString &memberId) {
                setBusy(false);
                auto members = m_form->existingMembers();
                members.removeIf(
                    [&](const paxos::InstitutionMember &m) { return m.id == memberId; });
                m_form->setExistingMembers(members);
                showBanner(tr("Member removed."));
                emit membersChanged(id);
            });
    connect(m_members, &onboarding::InstitutionMembers::failed, this,
            [this](const paxos::ApiError &error) {
                setBusy(false);
                showBanner(tr("The members were not changed: %1").arg(error.message()));
            });
    connect(m_members, &onboarding::InstitutionMembers::refused, this,
            [this](const QString &reason) {
                setBusy(false);
                showBanner(tr("Not sent: %1").arg(reason));
            });
    updateSubmitState();
}

InstitutionDialog::~InstitutionDialog()
{
    // The last change is written while this dialog is whole (not from ~QWidget deleting the
    // autosaver, which would report into a half-destroyed dialog).
    m_drafts->flush();
    disconnect(m_drafts, nullptr, this, nullptr);
}

void InstitutionDialog::resumeDraft(const QString &draftId, const QJsonObject &form)
{
    m_drafts->setDraftId(draftId);
    m_form->setRequest(form);
    updateSubmitState();
}

QString InstitutionDialog::draftId() const
{
    return m_drafts->draftId();
}

QString InstitutionDialog::institutionName() const
{
    const QString name =
        m_form->request().value("institution_details"_L1).toObject().value("name"_L1).toString();
    return name.isEmpty() ? tr("Unnamed institution") : name;
}

QString InstitutionDialog::institutionType() const
{
    return m_form->request()
        .value("institution_details"_L1)
        .toObject()
        .value("institution_type"_L1)
        .toString();
}

QJsonObject InstitutionDialog::pendingBody() const
{
    if (isEditing())
        return onboarding::institutionUpdateDelta(m_original, m_form->request());
    return m_form->request();
}

QString InstitutionDialog::pendingCurl() const
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

QString InstitutionDialog::bannerText() const
{
    return m_banner->isVisible() ? m_banner->text() : QString();
}

void InstitutionDialog::updateSubmitState()
{
    m_json->setPlainText(
        QString::fromUtf8(QJsonDocument(pendingBody()).toJson(QJsonDocument::Indented)));
    m_checks->clear();
    for (const paxos::ValidationIssue &issue : m_form->issues()) {
        auto *item = new QListWidgetItem(
            (issue.isError() ? tr("Fix: ") : tr("Check: ")) + issue.message
            + (issue.path.isEmpty() ? QString() : u"  ("_s + issue.path + u')'));
        item->setData(Qt::UserRole, issue.path);
        m_checks->addItem(item);
    }
    if (m_checks->count() == 0)
        m_checks->addItem(tr("Every documented rule is met."));
    const QString blocked = m_form->blockingSummary();
    const bool empty = isEditing() && pendingBody().isEmpty();
    m_blockedLabel->setText(!blocked.isEmpty() ? blocked
                                : empty        ? tr("Nothing changed yet.")
                                               : QString());
    m_submitButton->setEnabled(!m_busy && !m_done && blocked.isEmpty() && !empty);
}

void InstitutionDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_progress->setVisible(busy);
    m_form->setEnabled(!busy);
    if (m_exampleButton)
        m_exampleButton->setEnabled(!busy && !m_done);
    m_cancelButton->setText(busy ? tr("Stop") : tr("Close"));
    updateSubmitState();
}

void InstitutionDialog::showBanner(const QString &text)
{
    m_banner->setText(text);
    m_banner->show();
}

void InstitutionDialog::fillSandboxExample()
{
    // The members already chosen stay: the example brings the institution, not people.
    const QJsonObject current = m_form->request();
    const QString refId = current.value("ref_id"_L1).toString();
    m_form->setRequest(paxos::examples::sandboxExampleInstitution(
        refId.isEmpty() ? paxos::examples::newRefId() : refId,
        current.value("institution_members"_L1).toArray()));
    updateSubmitState();
}

void InstitutionDialog::submit()
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
    if (isEditing())
        m_submission->update(m_identityId, body, institutionName());
    else
        m_submission->create(body, institutionName());
}

InstitutionMemberPicker *InstitutionDialog::openMemberPicker()
{
    auto *picker = new InstitutionMemberPicker(m_services.connection, institutionType(), this);
    picker->setAttribute(Qt::WA_DeleteOnClose);
    connect(picker, &QDialog::accepted, this, [this, picker] {
        addChosenMember(picker->chosen(), picker->roles(), picker->ownership(), picker->position());
    });
    picker->open();
    return picker;
}

PersonDialog *InstitutionDialog::openNewPersonMember()
{
    // The person form as it is, on the same services; its person joins once created.
    auto *dialog = new PersonDialog(m_services, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &PersonDialog::identityCreated, this, [this](const paxos::Identity &person) {
        if (isEditing()) {
            // Roles are needed to join: let the picker ask them, with the person found.
            InstitutionMemberPicker *picker = openMemberPicker();
            picker->search(person.id);
            return;
        }
        m_form->addMember(person);
        showBanner(tr("%1 was created and joins as a member: choose the roles.")
                       .arg(person.displayName()));
    });
    dialog->open();
    return dialog;
}

void InstitutionDialog::addChosenMember(const paxos::Identity &person, const QStringList &roles,
                                        const QString &ownership, const QString &position)
{
    if (person.id.isEmpty())
        return;
    if (!isEditing()) {
        m_form->addMember(person, roles, ownership);
        if (!position.isEmpty()) {
            QJsonObject request = m_form->request();
            QJsonArray members = request.value("institution_members"_L1).toArray();
            QJsonObject last = members.last().toObject();
            last.insert(u"position"_s, position);
            members[members.size() - 1] = last;
            request.insert(u"institution_members"_s, members);
            m_form->setRequest(request);
        }
        return;
    }
    paxos::InstitutionMember member;
    member.identityId = person.id;
    member.roles = roles;
    member.name = person.displayName();
    if (!ownership.isEmpty())
        member.ownership = ownership;
    if (!position.isEmpty())
        member.position = position;
    const auto issues =
        m_members->add(m_identityId, institutionType(), {member}, institutionName());
    if (paxos::hasErrors(issues)) {
        QStringList lines;
        for (const auto &i : issues)
            if (i.isError())
                lines << i.message;
        showBanner(tr("Not sent: %1").arg(lines.join(u' ')));
    }
}

void InstitutionDialog::onSucceeded(const paxos::Identity &identity, bool recovered)
{
    setBusy(false);
    m_done = !isEditing();
    // Sent: what was typed is at Paxos now, so the draft goes.
    m_drafts->discard();
    m_draftLabel->clear();
    const QString status = paxos::enums::identityStatus().label(identity.effectiveStatus());
    if (isEditing()) {
        m_original = onboarding::institutionEditableShape(identity.raw.isEmpty() ? identity.toJson()
                                                                                 : identity.raw);
        showBanner(tr("Updated. Status: %1.").arg(status));
        emit identityUpdated(identity);
    } else {
        showBanner(recovered
                       ? tr("%1 had already been created by an earlier attempt. Status: %2.")
                             .arg(identity.displayName(), status)
                       : tr("%1 was created. Status: %2.").arg(identity.displayName(), status));
        emit identityCreated(identity);
    }
    m_cancelButton->setDefault(true);
    updateSubmitState();
}

void InstitutionDialog::onFailed(const paxos::ApiError &error)
{
    setBusy(false);
    using K = paxos::ApiError::Kind;
    switch (error.kind()) {
    case K::DuplicateCipId:
        showBanner(tr("Paxos already has an identity with this registration number (identity "
                      "%1). Paxos's guide: refuse the institution, or, if it is the same one, "
                      "open another account on that identity.")
                       .arg(error.existingId()));
        m_form->showServerIssue(u"institution_details.cip_id"_s,
                                tr("Already used by identity %1.").arg(error.existingId()));
        return;
    case K::DuplicateRefId:
        showBanner(tr("The reference ID already belongs to identity %1: generate a new one.")
                       .arg(error.existingId()));
        m_form->showServerIssue(u"ref_id"_s,
                                tr("Already used by identity %1.").arg(error.existingId()));
        return;
    case K::Cancelled:
        showBanner(tr("Sending was stopped. If it had reached Paxos, sending again finds the "
                      "institution it created (same reference ID) instead of creating another."));
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
    showBanner(tr("Not sent: %1 Sending again is safe.").arg(error.message()));
}

void InstitutionDialog::reject()
{
    if (m_busy) {
        m_submission->cancel();
        return;
    }
    m_drafts->flush();
    QDialog::reject();
}

} // namespace console::ui
