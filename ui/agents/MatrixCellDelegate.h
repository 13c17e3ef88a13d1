#pragma once

#include <QStyledItemDelegate>

namespace scopevault {

/// Draws the permission matrix's cells as the style does, then outlines each check box in a
/// colour mixed from the palette's text and base, so that an unticked box is visible on dark
/// palettes too (Fusion outlines it in a shade of the window colour, lost on a dark base).
class MatrixCellDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
};

} // namespace scopevault
