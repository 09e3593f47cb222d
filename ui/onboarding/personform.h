#pragma once

#include "paxos/model/validation.h"

#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <QWidget>

#include <functional>
#include <memory>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace Ui {
class PersonForm;
}

namespace console::ui {

// Every person field of Create Identity, laid out in sections (Designer form personform.ui),
// used to create an identity and to edit one. It reads and writes the request as JSON in
// the Create Identity shape, validates it as the user types with the domain rules of
// paxos/model/validation.h, and shows each problem as a sentence under its field.
//
// Problems show on a field once it has been edited (or filled by setRequest()); the
// rest appear after revealAllIssues(), so a fresh form is not a wall of red.
class PersonForm : public QWidget
{
    Q_OBJECT
public:
    enum class Mode { Create, Edit };

    explicit PersonForm(QWidget *parent = nullptr);
    ~PersonForm() override;

    void setMode(Mode mode);
    Mode mode() const { return m_mode; }

    // The request as the form holds it, empty fields left out.
    QJsonObject request() const;
    // Fills every field from a Create Identity-shaped object (unknown keys are kept and sent
    // back unchanged). Fields it fills count as edited.
    void setRequest(const QJsonObject &request);
    void clear();

    // Default: paxos::validateCreateIdentity. The edit dialog validates the update delta.
    using Validator = std::function<QList<paxos::ValidationIssue>(const QJsonObject &)>;
    void setValidator(Validator validator);

    QList<paxos::ValidationIssue> issues() const { return m_issues; }
    bool hasErrors() const { return paxos::hasErrors(m_issues); }
    // One sentence for the submit button's neighbour: why it cannot be pressed.
    QString blockingSummary() const;
    void revealAllIssues();
    // Shows a problem the server named (a 400 about a field) under that field; returns
    // false when the form has no such field.
    bool showServerIssue(const QString &path, const QString &message);
    // Moves focus to the first field with an error.
    void focusFirstIssue();

    // The widget that edits a request path ("person_details.address.city"), or null.
    QWidget *fieldWidget(const QString &path) const;
    // The sentence shown under a field; empty when none is shown.
    QString issueTextFor(const QString &path) const;

signals:
    // Any edit by the user (not setRequest()).
    void edited();
    // After each re-validation.
    void issuesChanged();

private:
    void populateChoices();
    void buildIssueRows();
    void markRequirements();
    void connectEdits();
    void onEdited(QWidget *source);
    void revalidate();
    void showIssues();
    void updatePassthroughVisibility();
    void pickDate();
    int appendTableRow(QTableWidget *table, bool countryColumn);
    QString pathOf(QWidget *widget) const;
    QString anchorPath(const QString &issuePath) const;

    std::unique_ptr<Ui::PersonForm> m_ui;
    Mode m_mode = Mode::Create;
    Validator m_validator;
    QHash<QString, QWidget *> m_fields; // request path -> editing widget
    QHash<QString, QLabel *> m_issueLabels; // request path -> sentence under the field
    QHash<QString, QString> m_serverIssues;
    QSet<QString> m_touched;
    bool m_revealAll = false;
    bool m_filling = false;
    QList<paxos::ValidationIssue> m_issues;
    QJsonObject m_extra; // keys the form has no field for, kept for round trips
};

// Country pickers: every ISO country by name with its alpha-3 code, typed or picked.
void setupCountryCombo(QComboBox *combo);
QString countryComboValue(const QComboBox *combo);
void setCountryComboValue(QComboBox *combo, const QString &alpha3);

} // namespace console::ui
