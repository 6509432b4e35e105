#pragma once

#include "export/exportplan.h"
#include "project/project.h"

#include <QWizardPage>

#include <memory>

namespace Ui {
class ExportWhatPage;
}

namespace cbw::app {

// Page 1: the kinds of content (combinable) and which bundles and images of the project.
class ExportWhatPage final : public QWizardPage
{
    Q_OBJECT

public:
    explicit ExportWhatPage(const core::project::Project &project, QWidget *parent = nullptr);
    ~ExportWhatPage() override;

    core::exporting::ExportContents contents() const;
    // Kinds the project has nothing for stay unchecked (and disabled).
    void setContents(core::exporting::ExportContents contents);
    QStringList selectedBundles() const;
    QStringList selectedImages() const;
    void setSelectedBundles(const QStringList &names);
    void setSelectedImages(const QStringList &names);
    QString hostImage() const;
    void setHostImage(const QString &name);

    // Why Next is disabled (empty when it is not).
    QString problem() const;
    bool isComplete() const override;

private:
    void updateState();

    std::unique_ptr<Ui::ExportWhatPage> m_ui;
};

} // namespace cbw::app
