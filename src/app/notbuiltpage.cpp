#include "notbuiltpage.h"

#include <QLabel>
#include <QVBoxLayout>

namespace cbw::app {

NotBuiltPage::NotBuiltPage(const QString &title, const QString &explanation, QWidget *parent)
    : WorkbenchPage(parent)
    , m_title(title)
{
    auto *label = new QLabel(explanation, this);
    label->setObjectName(QStringLiteral("notBuiltExplanation"));
    label->setWordWrap(true);
    label->setAlignment(Qt::AlignCenter);
    label->setTextFormat(Qt::RichText);
    auto *layout = new QVBoxLayout(this);
    layout->addStretch();
    layout->addWidget(label);
    layout->addStretch();
}

} // namespace cbw::app
