#include "SecretCommands.h"

#include "CliContext.h"
#include "TextTable.h"
#include "secrets/SecretInput.h"
#include "secrets/SecretRef.h"
#include "secrets/SecretService.h"
#include "vault/VaultError.h"
#include "vault/VaultService.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <unistd.h>

namespace scopevault {

namespace {

int relocate(CliContext& context, SecretService& secrets, const SecretRef& ref,
             const SecretChange& change, bool toKeychain)
{
    if (change.description || change.notes) {
        secrets.editSecret(ref, change);
    }
    const int dropped = secrets.relocate(ref, toKeychain);
    context.print(
        toKeychain
            ? QCoreApplication::translate("SecretCommands", "%1: the value is held in the OS "
                                                            "keychain (version %2 kept)")
                  .arg(ref.toString())
                  .arg(secrets.describeSecret(ref).version)
            : QCoreApplication::translate("SecretCommands", "%1: the value is held in the vault "
                                                            "file (version %2 kept)")
                  .arg(ref.toString())
                  .arg(secrets.describeSecret(ref).version));
    if (dropped > 0) {
        context.print(QCoreApplication::translate("SecretCommands",
                                                  "Older values removed from the file's "
                                                  "history: %1")
                          .arg(dropped));
    }
    return 0;
}

int runSet(CliContext& context)
{
    const SecretRef ref = SecretRef::parse(context.arguments().at(0));
    SecretChange change;
    if (context.parser().isSet(QStringLiteral("description"))) {
        change.description = context.parser().value(QStringLiteral("description"));
    }
    std::optional<bool> toKeychain;
    if (context.isSet("store")) {
        const QString where = context.value("store");
        if (where != QLatin1String("keychain") && where != QLatin1String("vault")) {
            throw VaultError(ErrorCode::Usage,
                             QCoreApplication::translate("SecretCommands",
                                                         "--store is keychain or vault, not '%1'")
                                 .arg(where));
        }
        toKeychain = where == QLatin1String("keychain");
        change.inKeychain = toKeychain;
    }
    SecureBuffer notes;
    if (context.parser().isSet(QStringLiteral("notes-file"))) {
        notes = SecretInput::readFile(context.parser().value(QStringLiteral("notes-file")));
        change.notes = &notes;
    }
    if (context.stdinHoldsPassphrase()) {
        // The passphrase would use up stdin and the value would be stored empty.
        throw VaultError(ErrorCode::Usage,
                         QCoreApplication::translate(
                             "SecretCommands",
                             "--passphrase-fd 0 takes stdin, where set reads the value; give the "
                             "passphrase on another descriptor (--passphrase-fd 3 3<FILE) or with "
                             "--passphrase-file"));
    }
    VaultService& vault = context.unlockedService();
    SecretService secrets(vault);
    // `set REF --store keychain` on a terminal moves the value without asking for a new one.
    if (toKeychain && SecretInput::isTerminal(STDIN_FILENO) && secrets.secretExists(ref)) {
        return relocate(context, secrets, ref, change, *toKeychain);
    }
    const SecureBuffer value = context.readValue(ref.toString());
    // `set REF --description T </dev/null`: only the description or notes are given; an
    // existing value and its version are kept (an empty value is stored without them).
    if (value.isEmpty() && !SecretInput::isTerminal(STDIN_FILENO) &&
        (change.description || change.notes || toKeychain) && secrets.secretExists(ref)) {
        if (toKeychain) {
            return relocate(context, secrets, ref, change, *toKeychain);
        }
        secrets.editSecret(ref, change);
        context.print(
            QCoreApplication::translate("SecretCommands", "Updated %1 (value and version %2 kept)")
                .arg(ref.toString())
                .arg(secrets.describeSecret(ref).version));
        return 0;
    }
    const quint64 version = secrets.setSecret(ref, value, change);
    context.print(QCoreApplication::translate("SecretCommands", "Stored %1 (version %2)")
                      .arg(ref.toString())
                      .arg(version));
    return 0;
}

int runGet(CliContext& context)
{
    const SecretRef ref = SecretRef::parse(context.arguments().at(0));
    if (context.isSet("notes") && context.isSet("version")) {
        throw VaultError(ErrorCode::Usage,
                         QCoreApplication::translate("SecretCommands",
                                                     "--notes and --version cannot be combined "
                                                     "(notes have no history)"));
    }
    std::optional<quint64> version;
    if (context.isSet("version")) {
        bool ok = false;
        version = context.value("version").toULongLong(&ok);
        if (!ok || *version == 0) {
            throw VaultError(ErrorCode::Usage,
                             QCoreApplication::translate("SecretCommands",
                                                         "--version takes a version number (1, "
                                                         "2, …), not '%1'")
                                 .arg(context.value("version")));
        }
    }
    VaultService& vault = context.unlockedService();
    const SecureBuffer bytes = context.isSet("notes") ? SecretService(vault).readNotes(ref)
                               : version ? SecretService(vault).readVersion(ref, *version)
                                         : SecretService(vault).readValue(ref);
    context.writeRaw(bytes.data(), bytes.size());
    return 0;
}

int runList(CliContext& context)
{
    std::optional<Scope> scope;
    if (!context.arguments().isEmpty()) {
        scope = Scope::parse(context.arguments().at(0));
    }
    VaultService& vault = context.unlockedService(
        [](VaultService& opened) { SecretService(opened).prepareListing(); });
    QStringList damaged;
    std::vector<QString> references;
    const std::vector<SecretInfo> secrets =
        SecretService(vault).listSecrets(scope, &damaged, &references);
    if (context.parser().isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (std::size_t i = 0; i < secrets.size(); ++i) {
            const SecretInfo& info = secrets[i];
            array.append(
                QJsonObject{{QStringLiteral("reference"), references[i]},
                            {QStringLiteral("scope"), info.ref.scope().toString()},
                            {QStringLiteral("name"), info.ref.name()},
                            {QStringLiteral("description"), info.description},
                            {QStringLiteral("version"), qint64(info.version)},
                            {QStringLiteral("created"), CliContext::isoTime(info.created)},
                            {QStringLiteral("updated"), CliContext::isoTime(info.updated)},
                            {QStringLiteral("hasNotes"), info.hasNotes},
                            {QStringLiteral("store"), info.inKeychain ? QStringLiteral("keychain")
                                                                      : QStringLiteral("vault")}});
        }
        context.print(QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact)));
    } else if (!secrets.empty()) {
        qsizetype width = 9;
        for (const QString& reference : references) {
            width = std::max(width, reference.size());
        }
        TextTable table(static_cast<qsizetype>(secrets.size()) + 1, width + 48);
        table.cell(QCoreApplication::translate("SecretCommands", "REFERENCE"), width)
            .last(QCoreApplication::translate(
                "SecretCommands", "VERSION  STORE     UPDATED               DESCRIPTION"));
        for (std::size_t i = 0; i < secrets.size(); ++i) {
            const SecretInfo& info = secrets[i];
            table.cell(references[i], width)
                .cell(QString::number(info.version), 7)
                .cell(info.inKeychain ? u"keychain" : u"vault", 8)
                .cell(CliContext::isoTime(info.updated), 20)
                .last(info.description);
        }
        context.print(table.text());
    }
    for (const QString& why : damaged) {
        context.warn(
            QCoreApplication::translate("SecretCommands", "%1; it is not listed").arg(why));
    }
    return damaged.isEmpty() ? 0 : static_cast<int>(ErrorCode::Integrity);
}

