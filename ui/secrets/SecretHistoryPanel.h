#pragma once

#include "secrets/SecretRef.h"
#include "secrets/SecretVersion.h"

#include <QWidget>

#include <optional>
#include <vector>

class QLineEdit;
class QPushButton;
class QTableWidget;

namespace scopevault {

class VaultSession;

/// A secret's versions (when, by whom, how), newest first. An older value is shown only when
/// revealed (audited like any reveal) and hidden again on selection change; Restore… makes a
/// new version holding the selected one's value (rollback, after confirmation).
class SecretHistoryPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretHistoryPanel)

public:
    explicit SecretHistoryPanel(VaultSession& session, QWidget* parent = nullptr);

    /// Shows `ref`'s history (none: empty).
    void showSecret(const std::optional<SecretRef>& ref);
    void clear();
    [[nodiscard]] int rowCount() const;
    /// The version in `row` (newest first).
    [[nodiscard]] quint64 versionAt(int row) const;
    void selectRow(int row);
    void revealSelected();
    void restoreSelected();

Q_SIGNALS:
    void errorOccurred(const QString& message);
    void statusMessage(const QString& message);

private:
    void rowSelected();
    void hideValue();
    [[nodiscard]] const SecretVersion* selectedVersion() const;

    VaultSession& m_session;
    std::optional<SecretRef> m_ref;
    std::vector<SecretVersion> m_versions;
    QTableWidget* m_table;
    QLineEdit* m_value;
    QPushButton* m_reveal;
    QPushButton* m_restore;
};

} // namespace scopevault
