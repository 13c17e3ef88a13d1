#include "imports/ImportDialog.h"
#include "shell/ErrorText.h"
#include "shell/StatusColors.h"

#include "import/ImportSource.h"
#include "import/SkillpackImporter.h"
#include "imports/ImportPreviewModel.h"
#include "scan/ScanService.h"
#include "shell/VaultSession.h"
#include "vault/VaultError.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace scopevault {

using Row = ImportPreviewModel::Row;
using RowKind = ImportPreviewModel::Kind;

ImportDialog::ImportDialog(VaultSession& session, Kind kind, const QStringList& scopes,
                           QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_model(new ImportPreviewModel(this))
    , m_kind(new QComboBox(this))
    , m_path(new QLineEdit(this))
    , m_scope(new QComboBox(this))
    , m_pack(new QLineEdit(this))
    , m_overwrite(new QCheckBox(tr("&Overwrite existing secrets whose value differs"), this))
    , m_preview(new QPushButton(tr("&Preview"), this))
    , m_table(new QTableView(this))
    , m_summary(new QLabel(this))
{
    setObjectName(QStringLiteral("importDialog"));
    setWindowTitle(tr("Import"));
    m_kind->setObjectName(QStringLiteral("importKindCombo"));
    m_kind->setAccessibleName(tr("What to import"));
    m_kind->addItem(tr("Skill-pack folder (manifest.yaml per action)"));
    m_kind->addItem(tr(".env file"));
    m_kind->addItem(tr("AbstractCore config (abstractcore.json)"));
    m_kind->setCurrentIndex(static_cast<int>(kind));
    m_path->setObjectName(QStringLiteral("importPathEdit"));
    m_path->setAccessibleName(tr("File or folder"));
    auto* browseButton = new QPushButton(tr("&Browse…"), this);
    browseButton->setObjectName(QStringLiteral("importBrowseButton"));
    m_scope->setObjectName(QStringLiteral("importScopeCombo"));
    m_scope->setAccessibleName(tr("Target scope"));
    m_scope->addItems(scopes);
    m_pack->setObjectName(QStringLiteral("importPackEdit"));
    m_pack->setAccessibleName(tr("Pack name"));
    m_pack->setPlaceholderText(tr("only for a folder holding one pack's actions"));
    m_overwrite->setObjectName(QStringLiteral("importOverwriteCheck"));
    m_preview->setObjectName(QStringLiteral("importPreviewButton"));
    m_table->setObjectName(QStringLiteral("importPreviewTable"));
    m_table->setAccessibleName(tr("Preview"));
    m_table->setModel(m_model);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_summary->setObjectName(QStringLiteral("importSummary"));
    m_summary->setWordWrap(true);

    auto* pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browseButton);
    auto* form = new QFormLayout;
    form->addRow(tr("&Import:"), m_kind);
    auto* fromLabel = new QLabel(tr("&From:"), this);
    fromLabel->setBuddy(m_path);
    form->addRow(fromLabel, pathRow);
    form->addRow(tr("&Pack:"), m_pack);
    form->addRow(tr("&Into scope:"), m_scope);
    form->addRow(QString(), m_overwrite);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_import = buttons->addButton(tr("I&mport"), QDialogButtonBox::AcceptRole);
    m_import->setObjectName(QStringLiteral("importButton"));
    buttons->addButton(m_preview, QDialogButtonBox::ActionRole);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_summary);
    layout->addWidget(buttons);
    resize(760, 520);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &ImportDialog::kindChanged);
    connect(m_path, &QLineEdit::textChanged, this, &ImportDialog::invalidate);
    connect(m_scope, &QComboBox::currentIndexChanged, this, &ImportDialog::invalidate);
    connect(m_pack, &QLineEdit::textChanged, this, &ImportDialog::invalidate);
    connect(m_overwrite, &QCheckBox::toggled, this, &ImportDialog::invalidate);
    connect(browseButton, &QPushButton::clicked, this, &ImportDialog::browse);
    connect(m_preview, &QPushButton::clicked, this, &ImportDialog::preview);
    connect(m_import, &QPushButton::clicked, this, &ImportDialog::import);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    kindChanged();
}

void ImportDialog::setPath(const QString& path)
{
    m_path->setText(path);
}

