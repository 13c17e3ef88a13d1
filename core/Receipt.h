#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace scopevault {

/// What scopevault-agent records each time it releases a bundle's secrets (and, for exec,
/// when the command ends): one JSON line, no values. See docs/BUNDLE-FORMAT.md, "Receipts".
struct Receipt
{
    static constexpr int FormatVersion = 1;

    QString id; // 32 hex digits, random per line
    QDateTime time;
    QString bundle; // bundle id, hex
    QString agent;
    QStringList actions; // the --action asked for, or every action of the bundle
    QStringList secrets; // names released
    QString command;     // program name for exec, else "-"
    QString delivery;    // env, stdin-json, dotenv, json, shell
    QString outcome;     // "released", then for exec "exit N" / "signal N"

    /// A receipt for now with a fresh random id.
    [[nodiscard]] static Receipt create(const QDateTime& now);
    [[nodiscard]] QJsonObject toJson() const;
    /// Throws VaultError(Usage) naming the field that is missing or malformed.
    [[nodiscard]] static Receipt fromJson(const QJsonObject& object);
};

} // namespace scopevault
