#include "agents/PermissionMatrixView.h"

#include "agents/MatrixCellDelegate.h"
#include "agents/PermissionMatrixModel.h"
#include "shell/VaultSession.h"

#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QTableView>
#include <QVBoxLayout>

namespace scopevault {

PermissionMatrixView::PermissionMatrixView(VaultSession& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new PermissionMatrixModel(this))
    , m_table(new QTableView(this))
{
    setObjectName(QStringLiteral("permissionMatrixView"));
    m_table->setObjectName(QStringLiteral("permissionMatrix"));
    m_table->setAccessibleName(tr("Permission matrix"));
    m_table->setModel(m_model);
    m_table->setItemDelegate(new MatrixCellDelegate(m_table));
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    auto* legend = new QLabel(
        tr("Tick a cell to grant the agent that pack or action; a half-ticked cell is covered "
           "by a broader grant. The tinted system column opens every secret in the vault: grant "
           "it only to agents you trust with all of them."),
        this);
    legend->setObjectName(QStringLiteral("permissionLegend"));
    legend->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(legend);
    layout->addWidget(m_table, 1);

    m_model->setConfirmSystemGrant([this](const QString& agent) {
        QMessageBox question(
            QMessageBox::Warning, tr("Grant the whole vault?"),
            tr("A system grant gives %1 every secret in the vault, including the secrets of "
               "packs added later. Grant it anyway?")
                .arg(agent),
            QMessageBox::Yes | QMessageBox::Cancel, this);
        question.setObjectName(QStringLiteral("confirmSystemGrant"));
        question.setDefaultButton(QMessageBox::Cancel);
        return question.exec() == QMessageBox::Yes;
    });
    // Queued: the other views refresh after the click that changed the grant has finished.
    connect(
        m_model, &PermissionMatrixModel::grantsChanged, this, [this] { m_session.notifyChanged(); },
        Qt::QueuedConnection);
    connect(m_model, &PermissionMatrixModel::failed, this, &PermissionMatrixView::errorOccurred);
}

void PermissionMatrixView::refresh()
{
    m_model->reset(m_session.vault());
}

void PermissionMatrixView::clear()
{
    m_model->clear();
}

} // namespace scopevault
