#include "bundles/BundleStatusModel.h"

#include <QLocale>

namespace scopevault {

namespace {

QString when(qint64 ms)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toLocalTime(),
                              QLocale::ShortFormat);
}

} // namespace

BundleStatusModel::BundleStatusModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void BundleStatusModel::reset(QList<BundleStatus> bundles)
{
    beginResetModel();
    m_bundles = std::move(bundles);
    endResetModel();
}

int BundleStatusModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_bundles.size());
}

int BundleStatusModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BundleStatusModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount()) {
        return {};
    }
    const BundleStatus& status = m_bundles.at(index.row());
    const IssuedBundle& bundle = status.bundle;
    if (role == Qt::ToolTipRole && index.column() == StatusColumn && status.isStale()) {
        return tr("Changed since it was issued: %1")
            .arg(status.changedSince.join(QStringLiteral(", ")));
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (index.column()) {
    case AgentColumn:
        return bundle.agent;
    case IdColumn:
        return QString(bundle.idText().left(16) + QStringLiteral("…"));
    case CreatedColumn:
        return when(bundle.createdMs);
    case ExpiresColumn:
        return when(bundle.expiresMs);
    case StatusColumn: {
        QString text = status.expired ? tr("Expired") : tr("Valid");
        if (status.isStale()) {
            text = status.changedSince.size() == 1
                       ? tr("%1, stale: %2 changed since").arg(text, status.changedSince.first())
                       : tr("%1, stale: %2 secrets changed since")
                             .arg(text)
                             .arg(status.changedSince.size());
        }
        return text;
    }
    case FileColumn:
        return bundle.file;
    default:
        return {};
    }
}

QVariant BundleStatusModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case AgentColumn:
        return tr("Agent");
    case IdColumn:
        return tr("Bundle");
    case CreatedColumn:
        return tr("Issued");
    case ExpiresColumn:
        return tr("Expires");
    case StatusColumn:
        return tr("Status");
    case FileColumn:
        return tr("File");
    default:
        return {};
    }
}

} // namespace scopevault
