#include "core/evidence/evidencepack.h"

#include "core/logging.h"
#include "core/record/apitime.h"
#include "core/record/redaction.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QCryptographicHash>
#include <QDateTime>
#include <QFileInfo>
#include <QJsonDocument>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace console {

namespace {

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

QString str(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::String:
        return v.toString();
    case QJsonValue::Double:
        return QString::number(v.toDouble(), 'g', 15);
    case QJsonValue::Bool:
        return v.toBool() ? u"true"_s : u"false"_s;
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return QString();
    default:
        return QString::fromUtf8(
            QJsonDocument(v.isArray() ? QJsonDocument(v.toArray()) : QJsonDocument(v.toObject()))
                .toJson(QJsonDocument::Compact));
    }
}

// Every leaf of a JSON value as "path: value" rows, so no field is dropped from the PDF.
void flatten(const QString &prefix, const QJsonValue &v, QList<std::pair<QString, QString>> &rows)
{
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            flatten(prefix.isEmpty() ? it.key() : prefix + u'.' + it.key(), it.value(), rows);
    } else if (v.isArray()) {
        const QJsonArray a = v.toArray();
        if (a.isEmpty())
            rows.append({prefix, u"[]"_s});
        for (qsizetype i = 0; i < a.size(); ++i)
            flatten(u"%1[%2]"_s.arg(prefix).arg(i), a.at(i), rows);
    } else {
        rows.append({prefix, str(v)});
    }
}

QString table(const QStringList &headers, const QList<QStringList> &rows, const QString &empty)
{
    if (rows.isEmpty())
        return u"<p><i>"_s + esc(empty) + u"</i></p>"_s;
    QString html = u"<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\"><tr>"_s;
    for (const QString &h : headers)
        html += u"<th align=\"left\" bgcolor=\"#e8e8e8\">"_s + esc(h) + u"</th>"_s;
    html += u"</tr>"_s;
    for (const QStringList &row : rows) {
        html += u"<tr>"_s;
        for (const QString &cell : row)
            html += u"<td>"_s + esc(cell).replace(u"\n"_s, u"<br/>"_s) + u"</td>"_s;
        html += u"</tr>"_s;
    }
    return html + u"</table>"_s;
}

} // namespace

struct EvidencePack::Job
{
    enum class Stage { Bundle, Layout, Pages, Files, Done };
    Stage stage = Stage::Bundle;
    QJsonObject bundle;
    QBuffer pdfBuffer;
    std::unique_ptr<QPdfWriter> writer;
    std::unique_ptr<QPainter> painter;
    std::unique_ptr<QTextDocument> document;
    QRectF page;
    qreal footerHeight = 0;
    int pageCount = 0;
    int nextPage = 0;
    qint64 generatedAtMs = 0;
};

StoreResult<EvidenceInput> EvidenceInput::gather(Store *store, const QJsonObject &identity,
                                                 const QJsonArray &documents,
                                                 const QJsonArray &pendingDocuments,
                                                 const QJsonArray &controls,
                                                 const QString &environment)
{
    const QString id = identity.value("id"_L1).toString();
    if (id.isEmpty())
        return StoreError{EvidencePack::tr("The identity has no id."), {}};
    auto sources = Timeline::load(store, id);
    if (!sources)
        return sources.error();
    sources.value().documents = documents;
    sources.value().controls = controls;
    EvidenceInput in;
    in.identity = identity;
    in.timeline = Timeline::assemble(sources.value());
    in.controls = controls;
    in.documents = documents;
    in.pendingDocuments = pendingDocuments;
    in.documentRecords = sources.value().documentRecords;
    in.notes = sources.value().notes;
    in.ledger = sources.value().calls;
    in.environment = environment;
    in.generatedBy = store->currentOperator().name;
    return in;
}

EvidencePack::EvidencePack(EvidenceInput input, EvidenceOptions options, QObject *parent)
    : QObject(parent)
    , m_input(std::move(input))
    , m_options(std::move(options))
{
}

EvidencePack::~EvidencePack()
{
    if (m_job && m_job->painter && m_job->painter->isActive())
        m_job->painter->end();
}

