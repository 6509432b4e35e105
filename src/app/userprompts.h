#pragma once

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace cbw::app {

// Every question the window asks the user goes through here, so GUI tests answer them
// without a nested event loop and the window's logic runs unchanged in both cases.
class UserPrompts
{
    Q_DECLARE_TR_FUNCTIONS(cbw::app::UserPrompts)

public:
    enum class SaveChoice
    {
        Save,
        Discard,
        Cancel
    };
    enum class RecoveryChoice
    {
        Restore,
        Discard, // delete the recovery file
        Keep     // ask again next time
    };

    virtual ~UserPrompts() = default;

    virtual SaveChoice askSaveChanges(QWidget *parent, const QString &documentName);
    // `description` names the project, its file and when it was autosaved.
    virtual RecoveryChoice askRestoreRecovery(QWidget *parent, const QString &description);
    // Empty string = the user cancelled.
    virtual QString chooseProjectToOpen(QWidget *parent, const QString &startDir);
    virtual QString chooseProjectSavePath(QWidget *parent, const QString &suggestedPath);
    virtual QString chooseBuildDirectory(QWidget *parent, const QString &startDir);
    virtual void showError(QWidget *parent, const QString &title, const QString &text);
};

} // namespace cbw::app
