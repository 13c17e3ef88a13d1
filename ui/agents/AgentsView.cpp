#include "agents/AgentsView.h"
#include "shell/ErrorText.h"

#include "access/Coverage.h"
#include "agents/AddAgentDialog.h"
#include "agents/AgentTableModel.h"
#include "agents/CoverageTableModel.h"
#include "agents/GrantDialog.h"
#include "agents/GrantTableModel.h"
#include "bundles/BundleService.h"
#include "catalog/AgentService.h"
#include "catalog/GrantService.h"
#include "shell/Icons.h"
#include "shell/VaultSession.h"
#include "vault/VaultError.h"
#include "vault/VaultService.h"

#include <QAction>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace scopevault {

namespace {

QTableView* table(const char* name, const QString& accessibleName, QWidget* parent)
{
    auto* view = new QTableView(parent);
    view->setObjectName(QString::fromLatin1(name));
    view->setAccessibleName(accessibleName);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    view->horizontalHeader()->setStretchLastSection(true);
    return view;
}

} // namespace

AgentsView::AgentsView(VaultSession& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_agents(new AgentTableModel(this))
    , m_grants(new GrantTableModel(this))
    , m_coverage(new CoverageTableModel(this))
    , m_table(table("agentTable", tr("Agents"), this))
    , m_title(new QLabel(this))
    , m_fingerprint(new QLabel(this))
    , m_description(new QLabel(this))
    , m_grantTable(table("agentGrantsTable", tr("Grants"), this))
    , m_coverageTable(table("agentCoverageTable", tr("Coverage"), this))
    , m_coverageSummary(new QLabel(this))
    , m_suspend(new QPushButton(tr("&Suspend"), this))
    , m_resume(new QPushButton(tr("R&esume"), this))
    , m_revoke(new QPushButton(tr("Re&voke…"), this))
    , m_grant(new QPushButton(tr("G&rant access…"), this))
    , m_changeExpiry(new QPushButton(tr("Change e&xpiry…"), this))
    , m_removeGrant(new QPushButton(tr("Re&move grant"), this))
{
    setObjectName(QStringLiteral("agentsView"));
    m_table->setModel(m_agents);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_grantTable->setModel(m_grants);
    m_grantTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_coverageTable->setModel(m_coverage);
    // Enter or a double click on a missing secret creates it: no dead end.
    connect(m_coverageTable, &QTableView::activated, this, [this](const QModelIndex& index) {
        if (!index.isValid() || index.row() >= m_coverage->items().size()) {
            return;
        }
        const CoverageReport::Item& item = m_coverage->items().at(index.row());
        if (item.state == CoverageReport::State::MissingRequired ||
            item.state == CoverageReport::State::MissingOptional) {
            Q_EMIT createRequested(SecretRef(item.action, item.declaration.name));
        }
    });
    m_coverageTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_coverageTable->horizontalHeader()->setStretchLastSection(true);
    m_title->setObjectName(QStringLiteral("agentTitleLabel"));
    QFont bold = m_title->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.2);
    m_title->setFont(bold);
    m_fingerprint->setObjectName(QStringLiteral("agentFingerprintLabel"));
    m_fingerprint->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_description->setObjectName(QStringLiteral("agentDescriptionLabel"));
    m_description->setWordWrap(true);
    m_coverageSummary->setObjectName(QStringLiteral("agentCoverageSummary"));
    m_coverageSummary->setWordWrap(true);
    m_suspend->setObjectName(QStringLiteral("suspendAgentButton"));
    m_resume->setObjectName(QStringLiteral("resumeAgentButton"));
    m_revoke->setObjectName(QStringLiteral("revokeAgentButton"));
    m_grant->setObjectName(QStringLiteral("grantAccessButton"));
    m_grant->setIcon(Icons::get(Icons::Id::Grant));
    m_changeExpiry->setObjectName(QStringLiteral("changeGrantExpiryButton"));
    m_removeGrant->setObjectName(QStringLiteral("removeGrantButton"));
    auto* add = new QPushButton(tr("&Add agent…"), this);
    add->setIcon(Icons::get(Icons::Id::AddAgent));
    add->setObjectName(QStringLiteral("addAgentButton"));

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addStretch(1);
    buttons->addWidget(m_suspend);
    buttons->addWidget(m_resume);
    buttons->addWidget(m_revoke);
    auto* detail = new QWidget(this);
    auto* detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(m_title);
    detailLayout->addWidget(m_fingerprint);
    detailLayout->addWidget(m_description);
    auto* grantsLabel = new QLabel(tr("&Grants"), detail);
    grantsLabel->setBuddy(m_grantTable);
    detailLayout->addWidget(grantsLabel);
    detailLayout->addWidget(m_grantTable, 1);
    auto* grantButtons = new QHBoxLayout;
    grantButtons->addWidget(m_grant);
    grantButtons->addWidget(m_changeExpiry);
    grantButtons->addWidget(m_removeGrant);
    grantButtons->addStretch(1);
    detailLayout->addLayout(grantButtons);
    auto* coverageLabel = new QLabel(tr("C&overage of granted actions"), detail);
    coverageLabel->setBuddy(m_coverageTable);
    detailLayout->addWidget(coverageLabel);
    detailLayout->addWidget(m_coverageTable, 2);
    detailLayout->addWidget(m_coverageSummary);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(detail);
    splitter->setStretchFactor(1, 2);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addLayout(buttons);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &AgentsView::agentSelected);
    connect(add, &QPushButton::clicked, this, &AgentsView::addAgent);
    connect(m_suspend, &QPushButton::clicked, this, &AgentsView::suspendAgent);
    connect(m_resume, &QPushButton::clicked, this, &AgentsView::resumeAgent);
    connect(m_revoke, &QPushButton::clicked, this, &AgentsView::revokeAgent);
    connect(m_grant, &QPushButton::clicked, this, &AgentsView::grantAccess);
    connect(m_changeExpiry, &QPushButton::clicked, this, &AgentsView::changeGrantExpiry);
    connect(m_removeGrant, &QPushButton::clicked, this, &AgentsView::removeGrant);
    connect(m_grantTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &AgentsView::grantSelected);
    // Enter on a grant changes its expiry.
    connect(m_grantTable, &QTableView::activated, this, &AgentsView::changeGrantExpiry);
    agentSelected();
}

