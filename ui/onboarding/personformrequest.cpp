// PersonForm as a Paxos request and back: request() reads the fields into the Create / Update
// Identity body (unknown members kept as they came), setRequest() fills them from one, clear()
// starts a new person. Building and validating the form is personform.cpp's job.
#include "core/onboarding/identitydelta.h"
#include "paxos/model/countries.h"
#include "paxos/model/enums.h"
#include "paxos/model/examples.h"
#include "ui/onboarding/personform.h"
#include "ui/onboarding/personformfields.h"
#include "ui_personform.h"

#include <QCalendarWidget>
#include <QCompleter>
#include <QDate>
#include <QDateTime>
#include <QHeaderView>
#include <QJsonArray>
#include <QKeyEvent>
#include <QRegularExpression>
#include <QScrollBar>
#include <QStringListModel>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace console::ui {

using namespace personformfields;

QJsonObject PersonForm::request() const
{
    QJsonObject person = m_extra.value("person_details"_L1).toObject();
    auto put = [&person](const char *key, const QString &value) {
        person.remove(QLatin1StringView(key));
        putString(person, QLatin1StringView(key).toString(), value);
    };
    put("first_name", text(m_ui->firstNameEdit));
    put("middle_name", text(m_ui->middleNameEdit));
    put("last_name", text(m_ui->lastNameEdit));
    put("date_of_birth", text(m_ui->dateOfBirthEdit));
    put("nationality", countryComboValue(m_ui->nationalityCombo));
    put("country_of_birth", countryComboValue(m_ui->countryOfBirthCombo));
    put("profession", text(m_ui->professionEdit));
    put("phone_number", text(m_ui->phoneNumberEdit));
    put("email", text(m_ui->emailEdit));
    put("cip_id_type", comboWire(m_ui->cipIdTypeCombo));
    put("cip_id", text(m_ui->cipIdEdit));
    put("cip_id_country", countryComboValue(m_ui->cipIdCountryCombo));
    const QString verifier = comboWire(m_ui->verifierTypeCombo);
    put("verifier_type", verifier);
    const bool passthrough = verifier == "PASSTHROUGH"_L1;
    put("passthrough_verifier_type",
        passthrough ? comboWire(m_ui->passthroughVerifierTypeCombo) : QString());
    put("passthrough_verified_at", passthrough ? text(m_ui->passthroughVerifiedAtEdit) : QString());
    put("passthrough_verification_id",
        passthrough ? text(m_ui->passthroughVerificationIdEdit) : QString());
    put("passthrough_verification_status",
        passthrough ? comboWire(m_ui->passthroughVerificationStatusCombo) : QString());
    person.remove("passthrough_verification_fields"_L1);
    if (passthrough) {
        QJsonArray fields;
        for (QCheckBox *check : m_ui->passthroughFieldsBox->findChildren<QCheckBox *>())
            if (check->isChecked())
                fields.append(check->property("wire").toString());
        if (!fields.isEmpty())
            person.insert("passthrough_verification_fields"_L1, fields);
    }

    QJsonObject address = m_extra.value("address"_L1).toObject();
    auto putAddress = [&address](const char *key, const QString &value) {
        address.remove(QLatin1StringView(key));
        putString(address, QLatin1StringView(key).toString(), value);
    };
    putAddress("address1", text(m_ui->address1Edit));
    putAddress("address2", text(m_ui->address2Edit));
    putAddress("city", text(m_ui->cityEdit));
    putAddress("province", text(m_ui->provinceEdit));
    putAddress("zip_code", text(m_ui->zipCodeEdit));
    putAddress("country", countryComboValue(m_ui->addressCountryCombo));
    person.remove("address"_L1);
    if (!address.isEmpty())
        person.insert("address"_L1, address);

    QJsonObject cdd = m_extra.value("customer_due_diligence"_L1).toObject();
    auto putCdd = [&cdd](const char *key, const QString &value) {
        cdd.remove(QLatin1StringView(key));
        putString(cdd, QLatin1StringView(key).toString(), value);
    };
    putCdd("estimated_yearly_income", comboWire(m_ui->estimatedYearlyIncomeCombo));
    putCdd("expected_transfer_value", comboWire(m_ui->expectedTransferValueCombo));
    putCdd("source_of_wealth", comboWire(m_ui->sourceOfWealthCombo));
    putCdd("employment_status", comboWire(m_ui->employmentStatusCombo));
    putCdd("employment_industry_sector", comboWire(m_ui->employmentIndustrySectorCombo));
    putCdd("estimated_net_worth", comboWire(m_ui->estimatedNetWorthCombo));
    putCdd("source_of_funds", comboWire(m_ui->sourceOfFundsCombo));
    putCdd("purpose_of_account", comboWire(m_ui->purposeOfAccountCombo));

    QJsonObject out = m_extra.value("top"_L1).toObject();
    putString(out, u"ref_id"_s, text(m_ui->refIdEdit));
    if (!person.isEmpty())
        out.insert("person_details"_L1, person);
    if (!cdd.isEmpty())
        out.insert("customer_due_diligence"_L1, cdd);

    QJsonArray tax;
    for (int r = 0; r < m_ui->taxDetailsTable->rowCount(); ++r) {
        const QTableWidgetItem *idItem = m_ui->taxDetailsTable->item(r, 0);
        const auto *combo = qobject_cast<QComboBox *>(m_ui->taxDetailsTable->cellWidget(r, 1));
        const QString id = idItem ? idItem->text().trimmed() : QString();
        const QString country = combo ? countryComboValue(combo) : QString();
        if (id.isEmpty() && country.isEmpty())
            continue;
        QJsonObject t;
        putString(t, u"tax_payer_id"_s, id);
        putString(t, u"tax_payer_country"_s, country);
        tax.append(t);
    }
    if (!tax.isEmpty())
        out.insert("tax_details"_L1, tax);
    if (m_ui->taxDetailsNotRequiredCheck->isChecked())
        out.insert("tax_details_not_required"_L1, true);

    QJsonObject metadata;
    for (int r = 0; r < m_ui->metadataTable->rowCount(); ++r) {
        const QTableWidgetItem *k = m_ui->metadataTable->item(r, 0);
        const QTableWidgetItem *v = m_ui->metadataTable->item(r, 1);
        const QString key = k ? k->text().trimmed() : QString();
        if (!key.isEmpty())
            metadata.insert(key, v ? v->text() : QString());
    }
    if (!metadata.isEmpty())
        out.insert("metadata"_L1, metadata);
    return out;
}

