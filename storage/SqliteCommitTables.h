#pragma once

#include "SqliteConnection.h"
#include "ports/CommitLeaf.h"

#include <QByteArray>

#include <functional>
#include <optional>
#include <vector>

namespace scopevault {

/// The commitment's tables (commit_leaves, commit_nodes) and its sealed state (the header's
/// 'commitment' row) of one vault file: a part of SqliteVaultRepository, which delegates to it.
class SqliteCommitTables final
{
public:
    explicit SqliteCommitTables(SqliteConnection& connection);

    [[nodiscard]] std::optional<QByteArray> leaf(CommitKind kind, const QByteArray& key);
    [[nodiscard]] std::vector<CommitLeaf> leavesBetween(CommitKind kind, const QByteArray& from,
                                                        const QByteArray& to);
    [[nodiscard]] std::vector<CommitLeaf> leavesOfKind(CommitKind kind);
    void scanLeaves(const std::function<void(const CommitLeaf&)>& visit);
    void putLeaf(const CommitLeaf& leaf);
    void removeLeaf(CommitKind kind, const QByteArray& key);
    [[nodiscard]] std::vector<QByteArray> nodes(int level, int first, int count);
    void putNode(int level, int index, const QByteArray& hash);
    void clear();
    [[nodiscard]] QByteArray state();
    void writeState(const QByteArray& sealed);

private:
    SqliteConnection& m_connection;
};

} // namespace scopevault