void AgentsView::refresh(const SecretIndex& index)
{
    m_index = index;
    const QString selected = selectedAgent();
    VaultService& vault = m_session.vault();
    const Catalog& catalog = vault.catalog();
    QList<Agent> agents = catalog.agents().values();
    QList<int> counts;
    for (const Agent& agent : agents) {
        counts << static_cast<int>(catalog.grantsOf(agent.name).size());
    }
    m_agents->reset(std::move(agents), std::move(counts));
    selectAgent(selected.isEmpty() && m_agents->rowCount() > 0
                    ? m_agents->index(0, 0).data(AgentTableModel::NameRole).toString()
                    : selected);
}

void AgentsView::clear()
{
    m_index = SecretIndex();
    m_agents->clear();
    m_grants->clear();
    m_coverage->clear();
    agentSelected();
}

void AgentsView::selectAgent(const QString& name)
{
    const int row = m_agents->rowOf(name);
    if (row >= 0) {
        m_table->selectionModel()->setCurrentIndex(m_agents->index(row, 0),
                                                   QItemSelectionModel::ClearAndSelect |
                                                       QItemSelectionModel::Rows);
    }
    agentSelected();
}

QString AgentsView::selectedAgent() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    return current.isValid() ? current.data(AgentTableModel::NameRole).toString() : QString();
}

