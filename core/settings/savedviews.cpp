#include "core/settings/savedviews.h"

#include "core/settings/settings.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace console {

namespace {
// Bounds for what one view may hold, so a foreign settings file cannot grow it without end.
constexpr qsizetype kMaxFilters = 32;
constexpr qsizetype kMaxColumns = 64;
constexpr qsizetype kMaxText = 1024;

QString boundedString(const QJsonValue &v)
{
    return v.isString() ? v.toString().left(kMaxText) : QString();
}
} // namespace

QJsonObject SavedView::toJson() const
{
    QJsonArray filterArray;
    for (const SavedViewFilter &f : filters)
        filterArray.append(
            QJsonObject{{u"key"_s, f.key}, {u"state"_s, f.state}, {u"label"_s, f.label}});
    QJsonArray columnArray;
    for (const SavedViewColumn &c : columns)
        columnArray.append(
            QJsonObject{{u"key"_s, c.key}, {u"width"_s, c.width}, {u"hidden"_s, c.hidden}});
    return QJsonObject{{u"name"_s, name},
                       {u"bar"_s, bar},
                       {u"filters"_s, filterArray},
                       {u"sortColumn"_s, sortColumn},
                       {u"sortDescending"_s, sortDescending},
                       {u"columns"_s, columnArray}};
}

std::optional<SavedView> SavedView::fromJson(const QJsonObject &json)
{
    SavedView view;
    view.name = json.value(u"name"_s).toString().trimmed();
    if (view.name.isEmpty() || view.name.size() > SavedViews::kMaxNameLength)
        return std::nullopt;
    // The bar's values are strings; anything else is left out.
    const QJsonObject bar = json.value(u"bar"_s).toObject();
    for (auto it = bar.begin(); it != bar.end(); ++it) {
        if (it.value().isString())
            view.bar.insert(it.key().left(kMaxText), boundedString(it.value()));
    }
    const QJsonArray filters = json.value(u"filters"_s).toArray();
    for (qsizetype i = 0; i < qMin(filters.size(), kMaxFilters); ++i) {
        const QJsonObject f = filters.at(i).toObject();
        const QString label = boundedString(f.value(u"label"_s));
        const QString key = boundedString(f.value(u"key"_s));
        if (key.isEmpty() && label.isEmpty())
            continue;
        view.filters.append({key, f.value(u"state"_s), label});
    }
    view.sortColumn = boundedString(json.value(u"sortColumn"_s));
    view.sortDescending = json.value(u"sortDescending"_s).toBool();
    const QJsonArray columns = json.value(u"columns"_s).toArray();
    for (qsizetype i = 0; i < qMin(columns.size(), kMaxColumns); ++i) {
        const QJsonObject c = columns.at(i).toObject();
        const QString key = boundedString(c.value(u"key"_s));
        if (key.isEmpty())
            continue;
        view.columns.append(
            {key, qBound(0, c.value(u"width"_s).toInt(), 4000), c.value(u"hidden"_s).toBool()});
    }
    return view;
}

