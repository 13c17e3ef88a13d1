#pragma once

#include "audit/AuditStats.h"

#include <QDateTime>
#include <QWidget>

#include <vector>

class QChart;
class QChartView;

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

Q_SIGNALS:
    /// The bucket [start, end) was clicked.
    void bucketChosen(const QDateTime& start, const QDateTime& end);

private:
    QChart* m_chart;
    QChartView* m_view;
    std::vector<AuditBucket> m_buckets;
    AuditBucketWidth m_width = AuditBucketWidth::Day;
};

} // namespace scopevault
