#include "ui/import/importdialog.h"

#include "core/import/importsender.h"
#include "core/record/audittrail.h"
#include "core/record/piireveal.h"
#include "core/writes/writeguard.h"
#include "ui/import/importpreviewmodel.h"
#include "ui/onboarding/duplicatecipiddialog.h"
#include "ui/widgets/theme.h"

#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QStackedWidget>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace console::ui {

using bulkimport::DuplicateDecision;
using bulkimport::duplicateDecisionLabel;
using bulkimport::ImportSender;
using bulkimport::RowStatus;

namespace {

// Opening an editor on a masked cell is a look at PII: the dialog records it first, and no
// record means no editor.
class RevealingDelegate : public QStyledItemDelegate
{
public:
    RevealingDelegate(ImportDialog *dialog, ImportPreviewModel *model)
        : QStyledItemDelegate(dialog)
        , m_dialog(dialog)
        , m_model(model)
    {
    }

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override
    {
        if (m_model->isPiiCell(index) && !m_model->isRevealed(index)
            && !m_dialog->revealCell(index))
            return nullptr;
        return QStyledItemDelegate::createEditor(parent, option, index);
    }

private:
    ImportDialog *m_dialog;
    ImportPreviewModel *m_model;
};

} // namespace

ImportDialog::ImportDialog(paxos::Connection *connection, WriteGuard *guard, QString mappingFile,
                           QString reportDir, QWidget *parent)
    : QDialog(parent)
    , m_connection(connection)
    , m_guard(guard)
    , m_mappingFile(std::move(mappingFile))
    , m_reportDir(std::move(reportDir))
{
    setObjectName(u"importDialog"_s);
    setWindowTitle(tr("Import persons"));
    m_pages = new QStackedWidget(this);
    m_pages->addWidget(buildFilePage());
    m_pages->addWidget(buildMappingPage());
    m_pages->addWidget(buildPreviewPage());
    m_pages->addWidget(buildResultsPage());
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages);
    resize(1100, 640);
}

ImportDialog::~ImportDialog()
{
    if (m_sender)
        m_sender->cancel();
}

bool ImportDialog::revealCell(const QModelIndex &index)
{
    if (!m_model->isPiiCell(index) || m_model->isRevealed(index))
        return true;
    const int column = index.column() - ImportPreviewModel::kFirstFileColumn;
    // The row has no identity yet (or has one when it was created already): the file and line
    // say which person's data was looked at.
    const bulkimport::ImportRow &row = m_plan.row(index.row());
    PiiReveal reveal;
    if (row.status == RowStatus::Created || row.status == RowStatus::Existing)
        reveal.identityId = row.identityId;
    const QString path = m_plan.mapping().targets.value(column);
    reveal.fields = {path.mid(path.lastIndexOf(u'.') + 1)};
    reveal.where = u"import"_s;
    reveal.context =
        QJsonObject{{u"file"_s, QFileInfo(m_plan.fileName()).fileName()}, {u"line"_s, row.line}};
    const auto result = recordPiiReveal(m_audit, reveal);
    if (!result) {
        // No record, no reveal.
        m_cellProblem->setText(tr("The reveal could not be recorded, so the value stays hidden: %1")
                                   .arg(result.errorMessage()));
        return false;
    }
    m_model->setRevealed(index);
    return true;
}

ImportDialog::Page ImportDialog::page() const
{
    return Page(m_pages->currentIndex());
}

QWidget *ImportDialog::buildFilePage()
{
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    auto *intro = new QLabel(
        tr("Choose a CSV file (with a header row) or a JSON Lines file (.jsonl) of persons. "
           "Columns named like the API's fields (first_name, person_details.address.city, "
           "cdd.source_of_wealth …) are recognised; you map the others next. Nothing is "
           "sent before you have seen every row checked."),
        page);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *row = new QHBoxLayout;
    m_path = new QLineEdit(page);
    m_path->setObjectName(u"importFilePath"_s);
    m_path->setAccessibleName(tr("File to import"));
    m_path->setPlaceholderText(tr("File to import"));
    auto *browse = new QPushButton(tr("&Browse…"), page);
    row->addWidget(m_path, 1);
    row->addWidget(browse);
    layout->addLayout(row);
    m_fileError = new QLabel(page);
    m_fileError->setObjectName(u"importFileError"_s);
    m_fileError->setWordWrap(true);
    setToneText(m_fileError, Tone::Negative);
    layout->addWidget(m_fileError);
    layout->addStretch(1);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    auto *close = new QPushButton(tr("Close"), page);
    auto *next = new QPushButton(tr("&Next"), page);
    next->setObjectName(u"importFileNext"_s);
    next->setDefault(true);
    buttons->addWidget(close);
    buttons->addWidget(next);
    layout->addLayout(buttons);
    connect(close, &QPushButton::clicked, this, &QDialog::reject);
    connect(next, &QPushButton::clicked, this, [this] { openFile(m_path->text().trimmed()); });
    connect(browse, &QPushButton::clicked, this, [this] {
        auto *picker = new QFileDialog(this, tr("Import persons"), QString(),
                                       tr("Persons (*.csv *.jsonl *.ndjson);;All files (*)"));
        picker->setAttribute(Qt::WA_DeleteOnClose);
        picker->setFileMode(QFileDialog::ExistingFile);
        connect(picker, &QFileDialog::fileSelected, this, [this](const QString &path) {
            m_path->setText(path);
            openFile(path);
        });
        picker->open();
    });
    return page;
}

