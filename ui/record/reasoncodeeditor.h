#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace console {
class ReasonCodes;
} // namespace console

namespace console::ui {

// Edits the team's reason-code list: add, rename, move up/down, retire (codes are never
// deleted because old notes name them). Every change is written at once.
class ReasonCodeEditor : public QDialog
{
    Q_OBJECT
public:
    explicit ReasonCodeEditor(ReasonCodes *codes, QWidget *parent = nullptr);

    // The list as shown: "CODE" in order, retired ones included.
    QStringList codesShown() const;
    QString errorText() const;

    bool addCode(const QString &code, const QString &label);
    bool renameCurrent(const QString &label);
    bool toggleRetiredCurrent();
    bool moveCurrent(int delta);

private:
    void reload(const QString &select = {});
    QString currentCode() const;
    bool report(bool ok, const QString &message);
    void updateButtons();

    ReasonCodes *m_codes;
    QListWidget *m_list = nullptr;
    QLineEdit *m_newCode = nullptr;
    QLineEdit *m_newLabel = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_rename = nullptr;
    QPushButton *m_retire = nullptr;
    QPushButton *m_up = nullptr;
    QPushButton *m_down = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace console::ui
