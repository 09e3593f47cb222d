#include "cli/commands/specs.h"

using namespace Qt::StringLiterals;

namespace paxosctl::specs {

OptionSpec opt(QStringList names, QString valueName, QString description, bool repeatable)
{
    return OptionSpec{std::move(names), std::move(valueName), std::move(description), repeatable};
}

OptionSpec flag(QStringList names, QString description)
{
    return OptionSpec{std::move(names), QString(), std::move(description), false};
}

QString valuesOf(const paxos::EnumTable &table)
{
    return table.wires().join(u", "_s);
}

// The five documented comparisons on a time field, e.g. --created-at.gte.
QList<OptionSpec> timeFilters(const QString &field, const QString &what)
{
    QList<OptionSpec> list;
    const QList<QPair<QString, QString>> ops = {{u"lt"_s, tr("before")},
                                                {u"lte"_s, tr("at or before")},
                                                {u"eq"_s, tr("exactly at")},
                                                {u"gte"_s, tr("at or after")},
                                                {u"gt"_s, tr("after")}};
    for (const auto &[op, words] : ops) {
        list << opt(
            {field + u'.' + op}, u"TIME"_s,
            tr("Only those %1 %2 TIME (RFC 3339, e.g. 2026-01-31T00:00:00Z).").arg(what, words));
    }
    return list;
}

OptionSpec fileOption(const QString &what)
{
    return opt(
        {u"file"_s, u"f"_s}, u"FILE"_s,
        tr("Read the %1 JSON from FILE; \"-\" or no --file reads standard input.").arg(what));
}

OptionSpec allOption()
{
    return flag({u"all"_s},
                tr("Follow next_page_cursor and print every page as one list (Ctrl-C stops)."));
}

OptionSpec limitOption(int max)
{
    return opt({u"limit"_s}, u"N"_s, tr("Items per page (1-%1).").arg(max));
}

OptionSpec orderOption()
{
    return opt({u"order"_s}, u"ORDER"_s, tr("DESC (newest first, the default) or ASC."));
}

OptionSpec cursorOption()
{
    return opt({u"page-cursor"_s}, u"CURSOR"_s,
               tr("Start at this page (the next_page_cursor of an earlier page)."));
}

} // namespace paxosctl::specs
