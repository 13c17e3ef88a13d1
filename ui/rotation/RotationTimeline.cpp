#include "rotation/RotationTimeline.h"

#include "rotation/RotationColors.h"

#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace scopevault {

namespace {

constexpr int Margin = 12;
constexpr int AxisHeight = 28;
constexpr int MarkSize = 10;
// Beyond this many lanes marks are drawn without their label (a vault with thousands of
// policies would otherwise grow the timeline without end); the list beside names them all.
constexpr std::size_t MaxLanes = 8;

} // namespace

RotationTimeline::RotationTimeline(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("rotationTimeline"));
    setAccessibleName(tr("Rotation timeline"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    setMouseTracking(false);
}

QSize RotationTimeline::sizeHint() const
{
    const int lane = fontMetrics().height() + 8;
    return {720,
            AxisHeight + 2 * Margin + fontMetrics().height() + 4 + std::max(m_lanes, 4) * lane};
}

QSize RotationTimeline::minimumSizeHint() const
{
    return {320, AxisHeight + 2 * Margin + 2 * (fontMetrics().height() + 8)};
}

void RotationTimeline::setItems(const std::vector<RotationItem>& items, const QDateTime& now)
{
    m_items = items;
    m_now = now.toUTC();
    const QDate today = m_now.date();
    QDate first = today;
    for (const RotationItem& item : m_items) {
        first = std::min(first, item.due.toUTC().date());
    }
    first = std::max(first, today.addDays(-PastDays));
    // A few days of air before the first mark and after the last day.
    m_start = QDateTime(first.addDays(-2), QTime(0, 0), Qt::UTC);
    m_end = QDateTime(today.addDays(FutureDays + 1), QTime(0, 0), Qt::UTC);
    m_selected = -1;
    layoutItems();
    updateGeometry();
    update();
}

void RotationTimeline::setSelected(int index)
{
    m_selected = index;
    update();
}

QRectF RotationTimeline::plotArea() const
{
    // The first line is kept for the "Today" caption.
    const qreal top = Margin + fontMetrics().height() + 4;
    return QRectF(Margin, top, width() - 2 * Margin, height() - top - Margin - AxisHeight);
}

qreal RotationTimeline::xOf(const QDateTime& time) const
{
    const QRectF area = plotArea();
    const qint64 span =
        std::max<qint64>(1, m_end.toMSecsSinceEpoch() - m_start.toMSecsSinceEpoch());
    const qint64 at = std::clamp(time.toMSecsSinceEpoch(), m_start.toMSecsSinceEpoch(),
                                 m_end.toMSecsSinceEpoch());
    return area.left() + area.width() * static_cast<qreal>(at - m_start.toMSecsSinceEpoch()) /
                             static_cast<qreal>(span);
}

void RotationTimeline::layoutItems()
{
    m_placed.clear();
    m_unlabelled = 0;
    const QFontMetrics metrics = fontMetrics();
    const qreal lane = metrics.height() + 8;
    const QRectF area = plotArea();
    // Ordered by due date (the service orders them); each label goes to the first lane where
    // it does not overlap the previous label.
    std::vector<qreal> laneEnds;
    for (std::size_t i = 0; i < m_items.size(); ++i) {
        const RotationItem& item = m_items[i];
        if (item.due > m_end) {
            continue;
        }
        Placed placed;
        placed.index = static_cast<int>(i);
        placed.clipped = item.due < m_start;
        placed.text =
            item.ref.toString() + QStringLiteral(" · ") + RotationStatuses::label(item.status);
        if (placed.clipped) {
            placed.text = QStringLiteral("\u25C0 ") + placed.text;
        }
        const qreal x = xOf(item.due);
        const qreal textWidth = metrics.horizontalAdvance(placed.text) + MarkSize + 10;
        // Labels run to the right of the mark, or to its left near the right edge.
        const bool leftward = x + textWidth > area.right();
        const qreal from = leftward ? x - textWidth : x - MarkSize / 2.0;
        const qreal to = leftward ? x + MarkSize / 2.0 : x + textWidth;
        std::size_t chosen = laneEnds.size();
        for (std::size_t l = 0; l < laneEnds.size(); ++l) {
            if (laneEnds[l] + 6 < from) {
                chosen = l;
                break;
            }
        }
        if (chosen == laneEnds.size() && laneEnds.size() < MaxLanes) {
            laneEnds.push_back(to);
        } else if (chosen < laneEnds.size()) {
            laneEnds[chosen] = to;
        } else {
            // No room for its label: the mark alone, on the last lane.
            chosen = MaxLanes - 1;
            placed.text.clear();
            ++m_unlabelled;
        }
        const qreal y = area.top() + static_cast<qreal>(chosen) * lane + lane / 2.0;
        placed.mark = QRectF(x - MarkSize / 2.0, y - MarkSize / 2.0, MarkSize, MarkSize);
        placed.label = leftward ? QRectF(x - textWidth, y - lane / 2.0, textWidth - MarkSize, lane)
                                : QRectF(x + MarkSize, y - lane / 2.0, textWidth - MarkSize, lane);
        if (placed.text.isEmpty()) {
            placed.label = QRectF();
        }
        m_placed.push_back(placed);
    }
    m_lanes = std::max<int>(1, static_cast<int>(laneEnds.size()));
    // Every lane must fit above the axis: grow rather than draw labels over the dates.
    const int needed = static_cast<int>(std::ceil(m_lanes * lane)) + fontMetrics().height() + 4 +
                       2 * Margin + AxisHeight;
    if (minimumHeight() != needed) {
        setMinimumHeight(needed);
    }
}

QRectF RotationTimeline::hitAt(int index) const
{
    for (const Placed& placed : m_placed) {
        if (placed.index == index) {
            return placed.mark.united(placed.label);
        }
    }
    return {};
}

void RotationTimeline::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    layoutItems();
}

