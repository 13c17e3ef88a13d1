#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace scopevault {

/// Registers an agent from its pasted public key (what `scopevault-agent keygen` prints). The
/// key is checked as it is typed, and OK stays disabled until name and key are valid.
class AddAgentDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AddAgentDialog)

public:
    explicit AddAgentDialog(QWidget* parent = nullptr);

    [[nodiscard]] QString name() const;
    [[nodiscard]] QString publicKey() const;
    [[nodiscard]] QString description() const;

private:
    void validate();

    QLineEdit* m_name;
    QPlainTextEdit* m_key;
    QLineEdit* m_description;
    QLabel* m_status;
    QPushButton* m_ok;
};

} // namespace scopevault
