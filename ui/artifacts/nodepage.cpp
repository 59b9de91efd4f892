// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/artifacts/nodepage.h"

#include "artifacts/artifactfile.h"
#include "artifacts/artifactindex.h"
#include "ui/artifacts/nodepagehtml.h"
#include "ui/artifacts/nodetext.h"
#include "ui/widgets/palette.h"
#include "ui/widgets/sqlhighlighter.h"

#include <QApplication>
#include <QEvent>
#include <QFileDialog>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
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
    , m_cutBar(new QWidget(this))
    , m_cutNote(new QLabel(m_cutBar))
    , m_saveWhole(new QPushButton(tr("Save the whole SQL…"), m_cutBar))
{
    m_info->setOpenLinks(false);
    m_info->setFrameShape(QFrame::NoFrame);
    m_info->document()->setDocumentMargin(12);
    m_code->addTab(m_compiled, tr("Compiled SQL"));
    m_code->addTab(m_raw, tr("Raw SQL"));
    m_code->setDocumentMode(true);

    // A text too long to lay out is shown cut, with a way to get all of it.
    m_cutNote->setWordWrap(true);
    auto *cutLayout = new QHBoxLayout(m_cutBar);
    cutLayout->setContentsMargins(8, 4, 8, 4);
    cutLayout->addWidget(m_cutNote, 1);
    cutLayout->addWidget(m_saveWhole);
    m_cutBar->setVisible(false);
    connect(m_saveWhole, &QPushButton::clicked, this, &NodePage::saveWholeCode);
    connect(m_code, &QTabWidget::currentChanged, this, &NodePage::updateCutNote);

    auto *codeArea = new QWidget(this);
    auto *codeLayout = new QVBoxLayout(codeArea);
    codeLayout->setContentsMargins(0, 0, 0, 0);
    codeLayout->setSpacing(0);
    codeLayout->addWidget(m_cutBar);
    codeLayout->addWidget(m_code, 1);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_info);
    splitter->addWidget(codeArea);
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
        m_compiledCode = {};
        m_rawCode = {};
        m_cutBar->setVisible(false);
        m_code->setVisible(false);
        return;
    }
    m_entity = entity;
    const Models::Entity &e = m_index->entities()[std::size_t(entity)];
    m_info->setHtml(nodeInfoHtml(*m_index, std::uint32_t(entity)));

    Models::JsonText compiledSource = e.compiledCode;
    if (compiledSource.isEmpty()) {
        if (const Models::RunResult *r = m_index->resultFor(e.uniqueId)) {
            compiledSource = r->compiledCode; // run_results v4+ carry it, manifests v7+ do not
        }
    }
    const ShownText compiledShown = shownText(compiledSource, MaxShownCodeBytes);
    const ShownText rawShown = shownText(e.rawCode, MaxShownCodeBytes);
    m_compiledCode = { compiledSource, compiledShown.cut };
    m_rawCode = { e.rawCode, rawShown.cut };
    const QString &compiled = compiledShown.text;
    const QString &raw = rawShown.text;
    m_compiled->setPlainText(compiled.isEmpty()
            ? tr("-- No compiled SQL in these artifacts.\n-- Open the run_results.json "
                 "or a manifest from `dbt compile` to see it.")
            : compiled);
    m_raw->setPlainText(raw);
    m_code->setVisible(!compiled.isEmpty() || !raw.isEmpty());
    m_code->setTabEnabled(1, !raw.isEmpty());
    m_code->setCurrentIndex(compiled.isEmpty() && !raw.isEmpty() ? 1 : 0);
    updateCutNote();
}

void NodePage::updateCutNote()
{
    const bool rawTab = m_code->currentIndex() == 1;
    const Code &code = rawTab ? m_rawCode : m_compiledCode;
    m_cutBar->setVisible(m_entity >= 0 && code.cut);
    if (!code.cut) {
        return;
    }
    m_cutNote->setText(
        tr("This SQL is %1: showing the first %2, the rest is too long to display here.")
            .arg(Models::describeByteSize(qint64(code.text.raw.size())),
                Models::describeByteSize(MaxShownCodeBytes)));
}

bool NodePage::saveCurrentCode(const QString &path, QString *error) const
{
    const Code &code = m_code->currentIndex() == 1 ? m_rawCode : m_compiledCode;
    return saveWholeText(code.text, path, error);
}

void NodePage::saveWholeCode()
{
    const QString suggested = currentUniqueId().section(u'.', -1)
        + (m_code->currentIndex() == 1 ? QStringLiteral(".raw.sql") : QStringLiteral(".sql"));
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save the whole SQL"), suggested, tr("SQL files (*.sql);;All files (*)"));
    if (path.isEmpty()) {
        return;
    }
    QString error;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool ok = saveCurrentCode(path, &error);
    QApplication::restoreOverrideCursor();
    if (!ok) {
        QMessageBox::warning(
            this, tr("Save the whole SQL"), tr("Could not save %1: %2").arg(path, error));
    }
}

} // namespace Dbtc::Ui
