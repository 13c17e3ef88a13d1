#pragma once

#include "rotation/RotationItem.h"
#include "secrets/SecretInfo.h"

#include <QWidget>

#include <vector>

class QComboBox;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace scopevault {

class RotationScheduleModel;
class RotationTimeline;
class VaultSession;

/// The rotation schedule: a timeline of the coming 90 days (and the overdue past) beside the
/// list by due date. Selecting a row or a mark selects the secret; Rotate… opens the rotate
/// dialog (RotationService does the work and names the agents whose bundles went stale).
class RotationView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RotationView)

public:
    explicit RotationView(VaultSession& session, QWidget* parent = nullptr);

    /// Recomputes the schedule from the vault's listing.
    void refresh(const std::vector<SecretInfo>& secrets);
    void clear();
    [[nodiscard]] const std::vector<RotationItem>& items() const;
    /// How many secrets are overdue or expired, and how many are due soon.
    [[nodiscard]] int lateCount() const;
    [[nodiscard]] int dueCount() const;
    /// Asks for a new value of `ref` and rotates it; true when it was rotated.
    bool rotate(const SecretRef& ref);
    void selectSecret(const QString& reference);
    [[nodiscard]] QString selectedReference() const;

Q_SIGNALS:
    void secretRequested(const SecretRef& ref);
    /// A row was selected: the window's secret actions (edit, reveal, history) act on it.
    void secretSelected(const SecretRef& ref);
    void errorOccurred(const QString& message);
    void statusMessage(const QString& message);

private:
    void rowSelected();
    void applyFilter();

    VaultSession& m_session;
    RotationScheduleModel* m_model;
    QSortFilterProxyModel* m_proxy;
    RotationTimeline* m_timeline;
    QTableView* m_table;
    QComboBox* m_filter;
    QLabel* m_summary;
    QPushButton* m_rotate;
    QPushButton* m_show;
};

} // namespace scopevault
