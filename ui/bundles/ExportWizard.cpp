#include "bundles/ExportWizard.h"
#include "bundles/WizardStep.h"
#include "shell/StatusColors.h"

#include "access/Coverage.h"
#include "bundles/BundleService.h"
#include "catalog/SettingsService.h"
#include "secrets/SecretDialog.h"
#include "shell/ErrorText.h"
#include "shell/VaultSession.h"
#include "vault/VaultError.h"
#include "vault/VaultService.h"

#include "KeyFingerprint.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QClipboard>
#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace scopevault {

namespace {

constexpr qint64 Hour = 3600;
constexpr qint64 Day = 24 * Hour;

QLabel* wrapped(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    return label;
}

QString statusText(Agent::Status status)
{
    switch (status) {
    case Agent::Status::Active:
        return ExportWizard::tr("active");
    case Agent::Status::Suspended:
        return ExportWizard::tr("suspended");
    case Agent::Status::Revoked:
        return ExportWizard::tr("revoked");
    }
    return QString();
}

QString count(int n, const QString& one, const QString& many)
{
    return n == 1 ? one : many.arg(n);
}

QPushButton* copyButton(const QString& name, QWidget* parent)
{
    auto* button = new QPushButton(ExportWizard::tr("Cop&y"), parent);
    button->setObjectName(name);
    // Return stays with the wizard's Next/Finish.
    button->setAutoDefault(false);
    return button;
}

} // namespace

