#include "effective/EffectiveSecretModel.h"
#include "shell/StatusColors.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QGuiApplication>
#include <QStringList>

namespace scopevault {

EffectiveSecretModel::EffectiveSecretModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void EffectiveSecretModel::reset(const Scope& action, QList<ResolvedSecret> secrets)
{
    beginResetModel();
    m_action = action;
    m_secrets = std::move(secrets);
    endResetModel();
}

void EffectiveSecretModel::clear()
{
    reset(Scope::system(), {});
}

int EffectiveSecretModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_secrets.size());
}

int EffectiveSecretModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString EffectiveSecretModel::scopeLabel(const Scope& scope) const
{
    switch (scope.kind()) {
    case Scope::Kind::System:
        return tr("system");
    case Scope::Kind::Pack:
        return tr("pack %1").arg(scope.packName());
    case Scope::Kind::Action:
        return tr("action %1").arg(scope.toString());
    }
    return scope.toString();
}

QVariant EffectiveSecretModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const ResolvedSecret& secret = m_secrets.at(index.row());
    const bool missing = !secret.supplier.has_value();
    const bool required = secret.declaration && secret.declaration->required;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return secret.name;
        case SupplierColumn:
            if (missing) {
                return required ? tr("missing (required)") : tr("missing (optional)");
            }
            return scopeLabel(*secret.supplier);
        case ShadowsColumn: {
            QStringList shadowed;
            for (const Scope& scope : secret.shadowed) {
                shadowed << scopeLabel(scope);
            }
            return shadowed.join(QStringLiteral(", "));
        }
        case DeclarationColumn:
            if (!secret.declaration) {
                return tr("not declared (inherited)");
            }
            return required ? tr("required") : tr("optional");
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (secret.declaration && !secret.declaration->description.isEmpty()) {
            return secret.declaration->description;
        }
        return {};
    case Qt::ForegroundRole:
        if (missing && required) {
            return QBrush(StatusColors::color(StatusColors::Tone::Bad, QGuiApplication::palette()));
        }
        if (missing) {
            return QBrush(
                StatusColors::color(StatusColors::Tone::Warning, QGuiApplication::palette()));
        }
        return {};
    case Qt::FontRole:
        if (missing || (index.column() == SupplierColumn && !secret.shadowed.isEmpty())) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case ReferenceRole:
        return missing ? QString() : secret.supplier->toString() + QLatin1Char(':') + secret.name;
    case MissingRole:
        return missing;
    default:
        return {};
    }
}

QVariant EffectiveSecretModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case NameColumn:
        return tr("Name");
    case SupplierColumn:
        return tr("Supplied by");
    case ShadowsColumn:
        return tr("Overrides");
    case DeclarationColumn:
        return tr("Declared");
    default:
        return {};
    }
}

} // namespace scopevault
