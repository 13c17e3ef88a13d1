#pragma once

#include <QListWidget>

class QTabWidget;

namespace scopevault {

/// The vault's views as a list with icons on the window's left, in place of the tab bar it
/// drives: one row a tab, the tab's text (and count) and tooltip, kept in step both ways.
class ViewSidebar final : public QListWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ViewSidebar)

public:
    explicit ViewSidebar(QTabWidget* tabs, QWidget* parent = nullptr);

    /// Re-reads every tab's text, icon and tooltip (after one changed).
    void sync();
    [[nodiscard]] QSize sizeHint() const override;

private:
    QTabWidget* m_tabs;
};

} // namespace scopevault
