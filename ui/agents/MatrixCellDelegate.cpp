#include "agents/MatrixCellDelegate.h"

#include <QApplication>
#include <QPainter>

namespace scopevault {

void MatrixCellDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                               const QModelIndex& index) const
{
    QStyledItemDelegate::paint(painter, option, index);
    if (!index.data(Qt::CheckStateRole).isValid()) {
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    const QRect box = style->subElementRect(QStyle::SE_ItemViewItemCheckIndicator, &opt, widget);
    if (!box.isValid()) {
        return;
    }
    // 60% text over base: at least 3:1 against the base on light and dark palettes.
    // The view's palette, not the cell's (a cell's foreground may be a faded colour).
    const QPalette& palette = widget ? widget->palette() : option.palette;
    const QColor text = palette.color(QPalette::Text);
    const QColor base = palette.color(QPalette::Base);
    const QColor outline = QColor::fromRgbF(0.6f * text.redF() + 0.4f * base.redF(),
                                            0.6f * text.greenF() + 0.4f * base.greenF(),
                                            0.6f * text.blueF() + 0.4f * base.blueF());
    painter->save();
    painter->setPen(QPen(outline, 1));
    painter->setBrush(Qt::NoBrush);
    painter->drawRect(box.adjusted(0, 0, -1, -1));
    painter->restore();
}

} // namespace scopevault
