#pragma once

#include "SecureBuffer.h"
#include "secrets/SecretInfo.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

namespace scopevault {

/// Creates a secret (scope, name, description, value) or edits one (description and,
/// optionally, a new value). The value field is masked unless "Show" is ticked, and its text
/// is taken into secure memory and wiped from the field when read.
class SecretDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretDialog)

public:
    /// `scopes`: every scope as text, system first.
    SecretDialog(const QStringList& scopes, QWidget* parent = nullptr);

    void setScope(const QString& scope);
    /// Switches to editing `secret`: scope and name are fixed; an empty value keeps the old one.
    void setSecret(const SecretInfo& secret);

    [[nodiscard]] SecretRef reference() const;
    [[nodiscard]] QString description() const;
    [[nodiscard]] bool hasValue() const;
    /// The value, moved into secure memory; the field is cleared.
    [[nodiscard]] SecureBuffer takeValue();

    void accept() override;

private:
    [[nodiscard]] QString problem() const;

    bool m_editing = false;
    QComboBox* m_scope;
    QLineEdit* m_name;
    QLineEdit* m_description;
    QLineEdit* m_value;
    QCheckBox* m_show;
    QLabel* m_error;
};

} // namespace scopevault
