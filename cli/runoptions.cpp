// RunContext's readers of options and input: each reports a usage error itself.
#include "cli/runcontext.h"
#include "paxos/api/queries.h"
#include "paxos/model/enums.h"
#include "paxos/model/timestamp.h"

#include <QFile>
#include <QJsonDocument>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace paxosctl {

std::optional<QJsonObject> RunContext::readJsonInput()
{
    const QString path = isSet(u"file"_s) ? value(u"file"_s) : u"-"_s;
    QByteArray data;
    QString source = path;
    if (path == u"-") {
        source = tr("standard input");
        if (::isatty(STDIN_FILENO)) {
            warn(tr("reading JSON from standard input (end with Ctrl-D; --file FILE reads a "
                    "file)"));
        }
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly)) {
            usageError(tr("cannot read standard input"));
            return std::nullopt;
        }
        data = in.readAll();
    } else {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            usageError(tr("cannot read %1: %2").arg(path, file.errorString()));
            return std::nullopt;
        }
        data = file.readAll();
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        usageError(tr("%1 is not valid JSON: %2 at offset %3")
                       .arg(source, parseError.errorString())
                       .arg(parseError.offset));
        return std::nullopt;
    }
    if (!doc.isObject()) {
        usageError(tr("%1 must hold a JSON object").arg(source));
        return std::nullopt;
    }
    return doc.object();
}

std::optional<QJsonObject> RunContext::jsonInputUnlessFlags(const QStringList &flags)
{
    const bool fromFlags =
        std::any_of(flags.begin(), flags.end(), [this](const QString &f) { return isSet(f); });
    if (fromFlags && !isSet(u"file"_s))
        return QJsonObject();
    return readJsonInput();
}

std::optional<int> RunContext::intOption(const QString &name, int min, int max)
{
    bool ok = false;
    const int v = value(name).toInt(&ok);
    if (!ok || v < min || v > max) {
        usageError(tr("--%1 needs a number from %2 to %3").arg(name).arg(min).arg(max));
        return std::nullopt;
    }
    return v;
}

bool RunContext::timeOption(const QString &name, std::optional<paxos::Timestamp> &out)
{
    if (!isSet(name))
        return true;
    const auto ts = paxos::Timestamp::parse(value(name));
    if (!ts) {
        usageError(tr("--%1 needs an RFC 3339 time such as 2026-01-31T12:00:00Z, not \"%2\"")
                       .arg(name, value(name)));
        return false;
    }
    out = ts;
    return true;
}

bool RunContext::enumOption(const QString &name, const paxos::EnumTable &table,
                            std::optional<QString> &out)
{
    if (!isSet(name))
        return true;
    const QString wire = value(name).toUpper();
    if (!table.isCurrent(wire)) {
        usageError(tr("--%1: \"%2\" is not one of %3")
                       .arg(name, value(name), table.wires().join(u", "_s)));
        return false;
    }
    out = wire;
    return true;
}

bool RunContext::timeRangeOption(const QString &field, paxos::TimeRange &range)
{
    return timeOption(field + u".lt"_s, range.lt) && timeOption(field + u".lte"_s, range.lte)
        && timeOption(field + u".eq"_s, range.eq) && timeOption(field + u".gte"_s, range.gte)
        && timeOption(field + u".gt"_s, range.gt);
}

bool RunContext::pagingOptions(std::optional<int> &limit, std::optional<QString> *order)
{
    if (isSet(u"limit"_s)) {
        const auto n = intOption(u"limit"_s, 1, 1000);
        if (!n)
            return false;
        limit = *n;
    }
    if (order && isSet(u"order"_s)) {
        const QString direction = value(u"order"_s).toUpper();
        if (direction != u"ASC" && direction != u"DESC") {
            usageError(tr("--order is ASC or DESC"));
            return false;
        }
        *order = direction;
    }
    if (isSet(u"all"_s) && isSet(u"page-cursor"_s)) {
        usageError(tr("--all starts at the first page; drop --page-cursor"));
        return false;
    }
    return true;
}

} // namespace paxosctl
