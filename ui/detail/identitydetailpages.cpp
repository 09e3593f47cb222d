// The Overview and Details pages of the detail pane: one identity explained (status,
// requirements, checks; person, addresses, due diligence, metadata), masked until revealed.
// The pane (identitydetailpane.cpp) owns the states, the header, the JSON and Calls pages.
#include "core/models/format.h"
#include "core/models/statusexplainer.h"
#include "paxos/model/enums.h"
#include "paxos/net/redaction.h"
#include "ui/detail/identitydetailpane.h"
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
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace console::ui {

namespace {
QLabel *valueLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text.isEmpty() ? u"—"_s : text, parent);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setWordWrap(true);
    return label;
}

// A titled block of label/value rows.
class Section : public QWidget
{
public:
    Section(const QString &title, const QString &objectName, QWidget *parent)
        : QWidget(parent)
    {
        setObjectName(objectName);
        auto *outer = new QVBoxLayout(this);
        outer->setContentsMargins(0, 4, 0, 10);
        outer->setSpacing(6);
        m_header = new QHBoxLayout;
        m_header->setSpacing(8);
        auto *titleLabel = new QLabel(title.toUpper(), this);
        QFont f = titleLabel->font();
        f.setWeight(QFont::Bold);
        f.setPointSizeF(f.pointSizeF() * 0.85);
        f.setLetterSpacing(QFont::PercentageSpacing, 108);
        titleLabel->setFont(f);
        setMuted(titleLabel);
        m_header->addWidget(titleLabel);
        m_header->addStretch(1);
        outer->addLayout(m_header);
        auto *line = new QFrame(this);
        line->setFrameShape(QFrame::HLine);
        line->setFrameShadow(QFrame::Plain);
        QPalette lp = line->palette();
        lp.setColor(QPalette::WindowText, lp.color(QPalette::Mid));
        line->setPalette(lp);
        outer->addWidget(line);
        m_body = new QVBoxLayout;
        m_body->setSpacing(6);
        outer->addLayout(m_body);
        m_form = new QFormLayout;
        m_form->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
        m_form->setFormAlignment(Qt::AlignLeft | Qt::AlignTop);
        m_form->setHorizontalSpacing(16);
        m_form->setVerticalSpacing(5);
        m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
        m_form->setRowWrapPolicy(QFormLayout::DontWrapRows);
        m_body->addLayout(m_form);
    }

    QLabel *addRow(const QString &label, const QString &value, const QString &objectName = {})
    {
        QLabel *v = valueLabel(value, this);
        if (!objectName.isEmpty())
            v->setObjectName(objectName);
        m_form->addRow(mutedLabel(label, this), v);
        return v;
    }
    void addRow(const QString &label, QWidget *field)
    {
        m_form->addRow(mutedLabel(label, this), field);
    }
    void addWidget(QWidget *w) { m_body->addWidget(w); }
    void addHeaderWidget(QWidget *w) { m_header->addWidget(w); }
    bool isEmpty() const { return m_form->rowCount() == 0 && m_body->count() <= 1; }

private:
    // Every section's labels share one width, so values line up down the whole page.
    QLabel *fieldLabel(const QString &text)
    {
        QLabel *l = mutedLabel(text, this);
        l->setMinimumWidth(l->fontMetrics().horizontalAdvance(u"Government id (cip_id)"_s) + 12);
        return l;
    }

    QHBoxLayout *m_header;
    QVBoxLayout *m_body;
    QFormLayout *m_form;
};

QWidget *badgeWithText(const QString &badgeText, QStringView wire, const QString &text,
                       QWidget *parent)
{
    auto *w = new QWidget(parent);
    auto *l = new QHBoxLayout(w);
    l->setContentsMargins(0, 0, 0, 0);
    l->setSpacing(8);
    auto *badge = new StatusBadge(w);
    badge->setBadge(badgeText, toneForWireValue(wire));
    l->addWidget(badge, 0, Qt::AlignTop);
    if (!text.isEmpty())
        l->addWidget(valueLabel(text, w), 1);
    else
        l->addStretch(1);
    return w;
}