void ImportDialog::setScope(const QString& scope)
{
    m_scope->setCurrentText(scope);
}

void ImportDialog::kindChanged()
{
    const bool packs = m_kind->currentIndex() == static_cast<int>(Kind::Skillpacks);
    m_pack->setEnabled(packs);
    m_scope->setEnabled(!packs);
    m_overwrite->setEnabled(!packs);
    invalidate();
}

void ImportDialog::invalidate()
{
    m_previewed = false;
    m_plan.reset();
    m_scan.reset();
    m_items.clear();
    m_values.clear();
    m_model->clear();
    m_import->setEnabled(false);
    m_preview->setDefault(true);
    m_summary->setStyleSheet(QString());
    m_summary->setText(m_path->text().isEmpty()
                           ? tr("Choose what to import, then Preview. Nothing is written before "
                                "you press Import.")
                           : tr("Press Preview to see what would change."));
}

void ImportDialog::browse()
{
    const QString path =
        m_kind->currentIndex() == static_cast<int>(Kind::Skillpacks)
            ? QFileDialog::getExistingDirectory(this, tr("Skill-pack folder"), m_path->text())
            : QFileDialog::getOpenFileName(this, tr("File to import"), m_path->text());
    if (!path.isEmpty()) {
        m_path->setText(path);
    }
}

void ImportDialog::showError(const QString& message)
{
    m_model->clear();
    m_import->setEnabled(false);
    m_summary->setStyleSheet(StatusColors::styleSheet(StatusColors::Tone::Bad, palette()));
    m_summary->setText(message);
}

void ImportDialog::preview()
{
    invalidate();
    if (m_path->text().trimmed().isEmpty()) {
        showError(tr("Choose a file or folder first."));
        return;
    }
    try {
        if (m_kind->currentIndex() == static_cast<int>(Kind::Skillpacks)) {
            previewSkillpacks();
        } else {
            previewSecrets();
        }
    } catch (const VaultError& error) {
        showError(ErrorText::describe(error));
        return;
    }
    m_previewed = true;
    const int changes = m_model->count(RowKind::Add) + m_model->count(RowKind::Change) +
                        m_model->count(RowKind::Remove);
    m_import->setEnabled(changes > 0);
    m_import->setDefault(changes > 0);
    m_summary->setText(
        tr("%1 to add, %2 to change, %3 to remove, %4 skipped, %5 unchanged. "
           "Nothing has been written yet.")
            .arg(m_model->count(RowKind::Add))
            .arg(m_model->count(RowKind::Change))
            .arg(m_model->count(RowKind::Remove))
            .arg(m_model->count(RowKind::Skip))
            .arg(m_model->count(RowKind::Unchanged)) +
        (m_model->count(RowKind::Credential) == 0
             ? QString()
             : QLatin1Char(' ') + tr("The scan found credentials in the pack's files: %1 (listed). "
                                     "Importing keeps this verdict for exports (scan.gate).")
                                      .arg(m_model->count(RowKind::Credential))));
    if (m_model->count(RowKind::Credential) > 0) {
        m_summary->setStyleSheet(StatusColors::styleSheet(StatusColors::Tone::Warning, palette()));
    }
}

