#pragma once

#include "audit/AuditFilter.h"
#include "audit/AuditStats.h"

#include <QDateTime>
#include <QWidget>

#include <optional>

class QColor;
class QDragEnterEvent;
class QDropEvent;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace scopevault {

class AuditEventModel;
class AuditTimeline;
class AuditVerifyRunner;
struct AuditVerification;
class VaultSession;

/// The audit log: an integrity verdict, the events over time, filters, and the events
/// themselves newest first with their details. Everything is read through AuditService, as
/// the CLI's `audit` commands do.
class AuditView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditView)

public:
    explicit AuditView(VaultSession& session, QWidget* parent = nullptr);

    /// Reloads the chart, the events and the verdict (after unlocking or a change).
    void refresh();
    void clear();
    /// "Who accessed this?": the events whose target is `target`, any time.
    void showTarget(const QString& target);
    /// "Activity": the events of this actor (a bare agent name finds the agent's).
    void showActor(const QString& actor);
    /// The events from sequence number `seq` back, that event selected (from the Overview).
    void goToEvent(qint64 seq);

Q_SIGNALS:
    void errorOccurred(const QString& message);
    void statusMessage(const QString& text);

private:
    [[nodiscard]] AuditFilter currentFilter() const;
    [[nodiscard]] AuditBucketWidth bucketWidth() const;
    void reload();
    void verify();
    void verifyAgainstCheckpoint();
    void showVerdict(const AuditVerification& result, const QString& error);
    void setBanner(const QString& text, const QColor& background);
    void showDetails();
    void exportEvents();
    void exportCheckpoint();
    void importReceipts(const QString& path);
    void chooseReceipts();

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    VaultSession& m_session;
    QLabel* m_banner;
    QPushButton* m_jump;
    QComboBox* m_range;
    QLineEdit* m_actor;
    QComboBox* m_kind;
    QLineEdit* m_target;
    QComboBox* m_outcome;
    QLabel* m_span;
    QPushButton* m_clearSpan;
    AuditTimeline* m_timeline;
    AuditEventModel* m_model;
    QTableView* m_table;
    QPlainTextEdit* m_details;
    AuditVerifyRunner* m_runner;
    std::optional<std::pair<QDateTime, QDateTime>> m_chosenSpan;
    std::optional<qint64> m_brokenSeq;
    std::optional<qint64> m_startAt; // the jump: events from this one back
    qint64 m_checkpointed = 0;       // the newest event a signed checkpoint covers
};

} // namespace scopevault
