#pragma once

#include "audit/AuditCheckpointFile.h"
#include "audit/AuditEntry.h"
#include "audit/AuditFilter.h"
#include "audit/AuditStats.h"
#include "audit/AuditVerification.h"
#include "audit/AuditVerifier.h"

#include <QByteArrayView>
#include <QJsonObject>
#include <QString>

#include <optional>
#include <vector>

namespace scopevault {

class VaultService;
class VaultStore;

/// The audit log's use cases for its readers: select events, export them, verify the chain,
/// and export signed checkpoints. The CLI's `audit` commands call it, and so will the GUI's
/// audit view; nothing here writes an event except a checkpoint.
class AuditService final
{
public:
    enum class ExportFormat
    {
        Jsonl,
        Csv,
    };

    explicit AuditService(VaultService& vault);

    /// "success", "denied" or "error"; throws VaultError(Usage) for anything else.
    [[nodiscard]] static QString checkedOutcome(const QString& text);
    /// "jsonl" or "csv"; throws VaultError(Usage) for anything else.
    [[nodiscard]] static ExportFormat parseFormat(const QString& text);

    /// Events matching `filter` in chronological order; with a limit, the newest N of them
    /// (still oldest first). Throws VaultError(Usage) for an unknown outcome.
    [[nodiscard]] std::vector<AuditEntry> query(AuditFilter filter);
    /// Events per bucket of `width` ("hour", "day", "week"; UTC, weeks from Monday) and
    /// outcome, for the same filters (the limit aside): what the timeline chart draws.
    /// Throws VaultError(Usage) for an unknown width, kind or outcome.
    [[nodiscard]] std::vector<AuditBucket> stats(AuditFilter filter, const QString& width);
    /// A bucket as JSON: {start, success, denied, error}.
    [[nodiscard]] static QJsonObject toJson(const AuditBucket& bucket);
    /// Walks the chain and the signed checkpoints; with `exportedCheckpoint` (a file written
    /// by writeCheckpoint) also checks the log against it (truncation).
    [[nodiscard]] AuditVerification verify(const std::optional<QString>& exportedCheckpoint);
    /// The same walk, detached from the open vault so that a GUI runs it on a worker thread
    /// over a connection of its own (AuditVerifier::verify).
    [[nodiscard]] AuditVerifier verifier();
    /// Refuses (VaultError(Integrity)) a vault older than the checkpoint exported to `path`,
    /// or whose log differs from it, checking only the events since it: the anchor against
    /// restoring an older copy of the whole file (`--expect-checkpoint`).
    void expectCheckpoint(const QString& path);
    /// An exported checkpoint file, read and parsed (VaultError(Other) naming the file).
    [[nodiscard]] static AuditCheckpointFile readCheckpoint(const QString& path);
    /// The newest event a stored signed checkpoint covers (0: none yet).
    [[nodiscard]] qint64 newestCheckpointedSeq();
    /// Signs the newest event and writes that checkpoint to `path` (replaced atomically).
    /// Throws VaultError(NotFound) when the log is empty, VaultError(Other) when the file
    /// cannot be written.
    AuditCheckpointFile writeCheckpoint(const QString& path);
    /// The keyed tag the log stores for a value (never the value).
    [[nodiscard]] QString valueTag(QByteArrayView value);

    /// One event as a JSON object (the `--json` and JSONL shape, docs/AUDIT.md).
    [[nodiscard]] static QJsonObject toJson(const AuditEntry& entry);
    /// The details object as compact JSON text; empty when there are none.
    [[nodiscard]] static QString detailsText(const QJsonObject& details);
    /// The export's lines: a header then one line an event for CSV; one JSON object a
    /// line for JSONL.
    /// Writes the events `filter` selects to `path` (0600, through a temporary file in the same
    /// folder, never through a symlink) in `format`; returns how many. VaultError names the file.
    qsizetype exportTo(const AuditFilter& filter, ExportFormat format, const QString& path);
    /// The format a file name asks for: `.csv` is CSV, anything else JSON lines.
    [[nodiscard]] static ExportFormat formatOfPath(const QString& path);
    [[nodiscard]] static QStringList exportLines(const std::vector<AuditEntry>& entries,
                                                 ExportFormat format);

private:
    /// Validates the outcome and kind of a filter (VaultError(Usage) naming the value).
    static void checkFilter(AuditFilter& filter);

    VaultStore& m_store;
};

} // namespace scopevault
