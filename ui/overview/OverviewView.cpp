#include "overview/OverviewView.h"
#include "shell/ErrorText.h"

#include "audit/AuditService.h"
#include "audit/AuditVerifyRunner.h"
#include "overview/OverviewService.h"
#include "rotation/RotationColors.h"
#include "shell/StatusColors.h"
#include "shell/VaultSession.h"
#include "vault/VaultError.h"
#include "vault/VaultService.h"

#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QVBoxLayout>

#include <algorithm>

namespace scopevault {

namespace {

// What an item opens (Qt::UserRole) and with what (Qt::UserRole + 1).
enum Opens
{
    OpensAgent,
    OpensCreate,
    OpensBundles,
    OpensSecret,
    OpensAudit,
    OpensScopes,
};

QListWidget* list(const char* name, QWidget* parent)
{
    auto* view = new QListWidget(parent);
    view->setObjectName(QString::fromLatin1(name));
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setUniformItemSizes(true);
    view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    view->setTextElideMode(Qt::ElideRight);
    return view;
}

// A list as tall as its rows (three to seven), so that the cards do not stand half empty.
void fitRows(QListWidget* view)
{
    const int rows = std::clamp(view->count(), 3, 7);
    const int row =
        std::max(view->count() > 0 ? view->sizeHintForRow(0) : 0, view->fontMetrics().height() + 6);
    view->setFixedHeight(rows * row + 2 * view->frameWidth() + 4);
}

QGroupBox* card(const QString& title, QWidget* content, QWidget* parent)
{
    auto* box = new QGroupBox(title, parent);
    auto* layout = new QVBoxLayout(box);
    layout->addWidget(content);
    return box;
}

QListWidgetItem* item(QListWidget* view, const QString& text, Opens opens, const QVariant& what)
{
    auto* row = new QListWidgetItem(text, view);
    row->setToolTip(text);
    row->setData(Qt::UserRole, opens);
    row->setData(Qt::UserRole + 1, what);
    return row;
}

QString when(const QDateTime& time)
{
    return QLocale().toString(time.toLocalTime(), QLocale::ShortFormat);
}

} // namespace

OverviewView::OverviewView(VaultSession& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_runner(new AuditVerifyRunner(this))
    , m_counts(new QLabel(this))
    , m_gapList(list("overviewGaps", this))
    , m_bundleList(list("overviewBundles", this))
    , m_rotationList(list("overviewRotation", this))
    , m_scanList(list("overviewPackScans", this))
    , m_verdict(new QLabel(this))
    , m_activityList(list("overviewActivity", this))
{
    setObjectName(QStringLiteral("overviewView"));
    m_counts->setObjectName(QStringLiteral("overviewCounts"));
    m_counts->setWordWrap(true);
    m_counts->setTextFormat(Qt::RichText);
    m_counts->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    connect(m_counts, &QLabel::linkActivated, this, &OverviewView::viewRequested);
    QFont big = m_counts->font();
    big.setPointSizeF(big.pointSizeF() * 1.15);
    m_counts->setFont(big);
    m_verdict->setObjectName(QStringLiteral("overviewVerdict"));
    m_verdict->setWordWrap(true);
    m_gapList->setAccessibleName(tr("Agents with coverage gaps"));
    m_bundleList->setAccessibleName(tr("Bundles expiring or stale"));
    m_rotationList->setAccessibleName(tr("Rotations due or late"));
    m_scanList->setAccessibleName(tr("Skill packs to scan"));
    m_activityList->setAccessibleName(tr("Latest activity"));

    auto* audit = new QWidget(this);
    auto* auditLayout = new QVBoxLayout(audit);
    auditLayout->setContentsMargins(0, 0, 0, 0);
    auditLayout->addWidget(m_verdict);
    auditLayout->addWidget(m_activityList, 1);

    // Two by two: four cards side by side left each too narrow for a reference at 1,200 px.
    auto* cards = new QGridLayout;
    cards->addWidget(card(tr("Agents with coverage gaps"), m_gapList, this), 0, 0);
    cards->addWidget(card(tr("Bundles expiring or stale"), m_bundleList, this), 0, 1);
    cards->addWidget(card(tr("Rotation due or late"), m_rotationList, this), 1, 0);
    cards->addWidget(card(tr("Skill packs to scan"), m_scanList, this), 1, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_counts);
    layout->addLayout(cards);
    layout->addWidget(card(tr("Audit log and latest activity"), audit, this), 1);

    for (QListWidget* view :
         {m_gapList, m_bundleList, m_rotationList, m_scanList, m_activityList}) {
        connect(view, &QListWidget::itemActivated, this, &OverviewView::activated);
    }
    connect(m_runner, &AuditVerifyRunner::progressed, this, [this](qint64 events) {
        setVerdict(tr("Verifying the audit log… %1 events so far").arg(events), false);
    });
    connect(m_runner, &AuditVerifyRunner::finished, this, &OverviewView::showVerdict);
}

void OverviewView::refresh(const std::vector<SecretInfo>& listing)
{
    if (!m_session.isUnlocked()) {
        return;
    }
    m_verdictStale = true;
    VaultOverview overview;
    try {
        overview = OverviewService(m_session.vault()).summarize(listing, 20);
    } catch (const VaultError& error) {
        Q_EMIT errorOccurred(ErrorText::describe(error));
        return;
    }
    // Each count is a link to the view that lists what it counts.
    const auto link = [](const char* view, const QString& text) {
        return QStringLiteral("<a href=\"%1\">%2</a>")
            .arg(QString::fromLatin1(view), text.toHtmlEscaped());
    };
    m_counts->setText(
        tr("%1 · %2 · %3 · %4 · %5")
            .arg(link("secrets", overview.secrets == 1 ? tr("1 secret")
                                                       : tr("%1 secrets").arg(overview.secrets)),
                 link("effective", overview.actions == 1 ? tr("1 action")
                                                         : tr("%1 actions").arg(overview.actions)),
                 link("agents", overview.activeAgents == 1
                                    ? tr("1 active agent")
                                    : tr("%1 active agents").arg(overview.activeAgents)),
                 link("permissions", overview.liveGrants == 1
                                         ? tr("1 grant")
                                         : tr("%1 grants").arg(overview.liveGrants)),
                 link("bundles", overview.validBundles == 1
                                     ? tr("1 valid bundle")
                                     : tr("%1 valid bundles").arg(overview.validBundles))));

    const QPalette& palette = this->palette();
    m_gaps = static_cast<int>(overview.gaps.size());
    m_gapList->clear();
    for (const VaultOverview::AgentGap& gap : overview.gaps) {
        QStringList refs;
        for (const SecretRef& ref : gap.missing) {
            refs << ref.toString();
        }
        QListWidgetItem* row =
            item(m_gapList,
                 gap.missing.size() == 1
                     ? tr("✕ %1 lacks %2").arg(gap.agent, refs.first())
                     : tr("✕ %1 lacks %2 required secrets").arg(gap.agent).arg(refs.size()),
                 OpensAgent, gap.agent);
        row->setForeground(StatusColors::color(StatusColors::Tone::Bad, palette));
        row->setToolTip(tr("Missing: %1. Enter opens the agent.").arg(refs.join(tr(", "))));
        if (gap.missing.size() == 1) {
            row->setText(tr("✕ %1 lacks %2").arg(gap.agent, gap.missing.first().name()));
        }
        for (const SecretRef& ref : gap.missing) {
            item(m_gapList, tr("    Create %1…").arg(ref.toString()), OpensCreate, ref.toString());
        }
    }
    fitRows(m_gapList);
    if (overview.gaps.isEmpty()) {
        m_gapList->addItem(overview.activeAgents == 0
                               ? tr("No active agent yet.")
                               : tr("✓ Every active agent receives every required secret."));
    }

    m_bundleList->clear();
    for (const BundleStatus& status : overview.bundles) {
        const QDateTime expires = QDateTime::fromMSecsSinceEpoch(status.bundle.expiresMs, Qt::UTC);
        const qsizetype changed = status.changedSince.size();
        const QString text =
            !status.isStale() ? tr("▲ %1: expires %2").arg(status.bundle.agent, when(expires))
            : changed == 1
                ? tr("▲ %1: stale, 1 secret changed").arg(status.bundle.agent)
                : tr("▲ %1: stale, %2 secrets changed").arg(status.bundle.agent).arg(changed);
        QListWidgetItem* row = item(m_bundleList, text, OpensBundles, status.bundle.idText());
        row->setToolTip(
            status.isStale()
                ? tr("Expires %1. Changed since it was issued: %2. Enter opens Bundles.")
                      .arg(when(expires), status.changedSince.join(tr(", ")))
                : tr("Expires %1. Enter opens Bundles.").arg(when(expires)));
        row->setForeground(StatusColors::color(StatusColors::Tone::Warning, palette));
    }
    if (overview.bundles.isEmpty()) {
        m_bundleList->addItem(overview.validBundles == 0
                                  ? tr("No valid bundle issued.")
                                  : tr("✓ No bundle expires within %1 days or holds an old value.")
                                        .arg(OverviewService::bundleWarningDays));
    }

    fitRows(m_bundleList);
    m_rotationList->clear();
    for (const RotationItem& entry : overview.rotation) {
        QListWidgetItem* row =
            item(m_rotationList,
                 tr("%1 %2: %3")
                     .arg(RotationColors::mark(entry.status), RotationStatuses::label(entry.status),
                          entry.ref.toString()),
                 OpensSecret, entry.ref.toString());
        row->setToolTip(tr("%1, due %2. Enter opens it in the rotation schedule.")
                            .arg(entry.ref.toString(), when(entry.due)));
        row->setForeground(RotationColors::color(entry.status, palette));
    }
    if (overview.rotation.empty()) {
        m_rotationList->addItem(tr("✓ Nothing is due for rotation."));
    }

    fitRows(m_rotationList);
    m_scanList->clear();
    for (const ScanGate::Failure& failure : overview.packScans) {
        QListWidgetItem* row = item(m_scanList, tr("✗ %1: %2").arg(failure.pack, failure.reason),
                                    OpensScopes, failure.pack);
        row->setToolTip(tr("Enter opens Secrets; select the pack there to scan it again."));
        row->setForeground(StatusColors::color(StatusColors::Tone::Bad, palette));
    }
    if (overview.packScans.isEmpty()) {
        m_scanList->addItem(overview.scannedPacks == 0
                                ? tr("No pack scanned yet.")
                                : tr("✓ No scanned pack failed or is due for a scan."));
    }
    fitRows(m_scanList);
    m_activityList->clear();
    for (const AuditEntry& entry : overview.latest) {
        QListWidgetItem* row =
            item(m_activityList,
                 tr("%1  %2  %3 %4").arg(when(entry.time), entry.actor, entry.action, entry.target),
                 OpensAudit, entry.seq);
        if (entry.outcome != QLatin1String("success")) {
            row->setText(row->text() + tr(" (%1)").arg(entry.outcome));
            row->setForeground(StatusColors::color(StatusColors::Tone::Bad, palette));
        }
    }
}

void OverviewView::verifyIfStale()
{
    if (!m_session.isUnlocked() || (!m_verdictStale && !m_runner->isRunning())) {
        return;
    }
    m_verdictStale = false;
    setVerdict(tr("Verifying the audit log…"), false);
    try {
        m_runner->start(AuditService(m_session.vault()).verifier(), m_session.connectionMaker());
    } catch (const VaultError& error) {
        showVerdict({}, ErrorText::describe(error));
    }
}

void OverviewView::clear()
{
    m_runner->cancel();
    m_verdictStale = true;
    m_gaps = 0;
    m_counts->clear();
    m_verdict->clear();
    for (QListWidget* view :
         {m_gapList, m_bundleList, m_rotationList, m_scanList, m_activityList}) {
        view->clear();
    }
}

void OverviewView::activated(QListWidgetItem* row)
{
    const QVariant what = row->data(Qt::UserRole + 1);
    if (!what.isValid()) {
        return; // a line that only informs
    }
    switch (row->data(Qt::UserRole).toInt()) {
    case OpensAgent:
        Q_EMIT agentRequested(what.toString());
        break;
    case OpensCreate:
        Q_EMIT createRequested(SecretRef::parse(what.toString()));
        break;
    case OpensBundles:
        Q_EMIT bundlesRequested();
        break;
    case OpensSecret:
        Q_EMIT secretRequested(SecretRef::parse(what.toString()));
        break;
    case OpensAudit:
        Q_EMIT auditRequested(what.toLongLong());
        break;
    case OpensScopes:
        Q_EMIT viewRequested(QStringLiteral("secrets"));
        break;
    default:
        break;
    }
}

void OverviewView::showVerdict(const AuditVerification& result, const QString& error)
{
    if (!error.isEmpty()) {
        setVerdict(error, true);
    } else if (result.ok()) {
        setVerdict(tr("✓ Chain intact: %1.").arg(result.verdict(when)), false);
    } else {
        setVerdict(tr("✕ The audit log was altered: %1").arg(result.summary()), true);
    }
}

void OverviewView::setVerdict(const QString& text, bool bad)
{
    m_verdict->setText(text);
    m_verdict->setStyleSheet(bad ? StatusColors::styleSheet(StatusColors::Tone::Bad, palette())
                                 : QString());
}

} // namespace scopevault
