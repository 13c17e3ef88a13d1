#include "effective/EffectiveView.h"
#include "shell/ErrorText.h"

#include "access/Resolver.h"
#include "effective/EffectiveSecretModel.h"
#include "shell/VaultSession.h"
#include "vault/VaultError.h"
#include "vault/VaultService.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace scopevault {

EffectiveView::EffectiveView(VaultSession& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new EffectiveSecretModel(this))
    , m_action(new QComboBox(this))
    , m_table(new QTableView(this))
    , m_summary(new QLabel(this))
{
    setObjectName(QStringLiteral("effectiveView"));
    m_action->setObjectName(QStringLiteral("effectiveActionCombo"));
    m_action->setAccessibleName(tr("Action"));
    m_action->setMinimumContentsLength(28);
    m_table->setObjectName(QStringLiteral("effectiveTable"));
    m_table->setAccessibleName(tr("Effective secrets"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_summary->setObjectName(QStringLiteral("effectiveSummary"));
    m_summary->setWordWrap(true);

    auto* form = new QFormLayout;
    form->addRow(tr("&Action:"), m_action);
    auto* hint = new QLabel(tr("More specific scopes win: an action's own secret overrides its "
                               "pack's, which overrides the system's. Press Enter or double-click "
                               "a row to open the secret that supplies it, or to create a missing "
                               "one."),
                            this);
    hint->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addWidget(m_table, 1);
    m_create = new QPushButton(tr("C&reate missing secret…"), this);
    m_create->setObjectName(QStringLiteral("effectiveCreateButton"));
    m_create->setEnabled(false);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_summary, 1);
    bottom->addWidget(m_create);
    layout->addLayout(bottom);
    // The selected missing secret, else the first one: the button works without a selection.
    connect(m_create, &QPushButton::clicked, this, [this] {
        if (const std::optional<SecretRef> ref = missingTarget()) {
            Q_EMIT createRequested(*ref);
        }
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this] { m_create->setEnabled(missingTarget().has_value()); });

    connect(m_action, &QComboBox::currentTextChanged, this, &EffectiveView::load);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex& index) {
        const QString ref = index.data(EffectiveSecretModel::ReferenceRole).toString();
        if (!ref.isEmpty()) {
            Q_EMIT secretRequested(SecretRef::parse(ref));
        } else if (const std::optional<SecretRef> missing = missingAt(index)) {
            Q_EMIT createRequested(*missing);
        }
    });
}

std::optional<SecretRef> EffectiveView::missingAt(const QModelIndex& index) const
{
    if (!index.isValid() || !index.data(EffectiveSecretModel::MissingRole).toBool()) {
        return std::nullopt;
    }
    try {
        return SecretRef(Scope::parse(m_action->currentText()),
                         index.siblingAtColumn(EffectiveSecretModel::NameColumn).data().toString());
    } catch (const VaultError&) {
        return std::nullopt;
    }
}

std::optional<SecretRef> EffectiveView::missingTarget() const
{
    if (std::optional<SecretRef> selected = missingAt(m_table->currentIndex())) {
        return selected;
    }
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (std::optional<SecretRef> missing = missingAt(m_model->index(row, 0))) {
            return missing;
        }
    }
    return std::nullopt;
}

void EffectiveView::refresh(const SecretIndex& index)
{
    m_index = index;
    const QString current = m_action->currentText();
    QStringList actions = m_session.vault().catalog().actions().keys();
    {
        const QSignalBlocker blocker(m_action);
        m_action->clear();
        m_action->addItems(actions);
        m_action->setCurrentText(current);
    }
    load();
}

void EffectiveView::clear()
{
    const QSignalBlocker blocker(m_action);
    m_action->clear();
    m_model->clear();
    m_summary->clear();
    m_index = SecretIndex();
}

void EffectiveView::showAction(const QString& action)
{
    m_action->setCurrentText(action);
    load();
}

void EffectiveView::load()
{
    if (!m_session.isUnlocked() || m_action->currentText().isEmpty()) {
        m_model->clear();
        m_summary->setText(tr("No actions yet: import a skill-pack folder, or create one with "
                              "Secrets → New action…."));
        return;
    }
    try {
        VaultService& vault = m_session.vault();
        const Scope scope = Scope::parse(m_action->currentText());
        const Action* action = vault.catalog().action(scope);
        if (!action) {
            m_model->clear();
            return;
        }
        const QList<ResolvedSecret> secrets = Resolver::effective(*action, m_index);
        m_model->reset(scope, secrets);
        int missingRequired = 0;
        int missingOptional = 0;
        int overrides = 0;
        for (const ResolvedSecret& secret : secrets) {
            if (!secret.supplier) {
                (secret.declaration && secret.declaration->required ? missingRequired
                                                                    : missingOptional)++;
            }
            overrides += secret.shadowed.isEmpty() ? 0 : 1;
        }
        m_summary->setText(
            missingRequired == 1
                ? tr("1 required secret missing: agents granted this action cannot run it.")
            : missingRequired > 1
                ? tr("%1 required secrets missing: agents granted this action cannot run it.")
                      .arg(missingRequired)
                : tr("Every required secret is supplied. Optional ones missing: %1. Overrides: "
                     "%2.")
                      .arg(missingOptional)
                      .arg(overrides));
    } catch (const VaultError& error) {
        m_model->clear();
        m_summary->setText(ErrorText::describe(error));
    }
    m_create->setEnabled(missingTarget().has_value());
}

} // namespace scopevault