// A row of the "what is happening" tab: a badge on the left, text in a grid on the right.
QGridLayout *badgeCard(const QString &objectName, const QString &badgeText, QStringView wire,
                       QWidget *parent, QWidget **card)
{
    *card = new QWidget(parent);
    (*card)->setObjectName(objectName);
    auto *grid = new QGridLayout(*card);
    grid->setContentsMargins(0, 2, 0, 6);
    grid->setHorizontalSpacing(10);
    grid->setVerticalSpacing(2);
    auto *badge = new StatusBadge(*card);
    badge->setBadge(badgeText, toneForWireValue(wire));
    grid->addWidget(badge, 0, 0, Qt::AlignTop);
    grid->setColumnStretch(1, 1);
    return grid;
}

QString opt(const std::optional<QString> &s)
{
    return s.value_or(QString());
}

QString label(const paxos::EnumTable &table, const std::optional<QString> &wire)
{
    return wire ? table.label(*wire) : QString();
}

QString yesNo(std::optional<bool> b)
{
    if (!b)
        return {};
    return *b ? QCoreApplication::translate("console::ui::IdentityDetailPane", "Yes")
              : QCoreApplication::translate("console::ui::IdentityDetailPane", "No");
}

QString when(const std::optional<paxos::Timestamp> &ts)
{
    return ts && ts->isValid() ? formatDateTime(ts->toDateTime()) : QString();
}

QWidget *pageWidget(QVBoxLayout **layout)
{
    auto *page = new QWidget;
    *layout = new QVBoxLayout(page);
    (*layout)->setContentsMargins(16, 12, 16, 16);
    (*layout)->setSpacing(8);
    return page;
}
} // namespace

