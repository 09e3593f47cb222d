#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace console {
class InstitutionReview;
class Session;
namespace onboarding {
class InstitutionMembers;
}
} // namespace console

namespace console::ui {

// The Institution tab of the detail pane: for an institution, its members as a tree under
// it with each member's status, what each waits on and who must act; above it the
// institution's own requirements (documents, sanctions, the members its type needs) in plain
// words with who must act; and adding or removing members, through the write gate
// (onboarding::InstitutionMembers). For a person it says so.
class InstitutionReviewPanel : public QWidget
{
    Q_OBJECT
public:
    InstitutionReviewPanel(InstitutionReview *review, Session *session, QWidget *parent = nullptr);

    QTreeWidget *tree() const { return m_tree; }
    QLabel *requirementsLabel() const { return m_requirements; }

    // Adds a member (as the Add member dialog does): checked against the institution rules
    // for its type first; returns the first error, empty when it was handed to the gate.
    QString addMember(const QString &identityId, const QStringList &roles,
                      const QString &ownership = {}, const QString &position = {});
    // Removes the member selected in the tree (asks first).
    void removeSelected();

signals:
    // Members were added or removed: the institution should be read again.
    void membersChanged(const QString &institutionId);

private:
    void show();
    void updateButtons();
    void openAddDialog();
    onboarding::InstitutionMembers *members();

    QPointer<InstitutionReview> m_review;
    QPointer<Session> m_session;
    QPointer<onboarding::InstitutionMembers> m_writer;
    QLabel *m_title;
    QLabel *m_requirements;
    QLabel *m_message;
    QTreeWidget *m_tree;
    QPushButton *m_add;
    QPushButton *m_remove;
};

} // namespace console::ui
