#include "secrets/SecretTableModel.h"

#include <algorithm>
#include <numeric>

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
    m_searchStart.assign(1, 0);
    m_scopeText.clear();
    m_ranks.assign(ColumnCount, {});
    m_searchStart.reserve(m_secrets.size() + 1);
    m_scopeText.reserve(m_secrets.size());
    for (const SecretInfo& secret : m_secrets) {
        m_scopeText.push_back(secret.ref.scope().toString());
        m_searchText += (m_scopeText.back() + QLatin1Char(':') + secret.ref.name() +
                         QLatin1Char('\n') + secret.description)
                            .toLower()
                            .toUtf8();
        m_searchStart.push_back(m_searchText.size());
    }
    endResetModel();
}

int SecretTableModel::sortRank(int row, int column) const
{
    if (column == ScopeColumn) {
        return row; // rows arrive in reference order: scope, then name
    }
    std::vector<int>& ranks = m_ranks.at(static_cast<std::size_t>(column));
    if (ranks.size() != m_secrets.size()) {
        std::vector<int> order(m_secrets.size());
        std::iota(order.begin(), order.end(), 0);
        const auto less = [this, column](int a, int b) {
            const SecretInfo& x = m_secrets[std::size_t(a)];
            const SecretInfo& y = m_secrets[std::size_t(b)];
            switch (column) {
            case NameColumn: {
                const int byName = x.ref.name().compare(y.ref.name(), Qt::CaseInsensitive);
                return byName != 0 ? byName < 0
                                   : m_scopeText[std::size_t(a)] < m_scopeText[std::size_t(b)];
            }
            case DescriptionColumn:
                return x.description.compare(y.description, Qt::CaseInsensitive) < 0;
            case VersionColumn:
                return x.version < y.version;
            case StorageColumn:
                return x.inKeychain < y.inKeychain;
            default:
                return x.updated < y.updated;
            }
        };
        std::stable_sort(order.begin(), order.end(), less);
        ranks.assign(m_secrets.size(), 0);
        for (std::size_t position = 0; position < order.size(); ++position) {
            ranks[std::size_t(order[position])] = static_cast<int>(position);
        }
    }
    return ranks[static_cast<std::size_t>(row)];
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
        case StorageColumn:
            return secret.inKeychain ? tr("OS keychain") : tr("Vault file");
        default:
            return {};
        }
    case Qt::ToolTipRole:
        return secret.ref.toString();
    case ReferenceRole:
        return secret.ref.toString();
    case ScopeRole:
        return m_scopeText[row];
    case SearchTextRole:
        return QString::fromUtf8(searchTextAt(row));
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
    case StorageColumn:
        return tr("Storage");
    default:
        return {};
    }
}

} // namespace scopevault