void PersonForm::clear()
{
    setRequest({});
    m_touched.clear();
    m_revealAll = false;
    m_ui->refIdEdit->setText(paxos::examples::newRefId());
    setComboWire(m_ui->verifierTypeCombo, u"PASSTHROUGH"_s);
    revalidate();
}

void PersonForm::setRequest(const QJsonObject &request)
{
    m_filling = true;
    const QJsonObject person = request.value("person_details"_L1).toObject();
    const QJsonObject address = person.value("address"_L1).toObject();
    const QJsonObject cdd = request.value("customer_due_diligence"_L1).toObject();
    auto s = [](const QJsonObject &o, const char *key) {
        return o.value(QLatin1StringView(key)).toString();
    };

    m_ui->firstNameEdit->setText(s(person, "first_name"));
    m_ui->middleNameEdit->setText(s(person, "middle_name"));
    m_ui->lastNameEdit->setText(s(person, "last_name"));
    m_ui->dateOfBirthEdit->setText(s(person, "date_of_birth").left(10));
    setCountryComboValue(m_ui->nationalityCombo, s(person, "nationality"));
    setCountryComboValue(m_ui->countryOfBirthCombo, s(person, "country_of_birth"));
    m_ui->professionEdit->setText(s(person, "profession"));
    m_ui->phoneNumberEdit->setText(s(person, "phone_number"));
    m_ui->emailEdit->setText(s(person, "email"));
    m_ui->address1Edit->setText(s(address, "address1"));
    m_ui->address2Edit->setText(s(address, "address2"));
    m_ui->cityEdit->setText(s(address, "city"));
    m_ui->provinceEdit->setText(s(address, "province"));
    m_ui->zipCodeEdit->setText(s(address, "zip_code"));
    setCountryComboValue(m_ui->addressCountryCombo, s(address, "country"));
    setComboWire(m_ui->cipIdTypeCombo, s(person, "cip_id_type"));
    m_ui->cipIdEdit->setText(s(person, "cip_id"));
    setCountryComboValue(m_ui->cipIdCountryCombo, s(person, "cip_id_country"));
    setComboWire(m_ui->verifierTypeCombo, s(person, "verifier_type"));
    setComboWire(m_ui->passthroughVerifierTypeCombo, s(person, "passthrough_verifier_type"));
    m_ui->passthroughVerifiedAtEdit->setText(s(person, "passthrough_verified_at"));
    m_ui->passthroughVerificationIdEdit->setText(s(person, "passthrough_verification_id"));
    setComboWire(m_ui->passthroughVerificationStatusCombo,
                 s(person, "passthrough_verification_status"));
    QStringList verified;
    for (const QJsonValue &v : person.value("passthrough_verification_fields"_L1).toArray())
        verified << v.toString();
    for (QCheckBox *check : m_ui->passthroughFieldsBox->findChildren<QCheckBox *>())
        check->setChecked(verified.contains(check->property("wire").toString()));

    setComboWire(m_ui->estimatedYearlyIncomeCombo, s(cdd, "estimated_yearly_income"));
    setComboWire(m_ui->expectedTransferValueCombo, s(cdd, "expected_transfer_value"));
    setComboWire(m_ui->sourceOfWealthCombo, s(cdd, "source_of_wealth"));
    setComboWire(m_ui->employmentStatusCombo, s(cdd, "employment_status"));
    setComboWire(m_ui->employmentIndustrySectorCombo, s(cdd, "employment_industry_sector"));
    setComboWire(m_ui->estimatedNetWorthCombo, s(cdd, "estimated_net_worth"));
    setComboWire(m_ui->sourceOfFundsCombo, s(cdd, "source_of_funds"));
    setComboWire(m_ui->purposeOfAccountCombo, s(cdd, "purpose_of_account"));

    m_ui->taxDetailsNotRequiredCheck->setChecked(
        request.value("tax_details_not_required"_L1).toBool());
    m_ui->refIdEdit->setText(s(request, "ref_id"));

    m_ui->taxDetailsTable->setRowCount(0);
    const QJsonArray tax = request.value("tax_details"_L1).toArray();
    for (const QJsonValue &v : tax) {
        const int row = appendTableRow(m_ui->taxDetailsTable, true);
        m_ui->taxDetailsTable->item(row, 0)->setText(
            v.toObject().value("tax_payer_id"_L1).toString());
        setCountryComboValue(qobject_cast<QComboBox *>(m_ui->taxDetailsTable->cellWidget(row, 1)),
                             v.toObject().value("tax_payer_country"_L1).toString());
    }
    m_ui->metadataTable->setRowCount(0);
    const QJsonObject metadata = request.value("metadata"_L1).toObject();
    for (auto it = metadata.begin(); it != metadata.end(); ++it) {
        const int row = appendTableRow(m_ui->metadataTable, false);
        m_ui->metadataTable->item(row, 0)->setText(it.key());
        m_ui->metadataTable->item(row, 1)->setText(it.value().toString());
    }

    // Keep what the form has no field for, so it goes back unchanged.
    const QStringList &personKeys = onboarding::personFormKeys();
    const QStringList &addressKeys = onboarding::addressFormKeys();
    const QStringList &cddKeys = onboarding::cddFormKeys();
    m_extra = QJsonObject{
        {u"top"_s,
         without(request,
                 {u"person_details"_s, u"customer_due_diligence"_s, u"tax_details"_s,
                  u"tax_details_not_required"_s, u"ref_id"_s, u"metadata"_s})},
        {u"person_details"_s, without(person, personKeys)},
        {u"address"_s, without(address, addressKeys)},
        {u"customer_due_diligence"_s, without(cdd, cddKeys)},
    };

    m_filling = false;
    m_serverIssues.clear();
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it)
        m_touched.insert(it.key());
    updatePassthroughVisibility();
    revalidate();
}

} // namespace console::ui
