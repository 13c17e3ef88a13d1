#include "rotation/RotateDialog.h"
#include "shell/StatusColors.h"

#include "secrets/ValueGenerator.h"
#include "start/PassphraseStrength.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <cmath>

namespace scopevault {

RotateDialog::RotateDialog(const SecretRef& ref, QWidget* parent)
    : QDialog(parent)
    , m_paste(new QRadioButton(tr("&Paste the value issued by the provider"), this))
    , m_generated(new QRadioButton(tr("&Generate a random value"), this))
    , m_value(new QLineEdit(this))
    , m_show(new QCheckBox(tr("&Show"), this))
    , m_length(new QSpinBox(this))
    , m_charset(new QComboBox(this))
    , m_strength(new QLabel(this))
    , m_reuse(new QCheckBox(tr("&Allow a value this secret held before"), this))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("rotateDialog"));
    setWindowTitle(tr("Rotate %1").arg(ref.toString()));
    m_paste->setObjectName(QStringLiteral("rotatePasteRadio"));
    m_generated->setObjectName(QStringLiteral("rotateGenerateRadio"));
    m_paste->setChecked(true);
    auto* modes = new QButtonGroup(this);
    modes->addButton(m_paste);
    modes->addButton(m_generated);
    m_value->setObjectName(QStringLiteral("rotateValueField"));
    m_value->setEchoMode(QLineEdit::Password);
    m_value->setAccessibleName(tr("New value"));
    m_value->setPlaceholderText(tr("Paste the new value"));
    m_show->setObjectName(QStringLiteral("rotateShowCheck"));
    m_length->setObjectName(QStringLiteral("rotateLengthSpin"));
    m_length->setRange(8, ValueGenerator::MaxLength);
    m_length->setValue(ValueGenerator::DefaultLength);
    m_length->setAccessibleName(tr("Length"));
    m_charset->setObjectName(QStringLiteral("rotateCharsetCombo"));
    m_charset->addItem(tr("Letters and digits"), QStringLiteral("alnum"));
    m_charset->addItem(tr("Hexadecimal"), QStringLiteral("hex"));
    m_charset->addItem(tr("Base64 (URL-safe)"), QStringLiteral("base64url"));
    m_charset->addItem(tr("Printable ASCII"), QStringLiteral("ascii"));
    m_charset->setAccessibleName(tr("Characters"));
    auto* again = new QPushButton(tr("Ge&nerate again"), this);
    again->setObjectName(QStringLiteral("rotateGenerateButton"));
    m_strength->setObjectName(QStringLiteral("rotateStrengthLabel"));
    m_reuse->setObjectName(QStringLiteral("rotateReuseCheck"));
    m_error->setObjectName(QStringLiteral("rotateDialogError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(StatusColors::styleSheet(StatusColors::Tone::Bad, palette()));
    m_error->hide();

    auto* intro = new QLabel(tr("The old value stays in the secret's history. Agents keep "
                                "their copy until you export their bundles again."),
                             this);
    intro->setWordWrap(true);
    auto* valueRow = new QHBoxLayout;
    valueRow->addWidget(m_value, 1);
    valueRow->addWidget(m_show);
    auto* generatorRow = new QHBoxLayout;
    auto* lengthLabel = new QLabel(tr("&Length:"), this);
    lengthLabel->setBuddy(m_length);
    auto* charsetLabel = new QLabel(tr("C&haracters:"), this);
    charsetLabel->setBuddy(m_charset);
    generatorRow->addWidget(lengthLabel);
    generatorRow->addWidget(m_length);
    generatorRow->addWidget(charsetLabel);
    generatorRow->addWidget(m_charset, 1);
    generatorRow->addWidget(again);
    auto* form = new QFormLayout;
    auto* valueLabel = new QLabel(tr("New &value:"), this);
    valueLabel->setBuddy(m_value);
    form->addRow(valueLabel, valueRow);
    form->addRow(tr("Strength:"), m_strength);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("rotateDialogButtons"));
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Rotate"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_paste);
    layout->addWidget(m_generated);
    layout->addLayout(generatorRow);
    layout->addLayout(form);
    layout->addWidget(m_reuse);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(520);

    connect(m_show, &QCheckBox::toggled, this, [this](bool show) {
        m_value->setEchoMode(show ? QLineEdit::Normal : QLineEdit::Password);
    });
    connect(m_generated, &QRadioButton::toggled, this, [this](bool on) {
        updateMode();
        if (on) {
            generate();
        } else {
            m_value->clear();
        }
    });
    connect(again, &QPushButton::clicked, this, &RotateDialog::generate);
    connect(m_length, &QSpinBox::valueChanged, this, [this] {
        if (m_generated->isChecked()) {
            generate();
        }
    });
    connect(m_charset, &QComboBox::currentIndexChanged, this, [this] {
        if (m_generated->isChecked()) {
            generate();
        }
    });
    connect(m_value, &QLineEdit::textChanged, this, &RotateDialog::updateStrength);
    connect(buttons, &QDialogButtonBox::accepted, this, &RotateDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &RotateDialog::reject);
    updateMode();
    updateStrength();
    m_value->setFocus();
}

void RotateDialog::updateMode()
{
    const bool generated = m_generated->isChecked();
    m_length->setEnabled(generated);
    m_charset->setEnabled(generated);
    findChild<QPushButton*>(QStringLiteral("rotateGenerateButton"))->setEnabled(generated);
    m_value->setReadOnly(generated);
}

void RotateDialog::generate()
{
    const auto charset = ValueGenerator::charsetFromName(m_charset->currentData().toString())
                             .value_or(ValueGenerator::Charset::Alnum);
    const SecureBuffer value = ValueGenerator::generate(m_length->value(), charset);
    // The field is the one place the value lives outside secure memory until Rotate.
    m_value->setText(QString::fromLatin1(reinterpret_cast<const char*>(value.data()),
                                         static_cast<qsizetype>(value.size())));
}

void RotateDialog::updateStrength()
{
    if (m_value->text().isEmpty()) {
        m_strength->setText(tr("—"));
        return;
    }
    if (m_generated->isChecked()) {
        const auto charset = ValueGenerator::charsetFromName(m_charset->currentData().toString())
                                 .value_or(ValueGenerator::Charset::Alnum);
        const double bits = ValueGenerator::entropyBits(m_length->value(), charset);
        m_strength->setText(tr("Random: %1 bits").arg(static_cast<int>(std::floor(bits))));
        return;
    }
    QByteArray bytes = m_value->text().toUtf8();
    const PassphraseStrength strength = PassphraseStrength::estimate(SecureBuffer::copyOf(bytes));
    bytes.fill('\0');
    m_strength->setText(strength.describe());
}

SecureBuffer RotateDialog::takeValue()
{
    QByteArray bytes = m_value->text().toUtf8();
    SecureBuffer value = SecureBuffer::copyOf(bytes);
    bytes.fill('\0');
    m_value->clear();
    return value;
}

bool RotateDialog::allowReuse() const
{
    return m_reuse->isChecked();
}

void RotateDialog::showError(const QString& message)
{
    m_error->setText(message);
    m_error->show();
}

void RotateDialog::accept()
{
    if (m_value->text().isEmpty()) {
        m_error->setText(tr("Enter the new value, or generate one."));
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace scopevault
