#include "start/WelcomePage.h"

#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QStringListModel>
#include <QVBoxLayout>

namespace scopevault {

namespace {

QPushButton* bigButton(const QString& text, const QString& detail, const char* name,
                       QWidget* parent)
{
    auto* button = new QPushButton(text + QLatin1Char('\n') + detail, parent);
    button->setObjectName(QString::fromLatin1(name));
    button->setMinimumHeight(button->fontMetrics().height() * 3);
    button->setStyleSheet(QStringLiteral("text-align: left; padding: 6px 12px;"));
    return button;
}

} // namespace

WelcomePage::WelcomePage(QWidget* parent)
    : QWidget(parent)
    , m_recentModel(new QStringListModel(this))
    , m_recent(new QListView(this))
{
    setObjectName(QStringLiteral("welcomePage"));
    auto* title = new QLabel(tr("Welcome to Scopevault"), this);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.8);
    big.setBold(true);
    title->setFont(big);
    auto* intro = new QLabel(
        tr("Keep every credential your AI agents need in one encrypted vault, scope each to the "
           "system, a skill pack or one action, and give each agent exactly what it may use."),
        this);
    intro->setWordWrap(true);
    auto* create = bigButton(tr("&Create a new vault"),
                             tr("Choose a passphrase; the vault is a single encrypted file."),
                             "createVaultButton", this);
    auto* open =
        bigButton(tr("&Open a vault…"), tr("A .svdb file made here or with scopevault-cli."),
                  "openVaultButton", this);
    auto* demo = bigButton(tr("Try the &demo vault"),
                           tr("Packs, agents and grants already set up; deleted when you quit."),
                           "demoVaultButton", this);
    m_recentLabel = new QLabel(tr("&Recent vaults"), this);
    QLabel* recentLabel = m_recentLabel;
    recentLabel->setBuddy(m_recent);
    m_recent->setObjectName(QStringLiteral("recentVaultsList"));
    m_recent->setAccessibleName(tr("Recent vaults"));
    m_recent->setModel(m_recentModel);
    m_recent->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_recent->setMaximumHeight(m_recent->fontMetrics().height() * 7);

    auto* box = new QWidget(this);
    // A fixed width: wrapped labels in a centred box otherwise get the height of another width.
    box->setFixedWidth(620);
    auto* boxLayout = new QVBoxLayout(box);
    boxLayout->addWidget(title);
    boxLayout->addWidget(intro);
    boxLayout->addSpacing(16);
    boxLayout->addWidget(create);
    boxLayout->addWidget(open);
    boxLayout->addWidget(demo);
    boxLayout->addSpacing(16);
    boxLayout->addWidget(recentLabel);
    boxLayout->addWidget(m_recent);
    auto* layout = new QVBoxLayout(this);
    layout->addStretch(1);
    layout->addWidget(box, 0, Qt::AlignHCenter);
    layout->addStretch(2);

    connect(create, &QPushButton::clicked, this, &WelcomePage::createRequested);
    connect(open, &QPushButton::clicked, this, &WelcomePage::openRequested);
    connect(demo, &QPushButton::clicked, this, &WelcomePage::demoRequested);
    connect(m_recent, &QListView::activated, this,
            [this](const QModelIndex& index) { Q_EMIT recentRequested(index.data().toString()); });
}

void WelcomePage::setRecentVaults(const QStringList& paths)
{
    m_recentModel->setStringList(paths);
    m_recent->setVisible(!paths.isEmpty());
    m_recentLabel->setVisible(!paths.isEmpty());
}

} // namespace scopevault
