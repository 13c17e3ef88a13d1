#include "secrets/ScopeDialog.h"
#include "shell/StatusColors.h"

#include "secrets/SecretRef.h"
#include "vault/VaultError.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace scopevault {

ScopeDialog::ScopeDialog(Mode mode, const QStringList& packs, QWidget* parent)
    : QDialog(parent)
    , m_mode(mode)
    , m_pack(new QComboBox(this))
    , m_name(new QLineEdit(this))
    , m_description(new QLineEdit(this))
    , m_declarations(new QTableWidget(this))
    , m_error(new QLabel(this))
{
    const bool action = mode == Mode::NewAction || mode == Mode::EditAction;
    setObjectName(QStringLiteral("scopeDialog"));
    setWindowTitle(mode == Mode::NewPack     ? tr("New pack")
                   : mode == Mode::NewAction ? tr("New action")
                   : action                  ? tr("Edit action")
                                             : tr("Edit pack"));
    m_pack->setObjectName(QStringLiteral("scopePackCombo"));
    m_pack->setEditable(true);
    m_pack->addItems(packs);
    m_pack->setAccessibleName(tr("Pack"));
    m_name->setObjectName(QStringLiteral("scopeNameEdit"));
    m_name->setAccessibleName(tr("Name"));
    m_name->setPlaceholderText(action ? tr("e.g. wallet_screening") : tr("e.g. finance"));
    m_description->setObjectName(QStringLiteral("scopeDescriptionEdit"));
    m_description->setAccessibleName(tr("Description"));
    m_declarations->setObjectName(QStringLiteral("scopeDeclarationsTable"));
    m_declarations->setAccessibleName(tr("Declared secrets"));
    m_declarations->setColumnCount(3);
    m_declarations->setHorizontalHeaderLabels({tr("Secret"), tr("Description"), tr("Required")});
    m_declarations->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_declarations->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_declarations->verticalHeader()->hide();
    m_error->setObjectName(QStringLiteral("scopeDialogError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(StatusColors::styleSheet(StatusColors::Tone::Bad, palette()));
    m_error->hide();

    auto* form = new QFormLayout;
    if (action) {
        form->addRow(tr("&Pack:"), m_pack);
    }
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Description:"), m_description);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    if (action) {
        auto* label =
            new QLabel(tr("Secrets this action &needs (agents granted it receive them):"), this);
        label->setBuddy(m_declarations);
        auto* add = new QPushButton(tr("&Add secret"), this);
        add->setObjectName(QStringLiteral("scopeAddDeclaration"));
        add->setAutoDefault(false);
        auto* remove = new QPushButton(tr("&Remove"), this);
        remove->setObjectName(QStringLiteral("scopeRemoveDeclaration"));
        remove->setAutoDefault(false);
        connect(add, &QPushButton::clicked, this, [this] {
            addRow({QString(), QString(), true});
            m_declarations->setCurrentCell(m_declarations->rowCount() - 1, 0);
            m_declarations->editItem(m_declarations->currentItem());
        });
        connect(remove, &QPushButton::clicked, this,
                [this] { m_declarations->removeRow(m_declarations->currentRow()); });
        auto* buttons = new QHBoxLayout;
        buttons->addStretch(1);
        buttons->addWidget(add);
        buttons->addWidget(remove);
        layout->addWidget(label);
        layout->addWidget(m_declarations, 1);
        layout->addLayout(buttons);
    } else {
        m_declarations->hide();
    }
    auto* box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(box, &QDialogButtonBox::accepted, this, &ScopeDialog::accept);
    connect(box, &QDialogButtonBox::rejected, this, &ScopeDialog::reject);
    layout->addWidget(m_error);
    layout->addWidget(box);
    setMinimumWidth(action ? 560 : 420);
    (action && mode == Mode::NewAction ? static_cast<QWidget*>(m_name) : m_description)->setFocus();
    if (mode == Mode::NewPack) {
        m_name->setFocus();
    }
}

void ScopeDialog::setPack(const QString& pack, const QString& description)
{
    if (m_mode == Mode::EditPack) {
        m_name->setText(pack);
        m_name->setReadOnly(true);
        m_description->setText(description);
    } else {
        m_pack->setCurrentText(pack);
    }
}

void ScopeDialog::setAction(const Action& action)
{
    m_pack->setCurrentText(action.pack);
    m_pack->setEnabled(false);
    m_name->setText(action.name);
    m_name->setReadOnly(true);
    m_description->setText(action.description);
    for (const Declaration& declaration : action.declarations) {
        addRow(declaration);
    }
}

void ScopeDialog::addRow(const Declaration& declaration)
{
    const int row = m_declarations->rowCount();
    m_declarations->insertRow(row);
    m_declarations->setItem(row, 0, new QTableWidgetItem(declaration.name));
    m_declarations->setItem(row, 1, new QTableWidgetItem(declaration.description));
    auto* required = new QTableWidgetItem(tr("required"));
    required->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
    required->setCheckState(declaration.required ? Qt::Checked : Qt::Unchecked);
    m_declarations->setItem(row, 2, required);
}

Scope ScopeDialog::scope() const
{
    const QString name = m_name->text().trimmed();
    if (m_mode == Mode::NewPack || m_mode == Mode::EditPack) {
        return Scope::pack(name);
    }
    return Scope::action(m_pack->currentText().trimmed(), name);
}

QString ScopeDialog::description() const
{
    return m_description->text().trimmed();
}

QList<Declaration> ScopeDialog::declarations() const
{
    QList<Declaration> result;
    for (int row = 0; row < m_declarations->rowCount(); ++row) {
        const QString name = m_declarations->item(row, 0)->text().trimmed();
        if (name.isEmpty()) {
            continue;
        }
        result.append({name, m_declarations->item(row, 1)->text().trimmed(),
                       m_declarations->item(row, 2)->checkState() == Qt::Checked});
    }
    return result;
}

void ScopeDialog::accept()
{
    // The names are checked here so that the dialog stays open with the reason; every other
    // rule (exists already, in use) is ScopeService's.
    try {
        (void)scope();
        for (const Declaration& declaration : declarations()) {
            if (!SecretRef::isValidName(declaration.name)) {
                throw VaultError(ErrorCode::Usage,
                                 tr("'%1' is not a valid secret name: letters, digits and _, not "
                                    "starting with a digit.")
                                     .arg(declaration.name));
            }
        }
    } catch (const VaultError& error) {
        m_error->setText(error.message());
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace scopevault
