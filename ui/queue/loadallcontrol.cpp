#include "ui/queue/loadallcontrol.h"

#include "core/models/identitytablemodel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace console::ui {

LoadAllControl::LoadAllControl(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"loadAllControl"_s);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);

    m_button = new QToolButton(this);
    m_button->setObjectName(u"loadAllButton"_s);
    m_button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    connect(m_button, &QToolButton::clicked, this, &LoadAllControl::onClicked);
    layout->addWidget(m_button);

    m_busy = new QProgressBar(this);
    m_busy->setObjectName(u"loadAllProgress"_s);
    m_busy->setRange(0, 0); // no total to measure against: a busy bar
    m_busy->setTextVisible(false);
    m_busy->setMaximumWidth(72);
    m_busy->setMaximumHeight(m_button->sizeHint().height() / 2);
    m_busy->hide();
    layout->addWidget(m_busy);

    m_status = new QLabel(this);
    m_status->setObjectName(u"loadAllStatus"_s);
    layout->addWidget(m_status);
    refresh();
}

void LoadAllControl::setModel(IdentityTableModel *model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    if (model) {
        connect(model, &IdentityTableModel::loadAllProgress, this, &LoadAllControl::refresh);
        connect(model, &IdentityTableModel::loadAllFinished, this, &LoadAllControl::refresh);
        connect(model, &IdentityTableModel::pageLoaded, this, &LoadAllControl::refresh);
        connect(model, &IdentityTableModel::loadStateChanged, this, &LoadAllControl::refresh);
        connect(model, &QAbstractItemModel::modelReset, this, &LoadAllControl::refresh);
    }
    refresh();
}

QString LoadAllControl::statusText() const
{
    return m_status->text();
}

void LoadAllControl::onClicked()
{
    if (!m_model)
        return;
    if (m_model->isLoadingAll())
        m_model->cancelLoadAll();
    else
        m_model->loadAll();
}

void LoadAllControl::refresh()
{
    const bool loading = m_model && m_model->isLoadingAll();
    const bool more = m_model && (m_model->hasMorePages() || m_model->isLoading());
    m_button->setText(loading ? tr("Stop") : tr("Load All"));
    m_button->setToolTip(loading ? tr("Stop loading; what is loaded stays")
                                 : tr("Load every identity that matches the filters, so sorting "
                                      "and the quick search cover all of them"));
    m_button->setEnabled(m_model && (loading || more));
    m_busy->setVisible(loading);
    if (loading) {
        m_status->setText(
            tr("%1 loaded…").arg(QLocale().toString(m_model ? m_model->rowCount() : 0)));
    } else {
        m_status->clear();
    }
}

} // namespace console::ui
