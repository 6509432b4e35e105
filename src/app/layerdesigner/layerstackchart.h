#pragma once

#include <QList>
#include <QString>
#include <QWidget>

namespace cbw::app::layerdesigner {

// The predicted image as one stacked bar, bottom = first layer, each segment as tall as its
// layer's share of the bytes. Painted by hand: QtCharts is not among our dependencies.
class LayerStackChart final : public QWidget
{
    Q_OBJECT

public:
    struct Segment
    {
        QString name;
        qint64 bytes = -1; // -1: unknown (a layer pkgdata cannot size)
    };

    explicit LayerStackChart(QWidget *parent = nullptr);

    void setSegments(const QList<Segment> &segments);
    QList<Segment> segments() const { return m_segments; }
    // The painted rectangle of a segment; empty for a segment of unknown size.
    QRect segmentRect(int index) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void segmentClicked(int index);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    bool event(QEvent *event) override;

private:
    QRect barArea() const;

    QList<Segment> m_segments;
};

} // namespace cbw::app::layerdesigner
