#include "paxos/model/institutionexample.h"

#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace paxos::examples {

QString randomEin()
{
    auto *random = QRandomGenerator::global();
    return u"%1-%2"_s.arg(random->bounded(10, 100))
        .arg(random->bounded(10000000u), 7, 10, QLatin1Char('0'));
}

QJsonObject sandboxExampleInstitution(const QString &refId, const QJsonArray &members,
                                      const QString &ein)
{
    // The guide writes the countries as "United States"; the reference asks for alpha-3.
    const QJsonObject address{{u"country"_s, u"USA"_s},
                              {u"address1"_s, u"1 Example St"_s},
                              {u"city"_s, u"New York"_s},
                              {u"province"_s, u"NY"_s},
                              {u"zip_code"_s, u"10001"_s}};
    return QJsonObject{{u"ref_id"_s, refId},
                       {u"institution_members"_s, members},
                       {u"institution_details"_s,
                        QJsonObject{{u"name"_s, u"Foogle"_s},
                                    {u"business_address"_s, address},
                                    {u"email"_s, u"johndoe@foogle.com"_s},
                                    {u"institution_type"_s, u"CORPORATION"_s},
                                    {u"institution_sub_type"_s, u"HEDGE_FUND"_s},
                                    {u"cip_id"_s, ein.isEmpty() ? randomEin() : ein},
                                    {u"cip_id_type"_s, u"EIN"_s},
                                    {u"cip_id_country"_s, u"USA"_s},
                                    {u"govt_registration_date"_s, u"2021-04-14T00:00:00Z"_s},
                                    {u"incorporation_address"_s, address},
                                    {u"regulation_status"_s, u"US_REGULATED"_s},
                                    {u"trading_type"_s, u"PUBLIC"_s},
                                    {u"listed_exchange"_s, u"NASDAQ"_s},
                                    {u"ticker_symbol"_s, u"FOOG"_s},
                                    {u"regulator_name"_s, u"SEC"_s},
                                    {u"regulator_jurisdiction"_s, u"USA"_s},
                                    {u"regulator_register_number"_s, u"12-3456789"_s},
                                    {u"business_description"_s, u"Foo"_s}}},
                       // What the grid requires of a corporation and the guide leaves out.
                       {u"customer_due_diligence"_s,
                        QJsonObject{{u"source_of_wealth"_s, u"BUSINESS_OWNERSHIP_DIVIDENDS"_s},
                                    {u"source_of_funds"_s, u"BUSINESS_DIVIDENDS_PROFITS"_s},
                                    {u"industry_sector"_s, u"HEDGE_FUND"_s},
                                    {u"has_underlying_trust_structure"_s, false},
                                    {u"has_nominee_shareholders"_s, false}}}};
}

} // namespace paxos::examples