QJsonObject EvidencePack::buildBundle(const EvidenceInput &in, bool revealPii, qint64 generatedAtMs)
{
    const QJsonObject identity = revealPii ? in.identity : redaction::maskIdentity(in.identity);

    const QJsonArray documents = DocumentRecords::merge(in.documents, in.documentRecords);

    QJsonArray timeline;
    for (const TimelineEntry &e : in.timeline) {
        timeline.append(QJsonObject{{u"at"_s, formatUtcMs(e.atMs)},
                                    {u"kind"_s, timelineKindName(e.kind)},
                                    {u"title"_s, e.title},
                                    {u"detail"_s, e.detail},
                                    {u"actor"_s, e.actor},
                                    {u"source_id"_s, e.sourceId},
                                    {u"details"_s, redaction::redactObject(e.details)}});
    }
    QJsonArray notes;
    for (const Note &n : in.notes) {
        notes.append(n.toJson());
    }
    QJsonArray ledger;
    for (const LedgerEntry &c : in.ledger) {
        ledger.append(c.toJson());
    }

    const QJsonObject statusDetails = identity.value("status_details"_L1).toObject();
    return QJsonObject{
        {u"format"_s, formatName()},
        {u"version"_s, kFormatVersion},
        {u"generated_at"_s, formatUtcMs(generatedAtMs)},
        {u"generated_by"_s, in.generatedBy},
        {u"environment"_s, in.environment},
        {u"pii"_s, revealPii ? u"revealed"_s : u"masked"_s},
        {u"identity_id"_s, identity.value("id"_L1).toString()},
        {u"identity"_s, identity},
        {u"requirements"_s, statusDetails.value("requirements"_L1).toArray()},
        {u"active_controls"_s, statusDetails.value("active_controls"_L1).toArray()},
        {u"controls"_s, redaction::redactValue(in.controls).toArray()},
        {u"documents"_s, documents},
        {u"pending_documents"_s, in.pendingDocuments},
        {u"timeline"_s, timeline},
        {u"notes"_s, notes},
        {u"request_ledger"_s, ledger},
    };
}

