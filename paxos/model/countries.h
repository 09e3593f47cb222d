#pragma once

#include <QList>
#include <QString>
#include <QStringView>

namespace paxos {

// An ISO 3166-1 country. Paxos wants alpha-3 codes (`USA`) in nationality, cip_id_country,
// tax_payer_country and addresses.
struct Country
{
    QString alpha3;
    QString alpha2;
    QString name; // English short name
    QString numeric;
};

// All 249 ISO 3166-1 countries, sorted by alpha-3; read once from the compiled-in
// resources/data/countries.csv.
const QList<Country> &countries();
// nullptr when the code is not an assigned alpha-3 code (case-sensitive: Paxos wants `USA`).
const Country *countryByAlpha3(QStringView alpha3);
const Country *countryByAlpha2(QStringView alpha2);
// "United States (USA)" for pickers; the code itself when unknown.
QString countryDisplayName(QStringView alpha3);
// What a person types for a country, in any case: an alpha-3 code ("usa"), an alpha-2 code
// ("US"), the name ("United States") or the picker text ("United States (USA)"). nullptr when
// it names no country. Alpha-3 is tried before alpha-2, so a three-letter entry is a code.
const Country *findCountry(QStringView typed);
// The text a country picker shows and searches: "United States (USA, US)", so typing the
// name or either code finds it.
QString countrySearchText(const Country &country);

} // namespace paxos
