#include "secrets/SecretDialog.h"

#include "catalog/Scope.h"
#include "secrets/SecretRef.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace scopevault {

SecretDialog::SecretDialog(const QStringList& scopes, QWidget* parent)
    : QDialog(parent)
    , m_scope(new QComboBox(this))
    , m_name(new QLineEdit(this))
    , m_description(new QLineEdit(this))
    , m_value(new QLineEdit(this))
    , m_show(new QCheckBox(tr("&Show"), this))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("secretDialog"));
    setWindowTitle(tr("New secret"));
    m_scope->setObjectName(QStringLiteral("secretScopeCombo"));
    m_scope->addItems(scopes);
    m_scope->setAccessibleName(tr("Scope"));
    m_name->setObjectName(QStringLiteral("secretNameEdit"));
    m_name->setPlaceholderText(tr("e.g. OPENAI_API_KEY"));
    m_name->setAccessibleName(tr("Name"));
    m_description->setObjectName(QStringLiteral("secretDescriptionEdit"));
    m_description->setPlaceholderText(tr("What it is for, whose account"));
    m_description->setAccessibleName(tr("Description"));
    m_value->setObjectName(QStringLiteral("secretValueField"));
    m_value->setEchoMode(QLineEdit::Password);
    m_value->setAccessibleName(tr("Value"));
    m_show->setObjectName(QStringLiteral("secretShowCheck"));
    connect(m_show, &QCheckBox::toggled, this, [this](bool show) {
        m_value->setEchoMode(show ? QLineEdit::Normal : QLineEdit::Password);
    });
    m_error->setObjectName(QStringLiteral("secretDialogError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c01c28"));
    m_error->hide();

    auto* valueRow = new QHBoxLayout;
    valueRow->addWidget(m_value, 1);
    valueRow->addWidget(m_show);
    auto* form = new QFormLayout;
    form->addRow(tr("S&cope:"), m_scope);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Description:"), m_description);
    auto* valueLabel = new QLabel(tr("&Value:"), this);
    valueLabel->setBuddy(m_value);
    form->addRow(valueLabel, valueRow);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("secretDialogButtons"));
    connect(buttons, &QDialogButtonBox::accepted, this, &SecretDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SecretDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(460);
}

void SecretDialog::setScope(const QString& scope)
{
    const int index = m_scope->findText(scope);
    if (index >= 0) {
        m_scope->setCurrentIndex(index);
    }
}

void SecretDialog::setSecret(const SecretInfo& secret)
{
    m_editing = true;
    setWindowTitle(tr("Edit %1").arg(secret.ref.toString()));
    setScope(secret.ref.scope().toString());
    m_scope->setEnabled(false);
    m_name->setText(secret.ref.name());
    m_name->setReadOnly(true);
    m_description->setText(secret.description);
    m_value->setPlaceholderText(tr("Leave empty to keep the current value"));
    m_description->setFocus();
}

SecretRef SecretDialog::reference() const
{
    return SecretRef(Scope::parse(m_scope->currentText()), m_name->text().trimmed());
}

QString SecretDialog::description() const
{
    return m_description->text().trimmed();
}

bool SecretDialog::hasValue() const
{
    return !m_value->text().isEmpty();
}

SecureBuffer SecretDialog::takeValue()
{
    QByteArray bytes = m_value->text().toUtf8();
    SecureBuffer value = SecureBuffer::copyOf(bytes);
    bytes.fill('\0');
    m_value->clear();
    return value;
}

QString SecretDialog::problem() const
{
    const QString name = m_name->text().trimmed();
    if (name.isEmpty()) {
        return tr("Give the secret a name.");
    }
    if (!SecretRef::isValidName(name)) {
        return tr("'%1' is not a valid name: use letters, digits and _, not starting with a "
                  "digit (as for environment variables).")
            .arg(name);
    }
    if (!m_editing && !hasValue()) {
        return tr("Enter the secret's value.");
    }
    return QString();
}

void SecretDialog::accept()
{
    const QString message = problem();
    if (!message.isEmpty()) {
        m_error->setText(message);
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace scopevault
