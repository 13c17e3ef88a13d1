#pragma once

#include <QGroupBox>

class QLabel;
class QListWidget;
class QPushButton;

namespace scopevault {

class VaultSession;

/// Under the scope tree: the selected pack's last scan (when, verdict, findings with
/// file:line) and a Scan button that scans its folder again (or asks for one when the pack was
/// never scanned), through ScanService like `scopevault-cli scan`.
class PackScanPanel final : public QGroupBox
{
    Q_OBJECT

public:
    PackScanPanel(VaultSession& session, QWidget* parent);

    /// Shows `pack`'s last scan; hides the panel for the system scope (empty name).
    void showPack(const QString& pack);

Q_SIGNALS:
    void errorOccurred(const QString& message);
    void statusMessage(const QString& message);

private:
    void scan();

    VaultSession& m_session;
    QString m_pack;
    QLabel* m_status;
    QListWidget* m_places;
    QPushButton* m_scan;
};

} // namespace scopevault
