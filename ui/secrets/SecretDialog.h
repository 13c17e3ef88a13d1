#pragma once

#include "SecureBuffer.h"
#include "catalog/RotationPolicy.h"
#include "secrets/SecretInfo.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace scopevault {

/// Creates a secret (scope, name, description, value, rotation) or edits one (description,
/// rotation and, optionally, a new value). The value field is masked unless "Show" is ticked, and
/// its text is taken into secure memory and wiped from the field when read.
class SecretDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretDialog)

public:
    /// What the rotation row asks for.
    enum class Rotation
    {
        Inherit, // no policy of its own (its scope's, if any, applies)
        Every,   // rotate every N days
        Expires, // expires on a date
    };

    /// `scopes`: every scope as text, system first.
    SecretDialog(const QStringList& scopes, QWidget* parent = nullptr);

    void setScope(const QString& scope);
    /// Prefills the name of a new secret (Create… from a missing declaration); the value
    /// field takes the focus.
    void setName(const QString& name);
    /// Switches to editing `secret`: scope and name are fixed; an empty value keeps the old one.
    void setSecret(const SecretInfo& secret);

    [[nodiscard]] SecretRef reference() const;
    [[nodiscard]] QString description() const;
    [[nodiscard]] bool hasValue() const;
    /// Where the value is to live: the OS keychain (true) or the vault file.
    [[nodiscard]] bool inKeychain() const;
    /// Offers the keychain (false: the window has none; the file only).
    void setKeychainAvailable(bool available);
    /// The value, moved into secure memory; the field is cleared.
    [[nodiscard]] SecureBuffer takeValue();

    /// The secret's own policy (if any) and what it would inherit, e.g. "every 90 days (from
    /// comms)"; empty when nothing.
    void setRotation(const std::optional<RotationPolicy>& own, const QString& inherited);
    [[nodiscard]] Rotation rotation() const;
    [[nodiscard]] int rotationDays() const;
    [[nodiscard]] QDate rotationExpires() const;
    /// Whether the rotation row differs from what setRotation() showed.
    [[nodiscard]] bool rotationChanged() const;

    void accept() override;

private:
    [[nodiscard]] QString problem() const;
    void updateRotationFields();
    [[nodiscard]] QString rotationState() const;

    bool m_editing = false;
    QComboBox* m_scope;
    QLineEdit* m_name;
    QLineEdit* m_description;
    QLineEdit* m_value;
    QCheckBox* m_show;
    QComboBox* m_storage;
    QComboBox* m_rotation;
    QSpinBox* m_days;
    QDateEdit* m_expires;
    QString m_initialRotation;
    QLabel* m_error;
};

} // namespace scopevault