void ImportDialog::previewSkillpacks()
{
    const QString pack = m_pack->text().trimmed();
    m_plan = SkillpackImporter(m_session.vault())
                 .plan(m_path->text().trimmed(),
                       pack.isEmpty() ? std::nullopt : std::optional<QString>(pack));
    QList<Row> rows;
    for (const QString& newPack : m_plan->newPacks) {
        rows << Row{RowKind::Add, tr("pack %1").arg(newPack), tr("new pack")};
    }
    for (const SkillpackPlan::ActionChange& change : m_plan->actions) {
        const QString action = change.scope.toString();
        if (change.isNew) {
            rows << Row{RowKind::Add, tr("action %1").arg(action),
                        tr("new action declaring %1").arg(change.added.join(QStringLiteral(", ")))};
            continue;
        }
        for (const QString& name : change.added) {
            rows << Row{RowKind::Add, action + QLatin1Char(':') + name, tr("newly declared")};
        }
        for (const QString& name : change.changed) {
            rows << Row{RowKind::Change, action + QLatin1Char(':') + name,
                        tr("description or required flag changed")};
        }
        for (const QString& name : change.removed) {
            rows << Row{RowKind::Remove, action + QLatin1Char(':') + name,
                        tr("no longer declared; a stored value is kept")};
        }
        if (change.added.isEmpty() && change.changed.isEmpty() && change.removed.isEmpty()) {
            rows << Row{RowKind::Unchanged, tr("action %1").arg(action),
                        tr("declarations unchanged")};
        }
    }
    // The scanner sees every file before anything is imported (the vault's values included).
    m_scan = ScanService(&m_session.vault()).preview(m_path->text().trimmed());
    for (const ScanFinding& finding : m_scan->findings) {
        rows << Row{RowKind::Credential,
                    QStringLiteral("%1:%2").arg(finding.file).arg(finding.line),
                    tr("%1 %2: %3 %4")
                        .arg(ScanSeverities::name(finding.severity), finding.rule, finding.title,
                             finding.reference.isEmpty() ? finding.redacted : QString())
                        .trimmed()};
    }
    if (m_scan->findings.empty()) {
        // The Markdown hints are the scanner's job now; kept when it found nothing else.
        for (const QString& warning : m_plan->warnings) {
            rows << Row{RowKind::Warning, QString(), warning};
        }
    }
    m_model->reset(rows);
}

ImportSource::Kind ImportDialog::sourceKind() const
{
    return m_kind->currentIndex() == static_cast<int>(Kind::Dotenv)
               ? ImportSource::Kind::Dotenv
               : ImportSource::Kind::AbstractCore;
}

void ImportDialog::previewSecrets()
{
    const QString path = m_path->text().trimmed();
    const Scope scope = Scope::parse(m_scope->currentText());
    QList<Row> rows;
    ImportSource::Loaded loaded = ImportSource::load(sourceKind(), path);
    for (const ImportSource::Problem& problem : loaded.problems) {
        rows << Row{RowKind::Skip, problem.where, problem.reason};
    }
    m_items = std::move(loaded.items);
    m_values = std::move(loaded.values); // what m_items point into
    const bool overwrite = m_overwrite->isChecked();
    const std::vector<SecretImporter::Outcome> outcomes =
        SecretImporter(m_session.vault()).run(scope, m_items, true, [overwrite](const SecretRef&) {
            return overwrite;
        });
    for (const SecretImporter::Outcome& outcome : outcomes) {
        RowKind kind = RowKind::Add;
        switch (outcome.kind) {
        case SecretImporter::Outcome::Kind::Added:
            kind = RowKind::Add;
            break;
        case SecretImporter::Outcome::Kind::Updated:
            kind = RowKind::Change;
            break;
        case SecretImporter::Outcome::Kind::Unchanged:
            kind = RowKind::Unchanged;
            break;
        case SecretImporter::Outcome::Kind::Skipped:
            kind = RowKind::Skip;
            break;
        }
        QString reason = outcome.reason;
        if (!ErrorText::advice(outcome.remedy).isEmpty()) {
            reason += QLatin1Char(' ') + ErrorText::advice(outcome.remedy);
        }
        const QString detail =
            reason.isEmpty() ? outcome.origin : tr("%1 (%2)").arg(reason, outcome.origin);
        rows << Row{kind, scope.toString() + QLatin1Char(':') + outcome.name, detail};
    }
    m_model->reset(rows);
}

void ImportDialog::import()
{
    if (!m_previewed) {
        preview();
        return;
    }
    try {
        const QString source = m_path->text().trimmed();
        if (m_plan) {
            SkillpackImporter(m_session.vault()).apply(*m_plan, source);
            if (m_scan) {
                (void)ScanService(&m_session.vault()).record(source, *m_scan);
            }
        } else {
            const bool overwrite = m_overwrite->isChecked();
            (void)SecretImporter(m_session.vault())
                .run(
                    Scope::parse(m_scope->currentText()), m_items, false,
                    [overwrite](const SecretRef&) { return overwrite; },
                    ImportSource::auditAction(sourceKind()), source);
        }
    } catch (const VaultError& error) {
        showError(ErrorText::describe(error));
        return;
    }
    m_items.clear();
    m_values.clear();
    m_session.notifyChanged();
    accept();
}

} // namespace scopevault
