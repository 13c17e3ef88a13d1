#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace scopevault {

class BundleStatusModel;
class VaultSession;

/// The bundles this vault issued, per agent: id, issued, expires, valid or expired, stale
/// (a secret it holds changed since). Export bundle… opens the export wizard; Re-issue…
/// opens it for the selected bundle's agent.
class BundlesView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BundlesView)

public:
    explicit BundlesView(VaultSession& session, QWidget* parent = nullptr);

    void refresh();
    void clear();
    /// Opens the export wizard, with `agent` chosen when given.
    void exportBundle(const QString& agent = QString());

Q_SIGNALS:
    void errorOccurred(const QString& message);
    void statusMessage(const QString& message);

private:
    void rowSelected();

    VaultSession& m_session;
    BundleStatusModel* m_model;
    QTableView* m_table;
    QLabel* m_summary;
    QPushButton* m_reissue;
};

} // namespace scopevault