QString EvidencePack::buildHtml(const QJsonObject &b)
{
    const QJsonObject identity = b.value("identity"_L1).toObject();
    const QJsonObject person = identity.value("person_details"_L1).toObject();
    const QJsonObject institution = identity.value("institution_details"_L1).toObject();
    QString name = QString(person.value("first_name"_L1).toString() + u' '
                           + person.value("last_name"_L1).toString())
                       .trimmed();
    if (name.isEmpty())
        name = institution.value("name"_L1).toString();
    const QString id = b.value("identity_id"_L1).toString();

    QString html =
        u"<html><body style=\"font-family: 'DejaVu Sans', sans-serif; font-size: 8pt\">"_s;
    html += u"<h1>"_s + esc(tr("Evidence pack")) + u"</h1>"_s;
    html += u"<h2>"_s + esc(name.isEmpty() ? id : name) + u"</h2>"_s;
    const bool revealed = b.value("pii"_L1).toString() == "revealed"_L1;
    html += table(
        {tr("Field"), tr("Value")},
        {
            {tr("Identity id"), id},
            {tr("Status"),
             identity.value("status"_L1).toString().isEmpty()
                 ? identity.value("summary_status"_L1).toString()
                 : identity.value("status"_L1).toString()},
            {tr("Environment"), b.value("environment"_L1).toString()},
            {tr("Generated at (UTC)"), b.value("generated_at"_L1).toString()},
            {tr("Generated by"), b.value("generated_by"_L1).toString()},
            {tr("Personal data"),
             revealed ? tr("shown at the request of the person who generated this pack")
                      : tr("masked")},
            {tr("Format"),
             u"%1 v%2"_s.arg(b.value("format"_L1).toString()).arg(b.value("version"_L1).toInt())},
        },
        {});

    html += u"<h3>"_s + esc(tr("Identity as of export")) + u"</h3>"_s;
    QList<std::pair<QString, QString>> fields;
    flatten({}, identity, fields);
    QList<QStringList> rows;
    for (const auto &[k, v] : fields)
        rows.append({k, v});
    html += table({tr("Field"), tr("Value")}, rows, tr("No identity data."));

    html += u"<h3>"_s + esc(tr("Requirements")) + u"</h3>"_s;
    rows.clear();
    const QJsonArray reqs = b.value("requirements"_L1).toArray();
    for (const QJsonValue &v : reqs) {
        const QJsonObject r = v.toObject();
        QStringList codes;
        const QJsonArray errors = r.value("errors"_L1).toArray();
        for (const QJsonValue &e : errors)
            codes.append(e.toObject().value("code"_L1).toString());
        rows.append({r.value("type"_L1).toString(), r.value("status"_L1).toString(),
                     r.value("awaiting_action_from"_L1).toString(), codes.join(u", "_s)});
    }
    html += table({tr("Type"), tr("Status"), tr("Awaiting"), tr("Error codes")}, rows,
                  tr("No outstanding requirements."));

    html += u"<h3>"_s + esc(tr("Controls")) + u"</h3>"_s;
    rows.clear();
    const QJsonArray controls = b.value("controls"_L1).toArray().isEmpty()
        ? b.value("active_controls"_L1).toArray()
        : b.value("controls"_L1).toArray();
    for (const QJsonValue &v : controls) {
        const QJsonObject c = v.toObject();
        rows.append({c.value("type"_L1).toString(), c.value("set_by"_L1).toString(),
                     c.value("reason_code"_L1).toString(), c.value("reason"_L1).toString(),
                     c.value("created_at"_L1).toString(), c.value("deleted_at"_L1).toString()});
    }
    html += table(
        {tr("Type"), tr("Set by"), tr("Reason code"), tr("Reason"), tr("Created"), tr("Removed")},
        rows, tr("No controls."));

    html += u"<h3>"_s + esc(tr("Documents")) + u"</h3>"_s;
    rows.clear();
    const QJsonArray docs = b.value("documents"_L1).toArray();
    for (const QJsonValue &v : docs) {
        const QJsonObject d = v.toObject();
        QStringList types;
        const QJsonArray t = d.value("document_types"_L1).toArray();
        for (const QJsonValue &x : t)
            types.append(x.toString());
        const QString sha = d.value("sha256"_L1).toString();
        rows.append({d.value("name"_L1).toString(), types.join(u", "_s),
                     d.value("created_at"_L1).toString(), d.value("file_id"_L1).toString(),
                     sha.isEmpty() ? tr("not uploaded from this console") : sha});
    }
    html += table({tr("Name"), tr("Types"), tr("Uploaded"), tr("File id"), tr("SHA-256")}, rows,
                  tr("No documents."));
    QStringList pending;
    const QJsonArray pendingDocs = b.value("pending_documents"_L1).toArray();
    for (const QJsonValue &v : pendingDocs)
        pending.append(v.toString());
    if (!pending.isEmpty())
        html += u"<p>"_s + esc(tr("Still required: %1").arg(pending.join(u", "_s))) + u"</p>"_s;

    html += u"<h3>"_s + esc(tr("Timeline (newest first)")) + u"</h3>"_s;
    rows.clear();
    const QJsonArray timeline = b.value("timeline"_L1).toArray();
    for (const QJsonValue &v : timeline) {
        const QJsonObject e = v.toObject();
        rows.append({e.value("at"_L1).toString(), e.value("title"_L1).toString(),
                     e.value("detail"_L1).toString(), e.value("actor"_L1).toString()});
    }
    html += table({tr("Time (UTC)"), tr("What"), tr("Detail"), tr("By")}, rows,
                  tr("Nothing recorded."));

    html += u"<h3>"_s + esc(tr("Notes")) + u"</h3>"_s;
    rows.clear();
    const QJsonArray notes = b.value("notes"_L1).toArray();
    for (const QJsonValue &v : notes) {
        const QJsonObject n = v.toObject();
        rows.append({n.value("created_at"_L1).toString(), n.value("author"_L1).toString(),
                     n.value("reason_code"_L1).toString(), n.value("body"_L1).toString()});
    }
    html +=
        table({tr("Time (UTC)"), tr("Author"), tr("Reason"), tr("Note")}, rows, tr("No notes."));

    html += u"<h3>"_s + esc(tr("Request ledger")) + u"</h3>"_s;
    rows.clear();
    const QJsonArray ledger = b.value("request_ledger"_L1).toArray();
    for (const QJsonValue &v : ledger) {
        const QJsonObject c = v.toObject();
        const int status = c.value("http_status"_L1).toInt();
        rows.append({c.value("at"_L1).toString(), c.value("method"_L1).toString(),
                     c.value("url"_L1).toString(),
                     status ? QString::number(status) : c.value("error"_L1).toString(),
                     QString::number(c.value("duration_ms"_L1).toInteger()),
                     c.value("request_id"_L1).toString(), c.value("operator"_L1).toString()});
    }
    html += table({tr("Time (UTC)"), tr("Method"), tr("URL"), tr("Result"), tr("ms"),
                   tr("Request id"), tr("By")},
                  rows, tr("No calls recorded."));
    html += u"</body></html>"_s;
    return html;
}

void EvidencePack::start()
{
    if (m_running)
        return;
    if (m_options.pdfPath.isEmpty() || m_options.jsonPath.isEmpty()) {
        emit finished(false, tr("Choose where to save the PDF and the JSON bundle."));
        return;
    }
    m_running = true;
    m_cancelled = false;
    m_job = std::make_unique<Job>();
    m_job->generatedAtMs = QDateTime::currentMSecsSinceEpoch();
    QTimer::singleShot(0, this, &EvidencePack::step);
}

void EvidencePack::cancel()
{
    if (m_running)
        m_cancelled = true;
}

void EvidencePack::fail(const QString &error)
{
    if (m_job && m_job->painter && m_job->painter->isActive())
        m_job->painter->end();
    m_job.reset();
    m_running = false;
    emit finished(false, error);
}

