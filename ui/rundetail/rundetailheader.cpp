// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/rundetail/rundetailheader.h"

#include "models/common/timetext.h"
#include "ui/widgets/palette.h"
#include "ui/widgets/statusstyle.h"
#include "ui/widgets/theme.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace Dbtc::Ui {

namespace {

QString stamp(const QDateTime &t)
{
    return t.isValid() ? QLocale().toString(t.toLocalTime(), QStringLiteral("MMM d, HH:mm:ss"))
                       : QStringLiteral("—");
}

QString seconds(std::chrono::seconds s)
{
    return Models::durationText(s.count());
}

} // namespace

RunDetailHeader::RunDetailHeader(QWidget *parent)
    : QWidget(parent)
    , m_statusIcon(new QLabel(this))
    , m_status(new QLabel(this))
    , m_title(new QLabel(this))
    , m_facts(new QLabel(this))
    , m_timeline(new QLabel(this))
    , m_message(new QLabel(this))
    , m_open(new QPushButton(tr("Open in dbt Cloud"), this))
    , m_actions(new QWidget(this))
{
    m_actions->setObjectName(QStringLiteral("actions"));
    auto *actionsLayout = new QHBoxLayout(m_actions);
    actionsLayout->setContentsMargins(0, 0, 0, 0);
    m_title->setTextFormat(Qt::RichText);
    for (QLabel *l : { m_title, m_facts, m_timeline, m_message }) {
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);
        l->setWordWrap(true);
    }
    m_status->setMinimumWidth(96);
    m_status->setAlignment(Qt::AlignCenter);
    m_message->hide();
    // the badge bakes its colours into a style sheet: paint it again after a theme switch
    connect(Theme::instance(), &Theme::themeChanged, this, &RunDetailHeader::showStatus);
    connect(m_open, &QPushButton::clicked, this, [this] {
        if (m_href.isValid()) {
            Q_EMIT openInBrowserRequested(m_href);
        }
    });

    auto *top = new QHBoxLayout;
    top->addWidget(m_statusIcon);
    top->addWidget(m_status);
    top->addSpacing(8);
    top->addWidget(m_title, 1);
    top->addWidget(m_actions);
    top->addWidget(m_open);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 2);
    layout->setSpacing(2);
    layout->addLayout(top);
    layout->addWidget(m_facts);
    layout->addWidget(m_timeline);
    layout->addWidget(m_message);
    m_open->setEnabled(false);
}

QString RunDetailHeader::titleText() const
{
    return m_title->text();
}

QString RunDetailHeader::messageText() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void RunDetailHeader::setLoading(qint64 runId)
{
    m_runStatus.reset();
    m_status->setText(tr("Loading"));
    m_status->setStyleSheet(QString());
    m_title->setText(tr("<b>Run %1</b>").arg(runId));
    m_facts->clear();
    m_timeline->clear();
    m_message->hide();
    m_open->setEnabled(false);
}

void RunDetailHeader::setError(const QString &message)
{
    m_message->setText(message);
    m_message->setStyleSheet(textStyle(ColorRole::Error));
    m_message->show();
}

void RunDetailHeader::showStatus()
{
    if (!m_runStatus) {
        return;
    }
    const StatusLook look = statusLook(*m_runStatus);
    // Colour, glyph and word together: never colour alone.
    m_status->setText(look.words);
    m_status->setStyleSheet(QStringLiteral("QLabel { background: %1; color: %2; border-radius: 4px;"
                                           " padding: 4px 10px; font-weight: bold; }")
                                .arg(look.color().name(), colorName(ColorRole::OnStatus)));
    m_statusIcon->setPixmap(statusIcon(*m_runStatus).pixmap(22, 22));
}

void RunDetailHeader::setRun(const Api::Run &run, const QUrl &webHref)
{
    m_runStatus = run.status;
    showStatus();
    m_status->setToolTip(run.statusHumanized);
    const QString job = run.jobName.isEmpty() ? tr("Job %1").arg(run.jobDefinitionId) : run.jobName;
    QString title =
        QStringLiteral("<span style='font-size:14pt'><b>%1</b></span>&nbsp;&nbsp;Run #%2")
            .arg(job.toHtmlEscaped())
            .arg(run.id);
    if (!run.environmentName.isEmpty()) {
        title += QStringLiteral("&nbsp;&nbsp;·&nbsp;&nbsp;") + run.environmentName.toHtmlEscaped();
    }
    m_title->setText(title);

    QStringList facts;
    if (run.trigger) {
        QString cause = run.trigger->causeHumanized.isEmpty() ? run.trigger->cause
                                                              : run.trigger->causeHumanized;
        if (!run.trigger->causeCategory.isEmpty()) {
            cause += QStringLiteral(" (%1)").arg(run.trigger->causeCategory);
        }
        facts << tr("Trigger: %1").arg(cause);
    }
    if (!run.gitBranch.isEmpty() || !run.gitSha.isEmpty()) {
        facts << tr("Branch %1 @ %2")
                     .arg(run.gitBranch.isEmpty() ? tr("(default)") : run.gitBranch,
                         run.gitSha.isEmpty() ? tr("(not cloned yet)") : run.gitSha.left(10));
    }
    if (!run.dbtVersion.isEmpty()) {
        facts << tr("dbt %1").arg(run.dbtVersion);
    }
    m_facts->setText(facts.join(QStringLiteral("   ·   ")));

    QString timeline = tr("Created %1 → dequeued %2 → started %3 → finished %4")
                           .arg(stamp(run.createdAt),
                               stamp(run.dequeuedAt),
                               stamp(run.startedAt),
                               run.finishedAt.isValid()
                                   ? stamp(run.finishedAt)
                                   : (Api::isInProgress(run.status) ? tr("running") : stamp({})));
    timeline += QStringLiteral("   ·   ")
        + tr("queued %1, ran %2").arg(seconds(run.queuedDuration), seconds(run.runDuration));
    m_timeline->setText(timeline);
    m_message->setStyleSheet(QString());
    m_message->setText(run.statusMessage);
    m_message->setVisible(!run.statusMessage.isEmpty());
    m_href = webHref.isValid() ? webHref : run.href;
    m_open->setEnabled(m_href.isValid());
    m_open->setToolTip(m_href.toString());
}

} // namespace Dbtc::Ui
