#pragma once

#include <QWidget>

class QLabel;
class QToolButton;

namespace console::ui {

// A selectable value with a copy button beside it (identity id, ref_id).
class CopyableField : public QWidget
{
    Q_OBJECT
public:
    explicit CopyableField(QWidget *parent = nullptr);

    void setText(const QString &text);
    QString text() const;
    // Monospace for ids.
    void setMonospace(bool on);

signals:
    void copied(const QString &text);

private:
    QLabel *m_label = nullptr;
    QToolButton *m_copy = nullptr;
};

} // namespace console::ui