void EvidencePack::step()
{
    if (m_cancelled)
        return fail(QString());
    Job &job = *m_job;
    // Steps: bundle, layout, one per page, files. The total is known after the layout.
    const auto total = [&] { return 3 + job.pageCount; };

    switch (job.stage) {
    case Job::Stage::Bundle: {
        job.bundle = buildBundle(m_input, m_options.revealPii, job.generatedAtMs);
        job.stage = Job::Stage::Layout;
        emit progress(1, 3);
        break;
    }
    case Job::Stage::Layout: {
        job.pdfBuffer.open(QIODevice::WriteOnly);
        job.writer = std::make_unique<QPdfWriter>(&job.pdfBuffer);
        job.writer->setPageSize(QPageSize(QPageSize::A4));
        job.writer->setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
        job.writer->setResolution(150);
        job.writer->setCreator(u"Compliance Console"_s);
        job.writer->setTitle(
            tr("Evidence pack %1").arg(job.bundle.value("identity_id"_L1).toString()));
        job.painter = std::make_unique<QPainter>();
        if (!job.painter->begin(job.writer.get()))
            return fail(tr("The PDF could not be started."));
        job.document = std::make_unique<QTextDocument>();
        job.document->documentLayout()->setPaintDevice(job.writer.get());
        job.document->setHtml(buildHtml(job.bundle));
        const QRect area = job.painter->viewport();
        job.footerHeight = job.writer->resolution() * 0.35; // about 9 mm
        job.page = QRectF(0, 0, area.width(), area.height() - job.footerHeight);
        job.document->setPageSize(job.page.size());
        job.pageCount = job.document->pageCount();
        job.stage = Job::Stage::Pages;
        emit progress(2, total());
        break;
    }
    case Job::Stage::Pages: {
        QPainter &p = *job.painter;
        if (job.nextPage > 0)
            job.writer->newPage();
        p.save();
        p.translate(0, -job.page.height() * job.nextPage);
        job.document->drawContents(
            &p, QRectF(0, job.page.height() * job.nextPage, job.page.width(), job.page.height()));
        p.restore();
        p.save();
        QFont footerFont = job.document->defaultFont();
        footerFont.setPointSizeF(7);
        p.setFont(footerFont);
        p.drawText(QRectF(0, job.page.height(), job.page.width(), job.footerHeight),
                   Qt::AlignBottom | Qt::AlignHCenter,
                   tr("Identity %1 — generated %2 UTC — page %3 of %4")
                       .arg(job.bundle.value("identity_id"_L1).toString(),
                            job.bundle.value("generated_at"_L1).toString())
                       .arg(job.nextPage + 1)
                       .arg(job.pageCount));
        p.restore();
        ++job.nextPage;
        if (job.nextPage >= job.pageCount) {
            p.end();
            job.stage = Job::Stage::Files;
        }
        emit progress(2 + job.nextPage, total());
        break;
    }
    case Job::Stage::Files: {
        const QByteArray pdf = job.pdfBuffer.data();
        QJsonObject bundle = job.bundle;
        bundle.insert(
            u"pdf"_s,
            QJsonObject{{u"file"_s, QFileInfo(m_options.pdfPath).fileName()},
                        {u"sha256"_s,
                         QString::fromLatin1(
                             QCryptographicHash::hash(pdf, QCryptographicHash::Sha256).toHex())},
                        {u"pages"_s, job.pageCount}});
        QSaveFile pdfFile(m_options.pdfPath);
        QSaveFile jsonFile(m_options.jsonPath);
        // Personal data: owner only, set on the temporary file before a byte is written.
        const auto ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
        if (!pdfFile.open(QIODevice::WriteOnly) || !pdfFile.setPermissions(ownerOnly)
            || pdfFile.write(pdf) != pdf.size())
            return fail(tr("Cannot write %1: %2").arg(m_options.pdfPath, pdfFile.errorString()));
        const QByteArray json = QJsonDocument(bundle).toJson(QJsonDocument::Indented);
        if (!jsonFile.open(QIODevice::WriteOnly) || !jsonFile.setPermissions(ownerOnly)
            || jsonFile.write(json) != json.size())
            return fail(tr("Cannot write %1: %2").arg(m_options.jsonPath, jsonFile.errorString()));
        if (!pdfFile.commit())
            return fail(tr("Cannot write %1: %2").arg(m_options.pdfPath, pdfFile.errorString()));
        if (!jsonFile.commit()) {
            QFile::remove(m_options.pdfPath);
            return fail(tr("Cannot write %1: %2").arg(m_options.jsonPath, jsonFile.errorString()));
        }
        emit progress(total(), total());
        qCInfo(lcEvidence) << "evidence pack written," << job.pageCount << "pages";
        m_job.reset();
        m_running = false;
        emit finished(true, QString());
        return;
    }
    case Job::Stage::Done:
        return;
    }
    QTimer::singleShot(0, this, &EvidencePack::step);
}

} // namespace console
