#include "secrets/SecretHistoryPanel.h"

#include "shell/ErrorText.h"
#include "shell/VaultSession.h"
#include "vault/VaultError.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace scopevault {

SecretHistoryPanel::SecretHistoryPanel(VaultSession& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_table(new QTableWidget(this))
    , m_value(new QLineEdit(this))
    , m_reveal(new QPushButton(tr("Re&veal this version"), this))
    , m_restore(new QPushButton(tr("Resto&re…"), this))
{
    setObjectName(QStringLiteral("secretHistoryPanel"));
    m_table->setObjectName(QStringLiteral("historyTable"));
    m_table->setAccessibleName(tr("Versions"));
    m_table->setColumnCount(4);
    m_table->setHorizontalHeaderLabels({tr("Version"), tr("Changed"), tr("By"), tr("How")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    const int em = m_table->fontMetrics().averageCharWidth();
    m_table->horizontalHeader()->resizeSection(0, 10 * em);
    m_table->horizontalHeader()->resizeSection(1, 28 * em);
    m_table->horizontalHeader()->resizeSection(2, 18 * em);
    m_value->setObjectName(QStringLiteral("historyValueEdit"));
    m_value->setReadOnly(true);
    m_value->setEchoMode(QLineEdit::Password);
    m_value->setPlaceholderText(tr("•••••••• (hidden)"));
    m_value->setAccessibleName(tr("Value of the selected version"));
    m_reveal->setObjectName(QStringLiteral("historyRevealButton"));
    m_reveal->setCheckable(true);
    m_restore->setObjectName(QStringLiteral("historyRestoreButton"));

    auto* row = new QHBoxLayout;
    row->addWidget(m_value, 1);
    row->addWidget(m_reveal);
    row->addWidget(m_restore);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 1);
    layout->addLayout(row);

    connect(m_table, &QTableWidget::itemSelectionChanged, this, &SecretHistoryPanel::rowSelected);
    connect(m_reveal, &QPushButton::toggled, this, [this](bool on) {
        if (on) {
            revealSelected();
        } else {
            hideValue();
        }
    });
    connect(m_restore, &QPushButton::clicked, this, &SecretHistoryPanel::restoreSelected);
    rowSelected();
}

void SecretHistoryPanel::showSecret(const std::optional<SecretRef>& ref)
{
    m_ref = ref;
    m_versions.clear();
    if (ref) {
        try {
            m_versions = m_session.secrets().history(*ref);
        } catch (const VaultError& error) {
            Q_EMIT errorOccurred(ErrorText::describe(error));
        }
    }
    const QSignalBlocker blocker(m_table);
    m_table->clearContents();
    m_table->setRowCount(static_cast<int>(m_versions.size()));
    for (int row = 0; row < static_cast<int>(m_versions.size()); ++row) {
        const SecretVersion& version = m_versions[static_cast<std::size_t>(row)];
        QString how = ValueChanges::label(version.how);
        if (version.restoredFrom) {
            how = tr("%1 (from version %2)").arg(how).arg(*version.restoredFrom);
        }
        if (version.current) {
            how = tr("%1 — current").arg(how);
        } else if (!version.valueKept) {
            how = tr("%1 — value no longer kept").arg(how);
        }
        m_table->setItem(row, 0, new QTableWidgetItem(QString::number(version.version)));
        m_table->setItem(row, 1,
                         new QTableWidgetItem(QLocale().toString(version.changed.toLocalTime(),
                                                                 QLocale::ShortFormat)));
        m_table->setItem(
            row, 2, new QTableWidgetItem(version.actor.isEmpty() ? tr("unknown") : version.actor));
        m_table->setItem(row, 3, new QTableWidgetItem(how));
    }
    rowSelected();
}

void SecretHistoryPanel::clear()
{
    showSecret(std::nullopt);
}

int SecretHistoryPanel::rowCount() const
{
    return m_table->rowCount();
}

quint64 SecretHistoryPanel::versionAt(int row) const
{
    return m_versions.at(static_cast<std::size_t>(row)).version;
}

void SecretHistoryPanel::selectRow(int row)
{
    m_table->selectRow(row);
}

const SecretVersion* SecretHistoryPanel::selectedVersion() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty() || rows.constFirst().row() >= static_cast<int>(m_versions.size())) {
        return nullptr;
    }
    return &m_versions[static_cast<std::size_t>(rows.constFirst().row())];
}

void SecretHistoryPanel::rowSelected()
{
    hideValue();
    const SecretVersion* version = selectedVersion();
    m_reveal->setEnabled(version && version->valueKept);
    m_value->setEnabled(version && version->valueKept);
    m_restore->setEnabled(version && version->valueKept && !version->current);
}

void SecretHistoryPanel::hideValue()
{
    m_value->clear();
    m_value->setEchoMode(QLineEdit::Password);
    const QSignalBlocker blocker(m_reveal);
    m_reveal->setChecked(false);
}

void SecretHistoryPanel::revealSelected()
{
    const SecretVersion* version = selectedVersion();
    if (!m_ref || !version) {
        hideValue();
        return;
    }
    try {
        const SecureBuffer value = m_session.secrets().readVersion(
            *m_ref, version->version, SecretService::ReadPurpose::Reveal);
        m_value->setText(QString::fromUtf8(reinterpret_cast<const char*>(value.data()),
                                           static_cast<qsizetype>(value.size())));
        m_value->setEchoMode(QLineEdit::Normal);
        const QSignalBlocker blocker(m_reveal);
        m_reveal->setChecked(true);
    } catch (const VaultError& error) {
        hideValue();
        Q_EMIT errorOccurred(ErrorText::describe(error));
    }
}

void SecretHistoryPanel::restoreSelected()
{
    const SecretVersion* version = selectedVersion();
    if (!m_ref || !version || version->current) {
        return;
    }
    const quint64 from = version->version;
    QMessageBox question(QMessageBox::Question, tr("Restore version"),
                         tr("Make a new version of %1 holding the value of version %2? The "
                            "current value stays in the history.")
                             .arg(m_ref->toString())
                             .arg(from),
                         QMessageBox::Yes | QMessageBox::Cancel, this);
    question.setObjectName(QStringLiteral("confirmRestoreVersion"));
    question.setDefaultButton(QMessageBox::Cancel);
    if (question.exec() != QMessageBox::Yes) {
        return;
    }
    try {
        const quint64 made = m_session.secrets().rollback(*m_ref, from);
        Q_EMIT statusMessage(tr("Restored version %1 of %2 as version %3.")
                                 .arg(from)
                                 .arg(m_ref->toString())
                                 .arg(made));
        m_session.notifyChanged();
    } catch (const VaultError& error) {
        Q_EMIT errorOccurred(ErrorText::describe(error));
    }
}

} // namespace scopevault
