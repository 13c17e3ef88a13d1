#include "scan/PackScanPanel.h"

#include "catalog/ScanRecord.h"
#include "scan/ScanService.h"
#include "shell/ErrorText.h"
#include "shell/StatusColors.h"
#include "shell/VaultSession.h"
#include "vault/VaultError.h"

#include <QDateTime>
#include <QFileDialog>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace scopevault {

PackScanPanel::PackScanPanel(VaultSession& session, QWidget* parent)
    : QGroupBox(tr("Skill-pack scan"), parent)
    , m_session(session)
    , m_status(new QLabel(this))
    , m_places(new QListWidget(this))
    , m_scan(new QPushButton(tr("Scan its fo&lder…"), this))
{
    setObjectName(QStringLiteral("packScanPanel"));
    m_status->setObjectName(QStringLiteral("packScanStatus"));
    m_status->setWordWrap(true);
    // A splitter pane does not pass height-for-width on: room for three wrapped lines.
    m_status->setMinimumHeight(m_status->fontMetrics().lineSpacing() * 3);
    m_status->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_places->setObjectName(QStringLiteral("packScanFindings"));
    m_places->setAccessibleName(tr("Findings of the last scan"));
    m_places->setMaximumHeight(m_places->fontMetrics().height() * 6);
    m_places->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_places->setTextElideMode(Qt::ElideRight);
    m_scan->setObjectName(QStringLiteral("packScanButton"));
    m_scan->setToolTip(tr("Look for credentials in the pack's files, this vault's values "
                          "included; the verdict is kept for exports (scan.gate)."));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_places);
    layout->addWidget(m_scan);
    connect(m_scan, &QPushButton::clicked, this, &PackScanPanel::scan);
    hide();
}

void PackScanPanel::showPack(const QString& pack)
{
    m_pack = pack;
    setVisible(!pack.isEmpty() && m_session.isUnlocked());
    if (!isVisible()) {
        return;
    }
    setTitle(tr("Scan of pack %1").arg(pack));
    m_places->clear();
    std::optional<ScanRecord> last;
    try {
        for (const ScanRecord& record : ScanService(&m_session.vault()).records()) {
            if (record.pack == pack) {
                last = record;
            }
        }
    } catch (const VaultError& error) {
        Q_EMIT errorOccurred(ErrorText::describe(error));
        return;
    }
    if (!last) {
        m_status->setStyleSheet(QString());
        m_status->setText(tr("Never scanned. Scan its folder before agents get its secrets."));
        m_status->setToolTip(QString());
        m_places->hide();
        return;
    }
    const QString when = QDateTime::fromMSecsSinceEpoch(last->scannedMs)
                             .toLocalTime()
                             .toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_status->setStyleSheet(StatusColors::styleSheet(
        last->passed ? StatusColors::Tone::Good : StatusColors::Tone::Bad, palette()));
    m_status->setText(last->passed
                          ? tr("✓ Passed on %1: %2 findings.").arg(when).arg(last->findings)
                          : tr("✗ Failed on %1: %2 findings.").arg(when).arg(last->findings));
    m_status->setToolTip(
        last->worst.isEmpty()
            ? tr("Scanned in %1.").arg(last->folder)
            : tr("Scanned in %1. The worst finding: %2.").arg(last->folder, last->worst));
    m_places->addItems(last->places);
    m_places->setVisible(!last->places.isEmpty());
}

void PackScanPanel::scan()
{
    try {
        ScanService scans(&m_session.vault());
        bool scanned = false;
        for (const ScanRecord& record : scans.records()) {
            scanned = scanned || record.pack == m_pack;
        }
        ScanService::Result result;
        if (scanned) {
            result = scans.scanPack(m_pack);
        } else {
            const QString folder = QFileDialog::getExistingDirectory(
                this, tr("Folder of pack %1 (or of several packs)").arg(m_pack));
            if (folder.isEmpty()) {
                return;
            }
            result = scans.scanFolder(folder);
        }
        const bool found = std::any_of(result.records.cbegin(), result.records.cend(),
                                       [this](const ScanRecord& r) { return r.pack == m_pack; });
        Q_EMIT statusMessage(
            found
                ? tr("Scanned pack %1: %2 findings.").arg(m_pack).arg(result.report.findings.size())
                : tr("That folder holds no pack named %1.").arg(m_pack));
        m_session.notifyChanged();
    } catch (const VaultError& error) {
        Q_EMIT errorOccurred(ErrorText::describe(error));
    }
    showPack(m_pack);
}

} // namespace scopevault
