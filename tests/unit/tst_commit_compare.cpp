// A whole table's rows against its commitment leaves (what a prefetch computes while the KDF
// runs): each row committed, altered or unknown, a leaf no row has, and the same answers
// whatever order the leaves come in.
#include "store/CommitGuard.h"

#include <QtTest>

#include <algorithm>

using namespace scopevault;

namespace {

using Status = CommitGuard::Comparison::Status;

QByteArray bytes(char fill, int size = 32)
{
    return QByteArray(size, fill);
}

CommitLeaf leaf(char key, char digest)
{
    return {CommitKind::Secret, bytes(key), bytes(digest)};
}

CommitGuard::Row row(char key, char digest)
{
    return {bytes(key), bytes(digest), bytes(key, 16)};
}

} // namespace

class TestCommitCompare : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rowsAgainstLeaves()
    {
        const std::vector<CommitLeaf> leaves{leaf('a', '1'), leaf('b', '2'), leaf('c', '3'),
                                             leaf('e', '5')};
        const std::vector<CommitGuard::Row> rows{
            row('c', '3'), // committed
            row('b', '9'), // an older copy of b: not what the vault committed to
            row('d', '4'), // no leaf
            row('a', '1'), // committed
            row('a', '1'), // the same key twice: the second has no leaf left
        };
        const CommitGuard::Comparison result =
            CommitGuard::compare(CommitKind::Secret, rows, leaves);
        QCOMPARE(result.rows,
                 (std::vector<Status>{Status::Committed, Status::NotCommitted, Status::NotInVault,
                                      Status::Committed, Status::NotInVault}));
        QVERIFY(result.missingKey);
        QCOMPARE(*result.missingKey, bytes('e'));
        QCOMPARE(result.kindHash, CommitTree::kindHashOf(CommitKind::Secret, leaves));

        std::vector<CommitLeaf> shuffled = leaves;
        std::reverse(shuffled.begin(), shuffled.end());
        const CommitGuard::Comparison again =
            CommitGuard::compare(CommitKind::Secret, rows, shuffled);
        QCOMPARE(again.rows, result.rows);
        QCOMPARE(again.missingKey, result.missingKey);

        const std::vector<CommitGuard::Row> all{row('e', '5'), row('a', '1'), row('c', '3'),
                                                row('b', '2')};
        const CommitGuard::Comparison whole = CommitGuard::compare(CommitKind::Secret, all, leaves);
        QVERIFY(std::all_of(whole.rows.begin(), whole.rows.end(),
                            [](Status s) { return s == Status::Committed; }));
        QVERIFY(!whole.missingKey);
    }

    void emptyTable()
    {
        const CommitGuard::Comparison none = CommitGuard::compare(CommitKind::Secret, {}, {});
        QVERIFY(none.rows.empty());
        QVERIFY(!none.missingKey);
        const CommitGuard::Comparison gone =
            CommitGuard::compare(CommitKind::Secret, {}, {leaf('a', '1')});
        QCOMPARE(gone.missingKey, std::optional<QByteArray>(bytes('a')));
    }
};

QTEST_GUILESS_MAIN(TestCommitCompare)
#include "tst_commit_compare.moc"