QWidget *ImportDialog::buildMappingPage()
{
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    m_mappingNote = new QLabel(page);
    m_mappingNote->setWordWrap(true);
    layout->addWidget(m_mappingNote);
    m_mapping = new QTableWidget(page);
    m_mapping->setObjectName(u"importMappingTable"_s);
    m_mapping->setColumnCount(3);
    m_mapping->setHorizontalHeaderLabels({tr("Column"), tr("First value"), tr("Field")});
    m_mapping->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_mapping->verticalHeader()->hide();
    m_mapping->setEditTriggers(QAbstractItemView::NoEditTriggers);
    layout->addWidget(m_mapping, 1);
    auto *buttons = new QHBoxLayout;
    auto *back = new QPushButton(tr("&Back"), page);
    auto *next = new QPushButton(tr("&Check rows"), page);
    next->setObjectName(u"importMappingNext"_s);
    next->setDefault(true);
    buttons->addWidget(back);
    buttons->addStretch(1);
    buttons->addWidget(next);
    layout->addLayout(buttons);
    connect(back, &QPushButton::clicked, this, [this] { m_pages->setCurrentIndex(FilePage); });
    connect(next, &QPushButton::clicked, this, &ImportDialog::acceptMapping);
    return page;
}

QWidget *ImportDialog::buildPreviewPage()
{
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    m_summary = new QLabel(page);
    m_summary->setObjectName(u"importSummary"_s);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_model = new ImportPreviewModel(&m_plan, this);
    m_preview = new QTableView(page);
    m_preview->setObjectName(u"importPreview"_s);
    m_preview->setModel(m_model);
    m_preview->setItemDelegate(new RevealingDelegate(this, m_model));
    m_preview->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_preview->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                               | QAbstractItemView::AnyKeyPressed);
    m_preview->horizontalHeader()->setDefaultSectionSize(130);
    m_preview->verticalHeader()->setToolTip(tr("Line in the file"));
    layout->addWidget(m_preview, 1);
    connect(m_model, &ImportPreviewModel::rowEdited, this, &ImportDialog::updateSummary);
    // The problem of the cell in focus, in words, without hovering.
    m_cellProblem = new QLabel(page);
    m_cellProblem->setObjectName(u"importCellProblem"_s);
    m_cellProblem->setWordWrap(true);
    setToneText(m_cellProblem, Tone::Negative);
    layout->addWidget(m_cellProblem);
    auto showProblem = [this] {
        const QModelIndex current = m_preview->currentIndex();
        const QString problem =
            current.isValid() ? m_model->data(current, Qt::ToolTipRole).toString() : QString();
        const QString column =
            m_model->headerData(current.column(), Qt::Horizontal, Qt::DisplayRole).toString();
        m_cellProblem->setText(
            problem.isEmpty() || !m_model->data(current, ImportPreviewModel::HasErrorRole).toBool()
                ? QString()
                : tr("Line %1, %2: %3")
                      .arg(m_model->headerData(current.row(), Qt::Vertical).toString(), column,
                           problem));
    };
    connect(m_preview->selectionModel(), &QItemSelectionModel::currentChanged, this, showProblem);
    connect(m_model, &QAbstractItemModel::dataChanged, this, showProblem);

    m_progress = new QProgressBar(page);
    m_progress->setObjectName(u"importProgress"_s);
    m_progress->hide();
    layout->addWidget(m_progress);

    auto *buttons = new QHBoxLayout;
    auto *back = new QPushButton(tr("&Back"), page);
    m_skip = new QPushButton(tr("&Skip selected rows"), page);
    m_skip->setObjectName(u"importSkip"_s);
    m_include = new QPushButton(tr("&Include selected rows"), page);
    m_pause = new QPushButton(tr("&Pause"), page);
    m_pause->setObjectName(u"importPause"_s);
    m_pause->hide();
    m_cancel = new QPushButton(tr("Cancel sending"), page);
    m_cancel->setObjectName(u"importCancel"_s);
    m_cancel->hide();
    m_send = new QPushButton(page);
    m_send->setObjectName(u"importSend"_s);
    buttons->addWidget(back);
    buttons->addWidget(m_skip);
    buttons->addWidget(m_include);
    buttons->addStretch(1);
    buttons->addWidget(m_pause);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_send);
    layout->addLayout(buttons);
    connect(back, &QPushButton::clicked, this, [this] {
        if (!m_sender)
            m_pages->setCurrentIndex(MappingPage);
    });
    connect(m_skip, &QPushButton::clicked, this, [this] { setSkipped(true); });
    connect(m_include, &QPushButton::clicked, this, [this] { setSkipped(false); });
    connect(m_send, &QPushButton::clicked, this, &ImportDialog::send);
    connect(m_pause, &QPushButton::clicked, this, [this] {
        if (!m_sender)
            return;
        if (m_sender->state() == ImportSender::State::Paused)
            m_sender->resume();
        else
            m_sender->pause();
    });
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_sender)
            m_sender->cancel();
    });
    return page;
}

