#include "core/evidence/evidencepack.h"

#include "core/logging.h"
#include "core/record/apitime.h"
#include "core/record/redaction.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QCryptographicHash>
#include <QDateTime>
#include <QFileInfo>
#include <QFont>
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

// Ids, hashes and codes are set in a monospace face without ligatures, so what a reader
// copies out of the PDF is the value ("ff" and "fi" stay two letters).
const QString kTextFamily = u"DejaVu Sans"_s;
const QString kMonoFamily = u"DejaVu Sans Mono"_s;

QString mono(const QString &s)
{
    return u"<span style=\"font-family: '%1'; font-size: 8pt\">"_s.arg(kMonoFamily) + esc(s)
        + u"</span>"_s;
}

// An API code shown beside its words, smaller and grey.
QString code(const QString &s)
{
    if (s.isEmpty())
        return {};
    return u"<span style=\"font-family: '%1'; font-size: 7pt; color: #555555\">"_s.arg(kMonoFamily)
        + esc(s) + u"</span>"_s;
}

// "SCREENING_CHECK" reads as "Screening check".
QString words(const QString &apiCode)
{
    if (apiCode.isEmpty())
        return EvidencePack::tr("unknown");
    QString s = apiCode.toLower().replace(u'_', u' ');
    s[0] = s[0].toUpper();
    return s;
}

// An API time ("2026-01-03T00:00:00.000Z") as a person reads it, in UTC, never broken across
// lines; what cannot be parsed is shown as it came.
QString when(const QJsonValue &v)
{
    const QString iso = v.toString();
    const QDateTime at = QDateTime::fromString(iso, Qt::ISODateWithMs);
    if (!at.isValid())
        return esc(iso);
    return at.toUTC().toString(u"yyyy-MM-dd"_s) + u"&nbsp;"_s + at.toUTC().toString(u"HH:mm:ss"_s);
}

bool isDecision(const QString &status)
{
    return status == "APPROVED"_L1 || status == "DENIED"_L1 || status == "DISABLED"_L1;
}

QString heading(const QString &text, bool newPage)
{
    return u"<h2 style=\"font-size: 14pt; color: #1f3a5f;%1\">"_s.arg(
               newPage ? u" page-break-before: always;"_s : QString())
        + esc(text) + u"</h2>"_s;
}

// Label/value pairs as a quiet two-column block; values are HTML already.
QString cover(const QList<std::pair<QString, QString>> &pairs)
{
    QString html = u"<table cellspacing=\"0\" cellpadding=\"4\" width=\"100%\" "
                   "style=\"margin-bottom: 10px; border-collapse: collapse\">"_s;
    for (const auto &[label, value] : pairs)
        html += u"<tr><td width=\"22%\" style=\"color: #555555; border-bottom: 1px solid "
                "#dddddd\">"_s
            + esc(label) + u"</td><td style=\"border-bottom: 1px solid #dddddd\">"_s + value
            + u"</td></tr>"_s;
    return html + u"</table>"_s;
}

