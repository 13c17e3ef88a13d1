#include "secrets/SecretsView.h"
#include "shell/ErrorText.h"

#include "access/AccessPolicy.h"
#include "rotation/RotationScheduleModel.h"
#include "scan/PackScanPanel.h"
#include "secrets/MoveSecretDialog.h"
#include "secrets/ScopeEditor.h"
#include "secrets/ScopeTreeModel.h"
#include "secrets/SecretDialog.h"
#include "secrets/SecretFilterModel.h"
#include "secrets/SecretHistoryPanel.h"
#include "secrets/SecretTableModel.h"
#include "shell/ClipboardGuard.h"
#include "shell/VaultSession.h"
#include "vault/VaultError.h"
#include "vault/VaultService.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTreeView>
#include <QVBoxLayout>

namespace scopevault {

namespace {

QPushButton* button(const QString& text, const char* name, QWidget* parent)
{
    auto* result = new QPushButton(text, parent);
    result->setObjectName(QString::fromLatin1(name));
    return result;
}

} // namespace

SecretsView::SecretsView(VaultSession& session, ClipboardGuard& clipboard, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_clipboard(clipboard)
    , m_scopes(new ScopeTreeModel(this))
    , m_secrets(new SecretTableModel(this))
    , m_filter(new SecretFilterModel(this))
    , m_tree(new QTreeView(this))
    , m_search(new QLineEdit(this))
    , m_table(new QTableView(this))
    , m_reference(new QLabel(this))
    , m_details(new QLabel(this))
    , m_value(new QLineEdit(this))
    , m_reveal(button(tr("&Reveal"), "revealButton", this))
    , m_copy(button(tr("&Copy"), "copyButton", this))
    , m_edit(button(tr("&Edit…"), "editSecretButton", this))
    , m_move(button(tr("&Move…"), "moveSecretButton", this))
    , m_delete(button(tr("&Delete…"), "deleteSecretButton", this))
    , m_effective(button(tr("E&ffective secrets of this action"), "effectiveButton", this))
    , m_detailTabs(new QTabWidget(this))
    , m_history(new SecretHistoryPanel(session, this))
    , m_scopeEditor(new ScopeEditor(session, this))
    , m_packScan(new PackScanPanel(session, this))
{
    setObjectName(QStringLiteral("secretsView"));
    m_filter->setSourceModel(m_secrets);

    m_tree->setObjectName(QStringLiteral("scopeTree"));
    m_tree->setAccessibleName(tr("Scopes"));
    m_tree->setModel(m_scopes);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);

    m_search->setObjectName(QStringLiteral("searchEdit"));
    m_search->setPlaceholderText(tr("Search names, descriptions and references in all scopes"));
    m_search->setAccessibleName(tr("Search secrets"));
    m_search->setClearButtonEnabled(true);
    m_search->installEventFilter(this);

    m_table->setObjectName(QStringLiteral("secretTable"));
    m_table->setAccessibleName(tr("Secrets"));
    m_table->setModel(m_filter);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(SecretTableModel::ScopeColumn, Qt::AscendingOrder);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    // Fixed starting widths: measuring contents would touch every row of a 100k-secret vault.
    QHeaderView* header = m_table->horizontalHeader();
    const int em = m_table->fontMetrics().averageCharWidth();
    header->resizeSection(SecretTableModel::NameColumn, 30 * em);
    header->resizeSection(SecretTableModel::ScopeColumn, 26 * em);
    header->resizeSection(SecretTableModel::VersionColumn, 11 * em);
    header->resizeSection(SecretTableModel::UpdatedColumn, 26 * em);
    header->resizeSection(SecretTableModel::StorageColumn, 16 * em);
    header->setSectionResizeMode(SecretTableModel::DescriptionColumn, QHeaderView::Stretch);
    m_table->setWordWrap(false);

    m_reference->setObjectName(QStringLiteral("secretReferenceLabel"));
    m_reference->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_reference->setWordWrap(true); // the empty vault's hint is long (and longer in German)
    QFont bold = m_reference->font();
    bold.setBold(true);
    m_reference->setFont(bold);
    m_details->setObjectName(QStringLiteral("secretDetailsLabel"));
    m_details->setWordWrap(true);
    m_details->setMinimumHeight(m_details->fontMetrics().lineSpacing() * 3); // wrapped lines
    m_value->setObjectName(QStringLiteral("secretValueEdit"));
    m_value->setReadOnly(true);
    m_value->setEchoMode(QLineEdit::Password);
    m_value->setAccessibleName(tr("Value"));
    m_value->setPlaceholderText(tr("•••••••• (hidden)"));
    m_reveal->setCheckable(true);
    m_reveal->setAccessibleName(tr("Reveal value"));
    m_copy->setAccessibleName(tr("Copy value to the clipboard"));
    auto* newButton = button(tr("&New secret…"), "newSecretButton", this);

    auto* valueRow = new QHBoxLayout;
    valueRow->addWidget(m_value, 1);
    valueRow->addWidget(m_reveal);
    valueRow->addWidget(m_copy);
    auto* actions = new QHBoxLayout;
    actions->addWidget(newButton);
    actions->addWidget(m_edit);
    actions->addWidget(m_move);
    actions->addWidget(m_delete);
    actions->addStretch(1);
    actions->addWidget(m_effective);
    auto* detailsPage = new QWidget(this);
    auto* detailsLayout = new QVBoxLayout(detailsPage);
    detailsLayout->addWidget(m_details);
    detailsLayout->addLayout(valueRow);
    detailsLayout->addStretch(1);
    m_detailTabs->setObjectName(QStringLiteral("secretDetailTabs"));
    m_detailTabs->addTab(detailsPage, tr("De&tails"));
    m_detailTabs->addTab(m_history, tr("Histor&y"));
    auto* right = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_search);
    rightLayout->addWidget(m_table, 1);
    rightLayout->addWidget(m_reference);
    rightLayout->addWidget(m_detailTabs);
    rightLayout->addLayout(actions);
    // Packs and actions are made here too (no dead end for a fresh vault).
    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_tree, 1);
    auto* newPack = button(tr("New pac&k…"), "newPackButton", this);
    auto* newAction = button(tr("New action…"), "newActionButton", this);
    auto* scopeButtons = new QHBoxLayout;
    scopeButtons->addWidget(newPack);
    scopeButtons->addWidget(newAction);
    leftLayout->addLayout(scopeButtons);
    connect(newPack, &QPushButton::clicked, this, &SecretsView::newPack);
    connect(newAction, &QPushButton::clicked, this, &SecretsView::newAction);
    m_scopeEditor->addTreeActions(
        m_tree, [this] { return Scope::parse(selectedScopeText()); },
        [this](const std::optional<Scope>& scope) { selectScope(scope); });
    leftLayout->addWidget(m_packScan);
    connect(m_scopeEditor, &ScopeEditor::errorOccurred, this, &SecretsView::errorOccurred);
    connect(m_scopeEditor, &ScopeEditor::statusMessage, this, &SecretsView::statusMessage);
    connect(m_packScan, &PackScanPanel::errorOccurred, this, &SecretsView::errorOccurred);
    connect(m_packScan, &PackScanPanel::statusMessage, this, &SecretsView::statusMessage);
    auto* splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({260, 740});
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    setTabOrder(m_tree, m_search);
    setTabOrder(m_search, m_table);
    setTabOrder(m_table, m_reveal);
    setTabOrder(m_reveal, m_copy);
    setTabOrder(m_copy, newButton);
    setTabOrder(newButton, m_edit);
    setTabOrder(m_edit, m_move);
    setTabOrder(m_move, m_delete);
    setTabOrder(m_delete, m_effective);

    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &SecretsView::scopeSelected);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_filter->setSearchText(text);
        if (!m_filter->isSearching()) {
            m_filter->setScope(selectedScopeText());
        }
        secretSelected(); // the selected row may have been filtered out
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &SecretsView::secretSelected);
    connect(m_table, &QTableView::activated, this,
            [this] { revealSecret(!m_reveal->isChecked()); });
    connect(m_reveal, &QPushButton::toggled, this, &SecretsView::revealSecret);
    connect(m_copy, &QPushButton::clicked, this, &SecretsView::copySecret);
    connect(newButton, &QPushButton::clicked, this, [this] { newSecret(); });
    connect(m_edit, &QPushButton::clicked, this, &SecretsView::editSecret);
    connect(m_move, &QPushButton::clicked, this, &SecretsView::moveSecret);
    connect(m_delete, &QPushButton::clicked, this, &SecretsView::deleteSecret);
    connect(m_effective, &QPushButton::clicked, this,
            [this] { Q_EMIT effectiveRequested(selectedScopeText()); });
    connect(m_detailTabs, &QTabWidget::currentChanged, this, [this] {
        if (m_detailTabs->currentWidget() == m_history) {
            m_history->showSecret(selectedSecret());
        }
    });
    connect(m_history, &SecretHistoryPanel::errorOccurred, this, &SecretsView::errorOccurred);
    connect(m_history, &SecretHistoryPanel::statusMessage, this, &SecretsView::statusMessage);
    secretSelected();
}

