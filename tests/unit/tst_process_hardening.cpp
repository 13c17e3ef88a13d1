#include "ProcessHardening.h"

#include <QtTest>

#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/stat.h>

using namespace scopevault;

class TestProcessHardening : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void disablesCoreDumpsAndSetsUmask()
    {
        QVERIFY(ProcessHardening::apply());
        rlimit limit{};
        QCOMPARE(getrlimit(RLIMIT_CORE, &limit), 0);
        QCOMPARE(limit.rlim_cur, rlim_t(0));
        QCOMPARE(limit.rlim_max, rlim_t(0));
        QCOMPARE(prctl(PR_GET_DUMPABLE, 0, 0, 0, 0), 0);
        const mode_t previous = umask(0);
        umask(previous);
        QCOMPARE(previous, mode_t(077));
    }
};

QTEST_GUILESS_MAIN(TestProcessHardening)
#include "tst_process_hardening.moc"
