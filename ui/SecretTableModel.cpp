#include "SecretTableModel.h"

#include <QLocale>

namespace scopevault {

SecretTableModel::SecretTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void SecretTableModel::reset(std::vector<SecretInfo> secrets)
{
    beginResetModel();
    m_secrets = std::move(secrets);
    m_searchText.clear();
    m_searchText.reserve(m_secrets.size());
    for (const SecretInfo& secret : m_secrets) {
        m_searchText.push_back(
            (secret.ref.toString() + QLatin1Char('\n') + secret.description).toLower());
    }
    endResetModel();
}

void SecretTableModel::clear()
{
    reset({});
}

const SecretInfo& SecretTableModel::secretAt(int row) const
{
    return m_secrets.at(static_cast<std::size_t>(row));
}

int SecretTableModel::rowOf(const SecretRef& ref) const
{
    for (std::size_t row = 0; row < m_secrets.size(); ++row) {
        if (m_secrets[row].ref == ref) {
            return static_cast<int>(row);
        }
    }
    return -1;
}

int SecretTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_secrets.size());
}

int SecretTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SecretTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const auto row = static_cast<std::size_t>(index.row());
    const SecretInfo& secret = m_secrets[row];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return secret.ref.name();
        case ScopeColumn:
            return secret.ref.scope().toString();
        case DescriptionColumn:
            return secret.description;
        case VersionColumn:
            return QVariant::fromValue(secret.version);
        case UpdatedColumn:
            return QLocale().toString(secret.updated.toLocalTime(), QLocale::ShortFormat);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        return secret.ref.toString();
    case ReferenceRole:
        return secret.ref.toString();
    case ScopeRole:
        return secret.ref.scope().toString();
    case SearchTextRole:
        return m_searchText[row];
    default:
        return {};
    }
}

QVariant SecretTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case NameColumn:
        return tr("Name");
    case ScopeColumn:
        return tr("Scope");
    case DescriptionColumn:
        return tr("Description");
    case VersionColumn:
        return tr("Version");
    case UpdatedColumn:
        return tr("Changed");
    default:
        return {};
    }
}

} // namespace scopevault
