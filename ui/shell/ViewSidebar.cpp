#include "shell/ViewSidebar.h"

#include <QTabBar>
#include <QTabWidget>

namespace scopevault {

ViewSidebar::ViewSidebar(QTabWidget* tabs, QWidget* parent)
    : QListWidget(parent)
    , m_tabs(tabs)
{
    setObjectName(QStringLiteral("viewSidebar"));
    setAccessibleName(tr("Views"));
    setSelectionMode(QAbstractItemView::SingleSelection);
    setIconSize(QSize(22, 22));
    setSpacing(2);
    setFrameShape(QFrame::NoFrame);
    m_tabs->tabBar()->hide();
    connect(this, &QListWidget::currentRowChanged, m_tabs, [this](int row) {
        if (row >= 0 && row != m_tabs->currentIndex()) {
            m_tabs->setCurrentIndex(row);
        }
    });
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (index != currentRow()) {
            setCurrentRow(index);
        }
    });
    sync();
}

void ViewSidebar::sync()
{
    for (int index = 0; index < m_tabs->count(); ++index) {
        QListWidgetItem* row = item(index);
        if (!row) {
            row = new QListWidgetItem(this);
        }
        // The tab's mnemonic is the menu's business; the list shows plain text.
        QString text = m_tabs->tabText(index);
        text.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
        text.remove(QLatin1Char('&'));
        text.replace(QStringLiteral("\x01"), QStringLiteral("&"));
        row->setText(text);
        row->setIcon(m_tabs->tabIcon(index));
        row->setToolTip(m_tabs->tabToolTip(index));
    }
    while (count() > m_tabs->count()) {
        delete takeItem(count() - 1);
    }
    if (currentRow() != m_tabs->currentIndex()) {
        setCurrentRow(m_tabs->currentIndex());
    }
}

QSize ViewSidebar::sizeHint() const
{
    int width = 0;
    for (int index = 0; index < count(); ++index) {
        width = std::max(width, fontMetrics().horizontalAdvance(item(index)->text()));
    }
    return {width + iconSize().width() + 48, QListWidget::sizeHint().height()};
}

} // namespace scopevault
