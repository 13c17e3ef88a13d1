#include "TestKeyring.h"

#include <QProcess>
#include <QtGlobal>

#include <csignal>

namespace scopevault::test {

namespace {

QByteArray secretTool(const QStringList& arguments)
{
    QProcess tool;
    tool.start(QStringLiteral("secret-tool"), arguments);
    if (!tool.waitForFinished(20000)) {
        qFatal("secret-tool did not finish");
    }
    return tool.readAllStandardOutput() + tool.readAllStandardError();
}

int daemonPid()
{
    return qEnvironmentVariableIntValue("SCOPEVAULT_TEST_KEYRING_PID");
}

} // namespace

bool TestKeyring::available()
{
    return daemonPid() > 0;
}

QStringList TestKeyring::entryNames()
{
    QStringList names;
    const QByteArray found = secretTool({"search", "--all", "--unlock", "server", "scopevault"});
    for (const QByteArray& line : found.split('\n')) {
        if (line.startsWith("attribute.user = ")) {
            names << QString::fromUtf8(line.mid(17)).trimmed();
        }
    }
    names.sort();
    return names;
}

void TestKeyring::removeEntry(const QString& name)
{
    (void)secretTool({"clear", "server", "scopevault", "user", name});
}

void TestKeyring::freeze(bool frozen)
{
    if (!available()) {
        qFatal("no test keyring to freeze");
    }
    ::kill(daemonPid(), frozen ? SIGSTOP : SIGCONT);
}

} // namespace scopevault::test
