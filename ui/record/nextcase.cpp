#include "ui/record/nextcase.h"

#include "core/current/currentidentity.h"
#include "core/models/identityfilterproxy.h"
#include "core/models/identitytablemodel.h"
#include "core/team/casetaking.h"
#include "ui/queue/queuetableview.h"
#include "ui/shell/mainwindow.h"

#include <QAction>
#include <QMessageBox>

using namespace Qt::StringLiterals;

namespace console::ui {

NextCase::NextCase(MainWindow *window, const Services &services)
    : QObject(window)
    , m_window(window)
    , m_services(services)
{
    m_action = new QAction(tr("&Next case"), this);
    m_action->setObjectName(u"actionNextCase"_s);
    m_action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_J));
    m_action->setToolTip(tr("Take the oldest pending identity nobody holds, among the rows the "
                            "queue shows, and open it (Ctrl+J)"));
    connect(m_action, &QAction::triggered, this, [this] { takeNext(); });
}

void NextCase::tell(const QString &title, const QString &text)
{
    if (m_box)
        m_box->close();
    m_box = new QMessageBox(QMessageBox::Information, title, text, QMessageBox::Ok, m_window);
    m_box->setObjectName(u"nextCaseMessage"_s);
    m_box->setAttribute(Qt::WA_DeleteOnClose);
    m_box->setWindowModality(Qt::WindowModal);
    m_box->open();
}

QString NextCase::takeNext()
{
    IdentityFilterProxy *proxy = m_window->proxy();
    IdentityTableModel *model = m_services.identities;
    // The rows as the queue shows them: every filter of the bar and of the features applies.
    QList<IdentityRow> shown;
    shown.reserve(proxy->rowCount());
    for (int r = 0; r < proxy->rowCount(); ++r) {
        const QModelIndex source = proxy->mapToSource(proxy->index(r, 0));
        if (source.isValid())
            shown.append(model->identityRowAt(source.row()));
    }
    const QStringList candidates = CaseTaking::candidates(shown);
    if (candidates.isEmpty()) {
        tell(tr("No next case"),
             shown.isEmpty()
                 ? tr("The queue shows no identities with the filters in use. Clear or change "
                      "the filters to find a case to take.")
                 : tr("None of the %n identities the queue shows is pending, so there is no "
                      "case to take with the filters in use.",
                      nullptr, int(shown.size())));
        return {};
    }
    const CaseTaking taking(m_services.store, m_services.assignments, m_services.softLocks,
                            m_services.audit);
    const auto next = taking.takeNext(candidates);
    if (!next) {
        tell(tr("Next case failed"),
             tr("No identity was taken: %1")
                 .arg(next.errorMessage().isEmpty() ? tr("the record did not say why")
                                                    : next.errorMessage()));
        return {};
    }
    if (next->identityId.isEmpty()) {
        tell(tr("No next case"),
             tr("All %n pending identities the queue shows are assigned or open in another "
                "reviewer's console: there is no case nobody holds.",
                nullptr, int(candidates.size())));
        return {};
    }
    const QString id = next->identityId;
    // Shown in the queue and opened at once (not after the selection's pause): opening
    // settles it, which takes this console's soft lock and loads it in the detail pane.
    const QModelIndex at =
        proxy->mapFromSource(model->indexOfId(id, IdentityTableModel::NameColumn));
    QueueTableView *queue = m_window->queueView();
    if (at.isValid()) {
        queue->setCurrentIndex(at);
        queue->scrollTo(at);
    }
    if (m_services.current)
        m_services.current->open(id);
    m_window->notify(next->lost > 0
                         ? tr("Next case taken; %n other(s) went to another reviewer first.",
                              nullptr, next->lost)
                         : tr("Next case taken and opened."));
    emit taken(id);
    return id;
}

} // namespace console::ui
