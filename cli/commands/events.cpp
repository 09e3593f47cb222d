// The events commands: each handler next to its row of the command table.
#include "cli/commands/specs.h"
#include "cli/runcontext.h"
#include "paxos/api/eventfollower.h"
#include "paxos/api/eventjobs.h"

using namespace Qt::StringLiterals;

namespace paxosctl {

namespace {

using namespace specs;
using namespace paxos::enums;

// --type and --test, of list and follow.
QList<OptionSpec> eventFilters()
{
    return {
        opt({u"type"_s}, u"TYPE"_s, tr("Only events of this type: %1.").arg(valuesOf(eventType()))),
        flag({u"test"_s}, tr("Dashboard test events instead of real ones (is_test=true)."))};
}

// ---- events list
void runEventsList(RunContext &ctx)
{
    paxos::ListEventsQuery q;
    if (ctx.isSet(u"type"_s))
        q.type = ctx.value(u"type"_s);
    q.isTest = ctx.isSet(u"test"_s);
    if (!ctx.timeRangeOption(u"created-at"_s, q.createdAt))
        return;
    if (ctx.isSet(u"limit"_s)) {
        const auto limit = ctx.intOption(u"limit"_s, 1, 100);
        if (!limit)
            return;
        q.limit = *limit;
    }
    if (ctx.isSet(u"all"_s)) {
        for (const QString &n : {u"created-at.lt"_s, u"created-at.lte"_s, u"created-at.eq"_s,
                                 u"created-at.gte"_s, u"limit"_s})
            if (ctx.isSet(n))
                return ctx.usageError(tr("--all pages by time and takes only --type, --test and "
                                         "--created-at.gt, not --%1")
                                          .arg(n));
        auto *follower = new paxos::EventFollower(ctx.connection(), &ctx);
        ctx.setFollower(follower);
        follower->setType(q.type);
        follower->setIncludeTestEvents(q.isTest);
        if (q.createdAt.gt)
            follower->setStartAfter(*q.createdAt.gt);
        auto collected = std::make_shared<QList<paxos::Event>>();
        QObject::connect(follower, &paxos::EventFollower::eventsArrived, &ctx,
                         [collected](const QList<paxos::Event> &events) { *collected += events; });
        QObject::connect(follower, &paxos::EventFollower::caughtUp, &ctx, [&ctx, collected] {
            if (ctx.isFinished())
                return;
            ctx.print(eventsTable(*collected), QJsonObject{{u"events"_s, rawArray(*collected)}});
            ctx.done(ExitOk);
        });
        QObject::connect(follower, &paxos::EventFollower::errorOccurred, &ctx,
                         [&ctx](const paxos::ApiError &error) { ctx.fail(error); });
        follower->pollNow();
        return;
    }
    ctx.run<paxos::ListEventsJob>(
        new paxos::ListEventsJob(ctx.connection(), q, &ctx), [&ctx](paxos::ListEventsJob *job) {
            ctx.print(eventsTable(job->result()),
                      QJsonObject{{u"events"_s, rawArray(job->result())}});
            ctx.done(ExitOk);
        });
}

CommandSpec listRow()
{
    QList<OptionSpec> listEvents = eventFilters();
    listEvents += timeFilters(u"created-at"_s, tr("created"));
    listEvents += {limitOption(100),
                   flag({u"all"_s},
                        tr("Page by created_at until every event is listed (with "
                           "--type, --test and --created-at.gt only)."))};
    return {
        .group = u"events"_s,
        .name = u"list"_s,
        .summary = tr("List events, oldest first"),
        .description = tr("Lists events (identity status changes, documents required, KYC refresh, "
                          "controls), oldest first."),
        .options = listEvents,
        .scopes = {kReadEvent},
        .examples =
            {u"paxosctl events list --type identity.approved --created-at.gt 2026-01-01T00:00:00Z"_s},
        .handler = &runEventsList,
    };
}

// ---- events get
void runEventsGet(RunContext &ctx)
{
    ctx.run<paxos::GetEventJob>(
        new paxos::GetEventJob(ctx.connection(), ctx.argument(0), ctx.isSet(u"test"_s), &ctx),
        [&ctx](paxos::GetEventJob *job) {
            ctx.print(eventRecord(job->result()), rawOf(job->result()));
            ctx.done(ExitOk);
        });
}

CommandSpec getRow()
{
    return {
        .group = u"events"_s,
        .name = u"get"_s,
        .summary = tr("Show one event"),
        .description = tr("Shows one event with the object it is about."),
        .arguments = {{u"EVENT_ID"_s, tr("The event's id.")}},
        .options = {flag({u"test"_s}, tr("The id is a Dashboard test event."))},
        .scopes = {kReadEvent},
        .examples = {u"paxosctl events get EVENT_ID --format json"_s},
        .handler = &runEventsGet,
    };
}

// ---- events follow
// Prints what the follower brings, filtered by --identity, until --until-type or --max.
void printEvents(RunContext &ctx, const QList<paxos::Event> &events, int &printed)
{
    const QString identity = ctx.value(u"identity"_s);
    const QString untilType = ctx.value(u"until-type"_s);
    const int max = ctx.isSet(u"max"_s) ? ctx.value(u"max"_s).toInt() : 0;
    for (const paxos::Event &event : events) {
        if (ctx.isFinished())
            return;
        if (!identity.isEmpty() && event.identityId() != identity)
            continue;
        ctx.output().streamed(eventsTable({event}), rawOf(event), &eventLine);
        ++printed;
        if ((!untilType.isEmpty() && event.type == untilType) || (max > 0 && printed >= max))
            return ctx.done(ExitOk);
    }
}

void runEventsFollow(RunContext &ctx)
{
    if (ctx.isSet(u"max"_s) && !ctx.intOption(u"max"_s, 1, 1000000))
        return;
    int interval = 2000;
    if (ctx.isSet(u"interval"_s)) {
        const auto v = ctx.intOption(u"interval"_s, 100, 3600 * 1000);
        if (!v)
            return;
        interval = *v;
    }
    std::optional<paxos::Timestamp> since;
    if (!ctx.timeOption(u"since"_s, since))
        return;
    if (since && ctx.isSet(u"from-start"_s))
        return ctx.usageError(tr("give either --since or --from-start"));

    auto *follower = new paxos::EventFollower(ctx.connection(), &ctx);
    ctx.setFollower(follower);
    if (ctx.isSet(u"type"_s))
        follower->setType(ctx.value(u"type"_s));
    follower->setIncludeTestEvents(ctx.isSet(u"test"_s));
    follower->setPollIntervalMs(interval);
    if (since)
        follower->setStartAfter(*since);
    else if (!ctx.isSet(u"from-start"_s))
        follower->setStartAfter(paxos::Timestamp::now());
    auto printed = std::make_shared<int>(0);
    QObject::connect(
        follower, &paxos::EventFollower::eventsArrived, &ctx,
        [&ctx, printed](const QList<paxos::Event> &events) { printEvents(ctx, events, *printed); });
    QObject::connect(follower, &paxos::EventFollower::errorOccurred, &ctx,
                     [&ctx](const paxos::ApiError &error) {
                         if (ctx.isFinished())
                             return;
                         // Lost connections are waited out (the follower polls again); a problem
                         // with the credentials or the request will not fix itself.
                         using Kind = paxos::ApiError::Kind;
                         if (error.kind() == Kind::Network || error.kind() == Kind::Timeout
                             || error.httpStatus() >= 500 || error.isRateLimited()) {
                             ctx.warn(tr("%1; trying again").arg(error.message()));
                             return;
                         }
                         ctx.fail(error);
                     });
    ctx.output().note(eventLineHeader());
    follower->start();
}

CommandSpec followRow()
{
    QList<OptionSpec> follow = eventFilters();
    follow += {opt({u"since"_s}, u"TIME"_s, tr("Start after TIME (RFC 3339) instead of now.")),
               flag({u"from-start"_s}, tr("Start with the oldest event.")),
               opt({u"identity"_s}, u"IDENTITY_ID"_s, tr("Print only events about this identity.")),
               opt({u"until-type"_s}, u"TYPE"_s, tr("Stop after printing an event of this type.")),
               opt({u"max"_s}, u"N"_s, tr("Stop after printing N events.")),
               opt({u"interval"_s}, u"MS"_s, tr("Poll every MS milliseconds (default 2000)."))};
    return {
        .group = u"events"_s,
        .name = u"follow"_s,
        .summary = tr("Print events as they happen"),
        .description =
            tr("Polls the events list and prints each new event once, as it arrives, until "
               "interrupted (Ctrl-C, exit 130) or a stop condition is met (exit 0). In json "
               "format one event per line (JSON Lines); csv prints the header once."),
        .options = follow,
        .scopes = {kReadEvent},
        .examples =
            {u"paxosctl events follow --type identity.approved"_s,
             u"paxosctl events follow --identity ID --until-type identity.approved --max 10"_s},
        .handler = &runEventsFollow,
    };
}

} // namespace

CommandGroup eventsGroup()
{
    return {
        u"events"_s, tr("What happened: list, get, follow"), {listRow(), getRow(), followRow()}};
}

} // namespace paxosctl
