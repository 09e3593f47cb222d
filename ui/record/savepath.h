#pragma once

#include <QString>

#include <functional>

class QWidget;

namespace console::ui {

// Asks where to save a file and answers later (never a nested event loop). The default is a
// window-modal QFileDialog; tests answer at once with a path in a temporary directory. An
// empty answer means the user cancelled.
struct SaveRequest
{
    QString title;
    QString suggestedPath;
    QString filter; // "CSV files (*.csv)"
    QString defaultSuffix; // "csv"
};
using SavePathAnswer = std::function<void(const QString &path)>;
using SavePathChooser =
    std::function<void(QWidget *parent, const SaveRequest &request, SavePathAnswer answer)>;

// A window-modal QFileDialog that deletes itself.
SavePathChooser fileDialogSavePathChooser();

} // namespace console::ui
