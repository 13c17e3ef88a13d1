#include "import/SkillpackImporter.h"
#include "audit/AuditAction.h"

#include "store/StoreAccess.h"
#include "store/VaultStore.h"

#include "audit/AuditEvent.h"
#include "catalog/ScopeService.h"
#include "import/ManifestParser.h"
#include "import/SkillpackLayout.h"
#include "vault/VaultError.h"
#include "vault/VaultService.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QRegularExpression>

namespace scopevault {

namespace {

// Lines of a skill's Markdown files that look like an assigned credential. Only the name is
// reported, never the value.
QStringList credentialWarnings(const QString& actionDir)
{
    static const QRegularExpression assignment(
        QStringLiteral("([A-Za-z_]*(?:key|token|secret|password|passwd|sid)[A-Za-z_]*)\\s*[:=]"
                       "\\s*[\"']?[A-Za-z0-9_\\-]{16,}"),
        QRegularExpression::CaseInsensitiveOption);
    QStringList warnings;
    for (const QString& name : QDir(actionDir).entryList({QStringLiteral("*.md")}, QDir::Files)) {
        QFile file(actionDir + QLatin1Char('/') + name);
        if (!file.open(QIODevice::ReadOnly)) {
            continue;
        }
        int lineNumber = 0;
        while (!file.atEnd()) {
            ++lineNumber;
            const QString line = QString::fromUtf8(file.readLine());
            const QRegularExpressionMatch match = assignment.match(line);
            if (match.hasMatch()) {
                warnings << QCoreApplication::translate(
                                "SkillpackImporter",
                                "%1:%2: '%3' looks like a hard-coded credential; rotate it and "
                                "keep it in the vault")
                                .arg(file.fileName())
                                .arg(lineNumber)
                                .arg(match.captured(1));
            }
        }
    }
    return warnings;
}

void diff(SkillpackPlan::ActionChange& change, const Action* existing)
{
    change.isNew = existing == nullptr;
    for (const Declaration& wanted : change.manifest.declarations) {
        const Declaration* had = existing ? existing->declaration(wanted.name) : nullptr;
        if (!had) {
            change.added << wanted.name;
        } else if (!(*had == wanted)) {
            change.changed << wanted.name;
        }
    }
    if (existing) {
        for (const Declaration& had : existing->declarations) {
            bool kept = false;
            for (const Declaration& wanted : change.manifest.declarations) {
                kept = kept || wanted.name == had.name;
            }
            if (!kept) {
                change.removed << had.name;
            }
        }
    }
}

} // namespace

SkillpackImporter::SkillpackImporter(VaultService& vault)
    : m_store(storeOf(vault))
{}

SkillpackPlan SkillpackImporter::plan(const QString& dir, const std::optional<QString>& pack)
{
    const QList<SkillpackLayout::ActionFolder> actionDirs =
        SkillpackLayout::actionFolders(dir, pack);
    SkillpackPlan plan;
    const Catalog& catalog = m_store.catalog();
    for (const auto& [packName, actionDir] : actionDirs) {
        const QString actionName = QDir(actionDir).dirName();
        Scope scope = Scope::system();
        try {
            scope = Scope::action(packName, actionName);
        } catch (const VaultError& error) {
            throw VaultError(ErrorCode::Other,
                             QCoreApplication::translate("SkillpackImporter", "%1: %2")
                                 .arg(actionDir, error.message()),
                             pack ? VaultError::Remedy::RenameFolder
                                  : VaultError::Remedy::NamePack);
        }
        SkillpackPlan::ActionChange change{
            scope,
            ManifestParser::parseFile(actionDir + QLatin1Char('/') + SkillpackLayout::ManifestFile),
            false,
            {},
            {},
            {}};
        diff(change, catalog.action(scope));
        if (!catalog.pack(packName) && !plan.newPacks.contains(packName)) {
            plan.newPacks << packName;
        }
        plan.warnings << credentialWarnings(actionDir);
        plan.actions.append(change);
    }
    return plan;
}

void SkillpackImporter::apply(const SkillpackPlan& plan, const QString& source)
{
    m_store.transact([&] {
        m_store.record({AuditAction::ImportSkillpack, source, AuditEvent::Outcome::Success,
                        QJsonObject{{QStringLiteral("actions"), int(plan.actions.size())},
                                    {QStringLiteral("newPacks"), int(plan.newPacks.size())}}});
        for (const SkillpackPlan::ActionChange& change : plan.actions) {
            m_store.ensureScope(change.scope);
            Action action = *m_store.catalog().action(change.scope);
            action.declarations = change.manifest.declarations;
            if (action.description.isEmpty()) {
                action.description = change.manifest.description;
            }
            m_store.putObject(action);
        }
    });
}

} // namespace scopevault