QWidget *IdentityDetailPane::buildOverviewTab()
{
    QVBoxLayout *layout = nullptr;
    QWidget *page = pageWidget(&layout);
    const paxos::Identity &id = *m_identity;
    const paxos::StatusDetails details = id.statusDetails.value_or(paxos::StatusDetails());

    auto *reqs = new Section(tr("Requirements"), u"requirementsSection"_s, page);
    auto *devToggle = new QToolButton(reqs);
    devToggle->setObjectName(u"developerDetailsToggle"_s);
    devToggle->setText(tr("Developer codes"));
    devToggle->setCheckable(true);
    devToggle->setAutoRaise(true);
    devToggle->setToolTip(tr("Show the error codes the API returns, for developers"));
    reqs->addHeaderWidget(devToggle);
    QList<QWidget *> devWidgets;
    if (details.requirements.isEmpty()) {
        reqs->addWidget(valueLabel(id.effectiveStatus() == u"APPROVED"
                                       ? tr("Nothing outstanding.")
                                       : tr("No requirements reported."),
                                   reqs));
    }
    for (const paxos::Requirement &r : details.requirements) {
        QWidget *card = nullptr;
        QGridLayout *cl =
            badgeCard(u"requirement_"_s + r.type, paxos::enums::requirementStatus().label(r.status),
                      r.status, reqs, &card);
        auto *title = new QLabel(paxos::enums::requirementType().label(r.type), card);
        QFont tf = title->font();
        tf.setWeight(QFont::DemiBold);
        title->setFont(tf);
        cl->addWidget(title, 0, 1);
        const Actor actor = whoMustAct(r);
        if (actor != Actor::Nobody) {
            auto *who = mutedLabel(tr("Who must act: %1").arg(actorLabel(actor)), card);
            who->setObjectName(u"whoMustAct"_s);
            cl->addWidget(who, 0, 2, Qt::AlignRight);
        }
        cl->addWidget(valueLabel(describeRequirement(r), card), 1, 1, 1, 2);
        const QString step = nextStep(r);
        if (!step.isEmpty())
            cl->addWidget(mutedLabel(step, card), 2, 1, 1, 2);
        QStringList codes;
        for (const paxos::RequirementError &e : r.errors)
            codes << (e.description.isEmpty() ? e.code : e.code + u": "_s + e.description);
        if (!codes.isEmpty()) {
            auto *dev = mutedLabel(codes.join(u'\n'), card);
            dev->setObjectName(u"developerCodes"_s);
            dev->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
            dev->setTextInteractionFlags(Qt::TextSelectableByMouse);
            dev->setVisible(false);
            cl->addWidget(dev, 3, 1, 1, 2);
            devWidgets << dev;
        }
        reqs->addWidget(card);
    }
    devToggle->setVisible(!devWidgets.isEmpty());
    connect(devToggle, &QToolButton::toggled, page, [devWidgets](bool on) {
        for (QWidget *w : devWidgets)
            w->setVisible(on);
    });
    layout->addWidget(reqs);

    auto *controls = new Section(tr("Active controls"), u"controlsSection"_s, page);
    if (details.activeControls.isEmpty())
        controls->addWidget(valueLabel(tr("No controls in force."), controls));
    for (const paxos::IdentityControl &c : details.activeControls) {
        QWidget *card = nullptr;
        QGridLayout *cl =
            badgeCard(u"control_"_s + c.type, paxos::enums::controlType().label(c.type), c.type,
                      controls, &card);
        cl->addWidget(valueLabel(describeControl(c), card), 0, 1);
        QStringList lines;
        if (c.reason || c.reasonCode) {
            QString reason = opt(c.reason);
            if (c.reasonCode) {
                const QString code = paxos::enums::controlReasonCode().label(*c.reasonCode);
                reason = reason.isEmpty() ? code : tr("%1 (%2)").arg(reason, code);
            }
            lines << tr("Reason: %1").arg(reason);
        }
        if (c.createdAt && c.createdAt->isValid()) {
            const QDateTime since = c.createdAt->toDateTime();
            lines
                << tr("Since %1 (%2)").arg(formatDateTime(since), formatAge(since.secsTo(m_now())));
        }
        if (!lines.isEmpty())
            cl->addWidget(mutedLabel(lines.join(u'\n'), card), 1, 1);
        controls->addWidget(card);
    }
    layout->addWidget(controls);

    auto *checks =
        new Section(tr("Verification checks (legacy sub-statuses)"), u"subStatusSection"_s, page);
    auto addCheck = [&](const QString &title, const QString &field,
                        const std::optional<QString> &value) {
        if (!value)
            return;
        checks->addRow(title,
                       badgeWithText(paxos::enums::identityStatus().label(*value), *value,
                                     describeSubStatus(field, *value), checks));
    };
    if (id.personDetails) {
        addCheck(tr("ID verification"), u"id_verification_status"_s,
                 id.personDetails->idVerificationStatus);
        addCheck(tr("Sanctions"), u"sanctions_verification_status"_s,
                 id.personDetails->sanctionsVerificationStatus);
        addCheck(tr("Additional screening"), u"additional_screening_status"_s,
                 id.personDetails->additionalScreeningStatus);
    }
    if (id.institutionDetails) {
        addCheck(tr("Documents"), u"document_verification_status"_s,
                 id.institutionDetails->documentVerificationStatus);
        addCheck(tr("Sanctions"), u"sanctions_verification_status"_s,
                 id.institutionDetails->sanctionsVerificationStatus);
        addCheck(tr("Additional screening"), u"additional_screening_status"_s,
                 id.institutionDetails->additionalScreeningStatus);
    }
    if (id.userDisabled.value_or(false))
        checks->addRow(tr("Disabled by us"), tr("Yes (legacy user_disabled)"));
    if (id.adminDisabled.value_or(false))
        checks->addRow(tr("Disabled by Paxos"), tr("Yes (legacy admin_disabled)"));
    if (checks->isEmpty())
        checks->addWidget(valueLabel(tr("Not reported by the server."), checks));
    layout->addWidget(checks);
    layout->addStretch(1);
    return page;
}

