#pragma once

#include <QDateTime>
#include <QDialog>
#include <QStringList>

#include <optional>

class QComboBox;
class QDateEdit;
class QLabel;

namespace scopevault {

/// Grants an agent a target (system, a pack, an action or one secret) until a time, or
/// changes an existing grant's expiry (the target is then fixed). What the dialog returns is
/// checked by GrantService like the CLI's `grant`.
class GrantDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GrantDialog)

public:
    /// `targets`: what can be granted, offered in the picker. `fixedTarget` and `until`:
    /// an existing grant whose expiry is being changed.
    GrantDialog(const QString& agent, const QStringList& targets, const QDateTime& now,
                QWidget* parent = nullptr, const QString& fixedTarget = QString(),
                const std::optional<QDateTime>& until = std::nullopt);

    [[nodiscard]] QString target() const;
    /// UTC; empty: never expires.
    [[nodiscard]] std::optional<QDateTime> until() const;

private:
    void updateDate();

    QDateTime m_now;
    QComboBox* m_target;
    QComboBox* m_expiry;
    QDateEdit* m_date;
    QLabel* m_note;
};

} // namespace scopevault