// A table a person reads: a shaded header, light rules, alternate rows shaded. Cells are HTML.
QString table(const QStringList &headers, const QList<int> &widths, const QList<QStringList> &rows,
              bool small = false)
{
    QString html = u"<table cellspacing=\"0\" cellpadding=\"4\" width=\"100%\" "
                   "style=\"border-collapse: collapse;%1\"><thead><tr>"_s.arg(
                       small ? u" font-size: 8pt;"_s : QString());
    for (qsizetype i = 0; i < headers.size(); ++i)
        html +=
            u"<th align=\"left\" width=\"%1%\" bgcolor=\"#1f3a5f\" style=\"color: #ffffff\">"_s.arg(
                widths.value(i))
            + esc(headers.at(i)) + u"</th>"_s;
    html += u"</tr></thead>"_s;
    for (qsizetype r = 0; r < rows.size(); ++r) {
        html += r % 2 ? u"<tr bgcolor=\"#f1f4f8\">"_s : u"<tr>"_s;
        for (const QString &cell : rows.at(r))
            html += u"<td valign=\"top\" style=\"border-bottom: 1px solid #dddddd\">"_s + cell
                + u"</td>"_s;
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
    const bool revealed = b.value("pii"_L1).toString() == "revealed"_L1;
    const QString status = identity.value("summary_status"_L1).toString().isEmpty()
        ? identity.value("status"_L1).toString()
        : identity.value("summary_status"_L1).toString();
    const QJsonArray timeline = b.value("timeline"_L1).toArray();

    QString html =
        u"<html><body style=\"font-family: '%1'; font-size: 9pt; color: #1a1a1a\">"_s.arg(
            kTextFamily);

    // Cover: who, what, where it stands, who exported it.
    html += u"<p style=\"font-size: 9pt; color: #555555\">"_s
        + esc(tr("Evidence pack · Compliance Console")) + u"</p>"_s;
    html += u"<h1 style=\"font-size: 20pt\">"_s
        + esc(name.isEmpty() ? tr("Unnamed identity") : name) + u"</h1>"_s;
    html += u"<p>"_s + esc(tr("Identity")) + u" "_s + mono(id) + u"</p>"_s;

    const QString type = identity.value("type"_L1).toString();
    QString decision;
    QString decidedAt;
    if (isDecision(status)) {
        // The newest status change is the one that reached the current status (newest first).
        for (const QJsonValue &v : timeline) {
            const QJsonObject e = v.toObject();
            if (e.value("kind"_L1).toString() == "status_change"_L1) {
                decidedAt = when(e.value("at"_L1));
                break;
            }
        }
        decision = decidedAt.isEmpty()
            ? esc(tr("%1. The console has no record of when the decision was made.")
                      .arg(words(status)))
            : tr("%1 at %2 UTC.").arg(esc(words(status)), decidedAt);
    } else {
        decision = esc(tr("No decision yet: the identity is %1.").arg(words(status).toLower()));
    }
    html += cover({
        {tr("Who"), name.isEmpty() ? tr("(no name recorded)") : esc(name)},
        {tr("Type"), esc(words(type))},
        {tr("Current status"), esc(words(status))},
        {tr("Decision"), decision},
        {tr("Environment"), esc(b.value("environment"_L1).toString())},
        {tr("Exported by"),
         tr("%1 at %2 UTC")
             .arg(esc(b.value("generated_by"_L1).toString()), when(b.value("generated_at"_L1)))},
        {tr("Personal data"),
         esc(revealed ? tr("Shown in full at the request of the person who exported this pack.")
                      : tr("Masked: government ids, dates of birth and tax ids are partly "
                           "hidden."))},
    });
    html += u"<p style=\"color: #555555\">"_s
        + esc(tr("This PDF comes with a JSON bundle of the same content (format %1, version %2) "
                 "that records the PDF's SHA-256, so the pair can be checked for changes.")
                  .arg(b.value("format"_L1).toString())
                  .arg(b.value("version"_L1).toInt()))
        + u"</p>"_s;
    html += u"<h3>"_s + esc(tr("Contents")) + u"</h3><ol>"_s;
    for (const QString &section :
         {tr("Requirements"), tr("Timeline"), tr("Documents"), tr("Notes"), tr("Controls"),
          tr("Appendix A: identity record as returned by Paxos"),
          tr("Appendix B: calls the console made")})
        html += u"<li>"_s + esc(section) + u"</li>"_s;
    html += u"</ol>"_s;

    // 1. Requirements: what is asked now, then how earlier ones were met.
    html += heading(tr("1. Requirements"), true);
    const QJsonArray reqs = b.value("requirements"_L1).toArray();
    QList<QStringList> rows;
    for (const QJsonValue &v : reqs) {
        const QJsonObject r = v.toObject();
        QStringList codes;
        const QJsonArray errors = r.value("errors"_L1).toArray();
        for (const QJsonValue &e : errors)
            codes.append(code(e.toObject().value("code"_L1).toString()));
        const QString awaiting = r.value("awaiting_action_from"_L1).toString();
        rows.append({esc(words(r.value("type"_L1).toString())) + u"<br/>"_s
                         + code(r.value("type"_L1).toString()),
                     esc(words(r.value("status"_L1).toString())),
                     awaiting.isEmpty() ? esc(tr("nobody")) : esc(words(awaiting)),
                     codes.isEmpty() ? esc(tr("none")) : codes.join(u"<br/>"_s)});
    }
    html += u"<p>"_s
        + esc(reqs.isEmpty() ? tr("Paxos lists no outstanding requirement for this identity.")
                  : reqs.size() == 1
                  ? tr("Paxos lists one outstanding requirement:")
                  : tr("Paxos lists %1 outstanding requirements:").arg(reqs.size()))
        + u"</p>"_s;
    if (!reqs.isEmpty())
        html += table({tr("Requirement"), tr("Status"), tr("Waiting on"), tr("Reported problems")},
                      {30, 20, 20, 30}, rows);
    rows.clear();
    for (const QJsonValue &v : timeline) {
        const QJsonObject e = v.toObject();
        if (e.value("kind"_L1).toString() == "requirement_change"_L1)
            rows.append({when(e.value("at"_L1)), esc(e.value("title"_L1).toString()),
                         esc(e.value("detail"_L1).toString())});
    }
    html += u"<p>"_s
        + esc(rows.isEmpty()
                  ? tr("The console recorded no change to the requirements.")
                  : tr("How the requirements changed, as the console saw them (newest first):"))
        + u"</p>"_s;
    if (!rows.isEmpty())
        html += table({tr("When (UTC)"), tr("Change"), tr("Why")}, {22, 38, 40}, rows);

    // 2. Timeline, without the console's own calls (Appendix B).
    html += heading(tr("2. Timeline"), false);
    rows.clear();
    int calls = 0;
    for (const QJsonValue &v : timeline) {
        const QJsonObject e = v.toObject();
        if (e.value("kind"_L1).toString() == "console_call"_L1) {
            ++calls;
            continue;
        }
        QString what = u"<b>"_s + esc(e.value("title"_L1).toString()) + u"</b>"_s;
        if (const QString detail = e.value("detail"_L1).toString(); !detail.isEmpty())
            what += u"<br/>"_s + esc(detail).replace(u"\n"_s, u"<br/>"_s);
        rows.append({when(e.value("at"_L1)), what, esc(e.value("actor"_L1).toString())});
    }
    html += u"<p>"_s
        + esc(calls == 0 ? tr("What happened to this identity, newest first.")
                  : calls == 1
                  ? tr("What happened to this identity, newest first. The call the console made "
                       "is listed in Appendix B.")
                  : tr("What happened to this identity, newest first. The %1 calls the console "
                       "made are listed in Appendix B.")
                        .arg(calls))
        + u"</p>"_s;
    html += rows.isEmpty()
        ? u"<p><i>"_s + esc(tr("Nothing recorded.")) + u"</i></p>"_s
        : table({tr("When (UTC)"), tr("What happened"), tr("By")}, {22, 60, 18}, rows);

    // 3. Documents with their hashes; a hash gets a full line so it is never broken.
    html += heading(tr("3. Documents"), false);
    const QJsonArray docs = b.value("documents"_L1).toArray();
    if (docs.isEmpty())
        html += u"<p>"_s + esc(tr("No document is on file.")) + u"</p>"_s;
    else
        html += u"<p>"_s
            + esc(tr("Documents on file. A SHA-256 is known for the files uploaded from this "
                     "console; compare it with the file to show it is the one that was sent."))
            + u"</p>"_s;
    for (const QJsonValue &v : docs) {
        const QJsonObject d = v.toObject();
        QStringList types;
        const QJsonArray t = d.value("document_types"_L1).toArray();
        for (const QJsonValue &x : t)
            types.append(esc(words(x.toString())));
        const QString sha = d.value("sha256"_L1).toString();
        html += cover({
            {tr("Document"), u"<b>"_s + esc(d.value("name"_L1).toString()) + u"</b>"_s},
            {tr("Kind"), types.isEmpty() ? esc(tr("not stated")) : types.join(u", "_s)},
            {tr("Uploaded"), when(d.value("created_at"_L1))},
            {tr("File id"), mono(d.value("file_id"_L1).toString())},
            {tr("SHA-256"),
             sha.isEmpty() ? esc(tr("not known: not uploaded from this console")) : mono(sha)},
        });
    }
    QStringList pending;
    const QJsonArray pendingDocs = b.value("pending_documents"_L1).toArray();
    for (const QJsonValue &v : pendingDocs)
        pending.append(esc(words(v.toString())) + u" "_s + code(v.toString()));
    if (!pending.isEmpty())
        html += u"<p>"_s + esc(tr("Still required:")) + u" "_s + pending.join(u", "_s) + u"</p>"_s;

    // 4. Notes with their reason codes.
    html += heading(tr("4. Notes"), false);
    rows.clear();
    const QJsonArray notes = b.value("notes"_L1).toArray();
    for (const QJsonValue &v : notes) {
        const QJsonObject n = v.toObject();
        rows.append(
            {when(n.value("created_at"_L1)) + u"<br/>"_s + esc(n.value("author"_L1).toString()),
             code(n.value("reason_code"_L1).toString()),
             esc(n.value("body"_L1).toString()).replace(u"\n"_s, u"<br/>"_s)});
    }
    html += rows.isEmpty()
        ? u"<p>"_s + esc(tr("No note was written about this identity.")) + u"</p>"_s
        : table({tr("Written (UTC), by"), tr("Reason code"), tr("Note")}, {24, 22, 54}, rows);

    // 5. Controls: what restricts (or restricted) the customer.
    html += heading(tr("5. Controls"), false);
    rows.clear();
    const QJsonArray controls = b.value("controls"_L1).toArray().isEmpty()
        ? b.value("active_controls"_L1).toArray()
        : b.value("controls"_L1).toArray();
    int active = 0;
    for (const QJsonValue &v : controls) {
        const QJsonObject c = v.toObject();
        const QString removed = c.value("deleted_at"_L1).toString();
        if (removed.isEmpty())
            ++active;
        QString why = code(c.value("reason_code"_L1).toString());
        if (const QString reason = c.value("reason"_L1).toString(); !reason.isEmpty())
            why += u"<br/>"_s + esc(reason);
        rows.append({esc(words(c.value("type"_L1).toString())) + u"<br/>"_s
                         + code(c.value("type"_L1).toString()),
                     esc(words(c.value("set_by"_L1).toString())), why,
                     when(c.value("created_at"_L1)),
                     removed.isEmpty() ? u"<b>"_s + esc(tr("in force")) + u"</b>"_s
                                       : tr("removed %1").arg(when(removed))});
    }
    html += u"<p>"_s
        + esc(controls.isEmpty() ? tr("No control was ever placed on this identity.")
                  : active == 0
                  ? tr("No control is in force now; the removed ones are listed for the record.")
                  : active == 1 ? tr("One control is in force now; removed ones are listed for "
                                     "the record.")
                                : tr("%1 controls are in force now; removed ones are listed for "
                                     "the record.")
                                      .arg(active))
        + u"</p>"_s;
    if (!controls.isEmpty())
        html += table({tr("Control"), tr("Set by"), tr("Reason"), tr("Placed (UTC)"), tr("State")},
                      {17, 13, 28, 21, 21}, rows);

    // Appendix A: every field of the record, so nothing is left out.
    html += heading(tr("Appendix A: identity record as returned by Paxos"), true);
    html += u"<p>"_s
        + esc(tr("Every field of Get Identity at the time of export, one row per field."))
        + u"</p>"_s;
    QList<std::pair<QString, QString>> fields;
    flatten({}, identity, fields);
    rows.clear();
    for (const auto &[k, v] : fields)
        rows.append({mono(k), mono(v)});
    html += table({tr("Field"), tr("Value")}, {45, 55}, rows, true);

    // Appendix B: the call log; a request id gets its own cell wide enough to stay whole.
    html += heading(tr("Appendix B: calls the console made"), true);
    const QJsonArray ledger = b.value("request_ledger"_L1).toArray();
    html += u"<p>"_s
        + esc(ledger.isEmpty() ? tr("The console made no call about this identity.")
                  : ledger.size() == 1
                  ? tr("One call about this identity, with the request id Paxos returned.")
                  : tr("%1 calls about this identity, with the request id Paxos returned.")
                        .arg(ledger.size()))
        + u"</p>"_s;
    rows.clear();
    for (const QJsonValue &v : ledger) {
        const QJsonObject c = v.toObject();
        const int http = c.value("http_status"_L1).toInt();
        rows.append(
            {when(c.value("at"_L1)) + u"<br/>"_s + esc(c.value("operator"_L1).toString()),
             mono(c.value("method"_L1).toString()) + u" "_s + mono(c.value("url"_L1).toString()),
             esc(http ? QString::number(http) : c.value("error"_L1).toString()) + u"<br/>"_s
                 + esc(tr("%1 ms").arg(c.value("duration_ms"_L1).toInteger())),
             mono(c.value("request_id"_L1).toString())});
    }
    if (!rows.isEmpty())
        html += table({tr("When (UTC), by"), tr("Request"), tr("Result"), tr("Request id")},
                      {21, 41, 9, 29}, rows, true);
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
    m_pdfSha256.clear();
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
        // A letter spacing, however small, turns the shaper's ligatures off: "first" searched
        // or copied from the PDF is "first", not "ﬁrst" (ids and hashes are monospace anyway).
        QFont body(kTextFamily, 9);
        body.setLetterSpacing(QFont::AbsoluteSpacing, 0.05);
        job.document->setDefaultFont(body);
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
        QFont footerFont(kTextFamily);
        footerFont.setPointSizeF(7);
        QFont footerMono(kMonoFamily);
        footerMono.setPointSizeF(7);
        const QRectF footer(0, job.page.height(), job.page.width(), job.footerHeight);
        p.setPen(QColor(0x55, 0x55, 0x55));
        p.setFont(footerMono);
        p.drawText(footer, Qt::AlignBottom | Qt::AlignLeft,
                   job.bundle.value("identity_id"_L1).toString());
        p.setFont(footerFont);
        p.drawText(footer, Qt::AlignBottom | Qt::AlignRight,
                   tr("Exported %1 UTC — page %2 of %3")
                       .arg(QDateTime::fromMSecsSinceEpoch(job.generatedAtMs, Qt::UTC)
                                .toString(u"yyyy-MM-dd HH:mm"_s))
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
        const QString pdfSha256 =
            QString::fromLatin1(QCryptographicHash::hash(pdf, QCryptographicHash::Sha256).toHex());
        QJsonObject bundle = job.bundle;
        bundle.insert(u"pdf"_s,
                      QJsonObject{{u"file"_s, QFileInfo(m_options.pdfPath).fileName()},
                                  {u"sha256"_s, pdfSha256},
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
        m_pdfSha256 = pdfSha256;
        emit finished(true, QString());
        return;
    }
    case Job::Stage::Done:
        return;
    }
    QTimer::singleShot(0, this, &EvidencePack::step);
}

} // namespace console
