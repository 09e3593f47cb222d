#pragma once

#include "core/record/audittrail.h"

#include <QAbstractTableModel>

#include <functional>

namespace console::ui {

// Presents pages of audit entries, newest first. It does not query anything itself: the view
// gives it a page source, called from fetchMore() with the last seq shown.
class AuditTrailTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        When,
        Operator,
        OsUser,
        Environment,
        Action,
        Identity,
        Outcome,
        RequestId,
        Seq,
        ColumnCount
    };
    enum Role { SeqRole = Qt::UserRole + 1 };

    // Returns the entries older than beforeSeq (0: the newest), at most one page.
    using PageSource = std::function<StoreResult<QList<AuditEntry>>(qint64 beforeSeq)>;

    explicit AuditTrailTableModel(QObject *parent = nullptr);

    // Drops what is shown and loads the first page; returns the store's error, if any.
    QString reload(PageSource source, int pageSize);
    const AuditEntry &entry(int row) const { return m_entries.at(row); }
    // Row of the entry with seq among those loaded, or -1.
    int rowOfSeq(qint64 seq) const;
    // Highlights the first broken link (0: none).
    void setBrokenSeq(qint64 seq);
    qint64 brokenSeq() const { return m_brokenSeq; }
    QString lastError() const { return m_error; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

private:
    PageSource m_source;
    QList<AuditEntry> m_entries;
    int m_pageSize = 200;
    bool m_atEnd = true;
    qint64 m_brokenSeq = 0;
    QString m_error;
};

} // namespace console::ui
