#include "core/record/auditcsvexport.h"

#include <QCoreApplication>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace console {

AuditCsvExport::AuditCsvExport(AuditTrail *trail, const AuditFilter &filter, const QString &path,
                               QObject *parent)
    : QObject(parent)
    , m_trail(trail)
    , m_filter(filter)
    , m_path(path)
{
    m_filter.order = AuditFilter::Order::OldestFirst;
    m_filter.beforeSeq = 0;
}

AuditCsvExport::~AuditCsvExport() = default;

QStringList AuditCsvExport::header()
{
    return {u"seq"_s,         u"time_utc"_s, u"operator"_s,    u"os_user"_s,
            u"environment"_s, u"action"_s,   u"identity_id"_s, u"outcome"_s,
            u"request_id"_s,  u"details"_s,  u"prev_hash"_s,   u"hash"_s};
}

QString AuditCsvExport::csvCell(const QString &value)
{
    QString v = value;
    if (!v.isEmpty()
        && (v.front() == u'=' || v.front() == u'+' || v.front() == u'-' || v.front() == u'@'
            || v.front() == u'\t' || v.front() == u'\r'))
        v.prepend(u'\'');
    if (v.contains(u',') || v.contains(u'"') || v.contains(u'\n') || v.contains(u'\r')) {
        v.replace(u"\""_s, u"\"\""_s);
        v = u'"' + v + u'"';
    }
    return v;
}

void AuditCsvExport::start()
{
    if (m_running)
        return;
    m_running = true;
    m_cancelled = false;
    m_written = 0;
    auto total = m_trail->count([&] {
        AuditFilter f = m_filter;
        f.afterSeq = 0;
        return f;
    }());
    if (!total)
        return fail(total.errorMessage());
    m_total = total.value();
    m_file = std::make_unique<QSaveFile>(m_path);
    if (!m_file->open(QIODevice::WriteOnly | QIODevice::Text))
        return fail(QCoreApplication::translate("console::AuditCsvExport", "Cannot write %1: %2")
                        .arg(m_path, m_file->errorString()));
    // Personal data: only the owner may read the export (set before a byte is written).
    m_file->setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    m_file->write(header().join(u',').toUtf8() + '\n');
    emit progress(0, m_total);
    QTimer::singleShot(0, this, &AuditCsvExport::writePage);
}

void AuditCsvExport::cancel()
{
    if (!m_running)
        return;
    m_cancelled = true;
}

void AuditCsvExport::fail(const QString &error)
{
    if (m_file)
        m_file->cancelWriting();
    m_file.reset();
    m_running = false;
    emit finished(false, error);
}

void AuditCsvExport::writePage()
{
    if (m_cancelled)
        return fail(QString());
    AuditFilter page = m_filter;
    page.limit = m_pageSize;
    auto rows = m_trail->list(page);
    if (!rows)
        return fail(rows.errorMessage());
    for (const AuditEntry &e : rows.value()) {
        const QStringList cells = {
            QString::number(e.seq),
            e.at().toString(Qt::ISODateWithMs),
            e.operatorName,
            e.osUser,
            e.environment,
            e.action,
            e.identityId,
            e.outcome,
            e.requestId,
            e.detailsJson,
            e.prevHash,
            e.hash,
        };
        QStringList escaped;
        escaped.reserve(cells.size());
        for (const QString &c : cells)
            escaped.append(csvCell(c));
        m_file->write(escaped.join(u',').toUtf8() + '\n');
        m_filter.afterSeq = e.seq;
        ++m_written;
    }
    emit progress(m_written, qMax(m_total, m_written));
    if (rows.value().size() == m_pageSize) {
        QTimer::singleShot(0, this, &AuditCsvExport::writePage);
        return;
    }
    if (!m_file->commit()) {
        const QString error =
            QCoreApplication::translate("console::AuditCsvExport", "Cannot write %1: %2")
                .arg(m_path, m_file->errorString());
        m_file.reset();
        m_running = false;
        emit finished(false, error);
        return;
    }
    m_file.reset();
    m_running = false;
    emit finished(true, QString());
}

} // namespace console
