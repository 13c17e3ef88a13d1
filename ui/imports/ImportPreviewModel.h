#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QString>

namespace scopevault {

/// What an import would do, one row per item, computed before anything is written: added,
/// changed, unchanged, skipped (with why), removed, or a warning for people.
class ImportPreviewModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class Kind
    {
        Add,
        Change,
        Unchanged,
        Skip,
        Remove,
        Warning,
        Credential, // a scanner finding in the pack's files (FILE:LINE, rule; never the match)
    };
    struct Row
    {
        Kind kind = Kind::Add;
        QString item;   // what: a reference, a pack, an action, a declaration
        QString detail; // why, or where it came from (FILE:LINE); never a value
    };
    enum Column
    {
        KindColumn,
        ItemColumn,
        DetailColumn,
        ColumnCount,
    };
    enum Role
    {
        KindRole = Qt::UserRole + 1, // Kind as int
    };

    explicit ImportPreviewModel(QObject* parent = nullptr);

    void reset(QList<Row> rows);
    void clear();
    [[nodiscard]] int count(Kind kind) const;
    [[nodiscard]] static QString kindText(Kind kind);

    [[nodiscard]] int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role) const override;

private:
    QList<Row> m_rows;
};

} // namespace scopevault
