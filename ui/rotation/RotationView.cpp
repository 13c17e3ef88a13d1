#include "rotation/RotationView.h"

#include "rotation/RotateDialog.h"
#include "rotation/RotationColors.h"
#include "rotation/RotationScheduleModel.h"
#include "rotation/RotationTimeline.h"
#include "shell/ErrorText.h"
#include "shell/VaultSession.h"
#include "vault/VaultError.h"
#include "vault/VaultService.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace scopevault {

RotationView::RotationView(VaultSession& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new RotationScheduleModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_timeline(new RotationTimeline(this))
    , m_table(new QTableView(this))
    , m_filter(new QComboBox(this))
    , m_summary(new QLabel(this))
    , m_rotate(new QPushButton(tr("&Rotate…"), this))
    , m_show(new QPushButton(tr("Go to secre&t"), this))
{
    setObjectName(QStringLiteral("rotationView"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(RotationScheduleModel::SortRole);
    m_proxy->setFilterKeyColumn(RotationScheduleModel::StatusColumn);
    m_proxy->setFilterRole(RotationScheduleModel::SortRole);

    m_filter->setObjectName(QStringLiteral("rotationFilterCombo"));
    m_filter->setAccessibleName(tr("Show"));
    m_filter->addItem(tr("All secrets with a policy"), -1);
    m_filter->addItem(tr("Overdue"), static_cast<int>(RotationStatus::Overdue));
    m_filter->addItem(tr("Expired"), static_cast<int>(RotationStatus::Expired));
    m_filter->addItem(tr("Due soon"), static_cast<int>(RotationStatus::Due));
    m_filter->addItem(tr("OK"), static_cast<int>(RotationStatus::Ok));
    m_summary->setObjectName(QStringLiteral("rotationSummaryLabel"));
    m_rotate->setObjectName(QStringLiteral("rotationRotateButton"));
    m_show->setObjectName(QStringLiteral("rotationShowSecretButton"));

    m_table->setObjectName(QStringLiteral("rotationTable"));
    m_table->setAccessibleName(tr("Rotation schedule"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(RotationScheduleModel::DueColumn, Qt::AscendingOrder);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    QHeaderView* header = m_table->horizontalHeader();
    const int em = m_table->fontMetrics().averageCharWidth();
    header->resizeSection(RotationScheduleModel::StatusColumn, 14 * em);
    header->resizeSection(RotationScheduleModel::SecretColumn, 40 * em);
    header->resizeSection(RotationScheduleModel::DueColumn, 24 * em);
    header->resizeSection(RotationScheduleModel::ChangedColumn, 20 * em);
    header->resizeSection(RotationScheduleModel::PolicyColumn, 30 * em);
    header->setStretchLastSection(true);

    auto* top = new QHBoxLayout;
    auto* showLabel = new QLabel(tr("&Filter:"), this);
    showLabel->setBuddy(m_filter);
    top->addWidget(showLabel);
    top->addWidget(m_filter);
    top->addWidget(m_summary, 1);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_show);
    buttons->addWidget(m_rotate);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_timeline);
    splitter->addWidget(m_table);
    splitter->setStretchFactor(1, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);
    layout->addLayout(buttons);
    setTabOrder(m_filter, m_table);
    setTabOrder(m_table, m_show);
    setTabOrder(m_show, m_rotate);

    connect(m_filter, &QComboBox::currentIndexChanged, this, &RotationView::applyFilter);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &RotationView::rowSelected);
    connect(m_timeline, &RotationTimeline::itemClicked, this, [this](int index) {
        selectSecret(m_model->items()[static_cast<std::size_t>(index)].ref.toString());
    });
    connect(m_table, &QTableView::activated, this, [this] {
        if (!selectedReference().isEmpty()) {
            Q_EMIT secretRequested(SecretRef::parse(selectedReference()));
        }
    });
    connect(m_show, &QPushButton::clicked, this, [this] {
        if (!selectedReference().isEmpty()) {
            Q_EMIT secretRequested(SecretRef::parse(selectedReference()));
        }
    });
    connect(m_rotate, &QPushButton::clicked, this, [this] {
        if (!selectedReference().isEmpty()) {
            rotate(SecretRef::parse(selectedReference()));
        }
    });
    rowSelected();
}

void RotationView::refresh(const std::vector<SecretInfo>& secrets)
{
    const QString selected = selectedReference();
    std::vector<RotationItem> items = m_session.rotation().scheduleOf(secrets);
    const QDateTime now = m_session.vault().clock().nowUtc();
    m_timeline->setItems(items, now);
    m_model->reset(std::move(items), now);
    m_summary->setText(m_model->items().empty()
                           ? tr("No secret has a rotation policy.")
                           : tr("%1 overdue or expired, %2 due soon, %3 in all.")
                                 .arg(lateCount())
                                 .arg(dueCount())
                                 .arg(m_model->items().size()));
    if (m_model->rowCount() <= 500) {
        // Measuring touches every row: only for schedules a person reads whole.
        m_table->resizeColumnsToContents();
    }
    if (!selected.isEmpty()) {
        selectSecret(selected);
    }
    rowSelected();
}

void RotationView::clear()
{
    m_model->clear();
    m_timeline->setItems({}, QDateTime());
    m_summary->clear();
    rowSelected();
}

const std::vector<RotationItem>& RotationView::items() const
{
    return m_model->items();
}

int RotationView::lateCount() const
{
    return static_cast<int>(std::count_if(
        m_model->items().cbegin(), m_model->items().cend(),
        [](const RotationItem& item) { return RotationStatuses::isLate(item.status); }));
}

int RotationView::dueCount() const
{
    return static_cast<int>(
        std::count_if(m_model->items().cbegin(), m_model->items().cend(),
                      [](const RotationItem& item) { return item.status == RotationStatus::Due; }));
}

void RotationView::applyFilter()
{
    const int status = m_filter->currentData().toInt();
    m_proxy->setFilterRegularExpression(status < 0 ? QString()
                                                   : QStringLiteral("^%1$").arg(status));
}

QString RotationView::selectedReference() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString()
                          : rows.constFirst().data(RotationScheduleModel::ReferenceRole).toString();
}

void RotationView::selectSecret(const QString& reference)
{
    const int row = m_model->rowOf(reference);
    if (row < 0) {
        return;
    }
    QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid()) {
        m_filter->setCurrentIndex(0); // filtered out: show all
        index = m_proxy->mapFromSource(m_model->index(row, 0));
    }
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                          QItemSelectionModel::Rows);
    m_table->scrollTo(index);
}

