#include "audit/AuditTimeline.h"

#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QLocale>
#include <QMouseEvent>
#include <QPalette>
#include <QRubberBand>
#include <QStackedBarSeries>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

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
    , m_band(new QRubberBand(QRubberBand::Rectangle, m_view->viewport()))
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
    m_view->viewport()->installEventFilter(this);
    m_view->setToolTip(tr("Click a bar to show its events; drag across bars to show their span."));
}

int AuditTimeline::indexAt(int x) const
{
    const QPointF scene = m_view->mapToScene(QPoint(x, m_view->viewport()->height() / 2));
    const qreal value = m_chart->mapToValue(m_chart->mapFromScene(scene)).x();
    return std::clamp(static_cast<int>(std::lround(value)), 0,
                      std::max(0, static_cast<int>(m_buckets.size()) - 1));
}

QPoint AuditTimeline::positionOf(int index) const
{
    const QPointF inChart = m_chart->mapToPosition(QPointF(index, 0));
    return m_view->mapFromScene(m_chart->mapToScene(inChart)) - QPoint(0, 4);
}

bool AuditTimeline::eventFilter(QObject* watched, QEvent* event)
{
    if (watched != m_view->viewport() || m_buckets.empty()) {
        return QWidget::eventFilter(watched, event);
    }
    const auto* mouse = dynamic_cast<QMouseEvent*>(event);
    switch (event->type()) {
    case QEvent::MouseButtonPress:
        if (mouse->button() == Qt::LeftButton) {
            m_dragStart = mouse->position().toPoint();
            m_dragged = false;
        }
        break;
    case QEvent::MouseMove:
        if (m_dragStart && std::abs(mouse->position().toPoint().x() - m_dragStart->x()) >=
                               QApplication::startDragDistance()) {
            const int left = std::min(m_dragStart->x(), mouse->position().toPoint().x());
            const int right = std::max(m_dragStart->x(), mouse->position().toPoint().x());
            m_band->setGeometry(QRect(left, 0, right - left, m_view->viewport()->height()));
            m_band->show();
        }
        break;
    case QEvent::MouseButtonRelease:
        if (m_dragStart && m_band->isVisible()) {
            m_band->hide();
            // The bar under the release also reports a click: the span wins.
            m_dragged = true;
            const int first = indexAt(m_dragStart->x());
            const int last = indexAt(mouse->position().toPoint().x());
            m_dragStart.reset();
            chooseSpan(std::min(first, last), std::max(first, last));
        }
        m_dragStart.reset();
        break;
    default:
        break;
    }
    return QWidget::eventFilter(watched, event);
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
    connect(series, &QStackedBarSeries::clicked, this, [this](int index, QBarSet*) {
        if (m_dragged) {
            m_dragged = false; // the end of a drag, already handled as a span
            return;
        }
        choose(index);
    });
    m_view->setAccessibleDescription(buckets.size() == 1
                                         ? tr("1 time span with events")
                                         : tr("%1 time spans with events").arg(buckets.size()));
}

void AuditTimeline::chooseSpan(int first, int last)
{
    const int count = static_cast<int>(m_buckets.size());
    if (first < 0 || last >= count || first > last) {
        return;
    }
    // Copies: a receiver may show other buckets (replacing m_buckets) before the next one runs.
    const QDateTime start = m_buckets[static_cast<std::size_t>(first)].start;
    const QDateTime end = endOf(m_buckets[static_cast<std::size_t>(last)].start, m_width);
    Q_EMIT bucketChosen(start, end);
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
