// The skill scanner on a tree of source files (500 MB by default): its throughput beside the
// raw read speed of the same files (page cache warm, medians of 3 runs), and its recall and
// precision on credentials of every rule planted in Markdown, Python, YAML and JSON among
// harmless look-alikes of every kind.
//   bench_scan [--mb 500] [--keep DIR]
#include "CredentialSamples.h"
#include "CryptoInit.h"
#include "scan/SkillScanner.h"

#include "BenchProcess.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <cstdio>
#include <map>

using namespace scopevault;

namespace {

// Code-like filler: identifiers, calls, comments and strings that name no credential.
QByteArray fillerLine(QRandomGenerator& random)
{
    static const char* words[] = {"result",  "items",      "count",   "value",   "config", "path",
                                  "request", "response",   "handler", "index",   "buffer", "name",
                                  "payload", "session_id", "timeout", "retries", "logger"};
    const auto w = [&] {
        return QByteArray(words[random.bounded(17)]);
    };
    switch (random.bounded(6)) {
    case 0:
        return "    " + w() + " = " + w() + "." + w() + "(" + w() + ", " +
               QByteArray::number(random.bounded(1000)) + ")\n";
    case 1:
        return "# " + w() + " " + w() + " " + w() + " the " + w() + " before " + w() + "\n";
    case 2:
        return "    if " + w() + " is None:\n        raise ValueError(\"no " + w() + "\")\n";
    case 3:
        return "  " + w() + ": \"" + test::randomFrom(random, "abcdefghij klmnop", 24) + "\"\n";
    case 4:
        return "    \"" + w() + "\": " + QByteArray::number(random.bounded(100000)) + ",\n";
    default:
        return "def " + w() + "_" + w() + "(" + w() + "):\n";
    }
}

struct Corpus
{
    int files = 0;
    qint64 bytes = 0;
    std::map<std::pair<QString, int>, QString> planted; // (file, line) -> rule
    int lookAlikes = 0;
};

Corpus build(const QString& root, qint64 targetBytes)
{
    QRandomGenerator random(500);
    Corpus corpus;
    const char* extensions[] = {"md", "py", "yaml", "json"};
    constexpr qint64 FileBytes = 48 * 1024;
    while (corpus.bytes < targetBytes) {
        const QString name = QStringLiteral("pack%1/act%2/file%3.%4")
                                 .arg(corpus.files / 400)
                                 .arg((corpus.files / 20) % 20)
                                 .arg(corpus.files)
                                 .arg(QLatin1String(extensions[corpus.files % 4]));
        QByteArray content;
        int line = 1;
        // Every 25th file carries one credential of each rule; every 10th the look-alikes.
        const bool plant = corpus.files % 25 == 0;
        const QList<test::CredentialSample> samples =
            plant ? test::credentialSamples(random) : QList<test::CredentialSample>();
        qsizetype next = 0;
        while (content.size() < FileBytes) {
            if (next < samples.size() && random.bounded(40) == 0) {
                const test::CredentialSample& sample = samples.at(next++);
                content += sample.prefix + sample.secret + "\n";
                corpus.planted[{name, line}] = QString::fromLatin1(sample.rule);
                ++line;
                continue;
            }
            if (corpus.files % 10 == 3 && line == 5) {
                const QByteArray lookAlikes = test::harmlessLookAlikes(random);
                corpus.lookAlikes += int(lookAlikes.count('\n'));
                content += lookAlikes;
                line += int(lookAlikes.count('\n'));
                continue;
            }
            const QByteArray filler = fillerLine(random);
            content += filler;
            line += int(filler.count('\n'));
        }
        while (next < samples.size()) {
            const test::CredentialSample& sample = samples.at(next++);
            content += sample.prefix + sample.secret + "\n";
            corpus.planted[{name, line++}] = QString::fromLatin1(sample.rule);
        }
        const QString path = root + QLatin1Char('/') + name;
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly)) {
            qFatal("cannot write %s", qPrintable(path));
        }
        file.write(content);
        corpus.bytes += content.size();
        ++corpus.files;
    }
    return corpus;
}

