#include "CliRunner.h"

#include <QProcess>
#include <QtTest>

namespace scopevault::test {

CliRunner::CliRunner(const QString& vaultPath, const QString& passphraseFile)
    : m_vaultPath(vaultPath)
    , m_passphraseFile(passphraseFile)
{}

QString CliRunner::binary()
{
    const QString path = qEnvironmentVariable("SCOPEVAULT_CLI");
    if (path.isEmpty()) {
        qFatal("SCOPEVAULT_CLI is not set; run the tests through ctest");
    }
    return path;
}

CliResult CliRunner::run(const QStringList& arguments, const QByteArray& input,
                         const QProcessEnvironment& environment) const
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("SCOPEVAULT_VAULT"));
    // The assertions read English messages, whatever the machine's language.
    env.remove(QStringLiteral("LANGUAGE"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    for (const QString& key : environment.keys()) {
        const QString value = environment.value(key);
        if (value.isEmpty()) {
            env.remove(key);
        } else {
            env.insert(key, value);
        }
    }
    process.setProcessEnvironment(env);
    process.start(binary(), arguments);
    if (!process.waitForStarted()) {
        qFatal("cannot start scopevault-cli");
    }
    process.write(input);
    process.closeWriteChannel();
    process.waitForFinished(120000);
    CliResult result;
    result.crashed = process.exitStatus() != QProcess::NormalExit;
    result.exitCode = process.exitCode();
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

CliResult CliRunner::vault(const QStringList& arguments, const QByteArray& input) const
{
    return run(QStringList{QStringLiteral("--vault"), m_vaultPath,
                           QStringLiteral("--passphrase-file"), m_passphraseFile} +
                   arguments,
               input);
}

} // namespace scopevault::test
