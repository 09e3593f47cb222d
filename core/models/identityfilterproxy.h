#pragma once

#include "core/models/identitysearchindex.h"

#include <QList>
#include <QPointer>
#include <QSortFilterProxyModel>

#include <vector>

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
// Over an IdentityTableModel the proxy keeps its own IdentitySearchIndex of every row's search
// text, by the model's slot, in contiguous buffers: appended as pages land, changed when a
// row's text changes, emptied when a row goes. Each slot's verdict under the search shown is
// kept too, so re-filtering (a page landing, a sort's layout change, the age tick's
// dataChanged) looks verdicts up instead of searching text again. From
// backgroundSearchThreshold() rows on, a keystroke's pass over the index runs on the search
// engine's worker (isSearching() meanwhile; the previous result stays shown) and its verdicts
// are applied in one step when it finishes; a newer keystroke supersedes it. Rows that land
// or change during the pass are matched on the UI thread when it is applied.
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
    // What was last asked for; while isSearching() the rows shown are still those of the
    // search before it.
    QString quickSearch() const { return m_text; }
    // True while a search pass runs on the worker (see searchingChanged()).
    bool isSearching() const { return m_searcher->isRunning(); }
    // From this many source rows on, a keystroke's pass runs on the worker (default 25,000:
    // below it the pass takes a few milliseconds on the UI thread).
    void setBackgroundSearchThreshold(int rows) { m_backgroundSearchThreshold = qMax(0, rows); }
    int backgroundSearchThreshold() const { return m_backgroundSearchThreshold; }
    QThreadPool *searchThreadPool() const { return m_searcher->threadPool(); }
    // How many rows' texts the UI thread has searched (over an IdentityTableModel): what the
    // bench and tests read to tell a lookup from a search.
    qint64 rowsSearchedOnUiThread() const { return m_uiRowsSearched; }
    // Extra conditions (the queue's "Follow-up", "My identities"): a row is shown when every
    // active filter accepts it. The proxy filters again whenever one emits changed(). Not
    // owned; a filter that is destroyed is dropped.
    void addRowFilter(QueueRowFilter *filter);
    void removeRowFilter(QueueRowFilter *filter);
    QList<QueueRowFilter *> rowFilters() const;

signals:
    // A pass started on the worker (true), or its result was applied or dropped (false).
    void searchingChanged(bool searching);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    bool computeAccepts(int sourceRow, const QModelIndex &sourceParent) const;
    bool rowFiltersAccept(int sourceRow, const QModelIndex &sourceParent) const;
    void rowFiltersChanged();
    void forgetAccepted() { m_acceptedValid = false; }

    // The IdentityTableModel path: index, verdicts by slot, the pass on the worker.
    void indexRows(int first, int last);
    void indexChangedRows(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                          const QList<int> &roles);
    void unindexRows(int first, int last);
    void rebuildIndex();
    void searchIdentities(const SearchTerms &terms);
    void applyVerdicts(const SearchTerms &terms, std::vector<char> verdicts);
    void setVerdict(int slot, bool accepted);
    bool verdictAt(int slot) const;
    bool matchOnUiThread(int slot, const SearchTerms &terms);

    QPointer<IdentityTableModel> m_identities;
    IdentitySearchIndex m_index;
    SearchTerms m_applied; // the search whose verdicts are shown
    std::vector<char> m_verdicts; // by slot, under m_applied
    IdentitySearchEngine *m_searcher = nullptr;
    // While a pass runs: it covers slots [0, m_passSlots); m_passDirty holds slots whose text
    // changed after its snapshot (both are matched again when it is applied).
    int m_passSlots = 0;
    std::vector<int> m_passDirty;
    int m_backgroundSearchThreshold = 25000;
    qint64 m_uiRowsSearched = 0;
    QString m_text;
    QList<QPointer<QueueRowFilter>> m_rowFilters;
    // Any other source model: its rows are searched through SearchTextRole/CipDigitsRole.
    SearchTerms m_terms;
    // The answer for each source row under m_terms, kept current until the source's rows
    // change shape (then forgotten until the next search pass).
    mutable QList<bool> m_accepted;
    bool m_acceptedValid = false;
    bool m_inSearchPass = false;
    bool m_narrowing = false;
};

} // namespace console