void AgentsView::agentSelected()
{
    const QString name = selectedAgent();
    const Agent* agent = name.isEmpty() || !m_session.isUnlocked()
                             ? nullptr
                             : m_session.vault().catalog().agent(name);
    m_suspend->setEnabled(agent && Agent::canChange(agent->status, Agent::Status::Suspended));
    m_resume->setEnabled(agent && Agent::canChange(agent->status, Agent::Status::Active));
    m_revoke->setEnabled(agent && Agent::canChange(agent->status, Agent::Status::Revoked));
    m_grant->setEnabled(agent && agent->status != Agent::Status::Revoked);
    if (!agent) {
        m_title->setText(m_agents->rowCount() == 0
                             ? tr("No agents yet. Add one with the public key its host printed.")
                             : QString());
        m_fingerprint->clear();
        m_description->clear();
        m_grants->clear();
        m_coverage->clear();
        m_coverageSummary->clear();
        grantSelected();
        return;
    }
    VaultService& vault = m_session.vault();
    const QDateTime now = vault.clock().nowUtc();
    m_title->setText(tr("%1 — %2").arg(agent->name, AgentTableModel::statusText(agent->status)));
    m_fingerprint->setText(tr("Key fingerprint: %1").arg(agent->fingerprint()));
    m_description->setText(agent->description);
    m_grants->reset(vault.catalog().grantsOf(agent->name), now);
    grantSelected();
    const CoverageReport report =
        Coverage::compute(vault.catalog(), m_index, std::nullopt, agent->name, now);
    QList<CoverageReport::Item> granted;
    int missing = 0;
    for (const CoverageReport::Item& item : report.items) {
        if (item.state != CoverageReport::State::NotGranted) {
            granted << item;
            missing += item.state == CoverageReport::State::MissingRequired ? 1 : 0;
        }
    }
    m_coverage->reset(granted);
    if (agent->status != Agent::Status::Active) {
        m_coverageSummary->setText(
            tr("%1 receives nothing while it is %2.")
                .arg(agent->name, AgentTableModel::statusText(agent->status).toLower()));
    } else if (granted.isEmpty()) {
        m_coverageSummary->setText(tr("This agent is granted no action that declares secrets."));
    } else if (missing > 0) {
        m_coverageSummary->setText(
            missing == 1
                ? tr("1 required secret is missing: Enter on its row creates it.")
                : tr("%1 required secrets are missing: Enter on a row creates it.").arg(missing));
    } else {
        m_coverageSummary->setText(tr("Complete: every required secret of every granted "
                                      "action can be delivered."));
    }
}

void AgentsView::addAgent()
{
    AddAgentDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    try {
        AgentService(m_session.vault())
            .add(AgentName::parse(dialog.name()), dialog.publicKey(), dialog.description());
        m_session.notifyChanged();
        selectAgent(dialog.name());
        Q_EMIT statusMessage(tr("Added agent %1.").arg(dialog.name()));
    } catch (const VaultError& error) {
        Q_EMIT errorOccurred(ErrorText::describe(error));
    }
}

void AgentsView::changeStatus(Agent::Status status)
{
    const QString name = selectedAgent();
    if (name.isEmpty()) {
        return;
    }
    try {
        AgentService(m_session.vault()).setStatus(name, status);
        m_session.notifyChanged();
        selectAgent(name);
    } catch (const VaultError& error) {
        Q_EMIT errorOccurred(ErrorText::describe(error));
    }
}

void AgentsView::suspendAgent()
{
    changeStatus(Agent::Status::Suspended);
}

void AgentsView::resumeAgent()
{
    changeStatus(Agent::Status::Active);
}

void AgentsView::revokeAgent()
{
    const QString name = selectedAgent();
    if (name.isEmpty()) {
        return;
    }
    QMessageBox question(QMessageBox::Warning, tr("Revoke agent"),
                         tr("Revoke %1? Revoking is final: the agent can never be resumed or "
                            "granted anything again, and bundles not yet issued are refused.")
                             .arg(name),
                         QMessageBox::Yes | QMessageBox::Cancel, this);
    question.setObjectName(QStringLiteral("confirmRevokeAgent"));
    question.setDefaultButton(QMessageBox::Cancel);
    if (question.exec() == QMessageBox::Yes) {
        changeStatus(Agent::Status::Revoked);
    }
}

void AgentsView::setContextActions(const QList<QAction*>& actions)
{
    m_table->addActions(actions);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
}

void AgentsView::grantSelected()
{
    const bool one =
        m_grantTable->selectionModel()->currentIndex().isValid() && m_grants->rowCount() > 0;
    m_changeExpiry->setEnabled(one);
    m_removeGrant->setEnabled(one);
}

void AgentsView::grantAccess()
{
    const QString agent = selectedAgent();
    if (agent.isEmpty() || !m_session.isUnlocked()) {
        return;
    }
    VaultService& vault = m_session.vault();
    QStringList targets;
    for (const Scope& scope : vault.catalog().scopes()) {
        targets << scope.toString();
    }
    GrantDialog dialog(agent, targets, vault.clock().nowUtc(), this);
    while (dialog.exec() == QDialog::Accepted) {
        try {
            const GrantTarget target = GrantTarget::parse(dialog.target());
            GrantService(vault).grant(agent, target, dialog.until());
            m_session.notifyChanged();
            selectAgent(agent);
            showGrantSummary(agent, target.toString());
            return;
        } catch (const VaultError& error) {
            // The dialog stays open with what was typed; the error says what to change.
            Q_EMIT errorOccurred(ErrorText::describe(error));
        }
    }
}

