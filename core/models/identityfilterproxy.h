#pragma once

#include <QSortFilterProxyModel>

namespace console {

// The quick search over what is loaded, and sorting on raw values.
//
// The API has no name search, so this filters client-side: a row matches when every
// whitespace-separated term is found in its search text (name, ref_id, id; lower-case,
// precomputed by the source model in SearchTextRole), or when a term of two or more digits
// is the end of the row's cip_id digits (CipDigitsRole). Precomputed keys keep a search over
// 100,000 rows well under a frame budget per keystroke batch.
class IdentityFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit IdentityFilterProxy(QObject *parent = nullptr);

    void setQuickSearch(const QString &text);
    // With an IdentityTableModel underneath, the rows are sorted there (on precomputed keys,
    // fast enough for 100,000 rows) and this proxy only filters; other models sort here.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    QString quickSearch() const { return m_text; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QString m_text;
    QStringList m_terms;
};

} // namespace console
