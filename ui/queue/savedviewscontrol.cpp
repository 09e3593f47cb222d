#include "ui/queue/savedviewscontrol.h"

#include "core/models/identityfilterproxy.h"
#include "core/models/identitytablemodel.h"
#include "core/models/queuerowfilter.h"
#include "ui/queue/filterbar.h"
#include "ui/queue/queuetableview.h"
#include "ui/shell/mainwindow.h"
#include "ui/widgets/theme.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMenu>
#include <QMetaEnum>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace console::ui {

namespace {

// Columns are kept by their enum name, so a view survives a change of column order in code.
QString columnKey(int logical)
{
    const char *key = QMetaEnum::fromType<IdentityTableModel::Column>().valueToKey(logical);
    return key ? QString::fromLatin1(key) : QString();
}

int columnOf(const QString &key)
{
    if (key.isEmpty())
        return -1;
    bool ok = false;
    const int value = QMetaEnum::fromType<IdentityTableModel::Column>().keyToValue(
        key.toLatin1().constData(), &ok);
    return ok && value >= 0 && value < IdentityTableModel::ColumnCount ? value : -1;
}

QString dateText(QDate date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QDate dateFrom(const QJsonObject &bar, const QString &key)
{
    return QDate::fromString(bar.value(key).toString(), Qt::ISODate);
}

} // namespace

SavedViewsControl::SavedViewsControl(MainWindow *window, Settings *settings)
    : QObject(window)
    , m_window(window)
    , m_views(settings)
{
    m_box = new QWidget;
    m_box->setObjectName(u"savedViews"_s);
    m_combo = new QComboBox(m_box);
    m_combo->setObjectName(u"savedViewCombo"_s);
    m_combo->setAccessibleName(tr("Saved view"));
    m_combo->setToolTip(tr("Switch to a saved view of the queue: its filters, sort and columns"));
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_combo->setMinimumContentsLength(10);

    m_saveAs = new QAction(tr("&Save current view as…"), this);
    m_saveAs->setObjectName(u"actionSaveViewAs"_s);
    m_overwrite = new QAction(this);
    m_overwrite->setObjectName(u"actionOverwriteView"_s);
    m_rename = new QAction(this);
    m_rename->setObjectName(u"actionRenameView"_s);
    m_delete = new QAction(this);
    m_delete->setObjectName(u"actionDeleteView"_s);
    connect(m_saveAs, &QAction::triggered, this, &SavedViewsControl::saveAs);
    connect(m_overwrite, &QAction::triggered, this, &SavedViewsControl::overwrite);
    connect(m_rename, &QAction::triggered, this, &SavedViewsControl::renameCurrent);
    connect(m_delete, &QAction::triggered, this, &SavedViewsControl::deleteCurrent);

    auto *menu = new QMenu(m_box);
    menu->setObjectName(u"savedViewMenu"_s);
    menu->addAction(m_saveAs);
    menu->addAction(m_overwrite);
    menu->addSeparator();
    menu->addAction(m_rename);
    menu->addAction(m_delete);
    m_menuButton = new QToolButton(m_box);
    m_menuButton->setObjectName(u"savedViewMenuButton"_s);
    // The menu's arrow is part of the text: the style's own indicator overlaps short text.
    m_menuButton->setText(tr("Views ▾"));
    m_menuButton->setStyleSheet(u"QToolButton::menu-indicator { image: none; width: 0px; }"_s);
    m_menuButton->setAccessibleName(tr("Saved view actions"));
    m_menuButton->setToolTip(tr("Save, overwrite, rename or delete saved views"));
    m_menuButton->setPopupMode(QToolButton::InstantPopup);
    m_menuButton->setMenu(menu);
    m_menuButton->setFocusPolicy(Qt::StrongFocus); // Tab reaches it; Space opens the menu

    m_note = new QLabel(m_box);
    m_note->setObjectName(u"savedViewNote"_s);
    setToneText(m_note, Tone::Warning);
    m_note->hide();

    auto *row = new QHBoxLayout(m_box);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(4);
    row->addWidget(m_combo);
    row->addWidget(m_menuButton);
    row->addWidget(m_note);

    auto *caption = new QLabel(tr("Saved vie&w"));
    setMutedText(caption);
    caption->setBuddy(m_combo);
    window->filterBar()->addFilter(caption, m_box);

    QMenu *view = window->menu(MainWindow::Menu::View);
    QMenu *sub = view->addMenu(tr("Saved vie&ws"));
    sub->setObjectName(u"savedViewsMenu"_s);
    sub->addActions(menu->actions());

    connect(m_combo, &QComboBox::activated, this, &SavedViewsControl::onComboChosen);
    connect(&m_views, &SavedViews::changed, this, &SavedViewsControl::fillCombo);
    fillCombo();
}

void SavedViewsControl::fillCombo()
{
    m_filling = true;
    m_combo->clear();
    m_combo->addItem(tr("No saved view"), QString());
    const QStringList names = m_views.names();
    for (const QString &name : names)
        m_combo->addItem(name, name);
    const int at = m_combo->findData(m_views.current());
    m_combo->setCurrentIndex(qMax(0, at));
    m_filling = false;
    updateActions();
}

void SavedViewsControl::updateActions()
{
    const QString current = m_views.current();
    const bool have = !current.isEmpty();
    m_overwrite->setEnabled(have);
    m_rename->setEnabled(have);
    m_delete->setEnabled(have);
    m_overwrite->setText(have ? tr("&Overwrite “%1” with the current view").arg(current)
                              : tr("&Overwrite the saved view"));
    m_rename->setText(have ? tr("&Rename “%1”…").arg(current) : tr("&Rename the saved view…"));
    m_delete->setText(have ? tr("&Delete “%1”").arg(current) : tr("&Delete the saved view"));
}

void SavedViewsControl::onComboChosen(int index)
{
    if (m_filling)
        return;
    const QString name = m_combo->itemData(index).toString();
    if (name.isEmpty()) {
        // Leaves the queue as it is; only no view is in use any more.
        (void)m_views.setCurrent({});
        showNote({}, {});
        return;
    }
    const auto view = m_views.find(name);
    if (!view) {
        tell(tr("The view “%1” is no longer saved.").arg(name));
        fillCombo();
        return;
    }
    if (!m_views.setCurrent(name))
        tell(m_views.errorString());
    showNote(view->name, apply(*view));
}

void SavedViewsControl::restoreCurrent()
{
    const QString name = m_views.current();
    if (name.isEmpty())
        return;
    if (const auto view = m_views.find(name))
        showNote(view->name, apply(*view));
}

SavedView SavedViewsControl::capture(const QString &name) const
{
    SavedView view;
    view.name = name.trimmed();
    const QueueFilterValues bar = m_window->filterBar()->values();
    const QList<QPair<QString, QString>> fields = {
        {u"status"_s, bar.status},
        {u"type"_s, bar.type},
        {u"createdFrom"_s, dateText(bar.createdFrom)},
        {u"createdTo"_s, dateText(bar.createdTo)},
        {u"updatedFrom"_s, dateText(bar.updatedFrom)},
        {u"updatedTo"_s, dateText(bar.updatedTo)},
        {u"search"_s, m_window->filterBar()->quickSearch()}};
    for (const auto &[key, value] : fields)
        if (!value.isEmpty())
            view.bar.insert(key, value);
    const QList<QueueRowFilter *> filters = m_window->proxy()->rowFilters();
    for (QueueRowFilter *filter : filters) {
        if (filter && filter->isActive())
            view.filters.append({filter->viewKey(),
                                 filter->viewKey().isEmpty() ? QJsonValue() : filter->viewState(),
                                 filter->label()});
    }
    const QHeaderView *header = m_window->queueView()->horizontalHeader();
    const int sorted = header->sortIndicatorSection();
    if (sorted >= 0 && sorted < header->count()) {
        view.sortColumn = columnKey(sorted);
        view.sortDescending = header->sortIndicatorOrder() == Qt::DescendingOrder;
    }
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        const QString key = columnKey(logical);
        if (!key.isEmpty())
            view.columns.append(
                {key, header->sectionSize(logical), header->isSectionHidden(logical)});
    }
    return view;
}