QWidget *IdentityDetailPane::buildDetailsTab()
{
    QVBoxLayout *layout = nullptr;
    QWidget *page = pageWidget(&layout);
    const paxos::Identity &id = *m_identity;

    if (id.personDetails) {
        const paxos::PersonDetails &p = *id.personDetails;
        auto *person = new Section(tr("Person"), u"personSection"_s, page);
        m_reveal =
            new QPushButton(themedIcon(m_revealed ? u"hide"_s : u"reveal"_s),
                            m_revealed ? tr("Hide") : tr("Reveal cip_id and birth date"), person);
        m_reveal->setObjectName(u"revealButton"_s);
        m_reveal->setToolTip(tr("Revealing is recorded in the audit trail"));
        m_reveal->setFlat(true);
        connect(m_reveal, &QPushButton::clicked, this, [this] {
            if (m_revealed)
                setRevealed(false);
            else
                emit revealRequested(m_identityId);
        });
        person->addHeaderWidget(m_reveal);
        person->addRow(tr("Name"), p.fullName(), u"personName"_s);
        const QString dob = p.dateOfBirth ? p.dateOfBirth->toString() : QString();
        person->addRow(tr("Date of birth"),
                       m_revealed || dob.isEmpty() ? dob : paxos::redact::maskDate(dob),
                       u"dobValue"_s);
        person->addRow(tr("Nationality"), opt(p.nationality));
        const QString cip = opt(p.cipId);
        QString cipText = m_revealed || cip.isEmpty() ? cip : paxos::redact::maskIdentifier(cip);
        person->addRow(tr("Government id (cip_id)"), cipText, u"cipIdValue"_s);
        person->addRow(
            tr("Id type / country"),
            QStringList{label(paxos::enums::cipIdType(), p.cipIdType), opt(p.cipIdCountry)}.join(
                u"  ·  "_s));
        person->addRow(tr("Phone"), opt(p.phoneNumber));
        person->addRow(tr("Email"), opt(p.email));
        if (p.profession)
            person->addRow(tr("Profession"), *p.profession);
        if (p.countryOfBirth)
            person->addRow(tr("Country of birth"), *p.countryOfBirth);
        layout->addWidget(person);

        auto *idv = new Section(tr("Identity verification (IDV)"), u"idvSection"_s, page);
        idv->addRow(tr("Verifier"), label(paxos::enums::verifierType(), p.verifierType));
        if (p.passthroughVerifierType)
            idv->addRow(tr("Vendor"),
                        label(paxos::enums::passthroughVerifierType(), p.passthroughVerifierType));
        if (p.passthroughVerificationStatus)
            idv->addRow(tr("Vendor result"),
                        badgeWithText(
                            paxos::enums::identityStatus().label(*p.passthroughVerificationStatus),
                            *p.passthroughVerificationStatus, {}, idv));
        if (p.passthroughVerifiedAt)
            idv->addRow(tr("Verified at"), when(p.passthroughVerifiedAt));
        if (p.passthroughVerificationId)
            idv->addRow(tr("Verification id"), *p.passthroughVerificationId);
        if (p.passthroughVerificationFields) {
            QStringList fields;
            for (const QString &f : *p.passthroughVerificationFields)
                fields << paxos::enums::passthroughVerificationField().label(f);
            idv->addRow(tr("Checked"), fields.join(u", "_s));
        }
        if (p.idVerificationUrl)
            idv->addRow(tr("Verification link"), *p.idVerificationUrl);
        layout->addWidget(idv);

        auto *addr = new Section(tr("Address"), u"addressSection"_s, page);
        if (p.address) {
            const paxos::Address &a = *p.address;
            QStringList lines;
            for (const auto &part : {a.address1, a.address2})
                if (part && !part->isEmpty())
                    lines << *part;
            lines << QStringList{opt(a.city), opt(a.province), opt(a.zipCode)}
                         .join(u' ')
                         .simplified();
            lines << opt(a.country);
            lines.removeAll(QString());
            addr->addRow(tr("Residence"), lines.join(u'\n'), u"addressValue"_s);
        } else {
            addr->addWidget(valueLabel(tr("No address on file."), addr));
        }
        layout->addWidget(addr);
    } else if (id.institutionDetails) {
        const paxos::InstitutionDetails &inst = *id.institutionDetails;
        auto *s = new Section(tr("Institution"), u"institutionSection"_s, page);
        s->addRow(tr("Name"), opt(inst.name));
        s->addRow(tr("Type"), label(paxos::enums::institutionType(), inst.institutionType));
        s->addRow(tr("Sector"), label(paxos::enums::industrySector(), inst.institutionSubType));
        const QString cip = opt(inst.cipId);
        s->addRow(tr("Registration id"),
                  m_revealed || cip.isEmpty() ? cip : paxos::redact::maskIdentifier(cip),
                  u"cipIdValue"_s);
        if (inst.businessAddress)
            s->addRow(tr("Business address"), inst.businessAddress->singleLine());
        s->addRow(tr("Regulation"), label(paxos::enums::regulationStatus(), inst.regulationStatus));
        layout->addWidget(s);
        if (!id.institutionMembers.isEmpty()) {
            auto *m = new Section(tr("Members"), u"membersSection"_s, page);
            for (const paxos::InstitutionMember &member : id.institutionMembers) {
                QStringList roles;
                for (const QString &r : member.roles)
                    roles << paxos::enums::institutionMemberRole().label(r);
                const QString status = member.effectiveStatus();
                m->addRow(member.name.value_or(member.identityId),
                          badgeWithText(paxos::enums::identityStatus().label(status), status,
                                        roles.join(u", "_s), m));
            }
            layout->addWidget(m);
        }
    } else {
        auto *none = new Section(tr("Details"), u"personSection"_s, page);
        none->addWidget(valueLabel(tr("The server sent no person or institution details."), none));
        layout->addWidget(none);
    }

    auto *cdd = new Section(tr("Customer due diligence"), u"cddSection"_s, page);
    if (id.customerDueDiligence) {
        const paxos::CustomerDueDiligence &c = *id.customerDueDiligence;
        namespace e = paxos::enums;
        auto row = [&](const QString &title, const paxos::EnumTable &t,
                       const std::optional<QString> &v) {
            if (v)
                cdd->addRow(title, t.label(*v));
        };
        row(tr("Yearly income"), e::estimatedYearlyIncome(), c.estimatedYearlyIncome);
        row(tr("Expected transfers"), e::expectedTransferValue(), c.expectedTransferValue);
        row(tr("Source of wealth"), e::sourceOfWealth(), c.sourceOfWealth);
        row(tr("Employment"), e::employmentStatus(), c.employmentStatus);
        row(tr("Industry"), e::industrySector(), c.employmentIndustrySector);
        row(tr("Net worth"), e::estimatedNetWorth(), c.estimatedNetWorth);
        row(tr("Source of funds"), e::sourceOfFunds(), c.sourceOfFunds);
        row(tr("Purpose of account"), e::purposeOfAccount(), c.purposeOfAccount);
        row(tr("Industry sector"), e::industrySector(), c.industrySector);
        if (c.aliases && !c.aliases->isEmpty())
            cdd->addRow(tr("Aliases"), c.aliases->join(u", "_s));
        if (c.createdAt)
            cdd->addRow(tr("Recorded"), when(c.createdAt));
    }
    if (cdd->isEmpty())
        cdd->addWidget(valueLabel(tr("No due-diligence answers on file."), cdd));
    layout->addWidget(cdd);

    auto *tax = new Section(tr("Tax"), u"taxSection"_s, page);
    for (const paxos::TaxDetail &t : id.taxDetails) {
        const QString payer = opt(t.taxPayerId);
        const QString shown =
            m_revealed || payer.isEmpty() ? payer : paxos::redact::maskIdentifier(payer);
        const QString country = opt(t.taxPayerCountry);
        if (t.tinVerificationStatus)
            tax->addRow(
                country.isEmpty() ? tr("Tax id") : tr("Tax id (%1)").arg(country),
                badgeWithText(paxos::enums::tinVerificationStatus().label(*t.tinVerificationStatus),
                              *t.tinVerificationStatus, shown, tax));
        else
            tax->addRow(country.isEmpty() ? tr("Tax id") : tr("Tax id (%1)").arg(country), shown);
    }
    if (id.summaryTinVerificationStatus)
        tax->addRow(tr("TIN status"),
                    badgeWithText(paxos::enums::tinVerificationStatus().label(
                                      *id.summaryTinVerificationStatus),
                                  *id.summaryTinVerificationStatus, {}, tax));
    if (id.taxDetailsNotRequired)
        tax->addRow(tr("Tax details required"), *id.taxDetailsNotRequired ? tr("No") : tr("Yes"));
    if (tax->isEmpty())
        tax->addWidget(valueLabel(tr("No tax details on file."), tax));
    layout->addWidget(tax);

    auto *other = new Section(tr("Account"), u"otherSection"_s, page);
    if (id.isMerchant)
        other->addRow(tr("Merchant"), yesNo(id.isMerchant));
    if (id.lastKycRefreshDate)
        other->addRow(tr("Last KYC refresh"), when(id.lastKycRefreshDate));
    const QMap<QString, QString> metadata = id.metadataMap();
    for (auto it = metadata.cbegin(); it != metadata.cend(); ++it)
        other->addRow(it.key(), it.value());
    if (other->isEmpty())
        other->addWidget(valueLabel(tr("No metadata."), other));
    layout->addWidget(other);
    layout->addStretch(1);
    return page;
}

} // namespace console::ui
