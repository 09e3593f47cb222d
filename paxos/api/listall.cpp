#include "paxos/api/listall.h"

using namespace Qt::StringLiterals;

namespace paxos {

void ListAllJobBase::run()
{
    emit progress(0, -1);
    fetch(QString());
}

void ListAllJobBase::onCancel()
{
    if (m_current) {
        m_current->disconnect(this);
        m_current->cancel();
    }
}

void ListAllJobBase::fetch(const QString &cursor)
{
    Job *page = makePage(cursor);
    page->setAutoDelete(true);
    m_current = page;
    connect(page, &Job::finished, this, [this](Job *done) {
        if (done->error()) {
            fail(*done->error());
            return;
        }
        qsizetype count = 0;
        const QString next = takePage(done, &count);
        ++m_pages;
        m_items += count;
        emit pageFetched(m_pages, m_items);
        emit progress(m_items, -1);
        if (next.isEmpty()) {
            succeed();
            return;
        }
        if (m_cursors.contains(next)) {
            fail(ApiError::decode(u"the server returned the same page cursor twice"_s));
            return;
        }
        m_cursors.insert(next);
        fetch(next);
    });
    page->start();
}

} // namespace paxos
