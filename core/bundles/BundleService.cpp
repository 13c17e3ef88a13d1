#include "bundles/BundleService.h"

#include "FileDescriptor.h"
#include "audit/AuditAction.h"
#include "audit/AuditActor.h"
#include "catalog/AgentName.h"

#include "store/StoreAccess.h"
#include "store/VaultStore.h"

#include "BundlePayload.h"
#include "bundles/BundlePlanner.h"
#include "bundles/ReceiptParser.h"
#include "catalog/SettingsService.h"
#include "scan/ScanGate.h"
#include "text/Duration.h"
#include "text/TextConversion.h"
#include "vault/VaultError.h"
#include "vault/VaultService.h"

#include <QCoreApplication>
#include <QFile>

#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <cerrno>
#include <cstring>

#include <map>
#include <sodium.h>

namespace scopevault {

namespace {

QString iso(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate);
}

struct Prepared
{
    BundleRequest request;
    BundlePlan plan;
    qint64 lifetimeSeconds = 0;
};

struct CachedValue
{
    SecureBuffer value;
    quint64 version = 1;
    QString tag;
};

// A new file beside the target, renamed over it (0600): never written through a symlink.
void writeFile(const QString& path, const QByteArray& bytes)
{
    if (!FileDescriptor::writeFileAtomically(
            QFile::encodeName(path).toStdString(),
            std::string_view(bytes.constData(), static_cast<std::size_t>(bytes.size())), 0600)) {
        throw VaultError(
            ErrorCode::Other,
            QCoreApplication::translate("BundleService",
                                        "the bundle was registered but %1 could not be written: %2")
                .arg(path, QString::fromLocal8Bit(std::strerror(errno))));
    }
}

} // namespace

BundleService::BundleService(VaultService& vault)
    : m_vault(vault)
    , m_store(storeOf(vault))
    , m_secrets(vault)
    , m_registry(vault)
{}

BundlePlan BundleService::plan(const QString& agent, const QList<Scope>& actions)
{
    return BundlePlanner::plan(m_store.catalog(), m_secrets.secretIndex(), agent, actions,
                               m_store.clock().nowUtc());
}

BundleExport BundleService::exportBundle(const BundleRequest& request)
{
    return exportBundles({request}).constFirst();
}

