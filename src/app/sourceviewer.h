#pragma once

#include <QDialog>

class QPlainTextEdit;

namespace cbw::app {

// A read-only view of a file a diagnostic points into, scrolled to and highlighting the
// line. The workbench never edits BitBake files by hand; this only shows the context.
class SourceViewer final : public QDialog
{
    Q_OBJECT

public:
    explicit SourceViewer(QWidget *parent = nullptr);

    // False (with the reason in *error) when the file cannot be read.
    bool showFile(const QString &path, int line, int column, QString *error);

    QString filePath() const { return m_path; }
    int currentLine() const;

private:
    QPlainTextEdit *m_text;
    QString m_path;
};

} // namespace cbw::app
