#include "userprompts.h"

#include <QFileDialog>
#include <QMessageBox>
#include <QPushButton>

namespace cbw::app {

UserPrompts::SaveChoice UserPrompts::askSaveChanges(QWidget *parent, const QString &documentName)
{
    const auto answer = QMessageBox::warning(
        parent, tr("Unsaved Changes"),
        tr("%1 has changes that are not saved.\nSave them first?").arg(documentName),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    switch (answer) {
    case QMessageBox::Save:
        return SaveChoice::Save;
    case QMessageBox::Discard:
        return SaveChoice::Discard;
    default:
        return SaveChoice::Cancel;
    }
}

UserPrompts::RecoveryChoice UserPrompts::askRestoreRecovery(QWidget *parent,
                                                            const QString &description)
{
    QMessageBox box(QMessageBox::Question, tr("Recover Unsaved Changes"),
                    tr("The workbench was not closed properly. Autosaved changes were found:\n\n"
                       "%1\n\nRestore them?")
                        .arg(description),
                    QMessageBox::NoButton, parent);
    QPushButton *restore = box.addButton(tr("&Restore"), QMessageBox::AcceptRole);
    QPushButton *discard = box.addButton(tr("&Discard"), QMessageBox::DestructiveRole);
    box.addButton(tr("Ask &Later"), QMessageBox::RejectRole);
    box.setDefaultButton(restore);
    box.exec();
    if (box.clickedButton() == restore)
        return RecoveryChoice::Restore;
    if (box.clickedButton() == discard)
        return RecoveryChoice::Discard;
    return RecoveryChoice::Keep;
}

QString UserPrompts::chooseProjectToOpen(QWidget *parent, const QString &startDir)
{
    return QFileDialog::getOpenFileName(parent, tr("Open Project"), startDir,
                                        tr("Workbench projects (*.cbw.json);;All files (*)"));
}

QString UserPrompts::chooseProjectSavePath(QWidget *parent, const QString &suggestedPath)
{
    QString path = QFileDialog::getSaveFileName(parent, tr("Save Project As"), suggestedPath,
                                                tr("Workbench projects (*.cbw.json)"));
    if (!path.isEmpty() && !path.endsWith(QLatin1String(".cbw.json")))
        path += QLatin1String(".cbw.json");
    return path;
}

QString UserPrompts::chooseBuildDirectory(QWidget *parent, const QString &startDir)
{
    return QFileDialog::getExistingDirectory(parent, tr("Open Yocto Build Directory"), startDir);
}

void UserPrompts::showError(QWidget *parent, const QString &title, const QString &text)
{
    QMessageBox::warning(parent, title, text);
}

} // namespace cbw::app