QString SecretsView::selectedScopeText() const
{
    const QModelIndex current = m_tree->currentIndex();
    return current.isValid() ? current.data(ScopeTreeModel::ScopeRole).toString()
                             : QStringLiteral("system");
}

void SecretsView::refresh(std::vector<SecretInfo> secrets)
{
    const QString scope = selectedScopeText();
    const std::optional<SecretRef> selected = selectedSecret();
    m_scopes->reset(m_session.vault().catalog(), secrets);
    m_secrets->reset(std::move(secrets));
    m_tree->expandAll();
    Scope restored = Scope::system();
    try {
        restored = Scope::parse(scope);
    } catch (const VaultError&) {
    }
    QModelIndex index = m_scopes->indexOf(restored);
    if (!index.isValid()) {
        index = m_scopes->index(0, 0);
    }
    m_tree->setCurrentIndex(index);
    m_filter->setScope(m_filter->isSearching() ? QString() : selectedScopeText());
    if (selected) {
        selectSecret(*selected);
    }
    secretSelected();
}

void SecretsView::clear()
{
    hideValue();
    m_search->clear();
    m_secrets->clear();
    m_scopes->clear();
    secretSelected();
}

void SecretsView::selectScope(const std::optional<Scope>& scope)
{
    if (scope) {
        const QModelIndex index = m_scopes->indexOf(*scope);
        if (index.isValid()) {
            m_tree->setCurrentIndex(index);
        }
    }
}

