#include "ui/record/reasoncodeeditor.h"

#include "core/record/notes.h"
#include "ui/widgets/theme.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace console::ui {

namespace {
constexpr int kCodeRole = Qt::UserRole + 1;
constexpr int kLabelRole = Qt::UserRole + 2;
constexpr int kRetiredRole = Qt::UserRole + 3;
} // namespace

ReasonCodeEditor::ReasonCodeEditor(ReasonCodes *codes, QWidget *parent)
    : QDialog(parent)
    , m_codes(codes)
{
    setObjectName(u"reasonCodeEditor"_s);
    setWindowTitle(tr("Reason codes"));

    auto *intro = new QLabel(tr("Reasons a note can be written for. Codes that are no longer "
                                "used are retired rather than deleted, so older notes keep "
                                "their meaning."),
                             this);
    intro->setWordWrap(true);

    m_list = new QListWidget(this);
    m_list->setObjectName(u"reasonCodeList"_s);
    m_list->setMinimumHeight(220);

    m_up = new QPushButton(tr("Move &up"), this);
    m_up->setObjectName(u"reasonCodeUp"_s);
    m_down = new QPushButton(tr("Move &down"), this);
    m_down->setObjectName(u"reasonCodeDown"_s);
    m_retire = new QPushButton(tr("&Retire"), this);
    m_retire->setObjectName(u"reasonCodeRetire"_s);
    m_rename = new QPushButton(tr("Re&name"), this);
    m_rename->setObjectName(u"reasonCodeRename"_s);
    m_rename->setToolTip(tr("Give the selected code the label typed below"));
    auto *side = new QVBoxLayout;
    side->addWidget(m_up);
    side->addWidget(m_down);
    side->addWidget(m_rename);
    side->addWidget(m_retire);
    side->addStretch(1);

    m_newCode = new QLineEdit(this);
    m_newCode->setObjectName(u"reasonCodeNewCode"_s);
    m_newCode->setPlaceholderText(u"DOCUMENT_REVIEW"_s);
    m_newCode->setValidator(
        new QRegularExpressionValidator(QRegularExpression(u"[A-Za-z0-9_]{1,40}"_s), m_newCode));
    m_newLabel = new QLineEdit(this);
    m_newLabel->setObjectName(u"reasonCodeNewLabel"_s);
    m_newLabel->setPlaceholderText(tr("Document review"));
    m_add = new QPushButton(tr("&Add"), this);
    m_add->setObjectName(u"reasonCodeAdd"_s);
    auto *form = new QFormLayout;
    form->addRow(tr("&Code"), m_newCode);
    form->addRow(tr("&Label"), m_newLabel);

    m_error = new QLabel(this);
    m_error->setObjectName(u"reasonCodeError"_s);
    m_error->setWordWrap(true);
    setToneText(m_error, Tone::Negative);
    m_error->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *grid = new QGridLayout;
    grid->addWidget(m_list, 0, 0);
    grid->addLayout(side, 0, 1);
    auto *addRow = new QHBoxLayout;
    addRow->addLayout(form, 1);
    addRow->addWidget(m_add, 0, Qt::AlignBottom);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(grid, 1);
    layout->addLayout(addRow);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    connect(m_list, &QListWidget::currentRowChanged, this, [this] {
        if (auto *item = m_list->currentItem())
            m_newLabel->setText(item->data(kLabelRole).toString());
        updateButtons();
    });
    connect(m_add, &QPushButton::clicked, this,
            [this] { addCode(m_newCode->text(), m_newLabel->text()); });
    connect(m_rename, &QPushButton::clicked, this, [this] { renameCurrent(m_newLabel->text()); });
    connect(m_retire, &QPushButton::clicked, this, &ReasonCodeEditor::toggleRetiredCurrent);
    connect(m_up, &QPushButton::clicked, this, [this] { moveCurrent(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveCurrent(1); });
    connect(m_newCode, &QLineEdit::returnPressed, m_add, &QPushButton::click);

    reload();
    resize(520, 460);
}

QStringList ReasonCodeEditor::codesShown() const
{
    QStringList out;
    for (int i = 0; i < m_list->count(); ++i)
        out.append(m_list->item(i)->data(kCodeRole).toString());
    return out;
}

QString ReasonCodeEditor::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void ReasonCodeEditor::reload(const QString &select)
{
    const QString keep = select.isEmpty() ? currentCode() : select;
    m_list->clear();
    const auto codes = m_codes->list(true);
    if (!codes) {
        report(false, codes.errorMessage());
        return;
    }
    for (const ReasonCode &c : codes.value()) {
        auto *item = new QListWidgetItem(c.retired ? tr("%1 — %2 (retired)").arg(c.code, c.label)
                                                   : tr("%1 — %2").arg(c.code, c.label),
                                         m_list);
        item->setData(kCodeRole, c.code);
        item->setData(kLabelRole, c.label);
        item->setData(kRetiredRole, c.retired);
        if (c.retired)
            item->setForeground(palette().color(QPalette::PlaceholderText));
        if (c.code == keep)
            m_list->setCurrentItem(item);
    }
    updateButtons();
}

QString ReasonCodeEditor::currentCode() const
{
    const auto *item = m_list->currentItem();
    return item ? item->data(kCodeRole).toString() : QString();
}

bool ReasonCodeEditor::report(bool ok, const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!ok);
    return ok;
}

void ReasonCodeEditor::updateButtons()
{
    const auto *item = m_list->currentItem();
    const int row = m_list->currentRow();
    m_rename->setEnabled(item);
    m_retire->setEnabled(item);
    m_retire->setText(item && item->data(kRetiredRole).toBool() ? tr("&Restore") : tr("&Retire"));
    m_up->setEnabled(item && row > 0);
    m_down->setEnabled(item && row < m_list->count() - 1);
}

bool ReasonCodeEditor::addCode(const QString &code, const QString &label)
{
    const QString upper = code.trimmed().toUpper();
    if (!ReasonCodes::isValidCode(upper))
        return report(false, tr("A code is 1 to 40 letters, digits or underscores."));
    if (label.trimmed().isEmpty())
        return report(false, tr("Give the code a label."));
    const auto added = m_codes->add(upper, label.trimmed());
    if (!added)
        return report(false, added.errorMessage());
    m_newCode->clear();
    m_newLabel->clear();
    reload(upper);
    return report(true, {});
}

bool ReasonCodeEditor::renameCurrent(const QString &label)
{
    const QString code = currentCode();
    if (code.isEmpty())
        return false;
    if (label.trimmed().isEmpty())
        return report(false, tr("Give the code a label."));
    const auto renamed = m_codes->rename(code, label.trimmed());
    if (!renamed)
        return report(false, renamed.errorMessage());
    reload(code);
    return report(true, {});
}

bool ReasonCodeEditor::toggleRetiredCurrent()
{
    const auto *item = m_list->currentItem();
    if (!item)
        return false;
    const QString code = item->data(kCodeRole).toString();
    const auto done = m_codes->setRetired(code, !item->data(kRetiredRole).toBool());
    if (!done)
        return report(false, done.errorMessage());
    reload(code);
    return report(true, {});
}

bool ReasonCodeEditor::moveCurrent(int delta)
{
    QStringList order = codesShown();
    const int row = m_list->currentRow();
    const int to = row + delta;
    if (row < 0 || to < 0 || to >= order.size())
        return false;
    const QString code = order.at(row);
    order.move(row, to);
    const auto done = m_codes->reorder(order);
    if (!done)
        return report(false, done.errorMessage());
    reload(code);
    return report(true, {});
}

} // namespace console::ui
