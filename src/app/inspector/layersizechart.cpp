#include "layersizechart.h"

#include "filetreemodel.h"

#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>

namespace cbw::app::inspector {

namespace {
constexpr int LabelHeight = 16;
constexpr int Margin = 4;
} // namespace

LayerSizeChart::LayerSizeChart(QWidget *parent)
    : QWidget(parent)
{
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    setAccessibleName(tr("Layer sizes"));
}

void LayerSizeChart::setBars(const QList<Bar> &bars)
{
    m_bars = bars;
    if (m_current >= m_bars.size())
        m_current = -1;
    update();
}

void LayerSizeChart::setCurrentLayer(int layer)
{
    m_current = layer;
    update();
}

QSize LayerSizeChart::sizeHint() const
{
    return {240, 110};
}

QSize LayerSizeChart::minimumSizeHint() const
{
    return {80, 60};
}

QRect LayerSizeChart::plotArea() const
{
    return rect().adjusted(Margin, Margin, -Margin, -Margin - LabelHeight);
}

QRect LayerSizeChart::barRect(int layer) const
{
    if (layer < 0 || layer >= m_bars.size())
        return {};
    const QRect area = plotArea();
    const int slot = area.width() / int(m_bars.size());
    return {area.left() + layer * slot, area.top(), slot, area.height() + LabelHeight};
}

int LayerSizeChart::layerAt(const QPoint &position) const
{
    for (int layer = 0; layer < m_bars.size(); ++layer) {
        if (barRect(layer).contains(position))
            return layer;
    }
    return -1;
}

void LayerSizeChart::paintEvent(QPaintEvent *event)
{
    Q_UNUSED(event);
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing, false);
    const QPalette pal = palette();
    painter.fillRect(rect(), pal.color(QPalette::Base));
    const QRect area = plotArea();
    if (m_bars.isEmpty() || area.width() <= 0 || area.height() <= 0) {
        painter.setPen(pal.color(QPalette::PlaceholderText));
        painter.drawText(rect(), Qt::AlignCenter, tr("No image"));
        return;
    }
    qint64 largest = 1;
    for (const Bar &bar : m_bars)
        largest = std::max(largest, bar.total());
    const bool dark = isDarkPalette();
    const int slot = area.width() / int(m_bars.size());
    const int gap = std::clamp(slot / 5, 1, 8);
    for (int layer = 0; layer < m_bars.size(); ++layer) {
        const Bar &bar = m_bars.at(layer);
        const QRect column = barRect(layer);
        if (layer == m_current) {
            QColor highlight = pal.color(QPalette::Highlight);
            highlight.setAlpha(50);
            painter.fillRect(column, highlight);
        }
        int bottom = area.bottom() + 1;
        auto segment = [&](qint64 bytes, const QColor &color, Qt::BrushStyle style) {
            if (bytes <= 0)
                return;
            const int height = std::max(1, int(double(bytes) / double(largest) * area.height()));
            const QRect box(column.left() + gap / 2, bottom - height, std::max(1, slot - gap),
                            height);
            painter.fillRect(box, QBrush(color, style));
            bottom -= height;
        };
        segment(bar.added, changeColor(core::oci::ChangeKind::Added, dark), Qt::SolidPattern);
        segment(bar.modified, changeColor(core::oci::ChangeKind::Modified, dark), Qt::SolidPattern);
        segment(bar.removed, changeColor(core::oci::ChangeKind::Removed, dark), Qt::BDiagPattern);
        QFont font = painter.font();
        font.setBold(layer == m_current);
        painter.setFont(font);
        painter.setPen(layer == m_current ? pal.color(QPalette::Text)
                                          : pal.color(QPalette::PlaceholderText));
        painter.drawText(QRect(column.left(), area.bottom() + 1, slot, LabelHeight),
                         Qt::AlignCenter, bar.label);
    }
    painter.setPen(pal.color(QPalette::Mid));
    painter.drawLine(area.bottomLeft(), area.bottomRight());
}

void LayerSizeChart::mousePressEvent(QMouseEvent *event)
{
    const int layer = layerAt(event->position().toPoint());
    if (layer >= 0 && event->button() == Qt::LeftButton) {
        setCurrentLayer(layer);
        emit layerClicked(layer);
    }
    QWidget::mousePressEvent(event);
}

bool LayerSizeChart::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int layer = layerAt(help->pos());
        if (layer >= 0)
            QToolTip::showText(help->globalPos(), m_bars.at(layer).tooltip, this, barRect(layer));
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

} // namespace cbw::app::inspector
