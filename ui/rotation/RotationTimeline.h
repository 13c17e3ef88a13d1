#pragma once

#include "rotation/RotationItem.h"

#include <QDateTime>
#include <QRectF>
#include <QWidget>

#include <vector>

namespace scopevault {

/// The coming 90 days (and the overdue past, up to 30 days back) as a time axis on which each
/// secret with a policy sits at its due date: a mark whose shape and colour say its status,
/// and a label with its name and status. Labels that would overlap go to the next lane.
/// Clicking a mark emits itemClicked.
class RotationTimeline final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RotationTimeline)

public:
    static constexpr int FutureDays = 90;
    static constexpr int PastDays = 30;

    explicit RotationTimeline(QWidget* parent = nullptr);

    void setItems(const std::vector<RotationItem>& items, const QDateTime& now);
    void setSelected(int index);
    /// Where item `index` was drawn (tests click it); empty when it is not drawn.
    [[nodiscard]] QRectF markRect(int index) const { return hitAt(index); }

    [[nodiscard]] QSize sizeHint() const override;
    [[nodiscard]] QSize minimumSizeHint() const override;

Q_SIGNALS:
    void itemClicked(int index);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    struct Placed
    {
        int index = -1;
        QRectF mark;
        QRectF label;
        QString text;
        bool clipped = false; // due before the axis starts: drawn at its left edge
    };

    void layoutItems();
    [[nodiscard]] qreal xOf(const QDateTime& time) const;
    [[nodiscard]] QRectF hitAt(int index) const;
    [[nodiscard]] QRectF plotArea() const;

    std::vector<RotationItem> m_items;
    std::vector<Placed> m_placed;
    QDateTime m_now;
    QDateTime m_start;
    QDateTime m_end;
    int m_selected = -1;
    int m_lanes = 1;
    int m_unlabelled = 0;
};

} // namespace scopevault
