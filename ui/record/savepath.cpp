#include "ui/record/savepath.h"

#include <QFileDialog>

namespace console::ui {

SavePathChooser fileDialogSavePathChooser()
{
    return [](QWidget *parent, const SaveRequest &request, SavePathAnswer answer) {
        auto *dialog =
            new QFileDialog(parent, request.title, request.suggestedPath, request.filter);
        dialog->setObjectName(QStringLiteral("savePathDialog"));
        dialog->setAcceptMode(QFileDialog::AcceptSave);
        dialog->setFileMode(QFileDialog::AnyFile);
        dialog->setDefaultSuffix(request.defaultSuffix);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setWindowModality(Qt::WindowModal);
        QObject::connect(dialog, &QFileDialog::finished, dialog, [dialog, answer](int result) {
            const QStringList files = dialog->selectedFiles();
            answer(result == QDialog::Accepted && !files.isEmpty() ? files.first() : QString());
        });
        dialog->open();
    };
}

} // namespace console::ui
