#pragma once

#include "catalog/Agent.h"

#include "secrets/SecretIndex.h"
#include "secrets/SecretRef.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QAction;
class QTableView;

namespace scopevault {

class AgentTableModel;
class CoverageTableModel;
class GrantTableModel;
class VaultSession;

/// The agents with their status, and the selected agent's key fingerprint, description,
/// grants with expiry and coverage (which declared secrets it can actually receive). Add,
/// suspend, resume and revoke (revoking is final and confirmed).
class AgentsView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AgentsView)

public:
    explicit AgentsView(VaultSession& session, QWidget* parent = nullptr);
    /// The window's actions on the selected row, offered on the table's context menu.
    void setContextActions(const QList<QAction*>& actions);

    /// `index`: which names exist where (built once per refresh from the vault's listing).
    void refresh(const SecretIndex& index);
    void clear();
    void selectAgent(const QString& name);
    [[nodiscard]] QString selectedAgent() const;

    void addAgent();
    void suspendAgent();
    void resumeAgent();
    void revokeAgent();
    /// Grants the selected agent a target picked in a dialog, then says what it now receives.
    void grantAccess();
    void changeGrantExpiry();
    void removeGrant();

Q_SIGNALS:
    void errorOccurred(const QString& message);
    void statusMessage(const QString& message);
    /// A required secret of a granted action is defined nowhere: create it (at the action).
    void createRequested(const SecretRef& suggested);

private:
    void agentSelected();
    void changeStatus(Agent::Status status);
    void showGrantSummary(const QString& agent, const QString& target);
    void grantSelected();

    VaultSession& m_session;
    SecretIndex m_index;
    AgentTableModel* m_agents;
    GrantTableModel* m_grants;
    CoverageTableModel* m_coverage;
    QTableView* m_table;
    QLabel* m_title;
    QLabel* m_fingerprint;
    QLabel* m_description;
    QTableView* m_grantTable;
    QTableView* m_coverageTable;
    QLabel* m_coverageSummary;
    QPushButton* m_suspend;
    QPushButton* m_resume;
    QPushButton* m_revoke;
    QPushButton* m_grant;
    QPushButton* m_changeExpiry;
    QPushButton* m_removeGrant;
};

} // namespace scopevault
