#include "audit/AuditTimeline.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QLocale>
#include <QPalette>
#include <QStackedBarSeries>
#include <QVBoxLayout>
#include <QValueAxis>

namespace scopevault {

namespace {

QDateTime endOf(const QDateTime& start, AuditBucketWidth width)
{
    switch (width) {
    case AuditBucketWidth::Hour:
        return start.addSecs(3600);
    case AuditBucketWidth::Day:
        return start.addDays(1);
    case AuditBucketWidth::Week:
        return start.addDays(7);
    }
    return start;
}

// Many bars get short labels (the day of the month, the hour), so that none is cut off.
QString labelOf(const QDateTime& start, AuditBucketWidth width, bool compact)
{
    const QDateTime local = start.toLocalTime();
    const QLocale locale;
    if (width == AuditBucketWidth::Hour) {
        return locale.toString(local,
                               compact ? QStringLiteral("HH") : QStringLiteral("d MMM HH:mm"));
    }
    if (compact && width == AuditBucketWidth::Day) {
        return QString::number(local.date().day());
    }
    return locale.toString(local.date(), QStringLiteral("d MMM"));
}

} // namespace

AuditTimeline::AuditTimeline(QWidget* parent)
    : QWidget(parent)
    , m_chart(new QChart)
    , m_view(new QChartView(m_chart, this))
{
    setObjectName(QStringLiteral("auditTimeline"));
    m_view->setObjectName(QStringLiteral("auditTimelineChart"));
    m_view->setAccessibleName(tr("Events over time"));
    m_view->setRenderHint(QPainter::Antialiasing);
    m_chart->legend()->setAlignment(Qt::AlignRight);
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_chart->setBackgroundRoundness(0);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    setMinimumHeight(170);
}

void AuditTimeline::clear()
{
    m_buckets.clear();
    m_chart->removeAllSeries();
    for (QAbstractAxis* axis : m_chart->axes()) {
        m_chart->removeAxis(axis);
        delete axis;
    }
}

void AuditTimeline::show(const std::vector<AuditBucket>& buckets, AuditBucketWidth width)
{
    clear();
    m_buckets = buckets;
    m_width = width;
    const QPalette palette = this->palette();
    m_chart->setBackgroundBrush(palette.base());
    m_chart->legend()->setLabelColor(palette.color(QPalette::Text));

    auto* success = new QBarSet(tr("success"));
    auto* denied = new QBarSet(tr("denied"));
    auto* error = new QBarSet(tr("error"));
    success->setColor(QColor(0x2e, 0x7d, 0x32));
    denied->setColor(QColor(0xe0, 0x8e, 0x0b));
    error->setColor(QColor(0xc0, 0x1c, 0x28));
    QStringList labels;
    qint64 highest = 0;
    for (const AuditBucket& bucket : buckets) {
        *success << static_cast<qreal>(bucket.success);
        *denied << static_cast<qreal>(bucket.denied);
        *error << static_cast<qreal>(bucket.error);
        labels << labelOf(bucket.start, width, buckets.size() > 12);
        highest = std::max(highest, bucket.success + bucket.denied + bucket.error);
    }
    auto* series = new QStackedBarSeries;
    series->setBarWidth(buckets.size() < 4 ? 0.3 : 0.8);
    series->append(success);
    series->append(denied);
    series->append(error);
    m_chart->addSeries(series);
    auto* categories = new QBarCategoryAxis;
    categories->append(labels);
    categories->setLabelsColor(palette.color(QPalette::Text));
    categories->setLabelsAngle(width == AuditBucketWidth::Week && labels.size() > 12 ? -60 : 0);
    m_chart->addAxis(categories, Qt::AlignBottom);
    series->attachAxis(categories);
    auto* counts = new QValueAxis;
    counts->setRange(0, static_cast<qreal>(std::max<qint64>(highest, 1)));
    counts->setLabelFormat(QStringLiteral("%d"));
    counts->applyNiceNumbers();
    counts->setLabelsColor(palette.color(QPalette::Text));
    m_chart->addAxis(counts, Qt::AlignLeft);
    series->attachAxis(counts);
    connect(series, &QStackedBarSeries::clicked, this,
            [this](int index, QBarSet*) { choose(index); });
    m_view->setAccessibleDescription(buckets.size() == 1
                                         ? tr("1 time span with events")
                                         : tr("%1 time spans with events").arg(buckets.size()));
}

void AuditTimeline::choose(int index)
{
    if (index < 0 || index >= static_cast<int>(m_buckets.size())) {
        return;
    }
    const QDateTime start = m_buckets[static_cast<std::size_t>(index)].start;
    Q_EMIT bucketChosen(start, endOf(start, m_width));
}

} // namespace scopevault
