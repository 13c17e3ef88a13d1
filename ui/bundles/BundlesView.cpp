#include "bundles/BundlesView.h"

#include "bundles/BundleService.h"
#include "bundles/BundleStatusModel.h"
#include "bundles/ExportWizard.h"
#include "shell/ErrorText.h"
#include "shell/VaultSession.h"
#include "vault/VaultError.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace scopevault {

BundlesView::BundlesView(VaultSession& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new BundleStatusModel(this))
    , m_table(new QTableView(this))
    , m_summary(new QLabel(this))
    , m_reissue(new QPushButton(tr("Re-&issue…"), this))
{
    setObjectName(QStringLiteral("bundlesView"));
    m_table->setObjectName(QStringLiteral("bundlesTable"));
    m_table->setAccessibleName(tr("Issued bundles"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_summary->setObjectName(QStringLiteral("bundlesSummary"));
    m_summary->setWordWrap(true);
    auto* exportButton = new QPushButton(tr("E&xport bundle…"), this);
    exportButton->setObjectName(QStringLiteral("bundlesExportButton"));
    m_reissue->setObjectName(QStringLiteral("bundlesReissueButton"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_summary, 1);
    buttons->addWidget(m_reissue);
    buttons->addWidget(exportButton);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    connect(exportButton, &QPushButton::clicked, this, [this] { exportBundle(); });
    connect(m_reissue, &QPushButton::clicked, this, [this] {
        const QModelIndexList rows = m_table->selectionModel()->selectedRows();
        if (!rows.isEmpty()) {
            exportBundle(m_model->bundles().at(rows.constFirst().row()).bundle.agent);
        }
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &BundlesView::rowSelected);
    rowSelected();
}

void BundlesView::refresh()
{
    try {
        m_model->reset(BundleService(m_session.vault()).issuedStatus(std::nullopt));
    } catch (const VaultError& error) {
        m_model->reset({});
        Q_EMIT errorOccurred(ErrorText::describe(error));
    }
    int valid = 0;
    int stale = 0;
    for (const BundleStatus& status : m_model->bundles()) {
        valid += status.expired ? 0 : 1;
        stale += !status.expired && status.isStale() ? 1 : 0;
    }
    m_summary->setText(m_model->rowCount() == 0
                           ? tr("No bundle issued yet. Export one for an agent that has "
                                "grants: it holds exactly the secrets the agent may use.")
                           : tr("%1 issued, %2 still valid, %3 of those stale.")
                                 .arg(m_model->rowCount())
                                 .arg(valid)
                                 .arg(stale));
    if (m_model->rowCount() <= 500) {
        m_table->resizeColumnsToContents();
    }
    rowSelected();
}

void BundlesView::clear()
{
    m_model->reset({});
    m_summary->clear();
    rowSelected();
}

void BundlesView::rowSelected()
{
    m_reissue->setEnabled(!m_table->selectionModel()->selectedRows().isEmpty());
}

void BundlesView::exportBundle(const QString& agent)
{
    if (!m_session.isUnlocked()) {
        return;
    }
    ExportWizard wizard(m_session, this);
    connect(&wizard, &ExportWizard::vaultChanged, &m_session, &VaultSession::notifyChanged);
    if (!agent.isEmpty()) {
        wizard.chooseAgent(agent);
    }
    wizard.exec();
    if (wizard.exported()) {
        Q_EMIT statusMessage(tr("Exported bundle %1 for %2.")
                                 .arg(wizard.exported()->idText(), wizard.exported()->agent));
    }
}

} // namespace scopevault
