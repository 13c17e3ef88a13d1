#include "import/ImportSource.h"
#include "audit/AuditAction.h"

#include "import/AbstractCoreConfig.h"
#include "import/DotenvParser.h"
#include "secrets/SecretInput.h"

namespace scopevault {

ImportSource::Loaded ImportSource::load(Kind kind, const QString& path)
{
    Loaded loaded;
    switch (kind) {
    case Kind::Dotenv: {
        const DotenvParser::Result parsed = DotenvParser::parse(SecretInput::readRegularFile(path));
        for (const DotenvParser::Problem& problem : parsed.problems) {
            loaded.problems << Problem{QStringLiteral("%1:%2").arg(path).arg(problem.line),
                                       problem.message};
        }
        for (const DotenvParser::Entry& entry : parsed.entries) {
            loaded.items.push_back({entry.name, SecureBuffer::copyOf(entry.value.view()),
                                    QStringLiteral("%1:%2").arg(path).arg(entry.line)});
        }
        break;
    }
    case Kind::AbstractCore: {
        const AbstractCoreConfig::Result parsed = AbstractCoreConfig::parseFile(path);
        for (const AbstractCoreConfig::Skipped& skipped : parsed.skipped) {
            loaded.problems << Problem{QStringLiteral("api_keys.") + skipped.provider,
                                       skipped.reason};
        }
        for (const AbstractCoreConfig::Key& key : parsed.keys) {
            loaded.items.push_back({key.name, SecureBuffer::copyOf(key.value.view()),
                                    QStringLiteral("%1 api_keys.%2").arg(path, key.provider)});
        }
        break;
    }
    }
    return loaded;
}

AuditAction ImportSource::auditAction(Kind kind)
{
    return kind == Kind::Dotenv ? AuditAction::ImportDotenv : AuditAction::ImportAbstractcore;
}

} // namespace scopevault
