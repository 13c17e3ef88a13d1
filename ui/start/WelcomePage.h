#pragma once

#include <QWidget>

class QLabel;
class QListView;
class QStringListModel;

namespace scopevault {

/// The first page: create a vault, open one, reopen a recent one, or look around a demo vault.
class WelcomePage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WelcomePage)

public:
    explicit WelcomePage(QWidget* parent = nullptr);

    void setRecentVaults(const QStringList& paths);

Q_SIGNALS:
    void createRequested();
    void openRequested();
    void demoRequested();
    void recentRequested(const QString& path);

private:
    QStringListModel* m_recentModel;
    QListView* m_recent;
    QLabel* m_recentLabel = nullptr;
};

} // namespace scopevault
