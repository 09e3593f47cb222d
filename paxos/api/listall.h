#pragma once

#include "paxos/api/job.h"

#include <QPointer>
#include <QSet>

#include <functional>

namespace paxos {

// Fetches every page of a cursor-paginated list, one page after the other, reporting
// progress (items so far; the total is unknown, so -1) and stoppable with cancel(). A cursor
// seen twice ends the job with a Decode error rather than looping forever.
class ListAllJobBase : public Job
{
    Q_OBJECT
public:
    int pagesFetched() const { return m_pages; }
    qsizetype itemsFetched() const { return m_items; }
    QString operationName() const override { return QStringLiteral("ListAll"); }

signals:
    void pageFetched(int pages, qsizetype items);

protected:
    using Job::Job;
    void run() override;
    void onCancel() override;
    // Creates the job for one page (not started); the base starts and owns it.
    virtual Job *makePage(const QString &cursor) = 0;
    // Takes the items of a finished page; returns the next cursor ("" = end).
    virtual QString takePage(Job *page, qsizetype *itemCount) = 0;

private:
    void fetch(const QString &cursor);

    QPointer<Job> m_current;
    QSet<QString> m_cursors;
    int m_pages = 0;
    qsizetype m_items = 0;
};

// ListAllJob<ListIdentitiesJob>, ListAllJob<ListIdentityControlsJob>,
// ListAllJob<ListAccountsJob>: every item matching the query, in server order.
template<class PageJob> class ListAllJob : public ListAllJobBase
{
public:
    using Item = typename PageJob::Item;
    using Query = typename PageJob::Query;

    ListAllJob(Connection *connection, Query query, QObject *parent = nullptr)
        : ListAllJobBase(connection, parent)
        , m_query(std::move(query))
    {
    }

    const QList<Item> &items() const { return m_list; }

protected:
    Job *makePage(const QString &cursor) override
    {
        auto *page = new PageJob(connection(), m_query, this);
        page->setPageCursor(cursor);
        return page;
    }
    QString takePage(Job *page, qsizetype *itemCount) override
    {
        const auto &result = static_cast<PageJob *>(page)->result();
        m_list += result.items;
        *itemCount = result.items.size();
        return result.nextPageCursor;
    }

private:
    Query m_query;
    QList<Item> m_list;
};

} // namespace paxos
