#include "scan/SkillScanner.h"

#include "scan/FolderWalk.h"
#include "scan/HarmlessMatch.h"
#include "scan/ScanRules.h"
#include "scan/VaultValueMatcher.h"
#include "vault/VaultError.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <sodium.h>
#include <sys/stat.h>

#include <algorithm>
#include <cctype>

namespace scopevault {

namespace {

PatternDatabase compileRules()
{
    std::vector<std::string> patterns;
    std::vector<bool> caseless;
    for (const ScanRule& rule : ScanRules::all()) {
        patterns.emplace_back(rule.pattern);
        caseless.push_back(rule.caseless);
    }
    return PatternDatabase::regexes(patterns, caseless);
}

struct Candidate
{
    std::size_t from; // of the credential itself (an assignment's value, not its name)
    std::size_t to;
    ScanSeverity severity;
    int rule; // index in ScanRules::all(); -1 for a vault value
    QString reference;
};

int characterClasses(std::string_view value)
{
    bool lower = false;
    bool upper = false;
    bool digit = false;
    bool other = false;
    for (const char c : value) {
        const auto u = static_cast<unsigned char>(c);
        lower |= std::islower(u) != 0;
        upper |= std::isupper(u) != 0;
        digit |= std::isdigit(u) != 0;
        other |= !std::isalnum(u);
    }
    return int(lower) + int(upper) + int(digit) + int(other);
}

// The severity of NAME = value, or nullopt when the value is nothing to report.
std::optional<ScanSeverity> gradeAssignment(std::string_view value)
{
    if (value.size() < 8 || HarmlessMatch::isHarmlessValue(value)) {
        return std::nullopt;
    }
    const int classes = characterClasses(value);
    if (value.size() >= 16 && classes >= 2 && HarmlessMatch::entropy(value) >= 3.5) {
        return ScanSeverity::Medium;
    }
    if (classes >= 2) {
        return ScanSeverity::Low; // possible: short or not very random
    }
    return std::nullopt;
}

// The password of scheme://user:password@host, or empty.
std::string_view urlPassword(std::string_view url)
{
    const std::size_t scheme = url.find("://");
    const std::size_t at = url.find('@');
    if (scheme == std::string_view::npos || at == std::string_view::npos) {
        return {};
    }
    const std::size_t colon = url.find(':', scheme + 3);
    return colon < at ? url.substr(colon + 1, at - colon - 1) : std::string_view();
}

bool isPlaceholderPassword(std::string_view password)
{
    std::string lower(password);
    std::transform(lower.begin(), lower.end(), lower.begin(),
                   [](unsigned char c) { return char(std::tolower(c)); });
    return lower == "password" || lower == "pass" || lower == "secret" || lower == "passwd" ||
           HarmlessMatch::isHarmlessValue(password);
}

QString redact(std::string_view secret)
{
    const QString text = QString::fromUtf8(secret.data(), qsizetype(secret.size()));
    const QString ellipsis = QStringLiteral("\u2026");
    if (text.size() >= 16) {
        return text.left(4) + ellipsis + text.right(4);
    }
    if (text.size() >= 8) {
        return text.left(2) + ellipsis + text.right(2);
    }
    return ellipsis;
}

QString fingerprint(const QString& rule, const QString& path, std::string_view what)
{
    crypto_generichash_state state;
    crypto_generichash_init(&state, nullptr, 0, 16);
    QByteArray head("scopevault-scan-1");
    for (const QByteArray& part : {rule.toUtf8(), path.toUtf8()}) {
        head += '\0';
        head += part;
    }
    head += '\0';
    crypto_generichash_update(&state, reinterpret_cast<const unsigned char*>(head.data()),
                              std::size_t(head.size()));
    crypto_generichash_update(&state, reinterpret_cast<const unsigned char*>(what.data()),
                              what.size());
    unsigned char digest[16];
    crypto_generichash_final(&state, digest, sizeof digest);
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char*>(digest), 16).toHex());
}

QSet<QString> readIgnoreFile(const QString& folder)
{
    QSet<QString> fingerprints;
    QFile file(QDir(folder).filePath(QString::fromLatin1(SkillScanner::IgnoreFileName)));
    if (!file.open(QIODevice::ReadOnly)) {
        return fingerprints;
    }
    // FINGERPRINT [anything], one a line; '#' starts a comment.
    for (const QByteArray& raw : file.read(1024 * 1024).split('\n')) {
        const qsizetype hash = raw.indexOf('#');
        const QByteArray line = (hash < 0 ? raw : raw.first(hash)).simplified();
        const qsizetype space = line.indexOf(' ');
        const QByteArray first = space < 0 ? line : line.first(space);
        if (first.size() == 32) {
            fingerprints.insert(QString::fromLatin1(first).toLower());
        }
    }
    return fingerprints;
}

} // namespace

SkillScanner::SkillScanner(const VaultValueMatcher* values, qint64 maxFileBytes)
    : m_values(values)
    , m_maxFileBytes(maxFileBytes)
    , m_rules(compileRules())
{}

ScanReport SkillScanner::scan(const QString& folder) const
{
    const QFileInfo info(folder);
    if (!info.exists()) {
        throw VaultError(
            ErrorCode::NotFound,
            QCoreApplication::translate("SkillScanner", "%1 does not exist").arg(folder));
    }
    if (!info.isDir()) {
        throw VaultError(
            ErrorCode::Usage,
            QCoreApplication::translate("SkillScanner", "%1 is not a folder").arg(folder));
    }
    ScanReport report;
    report.valuesSearched = m_values ? m_values->valueCount() : -1;
    walk(info.absoluteFilePath(), report, readIgnoreFile(folder));
    std::sort(report.findings.begin(), report.findings.end(),
              [](const ScanFinding& a, const ScanFinding& b) {
                  return std::tie(a.file, a.line, a.column) < std::tie(b.file, b.line, b.column);
              });
    return report;
}