QStringList SavedViewsControl::apply(const SavedView &view)
{
    // Every filter off first: the view is what the queue shows, nothing left from before.
    const QList<QueueRowFilter *> filters = m_window->proxy()->rowFilters();
    for (QueueRowFilter *filter : filters)
        if (filter && filter->isActive())
            filter->clear();
    QueueFilterValues bar;
    bar.status = view.bar.value(u"status"_s).toString();
    bar.type = view.bar.value(u"type"_s).toString();
    bar.createdFrom = dateFrom(view.bar, u"createdFrom"_s);
    bar.createdTo = dateFrom(view.bar, u"createdTo"_s);
    bar.updatedFrom = dateFrom(view.bar, u"updatedFrom"_s);
    bar.updatedTo = dateFrom(view.bar, u"updatedTo"_s);
    FilterBar *filterBar = m_window->filterBar();
    filterBar->setValues(bar);
    filterBar->setQuickSearch(view.bar.value(u"search"_s).toString());

    QStringList notRestored;
    for (const SavedViewFilter &saved : view.filters) {
        bool restored = false;
        for (QueueRowFilter *filter : filters) {
            if (filter && saved.restorable() && filter->viewKey() == saved.key) {
                restored = filter->restoreViewState(saved.state);
                break;
            }
        }
        if (!restored)
            notRestored.append(saved.label.isEmpty() ? saved.key : saved.label);
    }

    QHeaderView *header = m_window->queueView()->horizontalHeader();
    int place = 0;
    for (const SavedViewColumn &column : view.columns) {
        const int logical = columnOf(column.key);
        if (logical < 0)
            continue; // a column this console no longer has
        header->moveSection(header->visualIndex(logical), place++);
        // The name is never hidden, so the table never becomes empty.
        header->setSectionHidden(logical,
                                 column.hidden && logical != IdentityTableModel::NameColumn);
        if (column.width > 0)
            header->resizeSection(logical, column.width);
    }
    if (const int sortBy = columnOf(view.sortColumn); sortBy >= 0)
        m_window->queueView()->sortByColumn(
            sortBy, view.sortDescending ? Qt::DescendingOrder : Qt::AscendingOrder);
    return notRestored;
}