QWidget *ImportDialog::buildResultsPage()
{
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    m_results = new QLabel(page);
    m_results->setObjectName(u"importResults"_s);
    m_results->setWordWrap(true);
    m_results->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_results);
    // Duplicate cip_id rows: Paxos's guide wants a decision on each (decline, or an account
    // on the existing identity), so they are listed to be taken to the workflow one by one.
    m_duplicateBox = new QWidget(page);
    auto *dupLayout = new QVBoxLayout(m_duplicateBox);
    dupLayout->setContentsMargins(0, 0, 0, 0);
    auto *dupIntro =
        new QLabel(tr("Another identity already holds the government ID of these rows. Compare "
                      "each with the existing identity and decide: decline the customer, or "
                      "open an account on the existing identity."),
                   m_duplicateBox);
    dupIntro->setWordWrap(true);
    dupLayout->addWidget(dupIntro);
    m_duplicates = new QListWidget(m_duplicateBox);
    m_duplicates->setObjectName(u"importDuplicates"_s);
    m_duplicates->setAccessibleName(tr("Rows refused for a duplicate government ID"));
    dupLayout->addWidget(m_duplicates, 1);
    m_decisions = new QLabel(m_duplicateBox);
    m_decisions->setObjectName(u"importDecision"_s);
    m_decisions->setWordWrap(true);
    m_decisions->hide();
    dupLayout->addWidget(m_decisions);
    auto *dupButtons = new QHBoxLayout;
    m_compare = new QPushButton(tr("&Compare and decide…"), m_duplicateBox);
    m_compare->setObjectName(u"importCompareDuplicate"_s);
    m_compare->setEnabled(false);
    dupButtons->addWidget(m_compare);
    dupButtons->addStretch(1);
    dupLayout->addLayout(dupButtons);
    m_duplicateBox->hide();
    layout->addWidget(m_duplicateBox, 1);
    layout->addStretch(0);
    const auto openSelected = [this] {
        if (QListWidgetItem *item = m_duplicates->currentItem())
            openDuplicateWorkflow(item->data(Qt::UserRole).toInt());
    };
    connect(m_duplicates, &QListWidget::currentRowChanged, this, [this] { updateCompare(); });
    connect(m_duplicates, &QListWidget::itemActivated, this, openSelected);
    connect(m_compare, &QPushButton::clicked, this, openSelected);
    auto *buttons = new QHBoxLayout;
    auto *rows = new QPushButton(tr("Show &rows"), page);
    auto *saveAs = new QPushButton(tr("&Save report as…"), page);
    auto *close = new QPushButton(tr("Close"), page);
    close->setDefault(true);
    buttons->addWidget(rows);
    buttons->addStretch(1);
    buttons->addWidget(saveAs);
    buttons->addWidget(close);
    layout->addLayout(buttons);
    connect(rows, &QPushButton::clicked, this, [this] { m_pages->setCurrentIndex(PreviewPage); });
    connect(saveAs, &QPushButton::clicked, this, &ImportDialog::saveReportAs);
    connect(close, &QPushButton::clicked, this, &QDialog::accept);
    return page;
}

