#pragma once

#include "secrets/SecretInfo.h"
#include "secrets/SecretRef.h"

#include <QWidget>

#include <optional>
#include <vector>

class QLabel;
class QTabWidget;
class QLineEdit;
class QPushButton;
class QAction;
class QTableView;
class QTreeView;

namespace scopevault {

class ClipboardGuard;
class ScopeTreeModel;
class SecretDialog;
class SecretFilterModel;
class SecretHistoryPanel;
class PackScanPanel;
class ScopeEditor;
class SecretTableModel;
class VaultSession;

/// The scope tree beside the secrets of the selected scope, search across all scopes, and the
/// selected secret's details with explicit reveal and copy. Values are read through
/// VaultService (audited) only when the user asks, and dropped on lock or selection change.
class SecretsView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretsView)

public:
    SecretsView(VaultSession& session, ClipboardGuard& clipboard, QWidget* parent = nullptr);
    /// The window's actions on the selected row, offered on the table's context menu.
    void setContextActions(const QList<QAction*>& actions);

    /// Shows `secrets` (the vault's listing) and the vault's scopes, keeping the selected scope
    /// and secret.
    void refresh(std::vector<SecretInfo> secrets);
    /// Drops every row and every revealed value (the vault was locked).
    void clear();
    void selectSecret(const SecretRef& ref);
    /// Puts the keyboard focus into the search field (Find).
    void focusSearch();
    [[nodiscard]] std::optional<SecretRef> selectedSecret() const;
    void setClipboardDelayMs(int ms) { m_clipboardDelayMs = ms; }

    /// New secret; `prefill` puts its scope and name in (Create… from a missing declaration).
    void newSecret(const std::optional<SecretRef>& prefill = std::nullopt);
    void editSecret();
    void moveSecret();
    void deleteSecret();
    void revealSecret(bool reveal);
    void copySecret();
    /// New pack… and New action… (near the selected scope), as the buttons under the tree.
    void newPack();
    void newAction();

Q_SIGNALS:
    void errorOccurred(const QString& message);
    void effectiveRequested(const QString& action);
    void statusMessage(const QString& message);
    /// A secret was selected or the selection was cleared.
    void selectionChanged();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void scopeSelected();
    void selectScope(const std::optional<Scope>& scope);
    void secretSelected();
    void hideValue();
    /// Stores what the dialog's rotation row asks for (RotationService keeps the rules).
    void applyRotation(const SecretRef& ref, const SecretDialog& dialog);
    [[nodiscard]] QString selectedScopeText() const;

    VaultSession& m_session;
    ClipboardGuard& m_clipboard;
    int m_clipboardDelayMs = 20000;
    ScopeTreeModel* m_scopes;
    SecretTableModel* m_secrets;
    SecretFilterModel* m_filter;
    QTreeView* m_tree;
    QLineEdit* m_search;
    QTableView* m_table;
    QLabel* m_reference;
    QLabel* m_details;
    QLineEdit* m_value;
    QPushButton* m_reveal;
    QPushButton* m_copy;
    QPushButton* m_edit;
    QPushButton* m_move;
    QPushButton* m_delete;
    QPushButton* m_effective;
    QTabWidget* m_detailTabs;
    SecretHistoryPanel* m_history;
    ScopeEditor* m_scopeEditor;
    PackScanPanel* m_packScan;
};

} // namespace scopevault