SavedViews::SavedViews(Settings *settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
{
}

QList<SavedView> SavedViews::views() const
{
    const QString text = m_settings->get<QString>(SettingKey::QueueSavedViews);
    // Bounded before parsing: a settings file is not trusted input.
    if (text.isEmpty() || text.size() > kMaxStoredBytes)
        return {};
    const QJsonArray array = QJsonDocument::fromJson(text.toUtf8()).array();
    QList<SavedView> out;
    for (const QJsonValue &v : array) {
        if (out.size() >= kMaxViews)
            break;
        auto view = SavedView::fromJson(v.toObject());
        if (view && indexOf(out, view->name) < 0)
            out.append(std::move(*view));
    }
    return out;
}

QStringList SavedViews::names() const
{
    QStringList out;
    for (const SavedView &v : views())
        out.append(v.name);
    return out;
}

qsizetype SavedViews::indexOf(const QList<SavedView> &views, const QString &name)
{
    for (qsizetype i = 0; i < views.size(); ++i) {
        if (views.at(i).name.compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            return i;
    }
    return -1;
}

std::optional<SavedView> SavedViews::find(const QString &name) const
{
    const QList<SavedView> all = views();
    const qsizetype i = indexOf(all, name);
    if (i < 0)
        return std::nullopt;
    return all.at(i);
}

QString SavedViews::checkedName(const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty()) {
        m_error = tr("A view needs a name.");
        return {};
    }
    if (trimmed.size() > kMaxNameLength) {
        m_error = tr("A view's name can have at most %1 characters.").arg(kMaxNameLength);
        return {};
    }
    return trimmed;
}

bool SavedViews::store(const QList<SavedView> &views)
{
    QJsonArray array;
    for (const SavedView &v : views)
        array.append(v.toJson());
    const QString text = QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
    if (text.size() > kMaxStoredBytes) {
        m_error = tr("The saved views would be too large to keep; delete some first.");
        return false;
    }
    if (!m_settings->setValue(SettingKey::QueueSavedViews, text)) {
        m_error = m_settings->errorString();
        return false;
    }
    emit changed();
    return true;
}

bool SavedViews::save(const SavedView &view, bool overwrite)
{
    m_error.clear();
    SavedView named = view;
    named.name = checkedName(view.name);
    if (named.name.isEmpty())
        return false;
    QList<SavedView> all = views();
    const qsizetype at = indexOf(all, named.name);
    if (at >= 0 && !overwrite) {
        m_error = tr("There is a view named “%1” already.").arg(all.at(at).name);
        return false;
    }
    if (at >= 0) {
        named.name = all.at(at).name; // keeps the spelling it was saved with
        all[at] = named;
    } else {
        if (all.size() >= kMaxViews) {
            m_error = tr("There can be at most %1 saved views; delete one first.").arg(kMaxViews);
            return false;
        }
        all.append(named);
    }
    return store(all);
}

bool SavedViews::rename(const QString &from, const QString &to)
{
    m_error.clear();
    const QString name = checkedName(to);
    if (name.isEmpty())
        return false;
    QList<SavedView> all = views();
    const qsizetype at = indexOf(all, from);
    if (at < 0) {
        m_error = tr("There is no view named “%1”.").arg(from);
        return false;
    }
    const qsizetype clash = indexOf(all, name);
    if (clash >= 0 && clash != at) {
        m_error = tr("There is a view named “%1” already.").arg(all.at(clash).name);
        return false;
    }
    const bool wasCurrent = current().compare(all.at(at).name, Qt::CaseInsensitive) == 0;
    all[at].name = name;
    if (!store(all))
        return false;
    return !wasCurrent || setCurrent(name);
}

bool SavedViews::remove(const QString &name)
{
    m_error.clear();
    QList<SavedView> all = views();
    const qsizetype at = indexOf(all, name);
    if (at < 0) {
        m_error = tr("There is no view named “%1”.").arg(name);
        return false;
    }
    const bool wasCurrent = current().compare(all.at(at).name, Qt::CaseInsensitive) == 0;
    all.removeAt(at);
    if (!store(all))
        return false;
    return !wasCurrent || setCurrent({});
}

QString SavedViews::current() const
{
    const QString name = m_settings->get<QString>(SettingKey::QueueCurrentView);
    // A name whose view is gone (removed in another console's settings) is no view.
    const auto view = find(name);
    return view ? view->name : QString();
}

bool SavedViews::setCurrent(const QString &name)
{
    m_error.clear();
    QString stored;
    if (!name.trimmed().isEmpty()) {
        const auto view = find(name);
        if (!view) {
            m_error = tr("There is no view named “%1”.").arg(name);
            return false;
        }
        stored = view->name;
    }
    if (!m_settings->setValue(SettingKey::QueueCurrentView, stored)) {
        m_error = m_settings->errorString();
        return false;
    }
    emit changed();
    return true;
}

} // namespace console