ExportWizard::ExportWizard(VaultSession& session, QWidget* parent)
    : QWizard(parent)
    , m_session(session)
    , m_agents(new QListWidget(this))
    , m_contents(new QTableWidget(this))
    , m_planSummary(new QLabel(this))
    , m_missing(new QListWidget(this))
    , m_untilDate(new QRadioButton(tr("&Until the end of"), this))
    , m_date(new QDateEdit(this))
    , m_expiryNote(new QLabel(this))
    , m_path(new QLineEdit(this))
    , m_overwrite(new QCheckBox(tr("&Replace the file if it exists"), this))
    , m_saveError(new QLabel(this))
    , m_doneSummary(new QLabel(this))
    , m_vaultKey(new QLineEdit(this))
    , m_command(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("exportWizard"));
    setWindowTitle(tr("Export a bundle"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    setPage(AgentPage, agentPage());
    setPage(ContentsPage, contentsPage());
    setPage(ExpiryPage, expiryPage());
    setPage(SavePage, savePage());
    setPage(DonePage, donePage());
    setMinimumSize(640, 480);
    loadAgents();
}

QWizardPage* ExportWizard::agentPage()
{
    auto* page = new WizardStep(this);
    page->setObjectName(QStringLiteral("exportAgentPage"));
    page->setComplete(false);
    page->setTitle(tr("Which agent is the bundle for?"));
    page->setSubTitle(tr("The bundle holds exactly the secrets this agent's grants allow, sealed "
                         "to its public key."));
    m_agents->setObjectName(QStringLiteral("exportAgentList"));
    m_agents->setAccessibleName(tr("Agents"));
    // Next stays disabled until an agent that can receive anything is chosen.
    connect(m_agents, &QListWidget::currentItemChanged, this,
            [this, page] { page->setComplete(!agent().isEmpty()); });
    // Return goes to the wizard's Next; a double click chooses and goes on too.
    connect(m_agents, &QListWidget::itemDoubleClicked, this, [this] {
        if (!agent().isEmpty()) {
            next();
        }
    });
    auto* layout = new QVBoxLayout(page);
    auto* label = new QLabel(tr("&Agent:"), page);
    label->setBuddy(m_agents);
    layout->addWidget(label);
    layout->addWidget(m_agents);
    return page;
}

QWizardPage* ExportWizard::contentsPage()
{
    auto* page = new WizardStep(this);
    page->setObjectName(QStringLiteral("exportContentsPage"));
    page->setComplete(false);
    page->setTitle(tr("What the agent will receive"));
    m_contents->setObjectName(QStringLiteral("exportContentsTable"));
    m_contents->setAccessibleName(tr("Secrets in the bundle"));
    m_contents->setColumnCount(4);
    m_contents->setHorizontalHeaderLabels(
        {tr("Secret"), tr("Supplied by"), tr("Version"), tr("For actions")});
    m_contents->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_contents->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_contents->verticalHeader()->hide();
    m_contents->horizontalHeader()->setStretchLastSection(true);
    m_contents->setWordWrap(false);
    m_planSummary->setObjectName(QStringLiteral("exportPlanSummary"));
    m_planSummary->setWordWrap(true);
    m_missing->setObjectName(QStringLiteral("exportMissingList"));
    m_missing->setAccessibleName(tr("Missing required secrets"));
    m_missing->setMaximumHeight(90);
    auto* create = new QPushButton(tr("&Create…"), page);
    create->setObjectName(QStringLiteral("exportCreateButton"));
    create->setAutoDefault(false);
    connect(create, &QPushButton::clicked, this, &ExportWizard::createMissing);
    connect(m_missing, &QListWidget::itemActivated, this, &ExportWizard::createMissing);
    auto* missingRow = new QHBoxLayout;
    missingRow->addWidget(m_missing, 1);
    missingRow->addWidget(create, 0, Qt::AlignTop);
    auto* missingBox = new QWidget(page);
    missingBox->setObjectName(QStringLiteral("exportMissingBox"));
    missingBox->setLayout(missingRow);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(m_contents, 1);
    layout->addWidget(m_planSummary);
    layout->addWidget(missingBox);
    return page;
}

QWizardPage* ExportWizard::expiryPage()
{
    auto* page = new QWizardPage(this);
    page->setObjectName(QStringLiteral("exportExpiryPage"));
    page->setTitle(tr("How long the bundle is valid"));
    page->setSubTitle(tr("After it expires the agent's scopevault-agent refuses to open it; "
                         "export a new one then."));
    auto* group = new QButtonGroup(page);
    auto* layout = new QVBoxLayout(page);
    const QList<std::pair<QString, qint64>> choices = {{tr("1 &hour"), Hour},
                                                       {tr("1 &day"), Day},
                                                       {tr("&7 days"), 7 * Day},
                                                       {tr("&30 days"), 30 * Day}};
    for (const auto& [text, seconds] : choices) {
        auto* radio = new QRadioButton(text, page);
        radio->setObjectName(QStringLiteral("exportExpiry%1").arg(seconds));
        radio->setProperty("seconds", seconds);
        group->addButton(radio);
        layout->addWidget(radio);
        m_lifetimes << radio;
    }
    m_untilDate->setObjectName(QStringLiteral("exportExpiryDate"));
    group->addButton(m_untilDate);
    m_date->setObjectName(QStringLiteral("exportExpiryDateEdit"));
    m_date->setCalendarPopup(true);
    m_date->setAccessibleName(tr("Last day of validity"));
    connect(m_untilDate, &QRadioButton::toggled, m_date, &QWidget::setEnabled);
    auto* dateRow = new QHBoxLayout;
    dateRow->addWidget(m_untilDate);
    dateRow->addWidget(m_date);
    dateRow->addStretch(1);
    layout->addLayout(dateRow);
    m_expiryNote->setObjectName(QStringLiteral("exportExpiryNote"));
    m_expiryNote->setWordWrap(true);
    layout->addWidget(m_expiryNote);
    layout->addStretch(1);
    return page;
}

QWizardPage* ExportWizard::savePage()
{
    auto* page = new QWizardPage(this);
    page->setObjectName(QStringLiteral("exportSavePage"));
    page->setTitle(tr("Where to save the bundle"));
    page->setSubTitle(tr("Written readable by you alone (0600). Copy it to the agent's host; it "
                         "opens only with the agent's private key."));
    page->setCommitPage(true);
    page->setButtonText(QWizard::CommitButton, tr("&Export"));
    m_path->setObjectName(QStringLiteral("exportPathEdit"));
    m_path->setAccessibleName(tr("Bundle file"));
    auto* browse = new QPushButton(tr("Br&owse…"), page);
    browse->setObjectName(QStringLiteral("exportBrowseButton"));
    browse->setAutoDefault(false);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Save bundle"), m_path->text(),
                                                          tr("Scopevault bundles (*.svb)"));
        if (!path.isEmpty()) {
            m_path->setText(path);
        }
    });
    m_overwrite->setObjectName(QStringLiteral("exportOverwriteCheck"));
    m_saveError->setObjectName(QStringLiteral("exportSaveError"));
    m_saveError->setWordWrap(true);
    m_saveError->hide();
    auto* row = new QHBoxLayout;
    auto* label = new QLabel(tr("&File:"), page);
    label->setBuddy(m_path);
    row->addWidget(label);
    row->addWidget(m_path, 1);
    row->addWidget(browse);
    auto* layout = new QVBoxLayout(page);
    layout->addLayout(row);
    layout->addWidget(m_overwrite);
    layout->addWidget(m_saveError);
    layout->addStretch(1);
    return page;
}

