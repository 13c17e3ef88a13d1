#pragma once

#include "audit/AuditStats.h"

#include <QDateTime>
#include <QWidget>

#include <optional>
#include <vector>

class QChart;
class QChartView;
class QRubberBand;

namespace scopevault {

/// Events over time as stacked bars (success, denied, error) per hour, day or week; clicking a
/// bar asks for that bucket's events.
class AuditTimeline final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditTimeline)

public:
    explicit AuditTimeline(QWidget* parent = nullptr);

    void show(const std::vector<AuditBucket>& buckets, AuditBucketWidth width);
    void clear();
    /// How many bars are drawn (for tests and the accessible description).
    [[nodiscard]] int bucketCount() const { return static_cast<int>(m_buckets.size()); }
    /// Emits bucketChosen for bar `index`, as a click on it does.
    void choose(int index);
    /// Emits bucketChosen for bars `first` to `last`, as dragging across them does.
    void chooseSpan(int first, int last);
    /// When bar `index` starts (UTC).
    [[nodiscard]] QDateTime startOf(int index) const
    {
        return m_buckets.at(static_cast<std::size_t>(index)).start;
    }
    /// Where bar `index` is drawn, in the chart view's viewport (for dragging in tests).
    [[nodiscard]] QPoint positionOf(int index) const;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

Q_SIGNALS:
    /// The bucket [start, end) was clicked, or the span [start, end) dragged across.
    void bucketChosen(const QDateTime& start, const QDateTime& end);

private:
    /// The bar under viewport x (the nearest one).
    [[nodiscard]] int indexAt(int x) const;

    QChart* m_chart;
    QChartView* m_view;
    std::vector<AuditBucket> m_buckets;
    AuditBucketWidth m_width = AuditBucketWidth::Day;
    /// Dragging across bars selects their span: where the press was, the band shown, and
    /// whether the bar click that ends a drag is to be ignored.
    std::optional<QPoint> m_dragStart;
    QRubberBand* m_band;
    bool m_dragged = false;
};

} // namespace scopevault
