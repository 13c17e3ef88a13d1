#include "agents/GrantDialog.h"

#include "text/Moment.h"

#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace scopevault {

namespace {

enum Expiry
{
    Never,
    OneDay,
    OneWeek,
    ThirtyDays,
    NinetyDays,
    UntilDate,
};

} // namespace

GrantDialog::GrantDialog(const QString& agent, const QStringList& targets, const QDateTime& now,
                         QWidget* parent, const QString& fixedTarget,
                         const std::optional<QDateTime>& until)
    : QDialog(parent)
    , m_now(now)
    , m_target(new QComboBox(this))
    , m_expiry(new QComboBox(this))
    , m_date(new QDateEdit(this))
    , m_note(new QLabel(this))
{
    setObjectName(QStringLiteral("grantDialog"));
    setMinimumWidth(fontMetrics().averageCharWidth() * 80);
    setWindowTitle(fixedTarget.isEmpty() ? tr("Grant access to %1").arg(agent)
                                         : tr("Change the expiry of a grant to %1").arg(agent));
    m_target->setObjectName(QStringLiteral("grantTargetCombo"));
    m_target->setAccessibleName(tr("What the agent may read"));
    m_target->setEditable(fixedTarget.isEmpty());
    m_target->addItems(fixedTarget.isEmpty() ? targets : QStringList{fixedTarget});
    m_target->setEnabled(fixedTarget.isEmpty());
    if (m_target->isEditable()) {
        m_target->completer()->setFilterMode(Qt::MatchContains);
        m_target->completer()->setCompletionMode(QCompleter::PopupCompletion);
        m_target->setCurrentIndex(-1);
        m_target->lineEdit()->setPlaceholderText(tr("system, PACK, PACK/ACTION or SCOPE:NAME"));
    }
    m_expiry->setObjectName(QStringLiteral("grantExpiryCombo"));
    m_expiry->setAccessibleName(tr("Expires"));
    m_expiry->addItem(tr("Never"), Never);
    m_expiry->addItem(tr("In 1 day"), OneDay);
    m_expiry->addItem(tr("In 7 days"), OneWeek);
    m_expiry->addItem(tr("In 30 days"), ThirtyDays);
    m_expiry->addItem(tr("In 90 days"), NinetyDays);
    m_expiry->addItem(tr("At the end of a date"), UntilDate);
    m_date->setObjectName(QStringLiteral("grantExpiryDate"));
    m_date->setAccessibleName(tr("Expiry date"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_date->setMinimumDate(now.toUTC().date());
    m_date->setDate(until ? until->toUTC().date() : now.toUTC().date().addDays(30));
    if (until) {
        m_expiry->setCurrentIndex(UntilDate);
    }
    m_note->setObjectName(QStringLiteral("grantNote"));
    m_note->setWordWrap(true);
    m_note->setText(tr("An action gives the agent every secret it declares; a pack, every "
                       "action in it; system, the secrets every action falls back on. After "
                       "the grant you see what the agent now receives and what is missing."));

    auto* form = new QFormLayout;
    auto* targetLabel = new QLabel(tr("&Access to:"), this);
    targetLabel->setBuddy(m_target);
    form->addRow(targetLabel, m_target);
    auto* expiryLabel = new QLabel(tr("&Expires:"), this);
    expiryLabel->setBuddy(m_expiry);
    form->addRow(expiryLabel, m_expiry);
    auto* dateLabel = new QLabel(tr("&Date (end of day, UTC):"), this);
    dateLabel->setBuddy(m_date);
    form->addRow(dateLabel, m_date);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)
        ->setText(fixedTarget.isEmpty() ? tr("&Grant") : tr("&Change expiry"));
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_note);
    layout->addWidget(buttons);

    connect(m_expiry, &QComboBox::currentIndexChanged, this, &GrantDialog::updateDate);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateDate();
    (fixedTarget.isEmpty() ? static_cast<QWidget*>(m_target) : m_expiry)->setFocus();
}

QString GrantDialog::target() const
{
    return m_target->currentText().trimmed();
}

std::optional<QDateTime> GrantDialog::until() const
{
    switch (m_expiry->currentData().toInt()) {
    case OneDay:
        return m_now.addDays(1);
    case OneWeek:
        return m_now.addDays(7);
    case ThirtyDays:
        return m_now.addDays(30);
    case NinetyDays:
        return m_now.addDays(90);
    case UntilDate:
        // The same rule as the CLI's `grant --until DATE`: the end of that day in UTC.
        return Moment::parse(m_date->date().toString(Qt::ISODate), Moment::DayEdge::End);
    default:
        return std::nullopt;
    }
}

void GrantDialog::updateDate()
{
    m_date->setEnabled(m_expiry->currentData().toInt() == UntilDate);
}

} // namespace scopevault
