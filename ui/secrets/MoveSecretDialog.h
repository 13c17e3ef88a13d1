#pragma once

#include "secrets/SecretRef.h"

#include <QDialog>

class QComboBox;
class QLineEdit;

namespace scopevault {

/// Asks where a secret should go: another scope and/or another name.
class MoveSecretDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MoveSecretDialog)

public:
    MoveSecretDialog(const SecretRef& from, const QStringList& scopes, QWidget* parent = nullptr);

    /// Throws VaultError(Usage) when the name is not valid.
    [[nodiscard]] SecretRef target() const;

private:
    QComboBox* m_scope;
    QLineEdit* m_name;
};

} // namespace scopevault
