#include "audit/AuditView.h"

#include "audit/AuditEventModel.h"
#include "audit/AuditKind.h"
#include "audit/AuditService.h"
#include "audit/AuditTimeline.h"
#include "audit/AuditVerifyRunner.h"
#include "bundles/BundleService.h"
#include "shell/ErrorText.h"
#include "shell/VaultSession.h"
#include "vault/VaultError.h"
#include "vault/VaultService.h"

#include <QComboBox>
#include <QCompleter>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>

namespace scopevault {

namespace {

enum Range
{
    LastDay,
    LastWeek,
    LastMonth,
    AllTime
};

} // namespace

AuditView::AuditView(VaultSession& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_banner(new QLabel(this))
    , m_jump(new QPushButton(this))
    , m_range(new QComboBox(this))
    , m_actor(new QLineEdit(this))
    , m_kind(new QComboBox(this))
    , m_target(new QLineEdit(this))
    , m_outcome(new QComboBox(this))
    , m_span(new QLabel(this))
    , m_clearSpan(new QPushButton(tr("Show all of the range"), this))
    , m_timeline(new AuditTimeline(this))
    , m_model(new AuditEventModel(this))
    , m_table(new QTableView(this))
    , m_details(new QPlainTextEdit(this))
    , m_runner(new AuditVerifyRunner(this))
{
    setObjectName(QStringLiteral("auditView"));
    m_banner->setObjectName(QStringLiteral("auditBanner"));
    m_banner->setWordWrap(true);
    m_banner->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_banner->setMargin(8);
    // Two lines, whatever the text: progress and verdict must not re-lay out the view (the
    // chart's relayout stalled the window while the worker verified); the tooltip has it all.
    m_banner->setFixedHeight(2 * m_banner->fontMetrics().lineSpacing() + 2 * 8 + 4);
    m_banner->setAutoFillBackground(true);
    m_jump->setObjectName(QStringLiteral("auditJumpButton"));
    m_jump->hide();

    m_range->setObjectName(QStringLiteral("auditRangeCombo"));
    m_range->setAccessibleName(tr("Time range"));
    m_range->addItems({tr("Last 24 hours"), tr("Last 7 days"), tr("Last 30 days"), tr("All")});
    m_range->setCurrentIndex(LastMonth);
    m_actor->setObjectName(QStringLiteral("auditActorEdit"));
    m_actor->setAccessibleName(tr("Actor"));
    m_actor->setPlaceholderText(tr("Actor (an agent's name, admin:user)"));
    m_actor->setClearButtonEnabled(true);
    m_kind->setObjectName(QStringLiteral("auditKindCombo"));
    m_kind->setAccessibleName(tr("Kind of action"));
    m_kind->addItem(tr("All actions"));
    const QList<std::pair<AuditKind, QString>> kinds = {
        {AuditKind::Reads, tr("Secret reads")},
        {AuditKind::Changes, tr("Secret changes")},
        {AuditKind::Grants, tr("Grants")},
        {AuditKind::Agents, tr("Agents")},
        {AuditKind::Bundles, tr("Bundles")},
        {AuditKind::Vault, tr("Vault")},
        {AuditKind::Catalog, tr("Packs, actions and settings")}};
    for (const auto& [kind, label] : kinds) {
        m_kind->addItem(label, AuditKinds::name(kind));
    }
    m_target->setObjectName(QStringLiteral("auditTargetEdit"));
    m_target->setAccessibleName(tr("Target"));
    m_target->setPlaceholderText(tr("Target (SCOPE:NAME, an agent, a file)"));
    m_target->setClearButtonEnabled(true);
    m_outcome->setObjectName(QStringLiteral("auditOutcomeCombo"));
    m_outcome->setAccessibleName(tr("Outcome"));
    m_outcome->addItem(tr("Any outcome"));
    m_outcome->addItem(tr("success"), QStringLiteral("success"));
    m_outcome->addItem(tr("denied"), QStringLiteral("denied"));
    m_outcome->addItem(tr("error"), QStringLiteral("error"));
    m_span->setObjectName(QStringLiteral("auditSpanLabel"));
    m_clearSpan->setObjectName(QStringLiteral("auditClearSpanButton"));
    m_span->hide();
    m_clearSpan->hide();

    m_table->setObjectName(QStringLiteral("auditTable"));
    m_table->setAccessibleName(tr("Audit events"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setTextElideMode(Qt::ElideMiddle);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(AuditEventModel::TimeColumn, 150);
    m_table->setColumnWidth(AuditEventModel::ActorColumn, 130);
    m_table->setColumnWidth(AuditEventModel::ActionColumn, 170);
    m_table->setColumnWidth(AuditEventModel::TargetColumn, 300);
    m_details->setObjectName(QStringLiteral("auditDetails"));
    m_details->setAccessibleName(tr("Event details"));
    m_details->setReadOnly(true);
    m_details->setPlaceholderText(tr("Select an event to see its details."));

    auto* filters = new QHBoxLayout;
    filters->addWidget(m_range);
    filters->addWidget(m_actor, 1);
    filters->addWidget(m_kind);
    filters->addWidget(m_target, 1);
    filters->addWidget(m_outcome);
    auto* span = new QHBoxLayout;
    span->addWidget(m_span, 1);
    span->addWidget(m_clearSpan);
    auto* banner = new QHBoxLayout;
    banner->addWidget(m_banner, 1);
    banner->addWidget(m_jump);
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    auto* exportEvents = new QPushButton(tr("E&xport events…"), this);
    exportEvents->setObjectName(QStringLiteral("auditExportButton"));
    auto* exportCheckpoint = new QPushButton(tr("Export &checkpoint…"), this);
    exportCheckpoint->setObjectName(QStringLiteral("auditCheckpointButton"));
    auto* receipts = new QPushButton(tr("Import agent &receipts…"), this);
    receipts->setObjectName(QStringLiteral("auditReceiptsButton"));
    receipts->setToolTip(tr("Receipt files written by scopevault-agent (or drop them here)"));
    auto* verifyAgain = new QPushButton(tr("&Verify again"), this);
    verifyAgain->setObjectName(QStringLiteral("auditVerifyButton"));
    auto* againstCheckpoint = new QPushButton(tr("Verify against a c&heckpoint file…"), this);
    againstCheckpoint->setObjectName(QStringLiteral("auditVerifyCheckpointButton"));
    againstCheckpoint->setToolTip(
        tr("Also check that the log still holds an event signed in a checkpoint exported "
           "earlier (a cut-off log, or an older copy of the vault, fails)"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(verifyAgain);
    buttons->addWidget(againstCheckpoint);
    buttons->addStretch(1);
    buttons->addWidget(receipts);
    buttons->addWidget(exportEvents);
    buttons->addWidget(exportCheckpoint);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(banner);
    layout->addLayout(filters);
    layout->addLayout(span);
    layout->addWidget(m_timeline);
    layout->addWidget(splitter, 1);
    layout->addLayout(buttons);

    const auto changed = [this] {
        m_startAt.reset();
        reload();
    };
    connect(m_range, &QComboBox::currentIndexChanged, this, [this, changed] {
        m_chosenSpan.reset();
        changed();
    });
    connect(m_kind, &QComboBox::currentIndexChanged, this, changed);
    connect(m_outcome, &QComboBox::currentIndexChanged, this, changed);
    connect(m_actor, &QLineEdit::editingFinished, this, changed);
    connect(m_target, &QLineEdit::editingFinished, this, changed);
    connect(m_timeline, &AuditTimeline::bucketChosen, this,
            [this, changed](const QDateTime& start, const QDateTime& end) {
                m_chosenSpan = std::make_pair(start, end);
                changed();
            });
    connect(m_clearSpan, &QPushButton::clicked, this, [this, changed] {
        m_chosenSpan.reset();
        changed();
    });
    connect(m_jump, &QPushButton::clicked, this, [this] {
        if (!m_brokenSeq) {
            return;
        }
        // The broken event first: the events from it back, whatever the filters.
        goToEvent(*m_brokenSeq);
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &AuditView::showDetails);
    connect(verifyAgain, &QPushButton::clicked, this, &AuditView::verify);
    connect(againstCheckpoint, &QPushButton::clicked, this, &AuditView::verifyAgainstCheckpoint);
    connect(m_runner, &AuditVerifyRunner::progressed, this, [this](qint64 events) {
        setBanner(tr("Verifying the audit log… %1 events so far").arg(events),
                  QColor(0xe8, 0xe8, 0xe8));
    });
    connect(m_runner, &AuditVerifyRunner::finished, this, &AuditView::showVerdict);
    connect(exportEvents, &QPushButton::clicked, this, &AuditView::exportEvents);
    connect(exportCheckpoint, &QPushButton::clicked, this, &AuditView::exportCheckpoint);
    connect(receipts, &QPushButton::clicked, this, &AuditView::chooseReceipts);
    setAcceptDrops(true);
}

AuditBucketWidth AuditView::bucketWidth() const
{
    if (m_chosenSpan) {
        return m_chosenSpan->first.secsTo(m_chosenSpan->second) <= 24 * 3600
                   ? AuditBucketWidth::Hour
                   : AuditBucketWidth::Day;
    }
    switch (m_range->currentIndex()) {
    case LastDay:
        return AuditBucketWidth::Hour;
    case AllTime:
        return AuditBucketWidth::Week;
    default:
        return AuditBucketWidth::Day;
    }
}

AuditFilter AuditView::currentFilter() const
{
    AuditFilter filter;
    const QDateTime now = m_session.vault().clock().nowUtc();
    if (m_chosenSpan) {
        filter.since = m_chosenSpan->first;
        filter.until = m_chosenSpan->second.addMSecs(-1);
    } else if (m_range->currentIndex() == LastDay) {
        filter.since = now.addSecs(-24 * 3600);
    } else if (m_range->currentIndex() == LastWeek) {
        filter.since = now.addDays(-7);
    } else if (m_range->currentIndex() == LastMonth) {
        filter.since = now.addDays(-30);
    }
    if (!m_actor->text().trimmed().isEmpty()) {
        filter.actor = m_actor->text().trimmed();
    }
    if (m_kind->currentData().isValid()) {
        filter.kind = m_kind->currentData().toString();
    }
    if (!m_target->text().trimmed().isEmpty()) {
        filter.target = m_target->text().trimmed();
    }
    if (m_outcome->currentData().isValid()) {
        filter.outcome = m_outcome->currentData().toString();
    }
    return filter;
}

void AuditView::refresh()
{
    if (!m_session.isUnlocked()) {
        return;
    }
    QStringList actors;
    for (const QString& agent : m_session.vault().catalog().agents().keys()) {
        actors << agent << QStringLiteral("agent:") + agent;
    }
    actors << m_session.vault().actor().text();
    auto* completer = new QCompleter(actors, m_actor);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    delete m_actor->completer();
    m_actor->setCompleter(completer);
    try {
        m_checkpointed = AuditService(m_session.vault()).newestCheckpointedSeq();
    } catch (const VaultError&) {
        m_checkpointed = 0;
    }
    reload();
    verify();
}

void AuditView::clear()
{
    m_runner->cancel();
    m_model->clear();
    m_timeline->clear();
    m_details->clear();
    m_banner->clear();
    m_jump->hide();
    m_brokenSeq.reset();
    m_startAt.reset();
    m_chosenSpan.reset();
}

void AuditView::reload()
{
    if (!m_session.isUnlocked()) {
        return;
    }
    m_details->clear();
    try {
        AuditFilter filter = m_startAt ? AuditFilter{} : currentFilter();
        filter.beforeSeq = m_startAt;
        if (!m_startAt) {
            const AuditBucketWidth width = bucketWidth();
            const QString name = width == AuditBucketWidth::Hour  ? QStringLiteral("hour")
                                 : width == AuditBucketWidth::Day ? QStringLiteral("day")
                                                                  : QStringLiteral("week");
            m_timeline->show(AuditService(m_session.vault()).stats(filter, name), width);
        }
    } catch (const VaultError& error) {
        Q_EMIT errorOccurred(ErrorText::describe(error));
    }
    if (m_chosenSpan) {
        const QLocale locale;
        m_span->setText(
            tr("Showing %1 – %2")
                .arg(locale.toString(m_chosenSpan->first.toLocalTime(), QLocale::ShortFormat),
                     locale.toString(m_chosenSpan->second.toLocalTime(), QLocale::ShortFormat)));
    }
    m_span->setVisible(m_chosenSpan.has_value());
    m_clearSpan->setVisible(m_chosenSpan.has_value());
    AuditFilter filter = m_startAt ? AuditFilter{} : currentFilter();
    filter.beforeSeq = m_startAt;
    m_model->reset(
        [this](const AuditFilter& page) {
            std::vector<AuditEntry> entries;
            try {
                entries = AuditService(m_session.vault()).query(page);
            } catch (const VaultError& error) {
                Q_EMIT errorOccurred(ErrorText::describe(error));
            }
            std::reverse(entries.begin(), entries.end()); // newest first
            return entries;
        },
        filter);
}

void AuditView::verify()
{
    if (!m_session.isUnlocked()) {
        return;
    }
    m_brokenSeq.reset();
    m_jump->hide();
    setBanner(tr("Verifying the audit log…"), QColor(0xe8, 0xe8, 0xe8));
    try {
        // On a worker thread, over its own connection: the window stays responsive.
        m_runner->start(AuditService(m_session.vault()).verifier(), m_session.connectionMaker());
    } catch (const VaultError& error) {
        showVerdict({}, ErrorText::describe(error));
    }
}

void AuditView::verifyAgainstCheckpoint()
{
    if (!m_session.isUnlocked()) {
        return;
    }
    const QString path = QFileDialog::getOpenFileName(this, tr("Verify against a checkpoint"),
                                                      QString(), tr("Checkpoint (*.json)"));
    if (path.isEmpty()) {
        return;
    }
    try {
        AuditCheckpointFile exported = AuditService::readCheckpoint(path);
        m_brokenSeq.reset();
        m_jump->hide();
        setBanner(tr("Verifying the audit log against %1…").arg(path), QColor(0xe8, 0xe8, 0xe8));
        m_runner->start(AuditService(m_session.vault()).verifier(), m_session.connectionMaker(),
                        std::move(exported));
    } catch (const VaultError& error) {
        Q_EMIT errorOccurred(ErrorText::describe(error));
    }
}

void AuditView::showVerdict(const AuditVerification& result, const QString& error)
{
    if (!error.isEmpty()) {
        m_brokenSeq.reset();
        setBanner(error, QColor(0xf8, 0xd0, 0xd0));
    } else {
        m_brokenSeq = result.brokenSeq;
        if (result.ok()) {
            setBanner(tr("Chain intact: %1.").arg(result.verdict([](const QDateTime& time) {
                return QLocale().toString(time.toLocalTime(), QLocale::ShortFormat);
            })),
                      QColor(0xd8, 0xf0, 0xd8));
        } else {
            setBanner(tr("The audit log was altered: %1").arg(result.summary()),
                      QColor(0xf8, 0xd0, 0xd0));
        }
    }
    m_jump->setText(m_brokenSeq ? tr("Go to event %1").arg(*m_brokenSeq) : QString());
    m_jump->setVisible(m_brokenSeq.has_value());
}

void AuditView::setBanner(const QString& text, const QColor& background)
{
    QPalette palette = m_banner->palette();
    palette.setColor(QPalette::Window, background);
    palette.setColor(QPalette::WindowText, Qt::black);
    m_banner->setPalette(palette);
    m_banner->setText(text);
    m_banner->setToolTip(text);
}

void AuditView::showDetails()
{
    const AuditEntry* event = m_model->entry(m_table->currentIndex().row());
    if (!event) {
        m_details->clear();
        return;
    }
    const QString coverage =
        m_checkpointed >= event->seq
            ? tr("Covered by the signed checkpoint of event %1.").arg(m_checkpointed)
            : tr("Not yet covered by a signed checkpoint (one is written at every lock).");
    const QByteArray json =
        QJsonDocument(AuditService::toJson(*event)).toJson(QJsonDocument::Indented);
    m_details->setPlainText(
        tr("Event %1\nHash %2\n%3\n\n%4")
            .arg(event->seq)
            .arg(QString::fromLatin1(event->hash.toHex()), coverage, QString::fromUtf8(json)));
}

void AuditView::exportEvents()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export audit events"), QString(),
                                                      tr("JSON lines (*.jsonl);;CSV (*.csv)"));
    if (path.isEmpty()) {
        return;
    }
    try {
        // The CLI's `audit export --out`: the same service call, the same file rules.
        const qsizetype count =
            AuditService(m_session.vault())
                .exportTo(currentFilter(), AuditService::formatOfPath(path), path);
        Q_EMIT statusMessage(count == 1 ? tr("Exported 1 event to %1.").arg(path)
                                        : tr("Exported %1 events to %2.").arg(count).arg(path));
    } catch (const VaultError& error) {
        Q_EMIT errorOccurred(ErrorText::describe(error));
    }
}

void AuditView::exportCheckpoint()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export checkpoint"), QString(),
                                                      tr("Checkpoint (*.json)"));
    if (path.isEmpty()) {
        return;
    }
    try {
        const AuditCheckpointFile written = AuditService(m_session.vault()).writeCheckpoint(path);
        Q_EMIT statusMessage(tr("Checkpoint of event %1 written to %2; keep it elsewhere.")
                                 .arg(written.checkpoint.seq)
                                 .arg(path));
    } catch (const VaultError& error) {
        Q_EMIT errorOccurred(ErrorText::describe(error));
    }
}

void AuditView::chooseReceipts()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import agent receipts"), QString(),
                                                      tr("Receipts (*.jsonl);;All files (*)"));
    if (!path.isEmpty()) {
        importReceipts(path);
    }
}

void AuditView::importReceipts(const QString& path)
{
    if (!m_session.isUnlocked()) {
        return;
    }
    try {
        const ReceiptImport result = BundleService(m_session.vault()).importReceipts(path);
        Q_EMIT statusMessage(tr("Receipts from %1: %2 imported, %3 already imported, %4 refused.")
                                 .arg(path)
                                 .arg(result.imported)
                                 .arg(result.duplicates)
                                 .arg(result.refused.size()));
        if (!result.refused.isEmpty()) {
            Q_EMIT errorOccurred(tr("Some receipts were refused:\n%1")
                                     .arg(result.refused.mid(0, 10).join(QLatin1Char('\n'))));
        }
        m_session.notifyChanged();
        refresh();
    } catch (const VaultError& error) {
        Q_EMIT errorOccurred(ErrorText::describe(error));
    }
}

void AuditView::dragEnterEvent(QDragEnterEvent* event)
{
    if (event->mimeData()->hasUrls() && m_session.isUnlocked()) {
        event->acceptProposedAction();
    }
}

void AuditView::dropEvent(QDropEvent* event)
{
    for (const QUrl& url : event->mimeData()->urls()) {
        if (url.isLocalFile()) {
            importReceipts(url.toLocalFile());
        }
    }
    event->acceptProposedAction();
}

void AuditView::showTarget(const QString& target)
{
    clear();
    const QSignalBlocker range(m_range);
    const QSignalBlocker kind(m_kind);
    const QSignalBlocker outcome(m_outcome);
    m_range->setCurrentIndex(AllTime);
    m_actor->clear();
    m_target->setText(target);
    m_kind->setCurrentIndex(0);
    m_outcome->setCurrentIndex(0);
    refresh();
}

void AuditView::showActor(const QString& actor)
{
    clear();
    const QSignalBlocker range(m_range);
    const QSignalBlocker kind(m_kind);
    const QSignalBlocker outcome(m_outcome);
    m_range->setCurrentIndex(AllTime);
    m_target->clear();
    m_actor->setText(actor);
    m_kind->setCurrentIndex(0);
    m_outcome->setCurrentIndex(0);
    refresh();
}

void AuditView::goToEvent(qint64 seq)
{
    m_chosenSpan.reset();
    m_startAt = seq + 1;
    reload();
    m_table->selectRow(0);
}

} // namespace scopevault