QList<BundleExport> BundleService::exportBundles(const QList<BundleRequest>& requests)
{
    SettingsService settings(m_vault);
    const qint64 defaultLifetime =
        settings.seconds(QString::fromLatin1(SettingsService::BundleDefaultLifetime));
    const qint64 maxLifetime =
        settings.seconds(QString::fromLatin1(SettingsService::BundleMaxLifetime));
    const QDateTime now = m_store.clock().nowUtc();
    const Catalog& catalog = m_store.catalog();
    const SecretIndex index = m_secrets.secretIndex();

    QList<Prepared> prepared;
    for (const BundleRequest& request : requests) {
        if (!request.outPath.isEmpty() && !request.overwrite &&
            QFileInfo::exists(request.outPath)) {
            throw VaultError(ErrorCode::Usage,
                             QCoreApplication::translate("BundleService", "%1 already exists")
                                 .arg(request.outPath),
                             VaultError::Remedy::ForceReplacesFile);
        }
        Prepared each{request, {}, request.lifetimeSeconds.value_or(defaultLifetime)};
        QList<Scope> actions;
        for (const Scope& action : request.actions) {
            if (!actions.contains(action)) {
                actions << action;
            }
        }
        each.plan = BundlePlanner::plan(catalog, index, request.agent, actions, now);
        // The skill supply-chain gate: packs whose scan failed (or is missing, stale or
        // out of date, with scan.required) warn or refuse, as scan.gate says.
        QStringList packs;
        for (const Scope& action : each.plan.actions) {
            if (!packs.contains(action.packName())) {
                packs << action.packName();
            }
        }
        const ScanGate::ExportCheck gate = ScanGate(m_vault).checkExport(request.agent, packs);
        each.plan.warnings << gate.warnings;
        each.plan.problems << gate.problems;
        if (each.lifetimeSeconds > maxLifetime) {
            each.plan.problems << QCoreApplication::translate(
                                      "BundleService",
                                      "a lifetime of %1 is longer than bundle.max-lifetime (%2)")
                                      .arg(Duration::format(each.lifetimeSeconds),
                                           Duration::format(maxLifetime));
        }
        prepared << each;
    }

    QStringList problems;
    VaultError::Remedy remedy = VaultError::Remedy::None;
    for (const Prepared& each : prepared) {
        if (each.plan.ok()) {
            continue;
        }
        if (each.plan.remedy != VaultError::Remedy::None) {
            remedy = each.plan.remedy;
        }
        problems << QCoreApplication::translate("BundleService", "cannot export a bundle for '%1':")
                        .arg(each.request.agent);
        for (const QString& problem : each.plan.problems) {
            problems << QStringLiteral("  - ") + problem;
        }
        m_store.record({AuditAction::BundleExported, each.request.agent,
                        AuditEvent::Outcome::Denied,
                        QJsonObject{{QStringLiteral("problems"),
                                     QJsonArray::fromStringList(each.plan.problems)}}});
    }
    if (!problems.isEmpty()) {
        throw VaultError(ErrorCode::Denied, problems.join(QLatin1Char('\n')), remedy);
    }

    QList<BundleExport> results;
    m_store.transact([&] {
        std::map<QString, CachedValue> values; // by reference: each value decrypted once
        for (const Prepared& each : prepared) {
            const Agent& agent = *catalog.agent(each.request.agent);
            BundlePayload payload;
            for (const Scope& action : each.plan.actions) {
                payload.actions.push_back(action.toString().toStdString());
            }
            IssuedBundle issued;
            issued.id = QByteArray(BundleHeader::IdBytes, Qt::Uninitialized);
            randombytes_buf(issued.id.data(), static_cast<std::size_t>(issued.id.size()));
            issued.agent = agent.name;
            issued.agentFingerprint = agent.fingerprint();
            issued.createdMs = now.toMSecsSinceEpoch();
            issued.expiresMs = issued.createdMs + each.lifetimeSeconds * 1000;
            issued.actions = TextConversion::toQt(payload.actions);
            issued.file = each.request.outPath.isEmpty()
                              ? QString()
                              : QFileInfo(each.request.outPath).absoluteFilePath();
            QJsonArray secretDetails;
            for (const BundlePlan::Entry& entry : each.plan.secrets) {
                const QString reference = entry.ref.toString();
                auto cached = values.find(reference);
                if (cached == values.end()) {
                    CachedValue value;
                    value.value = m_secrets.readValueForBundle(entry.ref, value.version);
                    value.tag = m_store.audit().valueTag(value.value.view());
                    cached = values.emplace(reference, std::move(value)).first;
                }
                BundleSecret secret;
                secret.name = entry.ref.name().toStdString();
                secret.reference = reference.toStdString();
                secret.provenance = entry.ref.scope().toString().toStdString();
                secret.version = cached->second.version;
                secret.actions.assign(entry.actions.cbegin(), entry.actions.cend());
                secret.shared = &cached->second.value;
                payload.secrets.push_back(std::move(secret));
                issued.secrets.append({reference, entry.ref.name(), cached->second.version});
                secretDetails.append(
                    QJsonObject{{QStringLiteral("ref"), reference},
                                {QStringLiteral("version"), qint64(cached->second.version)},
                                {QStringLiteral("tag"), cached->second.tag}});
            }
            BundleHeader header;
            header.bundleId = issued.id.toStdString();
            header.createdMs = issued.createdMs;
            header.expiresMs = issued.expiresMs;
            header.agent = agent.name.toStdString();
            BundleExport result{issued, each.plan.warnings,
                                m_store.sealBundle(header, payload.encode(), agent.publicKey)};
            m_registry.registerBundle(issued);
            m_store.record({AuditAction::BundleExported, agent.name, AuditEvent::Outcome::Success,
                            QJsonObject{{QStringLiteral("bundle"), issued.idText()},
                                        {QStringLiteral("expires"), iso(issued.expiresMs)},
                                        {QStringLiteral("actions"),
                                         QJsonArray::fromStringList(issued.actions)},
                                        {QStringLiteral("secrets"), secretDetails},
                                        {QStringLiteral("file"), issued.file}}});
            results << std::move(result);
        }
    });
    // Written only once the export is on record: a file without its audit event would be
    // a release nobody can see.
    for (qsizetype i = 0; i < results.size(); ++i) {
        if (!prepared.at(i).request.outPath.isEmpty()) {
            writeFile(prepared.at(i).request.outPath, results.at(i).file);
        }
    }
    return results;
}

QList<IssuedBundle> BundleService::issued(const std::optional<QString>& agent)
{
    QList<IssuedBundle> result = m_registry.issuedBundles();
    if (agent) {
        result.removeIf([&](const IssuedBundle& bundle) { return bundle.agent != *agent; });
    }
    return result;
}

QList<BundleStatus> BundleService::issuedStatus(const std::optional<QString>& agent)
{
    const QList<IssuedBundle> bundles = issued(agent);
    QList<BundleStatus> result;
    if (bundles.isEmpty()) {
        return result;
    }
    // The current version of each secret the bundles carry, looked up one by one: bundles
    // hold a few secrets, and listing the whole vault would cost a view refresh seconds.
    QHash<QString, std::optional<quint64>> current;
    for (const IssuedBundle& bundle : bundles) {
        for (const IssuedBundle::Secret& held : bundle.secrets) {
            if (current.contains(held.reference)) {
                continue;
            }
            const SecretRef ref = SecretRef::parse(held.reference);
            current.insert(held.reference,
                           m_secrets.secretExists(ref)
                               ? std::optional<quint64>(m_secrets.describeSecret(ref).version)
                               : std::nullopt);
        }
    }
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(m_store.nowMs(), Qt::UTC);
    for (const IssuedBundle& bundle : bundles) {
        BundleStatus status{bundle, bundle.isExpiredAt(now), {}};
        for (const IssuedBundle::Secret& held : bundle.secrets) {
            const std::optional<quint64> version = current.value(held.reference);
            if (!version || *version != held.version) {
                status.changedSince << held.reference;
            }
        }
        status.changedSince.sort();
        result << status;
    }
    return result;
}