int runRm(CliContext& context)
{
    const SecretRef ref = SecretRef::parse(context.arguments().at(0));
    SecretService(context.unlockedService()).removeSecret(ref);
    context.print(QCoreApplication::translate("SecretCommands", "Removed %1").arg(ref.toString()));
    return 0;
}

} // namespace

QList<CliCommand> SecretCommands::all()
{
    return {
        {QStringLiteral("set"),
         QStringLiteral("REF"),
         QCoreApplication::translate(
             "SecretCommands",
             "Store a value from stdin (exact bytes), or prompted twice on a terminal."),
         {{QStringLiteral("description"),
           QCoreApplication::translate("SecretCommands", "A description (not secret)."),
           QCoreApplication::translate("SecretCommands", "text")},
          {QStringLiteral("notes-file"),
           QCoreApplication::translate("SecretCommands", "Encrypted notes, read from a file."),
           QCoreApplication::translate("SecretCommands", "file")},
          {QStringLiteral("store"),
           QCoreApplication::translate("SecretCommands",
                                       "Where the value lives: vault (the file, default) or "
                                       "keychain (the OS keychain). Moves an existing secret "
                                       "when no new value is given."),
           QCoreApplication::translate("SecretCommands", "where")}},
         1,
         1,
         runSet},
        {QStringLiteral("get"),
         QStringLiteral("REF"),
         QCoreApplication::translate("SecretCommands",
                                     "Write the value (exact bytes, no newline added) to stdout."),
         {{QStringLiteral("notes"),
           QCoreApplication::translate("SecretCommands", "Write the notes instead of the value.")},
          {QStringLiteral("version"),
           QCoreApplication::translate("SecretCommands",
                                       "Write this version's value (see history REF)."),
           QCoreApplication::translate("SecretCommands", "n")}},
         1,
         1,
         runGet},
        {QStringLiteral("list"),
         QStringLiteral("[SCOPE]"),
         QCoreApplication::translate(
             "SecretCommands",
             "List references and metadata, never values. A pack includes its actions."),
         {{QStringLiteral("json"), QCoreApplication::translate("SecretCommands", "Print JSON.")}},
         0,
         1,
         runList},
        {QStringLiteral("rm"),
         QStringLiteral("REF"),
         QCoreApplication::translate("SecretCommands", "Delete a secret."),
         {},
         1,
         1,
         runRm},
    };
}

} // namespace scopevault
