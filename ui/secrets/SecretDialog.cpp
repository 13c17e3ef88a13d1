#include "secrets/SecretDialog.h"
#include "shell/StatusColors.h"

#include "catalog/Scope.h"
#include "secrets/SecretRef.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace scopevault {

SecretDialog::SecretDialog(const QStringList& scopes, QWidget* parent)
    : QDialog(parent)
    , m_scope(new QComboBox(this))
    , m_name(new QLineEdit(this))
    , m_description(new QLineEdit(this))
    , m_value(new QLineEdit(this))
    , m_show(new QCheckBox(tr("&Show"), this))
    , m_storage(new QComboBox(this))
    , m_rotation(new QComboBox(this))
    , m_days(new QSpinBox(this))
    , m_expires(new QDateEdit(this))
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
    m_error->setStyleSheet(StatusColors::styleSheet(StatusColors::Tone::Bad, palette()));
    m_error->hide();

    m_rotation->setObjectName(QStringLiteral("secretRotationCombo"));
    m_rotation->setAccessibleName(tr("Rotation"));
    m_rotation->addItem(tr("No policy of its own"));
    m_rotation->addItem(tr("Rotate every"));
    m_rotation->addItem(tr("Expires on"));
    m_days->setObjectName(QStringLiteral("secretRotationDays"));
    m_days->setRange(1, 3650);
    m_days->setValue(90);
    m_days->setSuffix(tr(" days"));
    m_days->setAccessibleName(tr("Rotation interval in days"));
    m_expires->setObjectName(QStringLiteral("secretRotationExpires"));
    m_expires->setCalendarPopup(true);
    m_expires->setDate(QDate::currentDate().addMonths(3));
    m_expires->setAccessibleName(tr("Expiry date"));
    connect(m_rotation, &QComboBox::currentIndexChanged, this, &SecretDialog::updateRotationFields);
    updateRotationFields();
    m_initialRotation = rotationState();

    auto* valueRow = new QHBoxLayout;
    valueRow->addWidget(m_value, 1);
    valueRow->addWidget(m_show);
    auto* rotationRow = new QHBoxLayout;
    rotationRow->addWidget(m_rotation);
    rotationRow->addWidget(m_days);
    rotationRow->addWidget(m_expires);
    rotationRow->addStretch(1);
    auto* form = new QFormLayout;
    form->addRow(tr("S&cope:"), m_scope);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Description:"), m_description);
    auto* valueLabel = new QLabel(tr("&Value:"), this);
    valueLabel->setBuddy(m_value);
    form->addRow(valueLabel, valueRow);
    m_storage->setObjectName(QStringLiteral("secretStorageCombo"));
    m_storage->addItem(tr("Vault file"));
    m_storage->addItem(tr("OS keychain (stays on this computer)"));
    m_storage->setToolTip(tr("A value in the OS keychain does not travel with a copy of the "
                             "vault file, and its history keeps no older values."));
    auto* storageLabel = new QLabel(tr("S&torage:"), this);
    storageLabel->setBuddy(m_storage);
    form->addRow(storageLabel, m_storage);
    auto* rotationLabel = new QLabel(tr("&Rotation:"), this);
    rotationLabel->setBuddy(m_rotation);
    form->addRow(rotationLabel, rotationRow);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("secretDialogButtons"));
    connect(buttons, &QDialogButtonBox::accepted, this, &SecretDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SecretDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(460);
    // A new secret starts with its name (the scope is preselected from the view).
    m_name->setFocus();
}

void SecretDialog::setScope(const QString& scope)
{
    const int index = m_scope->findText(scope);
    if (index >= 0) {
        m_scope->setCurrentIndex(index);
    }
}

void SecretDialog::setName(const QString& name)
{
    m_name->setText(name);
    m_value->setFocus();
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
    m_storage->setCurrentIndex(secret.inKeychain ? 1 : 0);
    m_description->setFocus();
}

bool SecretDialog::inKeychain() const
{
    return m_storage->currentIndex() == 1;
}

void SecretDialog::setKeychainAvailable(bool available)
{
    if (!available && m_storage->currentIndex() == 0) {
        m_storage->setEnabled(false);
        m_storage->setToolTip(tr("No OS keychain is available to this window."));
    }
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

void SecretDialog::setRotation(const std::optional<RotationPolicy>& own, const QString& inherited)
{
    m_rotation->setItemText(0, inherited.isEmpty() ? tr("No policy")
                                                   : tr("Inherited: %1").arg(inherited));
    if (own && own->everySeconds > 0) {
        m_rotation->setCurrentIndex(static_cast<int>(Rotation::Every));
        m_days->setValue(static_cast<int>(std::max<qint64>(1, own->everySeconds / (24 * 3600))));
    } else if (own && own->expires) {
        m_rotation->setCurrentIndex(static_cast<int>(Rotation::Expires));
        m_expires->setDate(*own->expires);
    } else {
        m_rotation->setCurrentIndex(static_cast<int>(Rotation::Inherit));
    }
    updateRotationFields();
    m_initialRotation = rotationState();
}

SecretDialog::Rotation SecretDialog::rotation() const
{
    return static_cast<Rotation>(m_rotation->currentIndex());
}

int SecretDialog::rotationDays() const
{
    return m_days->value();
}

QDate SecretDialog::rotationExpires() const
{
    return m_expires->date();
}

bool SecretDialog::rotationChanged() const
{
    return rotationState() != m_initialRotation;
}

QString SecretDialog::rotationState() const
{
    switch (rotation()) {
    case Rotation::Every:
        return QStringLiteral("every %1").arg(m_days->value());
    case Rotation::Expires:
        return QStringLiteral("expires %1").arg(m_expires->date().toString(Qt::ISODate));
    case Rotation::Inherit:
        break;
    }
    return QStringLiteral("inherit");
}

void SecretDialog::updateRotationFields()
{
    m_days->setVisible(rotation() == Rotation::Every);
    m_expires->setVisible(rotation() == Rotation::Expires);
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
