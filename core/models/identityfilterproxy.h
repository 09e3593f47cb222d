#pragma once

#include <QList>
#include <QPointer>
#include <QSortFilterProxyModel>

namespace console {

class IdentityTableModel;
class QueueRowFilter;

// The quick search over what is loaded, and sorting on raw values.
//
// The API has no name search, so this filters client-side: a row matches when every
// whitespace-separated term is found in its search text (name, ref_id, id; lower-case,
// precomputed by the source model in SearchTextRole), or when a term of two or more digits
// is the end of the row's cip_id digits (CipDigitsRole). Over an IdentityTableModel the
// precomputed keys are read directly, without a QVariant per row.
//
// Typing narrows: when the new terms can only accept rows the previous ones accepted ("an"
// after "a"), only those rows are searched again. Each new result is applied in one layout
// change rather than a removal per run of rows, which at 100,000 rows is what keeps a
// keystroke within a frame.
//
// Features narrow the queue further with QueueRowFilters registered here (addRowFilter), so
// this proxy always sits directly on the identity model and keeps handing sorts to it.
class IdentityFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit IdentityFilterProxy(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *sourceModel) override;
    void setQuickSearch(const QString &text);
    // With an IdentityTableModel underneath, the rows are sorted there (on precomputed keys,
    // fast enough for 100,000 rows) and this proxy only filters; other models sort here.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    QString quickSearch() const { return m_text; }
    // Extra conditions (the queue's "Follow-up", "My identities"): a row is shown when every
    // active filter accepts it. The proxy filters again whenever one emits changed(). Not
    // owned; a filter that is destroyed is dropped.
    void addRowFilter(QueueRowFilter *filter);
    void removeRowFilter(QueueRowFilter *filter);
    QList<QueueRowFilter *> rowFilters() const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    bool matches(const QString &haystack, const QString &cipDigits) const;
    bool computeAccepts(int sourceRow, const QModelIndex &sourceParent) const;
    bool rowFiltersAccept(int sourceRow, const QModelIndex &sourceParent) const;
    void rowFiltersChanged();
    // True when every row `terms` accepts is accepted by `previous`.
    static bool narrows(const QStringList &previous, const QStringList &terms);
    void forgetAccepted() { m_acceptedValid = false; }

    QPointer<IdentityTableModel> m_identities;
    QString m_text;
    QStringList m_terms;
    QList<bool> m_digitTerms; // per term: may match the end of the cip_id digits
    QList<QPointer<QueueRowFilter>> m_rowFilters;
    // The answer for each source row under m_terms, kept current until the source's rows
    // change shape (then forgotten until the next search pass).
    mutable QList<bool> m_accepted;
    bool m_acceptedValid = false;
    bool m_inSearchPass = false;
    bool m_narrowing = false;
};

} // namespace console
