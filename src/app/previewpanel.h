#pragma once

#include "workbenchpage.h"

#include <QList>
#include <QPointer>
#include <QWidget>

class QComboBox;
class QPlainTextEdit;

namespace cbw::app {

// The preview dock's contents: the files the current page would write, one at a time,
// refreshed whenever the page reports new previews.
class PreviewPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit PreviewPanel(QWidget *parent = nullptr);

    void setPage(WorkbenchPage *page);
    WorkbenchPage *page() const { return m_page; }

private:
    void refresh();
    void showCurrent();

    QPointer<WorkbenchPage> m_page;
    QList<PreviewFile> m_previews;
    QComboBox *m_files;
    QPlainTextEdit *m_text;
    QMetaObject::Connection m_connection;
};

} // namespace cbw::app