QWizardPage* ExportWizard::donePage()
{
    auto* page = new QWizardPage(this);
    page->setObjectName(QStringLiteral("exportDonePage"));
    page->setTitle(tr("Bundle exported"));
    m_doneSummary->setObjectName(QStringLiteral("exportDoneSummary"));
    m_doneSummary->setWordWrap(true);
    m_doneSummary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_vaultKey->setObjectName(QStringLiteral("exportVaultKeyEdit"));
    m_vaultKey->setReadOnly(true);
    m_vaultKey->setAccessibleName(tr("Vault key to pin"));
    m_command->setObjectName(QStringLiteral("exportCommandEdit"));
    m_command->setReadOnly(true);
    m_command->setAccessibleName(tr("Command for the agent's host"));
    m_command->setMaximumHeight(90);
    auto* copyKey = copyButton(QStringLiteral("exportCopyKeyButton"), page);
    auto* copyCommand = new QPushButton(tr("Copy co&mmand"), page);
    copyCommand->setObjectName(QStringLiteral("exportCopyCommandButton"));
    copyCommand->setAutoDefault(false);
    connect(copyKey, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(m_vaultKey->text()); });
    connect(copyCommand, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(m_command->toPlainText()); });
    auto* keyRow = new QHBoxLayout;
    keyRow->addWidget(m_vaultKey, 1);
    keyRow->addWidget(copyKey);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(m_doneSummary);
    layout->addWidget(wrapped(tr("The vault key the agent pins (it checks the bundle's "
                                 "signature with it):"),
                              page));
    layout->addLayout(keyRow);
    layout->addWidget(wrapped(tr("On the agent's host, with the identity made by "
                                 "scopevault-agent keygen:"),
                              page));
    layout->addWidget(m_command);
    layout->addWidget(copyCommand, 0, Qt::AlignRight);
    layout->addStretch(1);
    return page;
}

void ExportWizard::loadAgents()
{
    m_agents->clear();
    for (const Agent& agent : m_session.vault().catalog().agents()) {
        QString text = agent.name;
        if (!agent.description.isEmpty()) {
            text += QStringLiteral(" — ") + agent.description;
        }
        auto* item = new QListWidgetItem(m_agents);
        item->setData(Qt::UserRole, agent.name);
        if (agent.status != Agent::Status::Active) {
            text += QLatin1String(" (") + statusText(agent.status) + QLatin1Char(')');
            item->setFlags(item->flags() & ~Qt::ItemIsEnabled & ~Qt::ItemIsSelectable);
            item->setToolTip(tr("A suspended or revoked agent receives nothing."));
        }
        item->setText(text);
    }
    // With one agent that can receive anything, it is the choice.
    int active = -1;
    for (int row = 0; row < m_agents->count(); ++row) {
        if (m_agents->item(row)->flags() & Qt::ItemIsEnabled) {
            active = active == -1 ? row : -2;
        }
    }
    if (active >= 0) {
        m_agents->setCurrentRow(active);
    }
}

void ExportWizard::chooseAgent(const QString& agent)
{
    for (int row = 0; row < m_agents->count(); ++row) {
        if (m_agents->item(row)->data(Qt::UserRole).toString() == agent) {
            m_agents->setCurrentRow(row);
        }
    }
}

