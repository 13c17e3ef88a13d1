#pragma once

#include "secrets/SecretRef.h"

#include "SecureBuffer.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QRadioButton;
class QSpinBox;

namespace scopevault {

/// Asks for a secret's new value: pasted as issued by the provider, or generated (length,
/// character set, strength estimate). The value is masked unless shown, and taken into secure
/// memory when read. Whether a value may repeat an old one is the core's rule
/// (RotationService); "Allow a value used before" passes the user's choice.
class RotateDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RotateDialog)

public:
    RotateDialog(const SecretRef& ref, QWidget* parent = nullptr);

    /// The new value, moved into secure memory; the field is cleared.
    [[nodiscard]] SecureBuffer takeValue();
    [[nodiscard]] bool allowReuse() const;
    /// Fills the field with a new generated value (the Generate button does this).
    void generate();

    /// Shows why the last attempt was refused (the dialog is shown again).
    void showError(const QString& message);

    void accept() override;

private:
    void updateMode();
    void updateStrength();

    QRadioButton* m_paste;
    QRadioButton* m_generated;
    QLineEdit* m_value;
    QCheckBox* m_show;
    QSpinBox* m_length;
    QComboBox* m_charset;
    QLabel* m_strength;
    QCheckBox* m_reuse;
    QLabel* m_error;
};

} // namespace scopevault
