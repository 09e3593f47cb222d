#include "core/onboarding/draftautosaver.h"

#include "core/record/drafts.h"

#include <QTimer>

namespace console::onboarding {

DraftAutosaver::DraftAutosaver(Drafts *drafts, QString kind, QObject *parent)
    : QObject(parent)
    , m_drafts(drafts)
    , m_kind(std::move(kind))
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    m_timer->setInterval(400);
    connect(m_timer, &QTimer::timeout, this, &DraftAutosaver::flush);
}

DraftAutosaver::~DraftAutosaver()
{
    flush();
}

void DraftAutosaver::setDelayMs(int ms)
{
    m_timer->setInterval(ms);
}

void DraftAutosaver::update(const QJsonObject &form, const QString &label)
{
    if (!m_drafts)
        return;
    m_form = form;
    m_label = label;
    m_pending = true;
    m_timer->start();
}

bool DraftAutosaver::flush()
{
    m_timer->stop();
    if (!m_pending || !m_drafts)
        return true;
    m_pending = false;
    auto result = m_drafts->save(m_draftId, m_kind, m_form, m_label, m_identityId);
    if (!result.ok()) {
        emit saveFailed(result.errorMessage());
        return false;
    }
    m_draftId = result->draftId;
    emit saved(result->updatedAt());
    return true;
}

void DraftAutosaver::discard()
{
    m_timer->stop();
    m_pending = false;
    if (m_drafts && !m_draftId.isEmpty()) {
        const auto status = m_drafts->discard(m_draftId);
        if (!status.ok())
            emit saveFailed(status.errorMessage());
    }
    m_draftId.clear();
}

} // namespace console::onboarding