void RotationView::rowSelected()
{
    const QString reference = selectedReference();
    m_rotate->setEnabled(!reference.isEmpty());
    m_show->setEnabled(!reference.isEmpty());
    m_timeline->setSelected(reference.isEmpty() ? -1 : m_model->rowOf(reference));
    if (!reference.isEmpty()) {
        Q_EMIT secretSelected(SecretRef::parse(reference));
    }
}

bool RotationView::rotate(const SecretRef& ref)
{
    RotateDialog dialog(ref, this);
    while (dialog.exec() == QDialog::Accepted) {
        try {
            const RotationService::Rotated result =
                m_session.rotation().rotate(ref, dialog.takeValue(), dialog.allowReuse());
            m_session.notifyChanged();
            QString text = tr("Rotated %1 to version %2.").arg(ref.toString()).arg(result.version);
            if (!result.staleAgents.isEmpty()) {
                // Not modal to the application: the rotation is done, this only informs.
                auto* box = new QMessageBox(
                    QMessageBox::Information, tr("Rotated"),
                    text + QLatin1Char('\n') +
                        tr("These agents still hold the old value in a bundle that has not "
                           "expired: %1. Export their bundles again.")
                            .arg(result.staleAgents.join(QStringLiteral(", "))),
                    QMessageBox::Ok, this);
                box->setObjectName(QStringLiteral("staleBundlesBox"));
                box->setAttribute(Qt::WA_DeleteOnClose);
                box->open();
            }
            Q_EMIT statusMessage(text);
            return true;
        } catch (const VaultError& error) {
            if (error.code() != ErrorCode::Usage) {
                Q_EMIT errorOccurred(ErrorText::describe(error));
                return false;
            }
            dialog.showError(error.message());
        }
    }
    return false;
}

} // namespace scopevault