void SecretsView::scopeSelected()
{
    if (!m_filter->isSearching()) {
        m_filter->setScope(selectedScopeText());
    }
    m_effective->setEnabled(Scope::parse(selectedScopeText()).kind() == Scope::Kind::Action);
    m_packScan->showPack(Scope::parse(selectedScopeText()).packName());
    secretSelected();
}

std::optional<SecretRef> SecretsView::selectedSecret() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty()) {
        return std::nullopt;
    }
    return SecretRef::parse(rows.constFirst().data(SecretTableModel::ReferenceRole).toString());
}

void SecretsView::focusSearch()
{
    m_search->setFocus();
}

void SecretsView::selectSecret(const SecretRef& ref)
{
    if (m_secrets->rowOf(ref) < 0) {
        return;
    }
    if (!m_search->text().isEmpty()) {
        m_search->clear();
    }
    m_tree->setCurrentIndex(m_scopes->indexOf(ref.scope()));
    const QModelIndex source = m_secrets->index(m_secrets->rowOf(ref), 0);
    const QModelIndex row = m_filter->mapFromSource(source);
    m_table->selectionModel()->setCurrentIndex(row, QItemSelectionModel::ClearAndSelect |
                                                        QItemSelectionModel::Rows);
    m_table->scrollTo(row);
}

void SecretsView::secretSelected()
{
    hideValue();
    Q_EMIT selectionChanged();
    const std::optional<SecretRef> ref = selectedSecret();
    for (QWidget* widget : {static_cast<QWidget*>(m_reveal), static_cast<QWidget*>(m_copy),
                            static_cast<QWidget*>(m_edit), static_cast<QWidget*>(m_move),
                            static_cast<QWidget*>(m_delete), static_cast<QWidget*>(m_value)}) {
        widget->setEnabled(ref.has_value());
    }
    if (m_detailTabs->currentWidget() == m_history) {
        m_history->showSecret(ref);
    }
    if (!ref) {
        // An empty vault says where to start.
        m_reference->setText(m_secrets->rowCount() > 0 ? tr("Select a secret to see it.")
                             : m_session.isUnlocked() &&
                                     m_session.vault().catalog().packs().isEmpty()
                                 ? tr("This vault is empty. Import a skill-pack folder (Secrets → "
                                      "Import skill packs…), or create a pack and its actions "
                                      "(New pack…, New action…); then add secrets (New secret…).")
                                 : QString());
        m_details->clear();
        return;
    }
    const SecretInfo& info = m_secrets->secretAt(m_secrets->rowOf(*ref));
    m_reference->setText(ref->toString());
    QString details =
        tr("Version %1, value changed %2. %3")
            .arg(info.version)
            .arg(QLocale().toString(info.valueChanged.toLocalTime(), QLocale::ShortFormat))
            .arg(info.description);
    if (info.inKeychain) {
        details += QLatin1Char('\n') + tr("The value is held in the OS keychain.");
    }
    try {
        if (const std::optional<RotationItem> item = m_session.rotation().itemFor(info)) {
            details +=
                QLatin1Char('\n') +
                tr("Rotation: %1; due %2 (%3).")
                    .arg(RotationScheduleModel::describePolicy(*item),
                         QLocale().toString(item->due.toLocalTime().date(), QLocale::ShortFormat),
                         RotationStatuses::label(item->status));
        }
    } catch (const VaultError&) {
        // The details stay without the rotation line; the schedule view reports errors.
    }
    m_details->setText(details);
}