void SkillScanner::walk(const QString& root, ScanReport& report, const QSet<QString>& ignored) const
{
    FolderWalk::each(
        root, [&](const QString& path, const QByteArray& native, const struct stat* status) {
            if (!status) {
                ++report.skippedSpecial;
            } else if (S_ISLNK(status->st_mode)) {
                ++report.skippedLinks;
            } else if (!S_ISREG(status->st_mode)) {
                ++report.skippedSpecial;
            } else if (status->st_size > m_maxFileBytes) {
                ++report.skippedTooLarge;
            } else {
                QFile file(QString::fromLocal8Bit(native));
                if (!file.open(QIODevice::ReadOnly)) {
                    ++report.skippedSpecial;
                    return;
                }
                const QByteArray data = file.read(m_maxFileBytes + 1);
                if (data.left(8192).contains('\0')) {
                    ++report.skippedBinary;
                    return;
                }
                ++report.filesScanned;
                report.bytesScanned += data.size();
                scanData(path, std::string_view(data.constData(), std::size_t(data.size())), report,
                         ignored);
            }
        });
}

void SkillScanner::scanData(const QString& path, std::string_view data, ScanReport& report,
                            const QSet<QString>& ignored) const
{
    const std::vector<ScanRule>& rules = ScanRules::all();
    const bool lockFile =
        HarmlessMatch::isLockFile(path.section(QLatin1Char('/'), -1).toStdString());
    const auto lineAround = [&](std::size_t offset) {
        const std::size_t start = data.rfind('\n', offset == 0 ? 0 : offset - 1);
        const std::size_t begin = start == std::string_view::npos ? 0 : start + 1;
        const std::size_t end = std::min(data.find('\n', offset), data.size());
        return std::make_pair(begin, data.substr(begin, end - begin));
    };
    std::vector<Candidate> candidates;
    for (const PatternDatabase::Match& match : m_rules.scan(data)) {
        const ScanRule& rule = rules.at(match.id);
        std::string_view text = data.substr(match.from, match.to - match.from);
        const auto [lineStart, line] = lineAround(match.from);
        if (HarmlessMatch::insideDataUri(line, match.from - lineStart)) {
            continue;
        }
        std::size_t from = match.from;
        ScanSeverity severity = rule.severity();
        const bool assignment = rule.kind == ScanRule::Kind::Generic ||
                                std::string_view(rule.id) == "aws-secret-access-key" ||
                                std::string_view(rule.id) == "twilio-auth-token";
        if (assignment) {
            std::string_view value = HarmlessMatch::assignedValue(text);
            from = std::size_t(value.data() - data.data());
            text = value;
        }
        if (rule.kind == ScanRule::Kind::Generic) {
            if (lockFile) {
                continue;
            }
            const std::optional<ScanSeverity> grade = gradeAssignment(text);
            if (!grade) {
                continue;
            }
            severity = *grade;
        } else if (std::string_view(rule.id) == "database-url-password") {
            if (isPlaceholderPassword(urlPassword(text))) {
                continue;
            }
        } else if (HarmlessMatch::isExampleOrPlaceholder(text)) {
            continue;
        }
        candidates.push_back({from, from + text.size(), severity, int(match.id), QString()});
    }
    if (m_values) {
        for (const VaultValueMatcher::Match& match : m_values->scan(data)) {
            candidates.push_back(
                {match.from, match.to, ScanSeverity::Critical, -1, match.ref.toString()});
        }
    }
    // Where findings overlap, the worst one stands (a vault value before a rule).
    std::stable_sort(candidates.begin(), candidates.end(),
                     [](const Candidate& a, const Candidate& b) {
                         return std::make_tuple(a.severity, a.rule < 0) >
                                std::make_tuple(b.severity, b.rule < 0);
                     });
    std::vector<const Candidate*> kept;
    for (const Candidate& candidate : candidates) {
        const bool overlaps = std::any_of(kept.begin(), kept.end(), [&](const Candidate* other) {
            return candidate.from < other->to && other->from < candidate.to;
        });
        if (!overlaps) {
            kept.push_back(&candidate);
        }
    }
    for (const Candidate* candidate : kept) {
        const std::string_view secret =
            data.substr(candidate->from, candidate->to - candidate->from);
        ScanFinding finding;
        finding.file = path;
        finding.severity = candidate->severity;
        if (candidate->rule < 0) {
            finding.rule = QStringLiteral("vault-value");
            finding.title = QCoreApplication::translate("SkillScanner", "holds the value of %1")
                                .arg(candidate->reference);
            finding.reference = candidate->reference;
            finding.redacted = QStringLiteral("\u2026");
            finding.fingerprint =
                fingerprint(finding.rule, path, candidate->reference.toStdString());
        } else {
            const ScanRule& rule = rules.at(std::size_t(candidate->rule));
            finding.rule = QString::fromLatin1(rule.id);
            finding.title = QString::fromLatin1(rule.title);
            finding.redacted = redact(secret);
            finding.fingerprint = fingerprint(finding.rule, path, secret);
        }
        if (ignored.contains(finding.fingerprint)) {
            ++report.ignored;
            continue;
        }
        const auto [lineStart, line] = lineAround(candidate->from);
        finding.line =
            1 + int(std::count(data.begin(), data.begin() + std::ptrdiff_t(lineStart), '\n'));
        finding.column =
            1 + int(QString::fromUtf8(line.data(), qsizetype(candidate->from - lineStart)).size());
        report.findings.push_back(finding);
    }
}

} // namespace scopevault
