#include "agents/AddAgentDialog.h"
#include "shell/ErrorText.h"
#include "shell/StatusColors.h"

#include "catalog/Agent.h"
#include "catalog/AgentService.h"
#include "vault/VaultError.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace scopevault {

AddAgentDialog::AddAgentDialog(QWidget* parent)
    : QDialog(parent)
    , m_name(new QLineEdit(this))
    , m_key(new QPlainTextEdit(this))
    , m_description(new QLineEdit(this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("addAgentDialog"));
    setWindowTitle(tr("Add agent"));
    m_name->setObjectName(QStringLiteral("agentNameEdit"));
    m_name->setAccessibleName(tr("Agent name"));
    m_name->setPlaceholderText(tr("e.g. billing-bot"));
    m_key->setObjectName(QStringLiteral("agentKeyEdit"));
    m_key->setAccessibleName(tr("Public key"));
    m_key->setTabChangesFocus(true);
    m_key->setPlaceholderText(tr("Paste what 'scopevault-agent keygen' printed on the agent's "
                                 "host: the key, or all of its output"));
    m_key->setFixedHeight(m_key->fontMetrics().height() * 3 + 12);
    m_description->setObjectName(QStringLiteral("agentDescriptionEdit"));
    m_description->setAccessibleName(tr("Description"));
    m_status->setObjectName(QStringLiteral("agentKeyStatus"));
    m_status->setWordWrap(true);

    // Where the key comes from: the command to run on the agent's host, copyable.
    auto* command = new QLineEdit(
        QStringLiteral("scopevault-agent keygen --out ~/.config/scopevault-agent/identity.key"),
        this);
    command->setObjectName(QStringLiteral("agentKeygenCommand"));
    command->setReadOnly(true);
    command->setAccessibleName(tr("Command that makes the agent's key"));
    auto* copy = new QPushButton(tr("Cop&y"), this);
    copy->setObjectName(QStringLiteral("agentKeygenCopy"));
    copy->setAutoDefault(false);
    connect(copy, &QPushButton::clicked, this,
            [command] { QGuiApplication::clipboard()->setText(command->text()); });
    auto* commandRow = new QHBoxLayout;
    commandRow->addWidget(command, 1);
    commandRow->addWidget(copy);
    auto* form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("On the agent's host:"), commandRow);
    form->addRow(tr("&Public key:"), m_key);
    form->addRow(tr("&Description:"), m_description);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setObjectName(QStringLiteral("addAgentOkButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    setMinimumWidth(520);

    connect(m_name, &QLineEdit::textChanged, this, &AddAgentDialog::validate);
    connect(m_key, &QPlainTextEdit::textChanged, this, &AddAgentDialog::validate);
    validate();
}

QString AddAgentDialog::name() const
{
    return m_name->text().trimmed();
}

QString AddAgentDialog::publicKey() const
{
    return AgentService::keyInPastedText(m_key->toPlainText());
}

QString AddAgentDialog::description() const
{
    return m_description->text().trimmed();
}

void AddAgentDialog::validate()
{
    QString problem;
    QString fingerprint;
    if (!name().isEmpty() && !Agent::isValidName(name())) {
        problem = tr("The name may hold letters, digits, '.', '_' and '-' (at most 64).");
    } else if (!publicKey().isEmpty()) {
        try {
            Agent agent;
            agent.publicKey = AgentService::parsePublicKey(publicKey());
            fingerprint = agent.fingerprint();
        } catch (const VaultError& error) {
            problem = ErrorText::describe(error);
        }
    }
    if (!problem.isEmpty()) {
        m_status->setStyleSheet(StatusColors::styleSheet(StatusColors::Tone::Bad, palette()));
        m_status->setText(problem);
    } else if (!fingerprint.isEmpty()) {
        m_status->setStyleSheet(QString());
        m_status->setText(
            tr("Valid key. Fingerprint %1: compare it with the agent's host.").arg(fingerprint));
    } else {
        m_status->setText(QString());
    }
    m_ok->setEnabled(problem.isEmpty() && !fingerprint.isEmpty() && !name().isEmpty());
}

} // namespace scopevault