bool ImportDialog::openFile(const QString &path)
{
    if (m_sender)
        return false;
    m_path->setText(path);
    if (path.isEmpty() || !m_plan.loadFile(path)) {
        m_fileError->setText(path.isEmpty()
                                 ? tr("Choose a file first.")
                                 : tr("This file cannot be imported: %1").arg(m_plan.error()));
        m_model->reset();
        m_pages->setCurrentIndex(FilePage);
        return false;
    }
    m_fileError->clear();
    bool remembered = false;
    if (!m_mappingFile.isEmpty()) {
        if (const auto kept = bulkimport::MappingMemory(m_mappingFile).recall(m_plan.header())) {
            m_plan.setMapping(*kept);
            remembered = true;
        }
    }
    m_mappingNote->setText(
        (remembered ? tr("%1: %n row(s). The columns are mapped as last time for files with "
                         "these columns.",
                         nullptr, m_plan.rowCount())
                    : tr("%1: %n row(s). Columns named like the API's fields are mapped; "
                         "choose a field for the others, or leave them out.",
                         nullptr, m_plan.rowCount()))
            .arg(m_plan.fileName()));
    fillMappingTable();
    m_model->reset();
    m_pages->setCurrentIndex(MappingPage);
    return true;
}

void ImportDialog::fillMappingTable()
{
    m_targets.clear();
    m_mapping->setRowCount(int(m_plan.header().size()));
    for (int c = 0; c < m_plan.header().size(); ++c) {
        m_mapping->setItem(c, 0, new QTableWidgetItem(m_plan.header().at(c)));
        m_mapping->setItem(c, 1,
                           new QTableWidgetItem(m_plan.rowCount() > 0
                                                    ? maskedCell(m_plan.mapping().targets.value(c),
                                                                 m_plan.row(0).cells.value(c))
                                                    : QString()));
        auto *combo = new QComboBox(m_mapping);
        combo->setObjectName(u"importTarget%1"_s.arg(c));
        combo->addItem(bulkimport::importFieldLabel(QString()), QString());
        for (const auto &field : bulkimport::importFields())
            combo->addItem(bulkimport::importFieldLabel(field.path), field.path);
        const QString target = m_plan.mapping().targets.value(c);
        if (target.startsWith("metadata."_L1))
            combo->addItem(target, target);
        combo->setCurrentIndex(qMax(0, combo->findData(target)));
        m_mapping->setCellWidget(c, 2, combo);
        m_targets.append(combo);
    }
    m_mapping->resizeColumnToContents(0);
    m_mapping->setColumnWidth(1, 220);
}

void ImportDialog::acceptMapping()
{
    bulkimport::ColumnMapping mapping;
    for (QComboBox *combo : std::as_const(m_targets)) {
        QString target = combo->currentData().toString();
        // A field goes to one column: a second column choosing it is left out.
        if (!target.isEmpty() && mapping.targets.contains(target))
            target.clear();
        mapping.targets.append(target);
    }
    m_plan.setMapping(mapping);
    if (!m_mappingFile.isEmpty())
        bulkimport::MappingMemory(m_mappingFile).remember(m_plan.header(), mapping);
    m_model->reset();
    m_preview->resizeColumnToContents(ImportPreviewModel::kStatusColumn);
    updateSummary();
    m_pages->setCurrentIndex(PreviewPage);
}

void ImportDialog::updateSummary()
{
    const int ready = int(m_plan.sendableRows().size());
    const int invalid = m_plan.count(RowStatus::Invalid);
    const int skipped = m_plan.count(RowStatus::Skipped);
    QString text = tr("Ready to send: %1").arg(ready);
    if (invalid > 0)
        text += tr(" · need a fix: %1 (the marked cells: select one to see its problem, "
                   "double-click to fix it)")
                    .arg(invalid);
    if (skipped > 0)
        text += tr(" · skipped: %1").arg(skipped);
    const int created = m_plan.count(RowStatus::Created) + m_plan.count(RowStatus::Existing);
    if (created > 0)
        text += tr(" · imported: %1").arg(created);
    m_summary->setText(text);
    const bool idle = !m_sender;
    m_send->setText(tr("&Send %1 to Paxos").arg(ready));
    m_send->setEnabled(idle && ready > 0);
    m_skip->setEnabled(idle);
    m_include->setEnabled(idle);
}