void SavedViewsControl::showNote(const QString &viewName, const QStringList &notRestored)
{
    if (notRestored.isEmpty()) {
        m_note->hide();
        m_note->clear();
        return;
    }
    const QString full =
        tr("The view “%1” was saved with filters that cannot be restored: %2. The queue shows "
           "the view without them.")
            .arg(viewName, notRestored.join(tr(", ")));
    m_note->setText(tr("%n filter(s) not restored", nullptr, int(notRestored.size())));
    m_note->setToolTip(full);
    m_note->setAccessibleName(full);
    m_note->show();
    tell(full);
}

void SavedViewsControl::tell(const QString &message)
{
    m_window->notify(message);
}

void SavedViewsControl::askName(const QString &title, const QString &label, const QString &text,
                                const QString &okText, std::function<void(const QString &)> done)
{
    if (m_nameDialog)
        m_nameDialog->close();
    auto *dialog = new QInputDialog(m_window);
    dialog->setObjectName(u"savedViewNameDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(title);
    dialog->setLabelText(label);
    dialog->setTextValue(text);
    dialog->setOkButtonText(okText);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &QInputDialog::textValueSelected, this,
            [done = std::move(done)](const QString &name) { done(name); });
    m_nameDialog = dialog;
    dialog->open();
}

void SavedViewsControl::saveAs()
{
    askName(tr("Save view"), tr("&Name of the view:"), m_views.current(), tr("Save"),
            [this](const QString &name) {
                const SavedView view = capture(name);
                if (!m_views.save(view)) {
                    tell(tr("The view was not saved: %1").arg(m_views.errorString()));
                    return;
                }
                (void)m_views.setCurrent(view.name);
                QStringList lost;
                for (const SavedViewFilter &f : view.filters)
                    if (!f.restorable())
                        lost.append(f.label);
                tell(lost.isEmpty()
                         ? tr("View “%1” saved.").arg(view.name.trimmed())
                         : tr("View “%1” saved. These filters cannot be kept in a view and will "
                              "not be restored with it: %2.")
                               .arg(view.name.trimmed(), lost.join(tr(", "))));
            });
}

void SavedViewsControl::overwrite()
{
    const QString current = m_views.current();
    if (current.isEmpty())
        return;
    if (!m_views.save(capture(current), true)) {
        tell(tr("The view was not saved: %1").arg(m_views.errorString()));
        return;
    }
    tell(tr("View “%1” saved with the current filters, sort and columns.").arg(current));
}

void SavedViewsControl::renameCurrent()
{
    const QString current = m_views.current();
    if (current.isEmpty())
        return;
    askName(tr("Rename view"), tr("&New name of “%1”:").arg(current), current, tr("Rename"),
            [this, current](const QString &name) {
                if (!m_views.rename(current, name))
                    tell(tr("The view was not renamed: %1").arg(m_views.errorString()));
            });
}

void SavedViewsControl::deleteCurrent()
{
    const QString current = m_views.current();
    if (current.isEmpty())
        return;
    if (!m_views.remove(current)) {
        tell(tr("The view was not deleted: %1").arg(m_views.errorString()));
        return;
    }
    showNote({}, {});
    tell(tr("View “%1” deleted; the queue stays as it is.").arg(current));
}

} // namespace console::ui