void SecretsView::hideValue()
{
    m_value->clear();
    m_value->setEchoMode(QLineEdit::Password);
    const QSignalBlocker blocker(m_reveal);
    m_reveal->setChecked(false);
    m_reveal->setText(tr("&Reveal"));
}

void SecretsView::revealSecret(bool reveal)
{
    const std::optional<SecretRef> ref = selectedSecret();
    if (!reveal || !ref) {
        hideValue();
        return;
    }
    try {
        const SecureBuffer value =
            m_session.secrets().readValue(*ref, SecretService::ReadPurpose::Reveal);
        // The only copy outside secure memory: the field that shows it, cleared on hide.
        m_value->setText(QString::fromUtf8(reinterpret_cast<const char*>(value.data()),
                                           static_cast<qsizetype>(value.size())));
        m_value->setEchoMode(QLineEdit::Normal);
        const QSignalBlocker blocker(m_reveal);
        m_reveal->setChecked(true);
        m_reveal->setText(tr("&Hide"));
    } catch (const VaultError& error) {
        hideValue();
        Q_EMIT errorOccurred(ErrorText::describe(error));
    }
}

void SecretsView::copySecret()
{
    const std::optional<SecretRef> ref = selectedSecret();
    if (!ref) {
        return;
    }
    try {
        const SecureBuffer value =
            m_session.secrets().readValue(*ref, SecretService::ReadPurpose::Copy);
        m_clipboard.copy(value, m_clipboardDelayMs);
        Q_EMIT statusMessage(tr("Copied %1; the clipboard is cleared in %2 s.")
                                 .arg(ref->toString())
                                 .arg(m_clipboardDelayMs / 1000));
    } catch (const VaultError& error) {
        Q_EMIT errorOccurred(ErrorText::describe(error));
    }
}

void SecretsView::newSecret(const std::optional<SecretRef>& prefill)
{
    SecretDialog dialog(m_scopes->allScopes(), this);
    dialog.setKeychainAvailable(m_session.hasKeyStore());
    dialog.setScope(prefill ? prefill->scope().toString() : selectedScopeText());
    if (prefill) {
        dialog.setName(prefill->name());
    }
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    try {
        const SecretRef ref = dialog.reference();
        if (m_session.secrets().secretExists(ref)) {
            throw VaultError(
                ErrorCode::Usage,
                tr("%1 already exists; edit it to change its value.").arg(ref.toString()));
        }
        SecretChange change;
        change.description = dialog.description();
        change.inKeychain = dialog.inKeychain();
        m_session.secrets().setSecret(ref, dialog.takeValue(), change);
        applyRotation(ref, dialog);
        m_session.notifyChanged();
        selectSecret(ref);
        Q_EMIT statusMessage(tr("Stored %1.").arg(ref.toString()));
    } catch (const VaultError& error) {
        Q_EMIT errorOccurred(ErrorText::describe(error));
    }
}

