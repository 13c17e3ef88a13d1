#include "agents/AgentsView.h"
#include "shell/ErrorText.h"

#include "access/Coverage.h"
#include "agents/AddAgentDialog.h"
#include "agents/AgentTableModel.h"
#include "agents/CoverageTableModel.h"
#include "agents/GrantTableModel.h"
#include "catalog/AgentService.h"
#include "catalog/GrantService.h"
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
    auto* add = new QPushButton(tr("&Add agent…"), this);
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
    if (!agent) {
        m_title->setText(m_agents->rowCount() == 0
                             ? tr("No agents yet. Add one with the public key its host printed.")
                             : QString());
        m_fingerprint->clear();
        m_description->clear();
        m_grants->clear();
        m_coverage->clear();
        m_coverageSummary->clear();
        return;
    }
    VaultService& vault = m_session.vault();
    const QDateTime now = vault.clock().nowUtc();
    m_title->setText(tr("%1 — %2").arg(agent->name, AgentTableModel::statusText(agent->status)));
    m_fingerprint->setText(tr("Key fingerprint: %1").arg(agent->fingerprint()));
    m_description->setText(agent->description);
    m_grants->reset(vault.catalog().grantsOf(agent->name), now);
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
        m_coverageSummary->setText(tr("%1 required secret(s) missing.").arg(missing));
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

} // namespace scopevault