ReceiptImport BundleService::importReceipts(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        throw VaultError(file.exists() ? ErrorCode::Other : ErrorCode::NotFound,
                         QCoreApplication::translate("BundleService", "cannot read %1: %2")
                             .arg(path, file.errorString()));
    }
    ReceiptImport result;
    QList<Receipt> accepted;
    QSet<QString> seenHere;
    int lineNumber = 0;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        ++lineNumber;
        if (line.isEmpty()) {
            continue;
        }
        const QString where = QStringLiteral("%1:%2: ").arg(path).arg(lineNumber);
        QJsonParseError parseError{};
        const QJsonDocument document = QJsonDocument::fromJson(line, &parseError);
        if (!document.isObject()) {
            result.refused << where + QCoreApplication::translate("BundleService",
                                                                  "not a JSON object (%1)")
                                          .arg(parseError.errorString());
            continue;
        }
        Receipt receipt;
        try {
            receipt = ReceiptParser::fromJson(document.object());
        } catch (const VaultError& error) {
            result.refused << where + error.message();
            continue;
        }
        const QString id = TextConversion::toQt(receipt.id);
        const QString bundleId = TextConversion::toQt(receipt.bundle);
        const QString agent = TextConversion::toQt(receipt.agent);
        if (seenHere.contains(id) || m_registry.receiptSeen(id)) {
            ++result.duplicates;
            continue;
        }
        const std::optional<IssuedBundle> bundle =
            m_registry.issuedBundle(QByteArray::fromHex(bundleId.toLatin1()));
        if (!bundle) {
            result.refused << where + QCoreApplication::translate(
                                          "BundleService", "bundle %1 was not issued by this vault")
                                          .arg(bundleId);
            continue;
        }
        if (bundle->agent != agent) {
            result.refused << where +
                                  QCoreApplication::translate(
                                      "BundleService",
                                      "bundle %1 was issued to '%2', but the receipt names '%3'")
                                      .arg(bundleId, bundle->agent, agent);
            continue;
        }
        QStringList foreign;
        const QStringList names = bundle->secretNames();
        for (const QString& name : TextConversion::toQt(receipt.secrets)) {
            if (!names.contains(name)) {
                foreign << name;
            }
        }
        for (const QString& action : TextConversion::toQt(receipt.actions)) {
            if (!bundle->actions.contains(action)) {
                foreign << action;
            }
        }
        if (!foreign.isEmpty()) {
            result.refused << where +
                                  QCoreApplication::translate(
                                      "BundleService", "names %1, which bundle %2 does not hold")
                                      .arg(foreign.join(QStringLiteral(", ")), bundleId);
            continue;
        }
        seenHere.insert(id);
        accepted << receipt;
    }

    m_store.transact([&] {
        for (const Receipt& receipt : accepted) {
            const bool released = receipt.outcome == "released";
            const bool ok = released || receipt.outcome == "exit 0";
            const auto q = [](const std::string& text) {
                return TextConversion::toQt(text);
            };
            m_registry.rememberReceipt(q(receipt.id));
            m_store.recordAs(
                {released ? AuditAction::AgentSecretsReleased : AuditAction::AgentCommandFinished,
                 QStringLiteral("bundle:") + q(receipt.bundle),
                 ok ? AuditEvent::Outcome::Success : AuditEvent::Outcome::Error,
                 QJsonObject{{QStringLiteral("receipt"), q(receipt.id)},
                             {QStringLiteral("agentTime"),
                              QDateTime::fromMSecsSinceEpoch(receipt.timeMs, Qt::UTC)
                                  .toString(Qt::ISODateWithMs)},
                             {QStringLiteral("actions"),
                              QJsonArray::fromStringList(TextConversion::toQt(receipt.actions))},
                             {QStringLiteral("secrets"),
                              QJsonArray::fromStringList(TextConversion::toQt(receipt.secrets))},
                             {QStringLiteral("command"), q(receipt.command)},
                             {QStringLiteral("delivery"), q(receipt.delivery)},
                             {QStringLiteral("result"), q(receipt.outcome)}}},
                AuditActor::agent(AgentName::parse(q(receipt.agent))));
        }
        result.imported = static_cast<int>(accepted.size());
        m_store.record(
            {AuditAction::AuditReceiptsImported, QFileInfo(path).absoluteFilePath(),
             result.refused.isEmpty() ? AuditEvent::Outcome::Success : AuditEvent::Outcome::Denied,
             QJsonObject{{QStringLiteral("imported"), result.imported},
                         {QStringLiteral("duplicates"), result.duplicates},
                         {QStringLiteral("refused"), int(result.refused.size())}}});
    });
    return result;
}

} // namespace scopevault