QString ExportWizard::agent() const
{
    const QListWidgetItem* item = m_agents->currentItem();
    return item && (item->flags() & Qt::ItemIsEnabled) ? item->data(Qt::UserRole).toString()
                                                       : QString();
}

void ExportWizard::initializePage(int id)
{
    if (id == ContentsPage) {
        showPlan();
    } else if (id == ExpiryPage && !lifetimeSeconds()) {
        m_date->setMinimumDate(QDate::currentDate().addDays(1));
        m_date->setDate(QDate::currentDate().addDays(14));
        m_date->setEnabled(false);
        qint64 preferred = 7 * Day;
        try {
            preferred = SettingsService(m_session.vault())
                            .seconds(QString::fromLatin1(SettingsService::BundleDefaultLifetime));
            m_expiryNote->setText(
                tr("The vault allows bundles valid for up to %1 (setting bundle.max-lifetime).")
                    .arg(SettingsService(m_session.vault())
                             .value(QString::fromLatin1(SettingsService::BundleMaxLifetime))));
        } catch (const VaultError&) {
        }
        bool chosen = false;
        for (QRadioButton* radio : m_lifetimes) {
            if (radio->property("seconds").toLongLong() == preferred) {
                radio->setChecked(true);
                chosen = true;
            }
        }
        if (!chosen) {
            m_lifetimes.at(2)->setChecked(true);
        }
    } else if (id == SavePage && m_path->text().isEmpty()) {
        m_path->setText(defaultPath());
    }
    QWizard::initializePage(id);
}

QString ExportWizard::defaultPath() const
{
    return QDir::home().filePath(agent() + QStringLiteral(".svb"));
}

void ExportWizard::showPlan()
{
    m_contents->setRowCount(0);
    m_missing->clear();
    try {
        VaultService& vault = m_session.vault();
        m_plan = BundleService(vault).plan(agent(), {});
        m_contents->setRowCount(static_cast<int>(m_plan.secrets.size()));
        int row = 0;
        for (const BundlePlan::Entry& entry : m_plan.secrets) {
            QStringList actions;
            for (const quint16 index : entry.actions) {
                if (index < m_plan.actions.size()) {
                    actions << m_plan.actions.at(index).toString();
                }
            }
            m_contents->setItem(row, 0, new QTableWidgetItem(entry.ref.name()));
            m_contents->setItem(row, 1, new QTableWidgetItem(entry.ref.scope().toString()));
            m_contents->setItem(row, 2, new QTableWidgetItem(QString::number(entry.version)));
            m_contents->setItem(row, 3, new QTableWidgetItem(actions.join(QStringLiteral(", "))));
            ++row;
        }
        m_contents->resizeColumnsToContents();
        const CoverageReport coverage =
            Coverage::compute(vault.catalog(), m_session.secrets().secretIndex(), std::nullopt,
                              agent(), vault.clock().nowUtc());
        for (const CoverageReport::Item& item : coverage.items) {
            if (item.state != CoverageReport::State::MissingRequired ||
                !m_plan.actions.contains(item.action)) {
                continue;
            }
            auto* missing =
                new QListWidgetItem(tr("%1 — required by %2, defined nowhere")
                                        .arg(item.declaration.name, item.action.toString()),
                                    m_missing);
            missing->setData(Qt::UserRole, item.action.toString());
            missing->setData(Qt::UserRole + 1, item.declaration.name);
        }
        if (m_missing->count() > 0) {
            m_missing->setCurrentRow(0);
        }
    } catch (const VaultError& error) {
        m_plan = BundlePlan();
        m_plan.problems << ErrorText::describe(error);
    }
    findChild<QWidget*>(QStringLiteral("exportMissingBox"))->setVisible(m_missing->count() > 0);
    QStringList lines;
    if (m_plan.ok()) {
        const int secrets = static_cast<int>(m_plan.secrets.size());
        const int actions = static_cast<int>(m_plan.actions.size());
        lines << tr("%1 for %2.")
                     .arg(count(secrets, tr("1 secret"), tr("%1 secrets")),
                          count(actions, tr("1 action"), tr("%1 actions")));
    } else {
        lines << tr("The bundle cannot be exported yet:");
        lines << m_plan.problems;
    }
    lines << m_plan.warnings;
    m_planSummary->setText(lines.join(QLatin1Char('\n')));
    // The refusal in red readable on the palette's base (the text says it, too).
    m_planSummary->setStyleSheet(
        m_plan.ok() ? QString() : StatusColors::styleSheet(StatusColors::Tone::Bad, palette()));
    qobject_cast<WizardStep*>(page(ContentsPage))->setComplete(m_plan.ok());
}

