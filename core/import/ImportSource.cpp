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
        DotenvParser::Result parsed = DotenvParser::parse(SecretInput::readRegularFile(path));
        for (const DotenvParser::Problem& problem : parsed.problems) {
            loaded.problems << Problem{QStringLiteral("%1:%2").arg(path).arg(problem.line),
                                       problem.message};
        }
        // The parser's buffer moves here whole (its address with it): the views stay valid.
        loaded.values = std::move(parsed.values);
        loaded.items.reserve(parsed.entries.size());
        for (const DotenvParser::Entry& entry : parsed.entries) {
            loaded.items.push_back(
                {entry.name, entry.value, QStringLiteral("%1:%2").arg(path).arg(entry.line)});
        }
        break;
    }
    case Kind::AbstractCore: {
        const AbstractCoreConfig::Result parsed = AbstractCoreConfig::parseFile(path);
        for (const AbstractCoreConfig::Skipped& skipped : parsed.skipped) {
            loaded.problems << Problem{QStringLiteral("api_keys.") + skipped.provider,
                                       skipped.reason};
        }
        std::vector<std::pair<std::size_t, std::size_t>> spans;
        for (const AbstractCoreConfig::Key& key : parsed.keys) {
            spans.emplace_back(loaded.values.size(), key.value.size());
            loaded.values.append(key.value.data(), key.value.size());
        }
        for (std::size_t k = 0; k < parsed.keys.size(); ++k) {
            const AbstractCoreConfig::Key& key = parsed.keys[k];
            loaded.items.push_back(
                {key.name, SecretView(loaded.values.data() + spans[k].first, spans[k].second),
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
