// The documents commands: each handler next to its row of the command table.
#include "cli/commands/specs.h"
#include "cli/runcontext.h"
#include "paxos/api/documentjobs.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace paxosctl {

namespace {

using namespace specs;
using namespace paxos::enums;

// ---- documents upload
void runDocumentsUpload(RunContext &ctx)
{
    const QString identityId = ctx.argument(0);
    const QString path = ctx.argument(1);
    QStringList types;
    for (const QString &t : ctx.values(u"type"_s)) {
        const QString type = t.toUpper();
        if (!paxos::enums::documentType().isCurrent(type))
            return ctx.usageError(tr("--type: \"%1\" is not one of %2")
                                      .arg(t, paxos::enums::documentType().wires().join(u", "_s)));
        types << type;
    }
    if (types.isEmpty())
        return ctx.usageError(tr("give at least one --type"));
    const QFileInfo info(path);
    if (!info.isFile())
        return ctx.usageError(tr("no such file: %1").arg(path));
    if (info.size() >= paxos::UploadDocumentContentJob::kMaxBytes)
        return ctx.usageError(tr("%1 is too large: Paxos takes files under 100 MB").arg(path));
    const QString name = ctx.isSet(u"name"_s) ? ctx.value(u"name"_s) : info.fileName();
    if (paxos::UploadDocumentContentJob::contentTypeFor(name).isEmpty())
        return ctx.usageError(tr("%1: Paxos takes PDF, JPEG and PNG files only").arg(name));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return ctx.usageError(tr("cannot read %1: %2").arg(path, file.errorString()));
    const QByteArray content = file.readAll();
    // The console records what was uploaded by its SHA-256, so the bytes can be matched later.
    const QString sha256 =
        QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
    console::AuditRecord audit;
    audit.action = console::AuditAction::DocumentUpload;
    audit.identityId = identityId;
    audit.details = QJsonObject{{u"name"_s, name},
                                {u"document_types"_s, QJsonArray::fromStringList(types)},
                                {u"sha256"_s, sha256}};
    const qint64 size = content.size();
    ctx.write<paxos::UploadDocumentJob>(
        new paxos::UploadDocumentJob(ctx.connection(), identityId, name, types, content, &ctx),
        audit,
        [&ctx](paxos::UploadDocumentJob *job) {
            const auto &ticket = job->result();
            // The pre-signed upload URL is a credential: it is not printed.
            ctx.print(uploadRecord(ticket.fileId, ticket.name),
                      QJsonObject{{u"file_id"_s, ticket.fileId}, {u"name"_s, ticket.name}});
            ctx.done(ExitOk);
        },
        [size](const paxos::UploadDocumentJob &job, console::AuditRecord &outcome) {
            if (job.error())
                return;
            const auto &ticket = job.result();
            outcome.details.insert(u"file_id"_s, ticket.fileId);
            if (!ticket.name.isEmpty())
                outcome.details.insert(u"name"_s, ticket.name);
            outcome.details.insert(u"size_bytes"_s, size);
        });
}

CommandSpec uploadRow()
{
    return {
        .group = u"documents"_s,
        .name = u"upload"_s,
        .summary = tr("Upload a document for an identity"),
        .description =
            tr("Requests an upload URL for the file and sends its bytes there (two steps, "
               "as Paxos documents). PDF, JPEG or PNG, under 100 MB, names up to 260 "
               "characters, unique per identity."),
        .arguments = {{u"IDENTITY_ID"_s, tr("The identity the document belongs to.")},
                      {u"FILE"_s, tr("The file to upload.")}},
        .options =
            {opt({u"type"_s, u"t"_s}, u"TYPE"_s,
                 tr("Document type (repeatable, at least one): %1.").arg(valuesOf(documentType())),
                 true),
             opt({u"name"_s}, u"NAME"_s, tr("Name to store it under (default: the file name)."))},
        .scopes = {kWriteIdentity},
        .writes = true,
        .examples = {u"paxosctl documents upload ID passport.pdf --type IDENTITY_VERIFICATION"_s},
        .handler = &runDocumentsUpload,
    };
}

// ---- documents list
void runDocumentsList(RunContext &ctx)
{
    ctx.run<paxos::ListDocumentsJob>(
        new paxos::ListDocumentsJob(ctx.connection(), ctx.argument(0), !ctx.isSet(u"no-pending"_s),
                                    &ctx),
        [&ctx](paxos::ListDocumentsJob *job) {
            const auto &list = job->result();
            ctx.print(documentsTable(list.documents), rawOf(list));
            if (!list.pendingDocuments.isEmpty()) {
                QStringList labels;
                for (const QString &t : list.pendingDocuments)
                    labels << paxos::enums::documentType().label(t);
                ctx.output().note(u'\n' + tr("Still required: %1").arg(labels.join(u", "_s))
                                  + u'\n');
            }
            ctx.done(ExitOk);
        });
}

CommandSpec listRow()
{
    return {
        .group = u"documents"_s,
        .name = u"list"_s,
        .summary = tr("List an identity's documents"),
        .description = tr("Lists the uploaded documents and, in table format, the document types "
                          "still required."),
        .arguments = {{u"IDENTITY_ID"_s, tr("The identity.")}},
        .options = {flag({u"no-pending"_s}, tr("Do not ask for the pending document types."))},
        .scopes = {kReadIdentity},
        .examples = {u"paxosctl documents list ID"_s},
        .handler = &runDocumentsList,
    };
}

} // namespace

CommandGroup documentsGroup()
{
    return {u"documents"_s, tr("Documents of an identity: upload, list"), {uploadRow(), listRow()}};
}

} // namespace paxosctl
