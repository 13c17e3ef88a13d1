#include "TestVault.h"

#include <QFile>
#include <QtTest>

namespace scopevault::test {

TestVault::TestVault(bool create, const QString& kdf)
    : m_cli(path(), passphraseFile())
{
    if (!m_dir.isValid()) {
        qFatal("cannot create a temporary folder");
    }
    writeFile(QStringLiteral("passphrase"), QByteArray(Passphrase) + '\n');
    if (create) {
        const CliResult result =
            m_cli.vault({QStringLiteral("init"), QStringLiteral("--kdf"), kdf});
        if (result.exitCode != 0) {
            qFatal("init failed: %s", result.err.constData());
        }
    }
}

void TestVault::set(const QString& ref, const QByteArray& value) const
{
    const CliResult result = m_cli.vault({QStringLiteral("set"), ref}, value);
    if (result.exitCode != 0) {
        qFatal("set %s failed: %s", qPrintable(ref), result.err.constData());
    }
}

QString TestVault::writeFile(const QString& name, const QByteArray& content) const
{
    const QString filePath = m_dir.filePath(name);
    QFile file(filePath);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(content) < 0) {
        qFatal("cannot write a test file");
    }
    return filePath;
}

QByteArray TestVault::diskBytes() const
{
    QByteArray all;
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        QFile file(path() + suffix);
        if (file.open(QIODevice::ReadOnly)) {
            all += file.readAll();
        }
    }
    return all;
}

} // namespace scopevault::test
