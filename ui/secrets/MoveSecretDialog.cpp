#include "secrets/MoveSecretDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace scopevault {

MoveSecretDialog::MoveSecretDialog(const SecretRef& from, const QStringList& scopes,
                                   QWidget* parent)
    : QDialog(parent)
    , m_scope(new QComboBox(this))
    , m_name(new QLineEdit(from.name(), this))
{
    setObjectName(QStringLiteral("moveSecretDialog"));
    setWindowTitle(tr("Move %1").arg(from.toString()));
    m_scope->setObjectName(QStringLiteral("moveScopeCombo"));
    m_scope->addItems(scopes);
    m_scope->setCurrentText(from.scope().toString());
    m_scope->setAccessibleName(tr("Target scope"));
    m_name->setObjectName(QStringLiteral("moveNameEdit"));
    m_name->setAccessibleName(tr("Target name"));
    auto* form = new QFormLayout;
    form->addRow(tr("To &scope:"), m_scope);
    form->addRow(tr("&Name:"), m_name);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(
        tr("The value, its version and its description move with it. Grants on exactly this "
           "secret follow it; grants on its old scope do not."),
        this));
    layout->addLayout(form);
    layout->addWidget(buttons);
}

SecretRef MoveSecretDialog::target() const
{
    return SecretRef::parse(m_scope->currentText() + QLatin1Char(':') + m_name->text().trimmed());
}

} // namespace scopevault
