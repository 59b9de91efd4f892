// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/artifacts/nodepage.h"

#include "artifacts/artifactindex.h"
#include "ui/artifacts/nodepagehtml.h"
#include "ui/widgets/palette.h"
#include "ui/widgets/sqlhighlighter.h"

#include <QEvent>
#include <QFontDatabase>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QTabWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace Dbtc::Ui {

namespace {

QPlainTextEdit *makeCodeView(QWidget *parent)
{
    auto *view = new QPlainTextEdit(parent);
    view->setReadOnly(true);
    view->setLineWrapMode(QPlainTextEdit::NoWrap);
    view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    new SqlHighlighter(view->document()); // shared with the run detail view
    return view;
}

} // namespace

NodePage::NodePage(QWidget *parent)
    : QWidget(parent)
    , m_info(new QTextBrowser(this))
    , m_code(new QTabWidget(this))
    , m_compiled(makeCodeView(m_code))
    , m_raw(makeCodeView(m_code))
{
    m_info->setOpenLinks(false);
    m_info->setFrameShape(QFrame::NoFrame);
    m_info->document()->setDocumentMargin(12);
    m_code->addTab(m_compiled, tr("Compiled SQL"));
    m_code->addTab(m_raw, tr("Raw SQL"));
    m_code->setDocumentMode(true);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_info);
    splitter->addWidget(m_code);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(m_info, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        const int e = entityFromLink(url);
        if (m_index && e >= 0 && std::size_t(e) < m_index->entities().size()) {
            emit nodeActivated(Models::toQString(m_index->entities()[std::size_t(e)].uniqueId));
        }
    });
    showEntity(-1);
}

void NodePage::setIndex(std::shared_ptr<const Models::ArtifactIndex> index)
{
    m_index = std::move(index);
    showEntity(-1);
}

QString NodePage::currentUniqueId() const
{
    if (!m_index || m_entity < 0) {
        return {};
    }
    return Models::toQString(m_index->entities()[std::size_t(m_entity)].uniqueId);
}

void NodePage::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    // The page's HTML bakes the theme's colours in: write it again for the new palette.
    // Only the HTML: the code tabs keep their text, tab and scroll position.
    if (event->type() != QEvent::PaletteChange) {
        return;
    }
    if (m_index && m_entity >= 0) {
        m_info->setHtml(nodeInfoHtml(*m_index, std::uint32_t(m_entity)));
    } else {
        showEntity(-1);
    }
}

void NodePage::showEntity(int entity)
{
    if (!m_index || entity < 0 || std::size_t(entity) >= m_index->entities().size()) {
        m_entity = -1;
        m_info->setHtml(QStringLiteral("<p style=\"color:%1\">%2</p>")
                            .arg(colorName(ColorRole::Muted),
                                tr("Select a node on the left, or search for one.")));
        m_compiled->clear();
        m_raw->clear();
        m_code->setVisible(false);
        return;
    }
    m_entity = entity;
    const Models::Entity &e = m_index->entities()[std::size_t(entity)];
    m_info->setHtml(nodeInfoHtml(*m_index, std::uint32_t(entity)));

    QString compiled = e.compiledCode.toString();
    if (compiled.isEmpty()) {
        if (const Models::RunResult *r = m_index->resultFor(e.uniqueId)) {
            compiled = r->compiledCode.toString(); // run_results v4+ carry it, manifests v7+ do not
        }
    }
    const QString raw = e.rawCode.toString();
    m_compiled->setPlainText(compiled.isEmpty()
            ? tr("-- No compiled SQL in these artifacts.\n-- Open the run_results.json "
                 "or a manifest from `dbt compile` to see it.")
            : compiled);
    m_raw->setPlainText(raw);
    m_code->setVisible(!compiled.isEmpty() || !raw.isEmpty());
    m_code->setTabEnabled(1, !raw.isEmpty());
    m_code->setCurrentIndex(compiled.isEmpty() && !raw.isEmpty() ? 1 : 0);
}

} // namespace Dbtc::Ui
