#pragma once

#include "common/diagnostic.h"

#include <QList>
#include <QString>
#include <QWidget>

namespace cbw::app {

class ProjectDocument;

// A text the workbench would write, shown in the preview dock.
struct PreviewFile
{
    QString title; // e.g. "conf/local.conf fragment", "/lib/systemd/system/container-app.service"
    QString text;
};

// One page of the main window (Bundle, Layers, Inspector, VM). The window owns the pages,
// shows their diagnostics in the dock and their previews in the preview dock, and asks a
// page to reveal the control a diagnostic is about when the user clicks it.
class WorkbenchPage : public QWidget
{
    Q_OBJECT

public:
    using QWidget::QWidget;

    virtual QString title() const = 0;
    virtual core::Diagnostics diagnostics() const { return {}; }
    virtual QList<PreviewFile> previews() const { return {}; }
    // Moves focus to the field a diagnostic is about; false when the page has none.
    virtual bool revealDiagnostic(const core::Diagnostic &diagnostic)
    {
        Q_UNUSED(diagnostic);
        return false;
    }

signals:
    void diagnosticsChanged();
    void previewsChanged();
    // Long work started by the page: the window shows it in the status bar.
    void busy(const QString &what, int done, int total);
    void idle();
};

} // namespace cbw::app