void RotationTimeline::mousePressEvent(QMouseEvent* event)
{
    for (const Placed& placed : m_placed) {
        if (placed.mark.united(placed.label).adjusted(-3, -3, 3, 3).contains(event->position())) {
            Q_EMIT itemClicked(placed.index);
            return;
        }
    }
    QWidget::mousePressEvent(event);
}

void RotationTimeline::paintEvent(QPaintEvent* /*event*/)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette palette = this->palette();
    painter.fillRect(rect(), palette.color(QPalette::Base));
    const QRectF area = plotArea();
    const QColor text = palette.color(QPalette::Text);
    QColor grid = palette.color(QPalette::Mid);
    if (m_items.empty()) {
        painter.setPen(palette.color(QPalette::PlaceholderText));
        painter.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap,
                         tr("No secret has a rotation policy yet. Set one in a secret's dialog, "
                            "or on a pack or action with scopevault-cli rotation set."));
        return;
    }

    // The overdue past, shaded; week ticks with dates; today.
    const qreal today = xOf(QDateTime(m_now.date(), QTime(0, 0), Qt::UTC));
    QColor past = palette.color(QPalette::AlternateBase);
    painter.fillRect(QRectF(area.left(), area.top(), today - area.left(), area.height()), past);
    const qreal axisY = area.bottom() + 4;
    painter.setPen(QPen(grid, 1));
    painter.drawLine(QPointF(area.left(), axisY), QPointF(area.right(), axisY));
    const QLocale locale;
    for (QDate day = m_start.date(); day <= m_end.date(); day = day.addDays(1)) {
        if (day.dayOfWeek() != 1) {
            continue;
        }
        const qreal x = xOf(QDateTime(day, QTime(0, 0), Qt::UTC));
        painter.setPen(QPen(grid, 1, Qt::DotLine));
        painter.drawLine(QPointF(x, area.top()), QPointF(x, axisY + 4));
        painter.setPen(text);
        const QString label = locale.toString(day, QStringLiteral("d MMM"));
        const qreal w = fontMetrics().horizontalAdvance(label);
        if (x - w / 2 > area.left() && x + w / 2 < area.right()) {
            painter.drawText(QRectF(x - w / 2 - 2, axisY + 6, w + 4, AxisHeight - 8),
                             Qt::AlignHCenter | Qt::AlignTop, label);
        }
    }
    painter.setPen(QPen(palette.color(QPalette::Highlight), 2));
    painter.drawLine(QPointF(today, Margin + fontMetrics().height() + 2),
                     QPointF(today, axisY + 4));
    painter.drawText(QRectF(today - 60, Margin, 120, fontMetrics().height()),
                     Qt::AlignHCenter | Qt::AlignTop, tr("Today"));

    for (const Placed& placed : m_placed) {
        const RotationItem& item = m_items[static_cast<std::size_t>(placed.index)];
        const QColor color = RotationColors::color(item.status, palette);
        painter.setPen(QPen(color, 2));
        painter.setBrush(color);
        const QRectF mark = placed.mark;
        switch (item.status) {
        case RotationStatus::Ok:
            painter.drawEllipse(mark);
            break;
        case RotationStatus::Due: {
            QPainterPath triangle;
            triangle.moveTo(mark.center().x(), mark.top());
            triangle.lineTo(mark.bottomRight());
            triangle.lineTo(mark.bottomLeft());
            triangle.closeSubpath();
            painter.drawPath(triangle);
            break;
        }
        case RotationStatus::Overdue:
            painter.drawRect(mark);
            break;
        case RotationStatus::Expired:
            painter.drawLine(mark.topLeft(), mark.bottomRight());
            painter.drawLine(mark.topRight(), mark.bottomLeft());
            break;
        }
        if (placed.index == m_selected) {
            painter.setBrush(Qt::NoBrush);
            painter.setPen(QPen(palette.color(QPalette::Highlight), 1.5));
            painter.drawRoundedRect(placed.mark.united(placed.label).adjusted(-3, -1, 3, 1), 3, 3);
        }
        if (!placed.text.isEmpty()) {
            painter.setPen(color);
            painter.drawText(placed.label, Qt::AlignLeft | Qt::AlignVCenter, placed.text);
        }
    }
    if (m_unlabelled > 0) {
        painter.setPen(palette.color(QPalette::PlaceholderText));
        painter.drawText(QRectF(Margin, Margin, area.width(), fontMetrics().height()),
                         Qt::AlignRight | Qt::AlignTop,
                         tr("%1 more without a label; the list names them all").arg(m_unlabelled));
    }
}

} // namespace scopevault
