#pragma once

#include "bundle/bundledesign.h"
#include "project/localconfapply.h"

#include <QByteArray>
#include <QDialog>

#include <memory>

namespace Ui {
class LocalConfApplyDialog;
}

namespace cbw::app {

// What "Apply to local.conf" is about to do: the file, its bytes now, the design and the
// prerequisite fixes asked for. `result`/`diff` are computed for `options`.
struct LocalConfApplyRequest
{
    QString path;
    QByteArray before;
    core::bundle::BundleDesign design;
    core::project::LocalConfApplyOptions options;
    core::project::LocalConfApplyResult result;
    QByteArray diff;

    // Recomputes result and diff for the current options.
    void compute();
};

// Shows the unified diff of the edit (coloured), what else changes or is kept, and lets the
// user add the prerequisite fixes; OK means "write it".
class LocalConfApplyDialog final : public QDialog
{
    Q_OBJECT

public:
    LocalConfApplyDialog(const LocalConfApplyRequest &request, QWidget *parent = nullptr);
    ~LocalConfApplyDialog() override;

    const LocalConfApplyRequest &request() const { return m_request; }

private:
    void recompute();

    std::unique_ptr<Ui::LocalConfApplyDialog> m_ui;
    LocalConfApplyRequest m_request;
};

} // namespace cbw::app
