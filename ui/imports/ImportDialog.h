#pragma once

#include "import/ImportSource.h"

#include "import/SecretImporter.h"
#include "import/SkillpackPlan.h"
#include "scan/ScanReport.h"

#include <QDialog>

#include <optional>
#include <vector>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace scopevault {

class ImportPreviewModel;
class VaultSession;

/// Imports a skill-pack folder, a .env file or an AbstractCore config. "Preview" reads the
/// input and shows what would be added, changed, skipped and why; only "Import" writes, and
/// it writes exactly what the preview showed.
class ImportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportDialog)

public:
    enum class Kind
    {
        Skillpacks,
        Dotenv,
        AbstractCore,
    };

    ImportDialog(VaultSession& session, Kind kind, const QStringList& scopes,
                 QWidget* parent = nullptr);

    void setPath(const QString& path);
    void setScope(const QString& scope);
    /// Reads the input and fills the preview; nothing is written.
    void preview();
    /// Writes what the preview showed.
    void import();
    [[nodiscard]] ImportPreviewModel* previewModel() const { return m_model; }

private:
    void kindChanged();
    void invalidate();
    void browse();
    void previewSkillpacks();
    void previewSecrets();
    [[nodiscard]] ImportSource::Kind sourceKind() const;
    void showError(const QString& message);

    VaultSession& m_session;
    ImportPreviewModel* m_model;
    QComboBox* m_kind;
    QLineEdit* m_path;
    QComboBox* m_scope;
    QLineEdit* m_pack;
    QCheckBox* m_overwrite;
    QPushButton* m_preview;
    QTableView* m_table;
    QLabel* m_summary;
    QPushButton* m_import;
    std::optional<SkillpackPlan> m_plan;
    std::optional<ScanReport> m_scan; // the pack folder's findings, recorded on import
    std::vector<SecretImporter::Item> m_items;
    SecureBuffer m_values; // the previewed values, which m_items point into
    bool m_previewed = false;
};

} // namespace scopevault