void AgentsView::changeGrantExpiry()
{
    const QString agent = selectedAgent();
    const QModelIndex current = m_grantTable->selectionModel()->currentIndex();
    if (agent.isEmpty() || !current.isValid() || current.row() >= m_grants->rowCount()) {
        return;
    }
    const Grant grant = m_grants->grants().at(current.row());
    VaultService& vault = m_session.vault();
    GrantDialog dialog(agent, {}, vault.clock().nowUtc(), this, grant.target.toString(),
                       grant.until);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    try {
        GrantService(vault).grant(agent, grant.target, dialog.until());
        m_session.notifyChanged();
        selectAgent(agent);
        Q_EMIT statusMessage(
            tr("Changed the expiry of %1's grant of %2.").arg(agent, grant.target.toString()));
    } catch (const VaultError& error) {
        Q_EMIT errorOccurred(ErrorText::describe(error));
    }
}

void AgentsView::removeGrant()
{
    const QString agent = selectedAgent();
    const QModelIndex current = m_grantTable->selectionModel()->currentIndex();
    if (agent.isEmpty() || !current.isValid() || current.row() >= m_grants->rowCount()) {
        return;
    }
    const GrantTarget target = m_grants->grants().at(current.row()).target;
    QMessageBox question(QMessageBox::Question, tr("Remove grant"),
                         tr("Remove %1's access to %2? Bundles already issued keep what they "
                            "hold until they expire.")
                             .arg(agent, target.toString()),
                         QMessageBox::Yes | QMessageBox::Cancel, this);
    question.setObjectName(QStringLiteral("confirmRemoveGrant"));
    question.setDefaultButton(QMessageBox::Cancel);
    if (question.exec() != QMessageBox::Yes) {
        return;
    }
    try {
        GrantService(m_session.vault()).revoke(agent, target);
        m_session.notifyChanged();
        selectAgent(agent);
        Q_EMIT statusMessage(tr("Removed %1's access to %2.").arg(agent, target.toString()));
    } catch (const VaultError& error) {
        Q_EMIT errorOccurred(ErrorText::describe(error));
    }
}

void AgentsView::showGrantSummary(const QString& agent, const QString& target)
{
    // What a bundle exported now would hold, by the same rules as the export, and the gaps.
    QStringList received;
    QStringList notes;
    try {
        const BundlePlan plan = BundleService(m_session.vault()).plan(agent, {});
        for (const BundlePlan::Entry& entry : plan.secrets) {
            received << tr("  %1 (version %2)").arg(entry.ref.toString()).arg(entry.version);
        }
        for (const QString& note : plan.problems + plan.warnings) {
            notes << QStringLiteral("  ") + note;
        }
    } catch (const VaultError& error) {
        notes << ErrorText::describe(error);
    }
    std::optional<SecretRef> firstMissing;
    for (const CoverageReport::Item& item : m_coverage->items()) {
        if (item.state == CoverageReport::State::MissingRequired) {
            firstMissing = SecretRef(item.action, item.declaration.name);
            break;
        }
    }
    QString text = tr("%1 may now read %2.").arg(agent, target) + QStringLiteral("\n\n");
    text += received.isEmpty()
                ? tr("A bundle exported now would hold no secret.")
                : (received.size() == 1
                       ? tr("A bundle exported now would hold 1 secret:")
                       : tr("A bundle exported now would hold %1 secrets:").arg(received.size())) +
                      QLatin1Char('\n') + received.join(QLatin1Char('\n'));
    if (!notes.isEmpty()) {
        text += QStringLiteral("\n\n") + tr("Gaps:") + QLatin1Char('\n') +
                notes.join(QLatin1Char('\n'));
    }
    QMessageBox box(notes.isEmpty() ? QMessageBox::Information : QMessageBox::Warning,
                    tr("Access granted"), text, QMessageBox::Ok, this);
    box.setObjectName(QStringLiteral("grantSummaryBox"));
    QPushButton* create = nullptr;
    if (firstMissing) {
        create =
            box.addButton(tr("&Create %1…").arg(firstMissing->toString()), QMessageBox::ActionRole);
        create->setObjectName(QStringLiteral("grantSummaryCreate"));
    }
    box.exec();
    if (create && box.clickedButton() == create) {
        Q_EMIT createRequested(*firstMissing);
    }
}

} // namespace scopevault