void ImportDialog::setSkipped(bool skipped)
{
    QList<int> rows;
    for (const QModelIndex &index : m_preview->selectionModel()->selectedIndexes())
        if (!rows.contains(index.row()))
            rows.append(index.row());
    for (const int row : rows) {
        m_plan.setSkipped(row, skipped);
        m_model->rowChanged(row);
    }
    updateSummary();
}

void ImportDialog::send()
{
    if (m_sender || m_plan.sendableRows().isEmpty())
        return;
    m_sender = new ImportSender(&m_plan, m_connection, m_guard, this);
    m_sender->setSourceName(m_plan.fileName());
    m_model->setEditable(false);
    connect(m_sender, &ImportSender::rowChanged, m_model, &ImportPreviewModel::rowChanged);
    connect(m_sender, &ImportSender::progress, this, [this](int done, int total) {
        m_progress->setRange(0, qMax(1, total));
        m_progress->setValue(done);
        m_progress->setFormat(tr("%1 of %2 sent").arg(done).arg(total));
    });
    connect(m_sender, &ImportSender::identityCreated, this, &ImportDialog::identityImported);
    connect(m_sender, &ImportSender::stateChanged, this, &ImportDialog::onSenderState);
    connect(m_sender, &ImportSender::refused, this, [this](const QString &reason) {
        m_summary->setText(tr("Sending stopped: %1").arg(reason));
    });
    connect(m_sender, &ImportSender::finished, this, &ImportDialog::showResults);
    m_progress->show();
    m_pause->show();
    m_cancel->show();
    m_send->setEnabled(false);
    m_skip->setEnabled(false);
    m_include->setEnabled(false);
    m_sender->start();
}

void ImportDialog::onSenderState()
{
    if (!m_sender)
        return;
    const bool paused = m_sender->state() == ImportSender::State::Paused;
    m_pause->setText(paused ? tr("&Resume") : tr("&Pause"));
    if (paused)
        m_summary->setText(tr("Paused: calls already sent finish; Resume sends the rest."));
}

void ImportDialog::showResults()
{
    const QPointer<ImportSender> done = m_sender;
    m_sender = nullptr;
    if (done)
        done->deleteLater();
    m_model->setEditable(true);
    m_pause->hide();
    m_cancel->hide();
    updateSummary();

    // The report is kept without asking: it is the only list of which row became which
    // identity. It holds ids and statuses, no personal data.
    QDir().mkpath(m_reportDir);
    const QString name = QFileInfo(m_plan.fileName()).completeBaseName() + u"-import-"_s
        + QDateTime::currentDateTime().toString(u"yyyyMMdd-HHmmss"_s) + u".csv"_s;
    QSaveFile report(QDir(m_reportDir).filePath(name));
    const bool saved =
        report.open(QIODevice::WriteOnly) && m_plan.writeReport(report) && report.commit();
    m_reportPath = saved ? report.fileName() : QString();

    QStringList lines;
    lines << tr("<b>%1</b>").arg(m_plan.fileName().toHtmlEscaped());
    const QList<QPair<RowStatus, QString>> counts = {
        {RowStatus::Created, tr("created")},
        {RowStatus::Existing, tr("already imported before (nothing new created)")},
        {RowStatus::Duplicate,
         tr("duplicate government ID (the report names the identity "
            "that holds it)")},
        {RowStatus::Failed, tr("failed")},
        {RowStatus::NotSent, tr("not sent")},
        {RowStatus::Invalid, tr("need a fix")},
        {RowStatus::Skipped, tr("skipped")}};
    for (const auto &[status, words] : counts)
        if (const int n = m_plan.count(status); n > 0)
            lines << tr("%1 %2").arg(n).arg(words);
    lines << (saved ? tr("Report saved: %1").arg(m_reportPath.toHtmlEscaped())
                    : tr("The report could not be saved: %1").arg(report.errorString()));
    m_results->setText(lines.join(u"<br>"_s));
    fillDuplicates();
    m_pages->setCurrentIndex(ResultsPage);
    emit sendFinished();
}

void ImportDialog::setOnboardingServices(const OnboardingServices &services)
{
    m_onboarding = services;
    updateCompare();
}

void ImportDialog::updateCompare()
{
    // A decided row is not offered again: a second decision could open a second account.
    const QListWidgetItem *item = m_duplicates->currentItem();
    const int row = item ? item->data(Qt::UserRole).toInt() : -1;
    m_compare->setEnabled(m_onboarding.has_value() && row >= 0 && row < m_plan.rowCount()
                          && m_plan.row(row).decision == DuplicateDecision::Undecided);
}

