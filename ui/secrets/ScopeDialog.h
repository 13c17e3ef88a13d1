#pragma once

#include "catalog/Action.h"
#include "catalog/Scope.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace scopevault {

/// A new pack, a new action (in a pack, with the secrets it declares), or an existing one's
/// description and declarations. The dialog only collects; ScopeService applies the rules.
class ScopeDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScopeDialog)

public:
    enum class Mode
    {
        NewPack,
        NewAction,
        EditPack,
        EditAction,
    };

    /// `packs`: the existing packs (a new action goes into one of them or a new one).
    ScopeDialog(Mode mode, const QStringList& packs, QWidget* parent = nullptr);

    /// Prefills from an existing pack or action (EditPack / EditAction), or the pack a new
    /// action goes into.
    void setPack(const QString& pack, const QString& description = QString());
    void setAction(const Action& action);

    [[nodiscard]] Scope scope() const;
    [[nodiscard]] QString description() const;
    /// The declarations as the table holds them (actions only).
    [[nodiscard]] QList<Declaration> declarations() const;

    void accept() override;

private:
    void addRow(const Declaration& declaration);

    Mode m_mode;
    QComboBox* m_pack;
    QLineEdit* m_name;
    QLineEdit* m_description;
    QTableWidget* m_declarations;
    QLabel* m_error;
};

} // namespace scopevault
