// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/rundetail/triagenodepanel.h"

#include "models/common/timetext.h"
#include "ui/widgets/palette.h"
#include "ui/widgets/sqlhighlighter.h"
#include "ui/widgets/statusstyle.h"
#include "ui/widgets/theme.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFontDatabase>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace Dbtc::Ui {

namespace {

QLabel *heading(const QString &text, QWidget *parent)
{
    auto *l = new QLabel(text, parent);
    QFont f = l->font();
    f.setBold(true);
    l->setFont(f);
    return l;
}

QPushButton *copyButton(QWidget *parent, std::function<QString()> text)
{
    auto *b = new QPushButton(QObject::tr("Copy"), parent);
    b->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
    QObject::connect(b, &QPushButton::clicked, b, [text] {
        QApplication::clipboard()->setText(text());
    });
    return b;
}

} // namespace

TriageNodePanel::TriageNodePanel(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_facts(new QLabel(this))
    , m_message(new QPlainTextEdit(this))
    , m_history(new QLabel(this))
    , m_command(new QComboBox(this))
    , m_sql(new QPlainTextEdit(this))
    , m_noSql(new QLabel(this))
    , m_context(new QLabel(this))
    , m_openCompiled(new QPushButton(tr("Open in artifact viewer"), this))
{
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_title->setTextFormat(Qt::RichText);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_facts->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_facts->setWordWrap(true);
    m_message->setReadOnly(true);
    m_message->setFont(mono);
    m_message->setAccessibleName(tr("Error message"));
    Theme::follow(m_message, [message = m_message] {
        message->setStyleSheet(
            QStringLiteral("QPlainTextEdit { background: %1; color: %2; }")
                .arg(colorName(ColorRole::ErrorBackground), colorName(ColorRole::ErrorText)));
    });
    m_history->setWordWrap(true);
    m_history->setTextFormat(Qt::RichText);
    m_history->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_command->setEditable(true); // editable so the user can tweak it before copying
    m_command->setFont(mono);
    m_command->setAccessibleName(tr("Command to reproduce locally"));
    m_sql->setReadOnly(true);
    m_sql->setFont(mono);
    m_sql->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_sql->setAccessibleName(tr("Compiled SQL"));
    new SqlHighlighter(m_sql->document());
    m_noSql->setWordWrap(true);
    m_context->setWordWrap(true);
    m_context->setTextFormat(Qt::RichText);
    m_context->setTextInteractionFlags(Qt::TextSelectableByMouse);
    connect(m_openCompiled, &QPushButton::clicked, this, [this] {
        const QString path = Models::compiledArtifactPath(m_node);
        Q_EMIT openArtifactRequested(
            m_step, path.isEmpty() ? QStringLiteral("run_results.json") : path);
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_facts);
    auto *msgRow = new QHBoxLayout;
    msgRow->addWidget(heading(tr("Message"), this));
    msgRow->addStretch();
    msgRow->addWidget(copyButton(this, [this] {
        return messageText();
    }));
    layout->addLayout(msgRow);
    layout->addWidget(m_message);
    layout->addWidget(m_history);
    auto *cmdRow = new QHBoxLayout;
    cmdRow->addWidget(heading(tr("Reproduce locally"), this));
    cmdRow->addWidget(m_command, 1);
    cmdRow->addWidget(copyButton(this, [this] {
        return commandText();
    }));
    layout->addLayout(cmdRow);
    auto *sqlRow = new QHBoxLayout;
    sqlRow->addWidget(heading(tr("Compiled SQL"), this));
    sqlRow->addStretch();
    sqlRow->addWidget(m_openCompiled);
    sqlRow->addWidget(copyButton(this, [this] {
        return sqlText();
    }));
    layout->addLayout(sqlRow);
    layout->addWidget(m_noSql);
    layout->addWidget(m_sql, 1);
    layout->addWidget(m_context);
    clear();
}

void TriageNodePanel::clear()
{
    m_node = {};
    m_title->setText(tr("<b>No node selected</b>"));
    m_facts->clear();
    m_message->clear();
    m_history->clear();
    m_command->clear();
    m_sql->clear();
    m_noSql->hide();
    m_context->clear();
    setEnabled(false);
}

void TriageNodePanel::setNode(const Models::TriageNode &node, int stepIndex)
{
    const bool same =
        node.uniqueId == m_node.uniqueId && node.name == m_node.name && stepIndex == m_step;
    m_node = node;
    m_step = stepIndex;
    setEnabled(true);
    // A triaged node is a problem: an error, or a warning when dbt only warned.
    const StatusLook look =
        nodeStatusLook(node.status.isEmpty() ? QStringLiteral("error") : node.status);
    const QString colour = colorName(look.role);
    m_title->setText(QStringLiteral("<span style='font-size:13pt'><b>%1</b></span>&nbsp;&nbsp;"
                                    "<span style='color:%2'><b>%3</b></span>&nbsp;&nbsp;%4")
                         .arg(node.name.toHtmlEscaped(),
                             colour,
                             QString(look.glyph + u' ' + look.words.toUpper()).toHtmlEscaped(),
                             node.resourceType.toHtmlEscaped()));
    QStringList facts;
    if (!node.uniqueId.isEmpty()) {
        facts << node.uniqueId;
    }
    if (!node.relationName.isEmpty()) {
        facts << tr("relation %1").arg(node.relationName);
    }
    if (node.failures >= 0) {
        facts << tr("%n failing row(s)", nullptr, int(std::min<qint64>(node.failures, INT_MAX)));
    }
    if (node.executionTime > 0) {
        facts << Models::executionTimeText(node.executionTime);
    }
    if (!node.threadId.isEmpty()) {
        facts << node.threadId;
    }
    if (!node.maxLoadedAt.isEmpty()) {
        facts << tr("last loaded %1").arg(node.maxLoadedAt);
    }
    m_facts->setText(facts.join(QStringLiteral("  ·  ")));
    m_message->setPlainText(node.message.isEmpty() ? tr("(dbt gave no message)") : node.message);
    // As tall as the message (up to 10 lines): a one-line error must not sit in a big box.
    const int lines = std::clamp(int(m_message->toPlainText().count(QLatin1Char('\n'))) + 1, 2, 10);
    m_message->setFixedHeight(lines * QFontMetrics(m_message->font()).lineSpacing() + 14);
    // The commands sharpen once the manifest is read (the exact selector): refresh them then.
    const QStringList commands = Models::reproduceCommands(node);
    QStringList shown;
    for (int i = 0; i < m_command->count(); ++i) {
        shown << m_command->itemText(i);
    }
    if (shown != commands) {
        const int current = same ? m_command->currentIndex() : 0;
        m_command->clear();
        m_command->addItems(commands);
        m_command->setCurrentIndex(std::clamp(current, 0, int(commands.size()) - 1));
    }
    if (!same) {
        m_sql->setPlainText(node.compiledCode);
    } else if (m_sql->toPlainText() != node.compiledCode) {
        m_sql->setPlainText(node.compiledCode);
    }
    m_sql->setVisible(!node.compiledCode.isEmpty());
    m_noSql->setVisible(node.compiledCode.isEmpty());
    m_noSql->setText(node.resourceType == QLatin1String("source")
            ? tr("Source freshness checks have no compiled SQL.")
            : tr("The artifact carries no compiled SQL for this node."));
    QStringList ctx;
    if (node.hasManifest) {
        if (!node.path.isEmpty()) {
            ctx << tr("<b>Path</b> %1").arg(node.path.toHtmlEscaped());
        }
        if (!node.description.isEmpty()) {
            ctx << tr("<b>Description</b> %1").arg(node.description.toHtmlEscaped());
        }
        const auto names = [](const QStringList &ids, int max) {
            QStringList out;
            for (const QString &id : ids.mid(0, max)) {
                out << Models::nodeNameFromId(id);
            }
            QString text = out.join(QStringLiteral(", "));
            if (ids.size() > max) {
                text += QObject::tr(" and %n more", nullptr, int(ids.size() - max));
            }
            return text.toHtmlEscaped();
        };
        if (!node.dependsOn.isEmpty()) {
            ctx << tr("<b>Depends on</b> %1").arg(names(node.dependsOn, 8));
        }
        if (!node.tests.isEmpty()) {
            ctx << tr("<b>Tests</b> %1").arg(names(node.tests, 6));
        }
    } else if (!node.uniqueId.isEmpty()) {
        ctx << tr("Reading the step's manifest for the node's path and dependencies…");
    }
    m_context->setText(ctx.join(QStringLiteral("<br>")));
    m_openCompiled->setToolTip(Models::compiledArtifactPath(node).isEmpty()
            ? tr("Opens run_results.json of step %1").arg(stepIndex)
            : tr("Opens %1 of step %2").arg(Models::compiledArtifactPath(node)).arg(stepIndex));
}

void TriageNodePanel::setHistory(const QString &summary, const QStringList &shas)
{
    QString text = tr("<b>Is it new?</b> %1").arg(summary.toHtmlEscaped());
    if (shas.size() > 1) {
        QStringList shortShas;
        for (const QString &s : shas) {
            shortShas << s.left(7);
        }
        text +=
            QLatin1Char(' ') + tr("Commits between: %1").arg(shortShas.join(QStringLiteral(" → ")));
    }
    m_history->setText(text);
}

QString TriageNodePanel::messageText() const
{
    return m_message->toPlainText();
}

QString TriageNodePanel::sqlText() const
{
    return m_node.compiledCode;
}

QString TriageNodePanel::historyText() const
{
    return m_history->text();
}

QString TriageNodePanel::commandText() const
{
    return m_command->currentText();
}

} // namespace Dbtc::Ui