QString ImportDialog::duplicateText(int row) const
{
    const auto &r = m_plan.row(row);
    const QString held =
        tr("Line %1: government ID held by identity %2").arg(r.line).arg(r.identityId);
    switch (r.decision) {
    case DuplicateDecision::Undecided:
        return tr("%1 — not decided yet").arg(held);
    case DuplicateDecision::AccountOpened:
        return tr("%1 — account %2 opened on the existing identity").arg(held, r.decisionDetail);
    case DuplicateDecision::Declined:
        return r.decisionDetail.isEmpty()
            ? tr("%1 — customer declined").arg(held)
            : tr("%1 — customer declined (%2)").arg(held, r.decisionDetail);
    }
    return held;
}

void ImportDialog::recordDecision(int row, DuplicateDecision decision, const QString &detail)
{
    if (!m_plan.setDecision(row, decision, detail))
        return;
    for (int i = 0; i < m_duplicates->count(); ++i) {
        QListWidgetItem *item = m_duplicates->item(i);
        if (item->data(Qt::UserRole).toInt() == row)
            item->setText(duplicateText(row));
    }
    updateCompare();
    // The report kept for this import says what became of the row, like the list does.
    QString line =
        tr("Line %1: %2.").arg(m_plan.row(row).line).arg(duplicateDecisionLabel(decision));
    if (!m_reportPath.isEmpty()) {
        QSaveFile report(m_reportPath);
        if (report.open(QIODevice::WriteOnly) && m_plan.writeReport(report) && report.commit())
            line += u" "_s + tr("Report updated.");
        else
            line += u" "_s
                + tr("The report could not be updated: %1; use Save report as….")
                      .arg(report.errorString());
    }
    m_decisions->setText(line);
    m_decisions->show();
}

void ImportDialog::fillDuplicates()
{
    m_duplicates->clear();
    for (int r = 0; r < m_plan.rowCount(); ++r) {
        const auto &row = m_plan.row(r);
        if (row.status != RowStatus::Duplicate)
            continue;
        auto *item = new QListWidgetItem(duplicateText(r), m_duplicates);
        item->setData(Qt::UserRole, r);
    }
    m_duplicateBox->setVisible(m_duplicates->count() > 0);
    if (m_duplicates->count() > 0)
        m_duplicates->setCurrentRow(0);
}

DuplicateCipIdDialog *ImportDialog::openDuplicateWorkflow(int row)
{
    if (!m_onboarding || row < 0 || row >= m_plan.rowCount())
        return nullptr;
    const auto &imported = m_plan.row(row);
    if (imported.status != RowStatus::Duplicate || imported.identityId.isEmpty())
        return nullptr;
    // The request as it was sent (ref_id included), so a decision to open an account on the
    // existing identity gets the ref_id a retry would use too.
    auto *dialog =
        new DuplicateCipIdDialog(*m_onboarding, m_plan.request(row), imported.identityId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &DuplicateCipIdDialog::openIdentityRequested, this,
            &ImportDialog::openIdentityRequested);
    // The decision goes back into the import's results and report.
    connect(dialog, &DuplicateCipIdDialog::accountCreated, this,
            [this, row](const paxos::Account &account) {
                recordDecision(row, DuplicateDecision::AccountOpened, account.id);
            });
    connect(dialog, &DuplicateCipIdDialog::declined, this, [this, row, dialog] {
        recordDecision(row, DuplicateDecision::Declined, dialog->workflow()->declineReasonCode());
    });
    dialog->open();
    return dialog;
}

void ImportDialog::saveReportAs()
{
    auto *picker = new QFileDialog(this, tr("Save import report"), m_reportPath, tr("CSV (*.csv)"));
    picker->setAttribute(Qt::WA_DeleteOnClose);
    picker->setAcceptMode(QFileDialog::AcceptSave);
    picker->setDefaultSuffix(u"csv"_s);
    connect(picker, &QFileDialog::fileSelected, this, [this](const QString &path) {
        QSaveFile out(path);
        if (!out.open(QIODevice::WriteOnly) || !m_plan.writeReport(out) || !out.commit())
            m_results->setText(m_results->text() + u"<br>"_s
                               + tr("Not saved: %1").arg(out.errorString().toHtmlEscaped()));
    });
    picker->open();
}

} // namespace console::ui
