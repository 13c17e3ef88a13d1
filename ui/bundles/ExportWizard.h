#pragma once

#include "bundles/BundlePlan.h"
#include "bundles/IssuedBundle.h"

#include <QWizard>

#include <optional>

class QCheckBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QRadioButton;
class QTableWidget;

namespace scopevault {

class VaultSession;

/// Exports one agent's bundle: choose the agent → see exactly what it will receive (each
/// secret, the scope that supplies it, its version; a missing required secret blocks, with
/// Create…) → expiry → where to save → the bundle id, the vault key the agent pins and the
/// command to run on the agent's host. The export itself is BundleService's (as the CLI's
/// `export`): planned under the grant rules, audited, written 0600 through a temporary file.
class ExportWizard final : public QWizard
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportWizard)

public:
    enum Page
    {
        AgentPage,
        ContentsPage,
        ExpiryPage,
        SavePage,
        DonePage,
    };

    ExportWizard(VaultSession& session, QWidget* parent = nullptr);

    /// Starts with `agent` chosen (re-issue from the Bundles view).
    void chooseAgent(const QString& agent);
    /// The agent chosen on the first page (empty: none yet).
    [[nodiscard]] QString agent() const;
    /// The bundle exported on the save page (none before).
    [[nodiscard]] const std::optional<IssuedBundle>& exported() const { return m_exported; }

    void initializePage(int id) override;
    bool validateCurrentPage() override;

Q_SIGNALS:
    /// The vault changed (a secret created from the contents page, a bundle exported).
    void vaultChanged();

private:
    [[nodiscard]] QWizardPage* agentPage();
    [[nodiscard]] QWizardPage* contentsPage();
    [[nodiscard]] QWizardPage* expiryPage();
    [[nodiscard]] QWizardPage* savePage();
    [[nodiscard]] QWizardPage* donePage();
    void loadAgents();
    void showPlan();
    void createMissing();
    [[nodiscard]] std::optional<qint64> lifetimeSeconds() const;
    [[nodiscard]] QString defaultPath() const;

    VaultSession& m_session;
    QListWidget* m_agents;
    QTableWidget* m_contents;
    QLabel* m_planSummary;
    QListWidget* m_missing;
    QList<QRadioButton*> m_lifetimes;
    QRadioButton* m_untilDate;
    QDateEdit* m_date;
    QLabel* m_expiryNote;
    QLineEdit* m_path;
    QCheckBox* m_overwrite;
    QLabel* m_saveError;
    QLabel* m_doneSummary;
    QLineEdit* m_vaultKey;
    QPlainTextEdit* m_command;
    BundlePlan m_plan;
    std::optional<IssuedBundle> m_exported;
};

} // namespace scopevault