qint64 readAll(const QString& root)
{
    qint64 total = 0;
    QDir dir(root);
    for (const QFileInfo& entry :
         dir.entryInfoList(QDir::AllEntries | QDir::NoDotAndDotDot, QDir::Name)) {
        if (entry.isDir()) {
            total += readAll(entry.filePath());
        } else {
            QFile file(entry.filePath());
            if (file.open(QIODevice::ReadOnly)) {
                total += file.readAll().size();
            }
        }
    }
    return total;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    CryptoInit::ensureInitialised();
    const QStringList args = app.arguments();
    const qint64 megabytes = args.contains(QStringLiteral("--mb"))
                                 ? args.value(args.indexOf(QStringLiteral("--mb")) + 1).toLongLong()
                                 : 500;
    QTemporaryDir temporary;
    const QString root = args.contains(QStringLiteral("--keep"))
                             ? args.value(args.indexOf(QStringLiteral("--keep")) + 1)
                             : temporary.path();
    QElapsedTimer timer;
    timer.start();
    const Corpus corpus = build(root, megabytes * 1024 * 1024);
    std::printf("corpus: %d files, %.0f MB, %zu planted credentials (%d rules), %d look-alike "
                "lines; built in %.1f s\n",
                corpus.files, double(corpus.bytes) / 1e6, corpus.planted.size(), 22,
                corpus.lookAlikes, double(timer.elapsed()) / 1000);

    (void)readAll(root); // warm the page cache
    std::vector<double> reads;
    std::vector<double> scans;
    ScanReport report;
    const SkillScanner scanner;
    for (int run = 0; run < 3; ++run) {
        timer.restart();
        (void)readAll(root);
        reads.push_back(double(timer.nsecsElapsed()) / 1e9);
        timer.restart();
        report = scanner.scan(root);
        scans.push_back(double(timer.nsecsElapsed()) / 1e9);
    }
    const double mb = double(corpus.bytes) / 1e6;
    const double read = bench::median(reads);
    const double scan = bench::median(scans);
    std::printf("raw read : median %.2f s = %.0f MB/s (runs %.2f %.2f %.2f)\n", read, mb / read,
                reads[0], reads[1], reads[2]);
    std::printf("scan     : median %.2f s = %.0f MB/s (runs %.2f %.2f %.2f); scan / read = "
                "%.2f\n",
                scan, mb / scan, scans[0], scans[1], scans[2], scan / read);

    int truePositives = 0;
    int falsePositives = 0;
    int wrongRule = 0;
    std::map<QString, int> missedByRule;
    std::map<std::pair<QString, int>, QString> found;
    for (const ScanFinding& finding : report.findings) {
        if (finding.severity < ScanSeverity::Medium) {
            continue; // precision is measured for medium and up
        }
        const auto planted = corpus.planted.find({finding.file, finding.line});
        if (planted == corpus.planted.end()) {
            ++falsePositives;
            std::printf("  false positive: %s:%d %s %s\n", qPrintable(finding.file), finding.line,
                        qPrintable(finding.rule), qPrintable(finding.redacted));
        } else if (planted->second != finding.rule) {
            ++wrongRule;
            std::printf("  %s:%d found as %s, planted as %s\n", qPrintable(finding.file),
                        finding.line, qPrintable(finding.rule), qPrintable(planted->second));
        } else {
            ++truePositives;
            found[planted->first] = finding.rule;
        }
    }
    for (const auto& [where, rule] : corpus.planted) {
        if (!found.count(where)) {
            ++missedByRule[rule];
        }
    }
    const double recall = double(truePositives) / double(corpus.planted.size());
    const double precision =
        double(truePositives) / double(std::max(1, truePositives + falsePositives + wrongRule));
    std::printf("recall   : %.1f %% (%d of %zu planted found with their rule)\n", recall * 100,
                truePositives, corpus.planted.size());
    std::printf("precision: %.1f %% (medium and up: %d true, %d false, %d with another rule)\n",
                precision * 100, truePositives, falsePositives, wrongRule);
    for (const auto& [rule, missed] : missedByRule) {
        std::printf("  missed %d of rule %s\n", missed, qPrintable(rule));
    }
    return 0;
}
