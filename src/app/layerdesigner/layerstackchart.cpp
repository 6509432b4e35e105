#include "layerstackchart.h"

#include "inspector/filetreemodel.h"

#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

namespace cbw::app::layerdesigner {

namespace {

QColor segmentColor(int index)
{
    static const QColor palette[] = {QColor(0x42, 0x85, 0xf4), QColor(0x34, 0xa8, 0x53),
                                     QColor(0xfb, 0xbc, 0x05), QColor(0xea, 0x43, 0x35),
                                     QColor(0x8e, 0x44, 0xad), QColor(0x16, 0xa0, 0x85)};
    return palette[index % int(std::size(palette))];
}

} // namespace

LayerStackChart::LayerStackChart(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("layerStackChart"));
    setToolTip(tr("Predicted layer sizes, bottom layer first"));
    setMouseTracking(true);
}

void LayerStackChart::setSegments(const QList<Segment> &segments)
{
    m_segments = segments;
    update();
}

QSize LayerStackChart::sizeHint() const
{
    return {360, 180};
}

QSize LayerStackChart::minimumSizeHint() const
{
    return {200, 100};
}

QRect LayerStackChart::barArea() const
{
    const int margin = fontMetrics().height() / 2;
    return rect()
        .adjusted(margin, margin, -margin, -margin)
        .intersected(QRect(margin, margin, qMax(60, width() / 4), height() - 2 * margin));
}

QRect LayerStackChart::segmentRect(int index) const
{
    if (index < 0 || index >= m_segments.size() || m_segments.at(index).bytes <= 0)
        return {};
    qint64 total = 0;
    for (const Segment &s : m_segments)
        total += qMax<qint64>(0, s.bytes);
    if (total <= 0)
        return {};
    const QRect area = barArea();
    // Bottom-up: the first layer sits at the bottom of the bar like in the image.
    qint64 below = 0;
    for (int i = 0; i < index; ++i)
        below += qMax<qint64>(0, m_segments.at(i).bytes);
    const int bottom = area.bottom() - int(double(below) / double(total) * area.height());
    const int top = area.bottom() -
                    int(double(below + m_segments.at(index).bytes) / double(total) * area.height());
    return QRect(QPoint(area.left(), top + 1), QPoint(area.right(), bottom)).normalized();
}

void LayerStackChart::paintEvent(QPaintEvent *event)
{
    Q_UNUSED(event);
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing, false);
    const QRect area = barArea();
    painter.setPen(palette().color(QPalette::Mid));
    painter.drawRect(area.adjusted(0, 0, -1, -1));
    const int textLeft = area.right() + fontMetrics().height();
    for (int i = 0; i < m_segments.size(); ++i) {
        const QRect r = segmentRect(i);
        if (r.isEmpty())
            continue;
        painter.fillRect(r, segmentColor(i));
        if (r.height() >= fontMetrics().height()) {
            painter.setPen(palette().color(QPalette::WindowText));
            painter.drawText(QRect(textLeft, r.top(), width() - textLeft, r.height()),
                             Qt::AlignVCenter | Qt::AlignLeft,
                             tr("%1: %2").arg(m_segments.at(i).name,
                                              inspector::formatBytes(m_segments.at(i).bytes)));
        }
    }
}

void LayerStackChart::mousePressEvent(QMouseEvent *event)
{
    for (int i = 0; i < m_segments.size(); ++i) {
        if (segmentRect(i).contains(event->position().toPoint())) {
            emit segmentClicked(i);
            return;
        }
    }
    QWidget::mousePressEvent(event);
}

bool LayerStackChart::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        for (int i = 0; i < m_segments.size(); ++i) {
            if (segmentRect(i).contains(help->pos())) {
                QToolTip::showText(
                    help->globalPos(),
                    tr("Layer %1 '%2': %3")
                        .arg(i + 1)
                        .arg(m_segments.at(i).name, inspector::formatBytes(m_segments.at(i).bytes)),
                    this);
                return true;
            }
        }
    }
    return QWidget::event(event);
}

} // namespace cbw::app::layerdesigner
