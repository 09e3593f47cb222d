#pragma once

// The small helpers PersonForm's two files share (personform.cpp builds and validates the
// form, personformrequest.cpp maps it to the Paxos request and back). Internal to ui/onboarding.
#include <QComboBox>
#include <QJsonObject>
#include <QLineEdit>
#include <QString>
#include <QStringList>

namespace console::ui::personformfields {

inline const QString kPerson = QStringLiteral("person_details.");
inline const QString kAddress = QStringLiteral("person_details.address.");
inline const QString kCdd = QStringLiteral("customer_due_diligence.");

inline QString comboWire(const QComboBox *combo)
{
    return combo->currentData().toString();
}

inline void setComboWire(QComboBox *combo, const QString &wire)
{
    int index = combo->findData(wire);
    if (index < 0 && !wire.isEmpty()) {
        // A value this console does not offer (newer API, legacy spelling): kept as it is.
        combo->addItem(wire, wire);
        index = combo->count() - 1;
    }
    combo->setCurrentIndex(qMax(0, index));
}

inline QString text(const QLineEdit *edit)
{
    return edit->text().trimmed();
}

inline void putString(QJsonObject &obj, const QString &key, const QString &value)
{
    if (!value.isEmpty())
        obj.insert(key, value);
}

inline QJsonObject without(QJsonObject obj, const QStringList &keys)
{
    for (const QString &k : keys)
        obj.remove(k);
    return obj;
}

} // namespace console::ui::personformfields
