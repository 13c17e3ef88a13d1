#include "vault/VaultVerifier.h"

#include "audit/AuditService.h"
#include "bundles/BundleRegistry.h"
#include "secrets/SecretService.h"
#include "vault/VaultError.h"
#include "vault/VaultService.h"

#include <QCoreApplication>

namespace scopevault {

namespace {

QString verdict(const QStringList& problems, const QString& whenGood)
{
    return problems.isEmpty() ? whenGood
                              : QCoreApplication::translate("VaultVerifier", "problems found: %1")
                                    .arg(problems.size());
}

} // namespace

VaultVerifier::VaultVerifier(VaultService& vault)
    : m_vault(vault)
{}

VaultCheck::Part VaultVerifier::checkFile()
{
    QStringList problems;
    try {
        problems = m_vault.storageProblems();
    } catch (const VaultError& error) {
        problems << error.message();
    }
    return {QStringLiteral("file"),
            verdict(problems, QCoreApplication::translate("VaultVerifier", "every page intact")),
            problems};
}

std::vector<VaultCheck::Part> VaultVerifier::checkContents()
{
    std::vector<VaultCheck::Part> parts;

    QStringList commitment;
    try {
        commitment = m_vault.verifyCommitment();
    } catch (const VaultError& error) {
        commitment << error.message();
    }
    parts.push_back({QStringLiteral("commitment"),
                     verdict(commitment, QCoreApplication::translate("VaultVerifier",
                                                                     "every record as committed")),
                     commitment});

    QStringList records;
    try {
        records = SecretService(m_vault).verifySeals();
    } catch (const VaultError& error) {
        records << error.message();
    }
    try {
        (void)m_vault.catalog();
        (void)BundleRegistry(m_vault).issuedBundles();
    } catch (const VaultError& error) {
        records << error.message();
    }
    parts.push_back(
        {QStringLiteral("records"),
         verdict(records, QCoreApplication::translate("VaultVerifier", "every seal opens")),
         records});

    QStringList audit;
    QString summary;
    try {
        const AuditVerification result = AuditService(m_vault).verify(std::nullopt);
        summary = result.summary();
        if (!result.ok()) {
            audit << summary;
        }
    } catch (const VaultError& error) {
        audit << error.message();
        summary = verdict(audit, QString());
    }
    parts.push_back({QStringLiteral("audit"), summary, audit});
    return parts;
}

} // namespace scopevault
