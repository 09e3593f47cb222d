#include "paxos/model/countries.h"

#include "paxos/logging.h"

#include <QFile>
#include <QHash>

using namespace Qt::StringLiterals;

namespace paxos {

namespace {

// RFC 4180 fields: commas inside double quotes, "" for a quote.
QStringList parseCsvLine(QStringView line)
{
    QStringList fields;
    QString current;
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line[i];
        if (quoted) {
            if (c == u'"' && i + 1 < line.size() && line[i + 1] == u'"') {
                current += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                current += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            fields.append(current);
            current.clear();
        } else {
            current += c;
        }
    }
    fields.append(current);
    return fields;
}

struct CountryTable
{
    QList<Country> list;
    QHash<QString, qsizetype> byAlpha3;
    QHash<QString, qsizetype> byAlpha2;

    CountryTable()
    {
        QFile file(u":/paxos/data/countries.csv"_s);
        if (!file.open(QIODevice::ReadOnly)) {
            // Only a broken build can get here: the file is compiled into the library.
            qCCritical(lcPaxosModel, "country table missing from resources");
            return;
        }
        const QStringList lines =
            QString::fromUtf8(file.readAll()).split(u'\n', Qt::SkipEmptyParts);
        for (qsizetype i = 1; i < lines.size(); ++i) { // line 0 is the header
            const QStringList f = parseCsvLine(lines.at(i).trimmed());
            if (f.size() < 4)
                continue;
            byAlpha3.insert(f.at(0), list.size());
            byAlpha2.insert(f.at(1), list.size());
            list.append(Country{f.at(0), f.at(1), f.at(3), f.at(2)});
        }
    }
};

const CountryTable &table()
{
    static const CountryTable t;
    return t;
}

} // namespace

const QList<Country> &countries()
{
    return table().list;
}

const Country *countryByAlpha3(QStringView alpha3)
{
    const CountryTable &t = table();
    const auto it = t.byAlpha3.constFind(alpha3.toString());
    return it == t.byAlpha3.cend() ? nullptr : &t.list.at(*it);
}

const Country *countryByAlpha2(QStringView alpha2)
{
    const CountryTable &t = table();
    const auto it = t.byAlpha2.constFind(alpha2.toString());
    return it == t.byAlpha2.cend() ? nullptr : &t.list.at(*it);
}

QString countryDisplayName(QStringView alpha3)
{
    const Country *c = countryByAlpha3(alpha3);
    if (!c)
        return alpha3.toString();
    return u"%1 (%2)"_s.arg(c->name, c->alpha3);
}

const Country *findCountry(QStringView typed)
{
    const QString t = typed.trimmed().toString();
    if (t.isEmpty())
        return nullptr;
    const QString upper = t.toUpper();
    if (upper.size() == 3) {
        if (const Country *c = countryByAlpha3(upper))
            return c;
    }
    if (upper.size() == 2) {
        if (const Country *c = countryByAlpha2(upper))
            return c;
    }
    for (const Country &c : countries()) {
        if (c.name.compare(t, Qt::CaseInsensitive) == 0
            || countryDisplayName(c.alpha3).compare(t, Qt::CaseInsensitive) == 0
            || countrySearchText(c).compare(t, Qt::CaseInsensitive) == 0)
            return &c;
    }
    return nullptr;
}

QString countrySearchText(const Country &country)
{
    return u"%1 (%2, %3)"_s.arg(country.name, country.alpha3, country.alpha2);
}

} // namespace paxos
