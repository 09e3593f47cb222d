#pragma once

#include "paxos/model/identity.h"
#include "paxos/model/validation.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QWidget>

#include <functional>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace console::ui {

// Every institution_details field of Create Identity, the institution's CDD, ref_id and its
// members, in sections. The request is checked as the user types with Paxos's institution
// rules (paxos/model/institutionrules.h through validateCreateIdentity): the fields the
// type, sub-type, regulation status and trading type make required are marked as they
// change, the sub-types offered follow the type, and each problem shows under its field once
// the field was edited (all of them after revealAllIssues()).
//
// Members: chosen persons with their roles (the roles that apply to the type) and, where the
// rules ask (beneficial owners), ownership. The form only holds them; the dialog finds or
// creates the persons. In Edit mode the member list is read-only here: members change
// through their own calls after creation.
class InstitutionForm : public QWidget
{
    Q_OBJECT
public:
    enum class Mode { Create, Edit };

    explicit InstitutionForm(QWidget *parent = nullptr);

    void setMode(Mode mode);
    Mode mode() const { return m_mode; }

    // The request as the form holds it, empty fields left out (members included).
    QJsonObject request() const;
    // Fills every field from a Create Identity-shaped object; keys without a field are kept.
    void setRequest(const QJsonObject &request);

    // A member joining (Create mode): `person` as found or just created.
    void addMember(const paxos::Identity &person, const QStringList &roles = {},
                   const QString &ownership = {});
    // The institution's members as Paxos lists them (Edit mode display).
    void setExistingMembers(const QList<paxos::InstitutionMember> &members);
    QList<paxos::InstitutionMember> existingMembers() const { return m_existing; }
    int memberCount() const;
    // The member row selected in the table, -1 without one.
    int selectedMember() const;
    void selectMember(int row);
    void setMemberRoles(int row, const QStringList &roles);
    void setMemberOwnership(int row, const QString &ownership);
    void removeMember(int row);

    // Default: paxos::validateCreateIdentity. The edit dialog validates the update delta.
    using Validator = std::function<QList<paxos::ValidationIssue>(const QJsonObject &)>;
    void setValidator(Validator validator);
    QList<paxos::ValidationIssue> issues() const { return m_issues; }
    bool hasErrors() const { return paxos::hasErrors(m_issues); }
    // Why it cannot be sent, in one sentence; empty when it can.
    QString blockingSummary() const;
    void revealAllIssues();
    void focusFirstIssue();
    // The text under a field (tests), empty when none shows.
    QString issueTextFor(const QString &path) const;
    // Whether the form marks `path` as required now.
    bool isMarkedRequired(const QString &path) const;
    // The field widget of a path (tests and focus), nullptr when there is none.
    QWidget *field(const QString &path) const { return m_fields.value(path); }
    // A 400 naming a field: shown under it until the field changes.
    bool showServerIssue(const QString &path, const QString &message);

    QPushButton *addExistingButton() const { return m_addExisting; }
    QPushButton *newPersonButton() const { return m_newPerson; }
    QPushButton *removeMemberButton() const { return m_removeMember; }

signals:
    void edited();
    void issuesChanged();
    void addExistingRequested();
    void newPersonRequested();
    // Edit mode: the member at `row` of existingMembers() is to be removed.
    void removeExistingRequested(const paxos::InstitutionMember &member);

private:
    struct MemberRow
    {
        QString identityId;
        QString name;
        QString status;
        QStringList roles;
        QString ownership;
        QString position;
    };

    QFormLayout *section(const QString &title, QWidget *into);
    void addLine(QFormLayout *form, const QString &path, const QString &label);
    void addCombo(QFormLayout *form, const QString &path, const QString &label);
    void addCountry(QFormLayout *form, const QString &path, const QString &label);
    void addYesNo(QFormLayout *form, const QString &path, const QString &label);
    void addAddress(QWidget *into, const QString &prefix, const QString &title);
    void addRow(QFormLayout *form, const QString &path, const QString &label, QWidget *widget);
    QString valueOf(const QString &path) const;
    void setValueOf(const QString &path, const QJsonValue &value);
    void onEdited(const QString &path);
    void refreshChoices();
    void refreshMembers();
    void refreshRoleEditor();
    void revalidate();
    void showIssues();

    Mode m_mode = Mode::Create;
    QHash<QString, QWidget *> m_fields; // request path -> editor
    QHash<QString, QLabel *> m_labels; // request path -> its row label
    QHash<QString, QString> m_labelTexts;
    QHash<QString, QLabel *> m_issueLabels;
    QHash<QString, QString> m_serverIssues;
    QSet<QString> m_touched;
    QSet<QString> m_required;
    bool m_revealAll = false;
    bool m_filling = false;
    Validator m_validator;
    QList<paxos::ValidationIssue> m_issues;
    QJsonObject m_extra; // what the form has no field for, kept for round trips

    QList<MemberRow> m_members;
    QList<paxos::InstitutionMember> m_existing;
    QTableWidget *m_memberTable = nullptr;
    QWidget *m_roleBox = nullptr;
    QList<QCheckBox *> m_roleChecks;
    QLineEdit *m_ownership = nullptr;
    QLineEdit *m_position = nullptr;
    QLabel *m_membersIssue = nullptr;
    QLabel *m_membersHint = nullptr;
    QPushButton *m_addExisting = nullptr;
    QPushButton *m_newPerson = nullptr;
    QPushButton *m_removeMember = nullptr;
};

} // namespace console::ui
