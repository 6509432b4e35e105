#pragma once

#include <QList>
#include <QString>
#include <QWidget>

namespace cbw::app::inspector {

// One bar per layer, stacked by what the layer does: bytes it adds, bytes it rewrites and
// bytes of lower layers it hides. Painted by hand: QtCharts is not among our dependencies.
class LayerSizeChart final : public QWidget
{
    Q_OBJECT

public:
    struct Bar
    {
        QString label; // e.g. "2"
        QString tooltip;
        qint64 added = 0;
        qint64 modified = 0;
        qint64 removed = 0;
        qint64 total() const { return added + modified + removed; }
    };

    explicit LayerSizeChart(QWidget *parent = nullptr);

    void setBars(const QList<Bar> &bars);
    QList<Bar> bars() const { return m_bars; }
    void setCurrentLayer(int layer);
    int currentLayer() const { return m_current; }
    QRect barRect(int layer) const; // the clickable column of a layer, in widget coordinates

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void layerClicked(int layer);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    bool event(QEvent *event) override;

private:
    int layerAt(const QPoint &position) const;
    QRect plotArea() const;

    QList<Bar> m_bars;
    int m_current = -1;
};

} // namespace cbw::app::inspector
