#pragma once

#include "audit/AuditVerification.h"
#include "secrets/SecretInfo.h"
#include "secrets/SecretRef.h"

#include <QWidget>

#include <vector>

class QGroupBox;
class QLabel;
class QListWidget;
class QListWidgetItem;

namespace scopevault {

class AuditVerifyRunner;
class VaultSession;

/// The vault at a glance: its size, agents with coverage gaps, issued bundles expiring or
/// stale, rotations due or late, the audit log's integrity verdict and the latest activity.
/// Every item opens the view (or the New secret dialog) that deals with it.
class OverviewView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OverviewView)

public:
    explicit OverviewView(VaultSession& session, QWidget* parent = nullptr);

    /// `listing`: every secret's metadata, as the window just listed it.
    void refresh(const std::vector<SecretInfo>& listing);
    /// Verifies the audit log on a worker unless a verdict for the log as it is stands.
    void verifyIfStale();
    void clear();
    [[nodiscard]] int gapCount() const { return m_gaps; }

Q_SIGNALS:
    void errorOccurred(const QString& message);
    void agentRequested(const QString& agent);
    void secretRequested(const scopevault::SecretRef& ref);
    /// A required secret is defined nowhere: create it at the action that declares it.
    void createRequested(const scopevault::SecretRef& suggested);
    void bundlesRequested();
    /// A count was followed: "secrets", "effective", "agents", "permissions" or "bundles".
    void viewRequested(const QString& view);
    /// The audit view, at the event with this sequence number (0: newest).
    void auditRequested(qint64 seq);

private:
    void activated(QListWidgetItem* item);
    void showVerdict(const AuditVerification& result, const QString& error);
    void setVerdict(const QString& text, bool bad);

    VaultSession& m_session;
    AuditVerifyRunner* m_runner;
    QLabel* m_counts;
    QListWidget* m_gapList;
    QListWidget* m_bundleList;
    QListWidget* m_rotationList;
    QListWidget* m_scanList;
    QLabel* m_verdict;
    QListWidget* m_activityList;
    int m_gaps = 0;
    bool m_verdictStale = true;
};

} // namespace scopevault