void SecretsView::editSecret()
{
    const std::optional<SecretRef> ref = selectedSecret();
    if (!ref) {
        return;
    }
    SecretDialog dialog(m_scopes->allScopes(), this);
    const SecretInfo& info = m_secrets->secretAt(m_secrets->rowOf(*ref));
    dialog.setSecret(info);
    dialog.setKeychainAvailable(m_session.hasKeyStore());
    try {
        const std::optional<RotationItem> item = m_session.rotation().itemFor(info);
        dialog.setRotation(
            item && !item->inheritedFrom ? std::optional(item->policy) : std::nullopt,
            item && item->inheritedFrom ? RotationScheduleModel::describePolicy(*item) : QString());
    } catch (const VaultError& error) {
        Q_EMIT errorOccurred(ErrorText::describe(error));
        return;
    }
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    try {
        SecretChange change;
        change.description = dialog.description();
        change.inKeychain = dialog.inKeychain();
        if (dialog.hasValue()) {
            m_session.secrets().setSecret(*ref, dialog.takeValue(), change);
        } else {
            m_session.secrets().editSecret(*ref, change);
            (void)m_session.secrets().relocate(*ref, dialog.inKeychain());
        }
        applyRotation(*ref, dialog);
        m_session.notifyChanged();
        selectSecret(*ref);
    } catch (const VaultError& error) {
        Q_EMIT errorOccurred(ErrorText::describe(error));
    }
}

void SecretsView::applyRotation(const SecretRef& ref, const SecretDialog& dialog)
{
    if (!dialog.rotationChanged()) {
        return;
    }
    RotationService rotation = m_session.rotation();
    const GrantTarget target(ref);
    if (dialog.rotation() == SecretDialog::Rotation::Inherit) {
        rotation.clearPolicy(target);
        return;
    }
    RotationService::PolicyChange change;
    change.replace = true;
    if (dialog.rotation() == SecretDialog::Rotation::Every) {
        change.everySeconds = static_cast<qint64>(dialog.rotationDays()) * 24 * 3600;
    } else {
        change.expires = dialog.rotationExpires();
    }
    (void)rotation.setPolicy(target, change);
}

void SecretsView::moveSecret()
{
    const std::optional<SecretRef> ref = selectedSecret();
    if (!ref) {
        return;
    }
    MoveSecretDialog dialog(*ref, m_scopes->allScopes(), this);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    try {
        const SecretRef target = dialog.target();
        m_session.secrets().moveSecret(*ref, target);
        m_session.notifyChanged();
        selectSecret(target);
    } catch (const VaultError& error) {
        Q_EMIT errorOccurred(ErrorText::describe(error));
    }
}

void SecretsView::deleteSecret()
{
    const std::optional<SecretRef> ref = selectedSecret();
    if (!ref) {
        return;
    }
    QString text = tr("Delete %1 and every version of its value? Grants on exactly this "
                      "secret are revoked. This cannot be undone.")
                       .arg(ref->toString());
    try {
        // Say who loses it: agents receive it for actions that require it.
        QStringList users;
        VaultService& vault = m_session.vault();
        for (const auto& [agent, through] :
             AccessPolicy::requiredBy(vault.catalog(), m_session.secrets().secretIndex(), *ref,
                                      vault.clock().nowUtc())) {
            users << tr("%1 (for %2)").arg(agent, through);
        }
        if (!users.isEmpty()) {
            text += QStringLiteral("\n\n") + tr("Agents receive it now and will no longer: %1.")
                                                 .arg(users.join(QStringLiteral(", ")));
        }
    } catch (const VaultError& error) {
        Q_EMIT errorOccurred(ErrorText::describe(error));
        return;
    }
    QMessageBox question(QMessageBox::Warning, tr("Delete secret"), text,
                         QMessageBox::Yes | QMessageBox::Cancel, this);
    question.setObjectName(QStringLiteral("confirmDeleteSecret"));
    question.setDefaultButton(QMessageBox::Cancel);
    if (question.exec() != QMessageBox::Yes) {
        return;
    }
    try {
        m_session.secrets().removeSecret(*ref);
        m_session.notifyChanged();
        Q_EMIT statusMessage(tr("Deleted %1.").arg(ref->toString()));
    } catch (const VaultError& error) {
        Q_EMIT errorOccurred(ErrorText::describe(error));
    }
}

bool SecretsView::eventFilter(QObject* watched, QEvent* event)
{
    // Down in the search field moves into the results, as in a browser's address bar.
    if (watched == m_search && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent*>(event)->key() == Qt::Key_Down && m_filter->rowCount() > 0) {
        m_table->setFocus();
        if (!m_table->selectionModel()->hasSelection()) {
            m_table->selectRow(0);
        }
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void SecretsView::setContextActions(const QList<QAction*>& actions)
{
    m_table->addActions(actions);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
}

void SecretsView::newPack()
{
    selectScope(m_scopeEditor->newPack());
}

void SecretsView::newAction()
{
    selectScope(m_scopeEditor->newAction(Scope::parse(selectedScopeText())));
}

} // namespace scopevault
