#pragma once

#include "workbenchpage.h"

namespace cbw::app {

// A page whose panel is not part of this version: it says so and what it will do, and
// offers no controls. It keeps the window's page order (and Ctrl+<n>) stable.
class NotBuiltPage final : public WorkbenchPage
{
    Q_OBJECT

public:
    NotBuiltPage(const QString &title, const QString &explanation, QWidget *parent = nullptr);

    QString title() const override { return m_title; }

private:
    QString m_title;
};

} // namespace cbw::app