void ExportWizard::createMissing()
{
    QListWidgetItem* item = m_missing->currentItem();
    if (!item) {
        return;
    }
    QStringList scopes;
    for (const Scope& scope : m_session.vault().catalog().scopes()) {
        scopes << scope.toString();
    }
    SecretDialog dialog(scopes, this);
    dialog.setScope(item->data(Qt::UserRole).toString());
    dialog.setName(item->data(Qt::UserRole + 1).toString());
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    try {
        SecretChange change;
        change.description = dialog.description();
        m_session.secrets().setSecret(dialog.reference(), dialog.takeValue(), change);
        Q_EMIT vaultChanged();
    } catch (const VaultError& error) {
        m_planSummary->setText(ErrorText::describe(error));
        return;
    }
    showPlan();
    // The Create… button may have gone with the last missing secret: Return means Next now.
    if (m_plan.ok()) {
        button(QWizard::NextButton)->setFocus();
    }
}

std::optional<qint64> ExportWizard::lifetimeSeconds() const
{
    for (const QRadioButton* radio : m_lifetimes) {
        if (radio->isChecked()) {
            return radio->property("seconds").toLongLong();
        }
    }
    if (m_untilDate->isChecked()) {
        const QDateTime end(m_date->date().addDays(1), QTime(0, 0), Qt::UTC);
        return m_session.vault().clock().nowUtc().secsTo(end);
    }
    return std::nullopt;
}

bool ExportWizard::validateCurrentPage()
{
    if (currentId() != SavePage) {
        return QWizard::validateCurrentPage();
    }
    m_saveError->hide();
    BundleRequest request;
    request.agent = agent();
    request.lifetimeSeconds = lifetimeSeconds();
    request.outPath = m_path->text().trimmed();
    request.overwrite = m_overwrite->isChecked();
    if (request.outPath.isEmpty()) {
        m_saveError->setText(tr("Choose a file to write the bundle to."));
        m_saveError->show();
        return false;
    }
    try {
        const BundleExport result = BundleService(m_session.vault()).exportBundle(request);
        m_exported = result.bundle;
        Q_EMIT vaultChanged();
    } catch (const VaultError& error) {
        m_saveError->setText(ErrorText::describe(error));
        m_saveError->show();
        return false;
    }
    const QByteArray key = m_session.vault().signingPublicKey();
    m_vaultKey->setText(QString::fromLatin1(key.toBase64()));
    const QString file = QFileInfo(request.outPath).fileName();
    m_doneSummary->setText(
        tr("Bundle %1 for %2: %3, valid until %4.\nWritten to %5.\nVault key fingerprint: %6")
            .arg(m_exported->idText(), m_exported->agent,
                 count(static_cast<int>(m_exported->secrets.size()), tr("1 secret"),
                       tr("%1 secrets")))
            .arg(QLocale().toString(
                     QDateTime::fromMSecsSinceEpoch(m_exported->expiresMs, Qt::UTC).toLocalTime(),
                     QLocale::ShortFormat),
                 request.outPath, QString::fromStdString(KeyFingerprint::text(key.toStdString()))));
    m_command->setPlainText(QStringLiteral("scopevault-agent exec --bundle %1 --identity %2.key "
                                           "--vault-key %3 -- COMMAND")
                                .arg(file, m_exported->agent, m_vaultKey->text()));
    return true;
}

} // namespace scopevault
