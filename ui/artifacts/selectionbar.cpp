// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/artifacts/selectionbar.h"

#include "ui/widgets/palette.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QCompleter>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QStringListModel>
#include <QToolButton>

namespace Dbtc::Ui {

using namespace Models::Selection;

namespace {

// Enough to get back to this morning's expressions; older ones fall off the end.
constexpr int kHistory = 20;

QComboBox *expressionBox(const QString &placeholder, const QString &tip, QWidget *parent)
{
    auto *box = new QComboBox(parent);
    box->setEditable(true);
    box->setInsertPolicy(QComboBox::NoInsert); // history is added on a successful apply only
    box->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    box->lineEdit()->setPlaceholderText(placeholder);
    box->lineEdit()->setClearButtonEnabled(true);
    box->setToolTip(tip);
    return box;
}

} // namespace

SelectionBar::SelectionBar(QWidget *parent)
    : QWidget(parent)
    , m_select(expressionBox(tr("e.g. tag:nightly+  path:models/marts  +orders"),
          tr("dbt's --select: space is union, comma is intersection, + and @ walk the graph. "
             "Enter applies."),
          this))
    , m_exclude(expressionBox(
          tr("e.g. tag:deprecated"), tr("dbt's --exclude: taken away from the selection"), this))
    , m_count(new QLabel(this))
    , m_error(new QLabel(this))
    , m_candidates(new QStringListModel(this))
{
    m_count->setForegroundRole(QPalette::PlaceholderText);
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setStyleSheet(textStyle(ColorRole::ErrorText));
    m_error->setAccessibleName(tr("Selection error"));
    m_error->hide();
    auto *applyButton = new QToolButton(this);
    applyButton->setText(tr("Select"));
    applyButton->setToolTip(tr("Apply the selection (Enter)"));
    applyButton->setAutoRaise(true);
    auto *clearButton = new QToolButton(this);
    clearButton->setText(tr("Clear"));
    clearButton->setToolTip(tr("Show every node again"));
    clearButton->setAutoRaise(true);

    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(6, 4, 6, 2);
    grid->setHorizontalSpacing(6);
    grid->setVerticalSpacing(2);
    // dbt's own flag names: what the user would type after `dbt build`
    auto *selectLabel = new QLabel(tr("--select"), this);
    selectLabel->setBuddy(m_select);
    auto *excludeLabel = new QLabel(tr("--exclude"), this);
    excludeLabel->setBuddy(m_exclude);
    grid->addWidget(selectLabel, 0, 0);
    grid->addWidget(m_select, 0, 1);
    grid->addWidget(excludeLabel, 0, 2);
    grid->addWidget(m_exclude, 0, 3);
    grid->addWidget(applyButton, 0, 4);
    grid->addWidget(clearButton, 0, 5);
    grid->addWidget(m_count, 0, 6);
    grid->addWidget(m_error, 1, 1, 1, 6);
    grid->setColumnStretch(1, 3);
    grid->setColumnStretch(3, 2);

    for (QComboBox *box : { m_select, m_exclude }) {
        auto *completer = new QCompleter(m_candidates, box);
        completer->setCaseSensitivity(Qt::CaseInsensitive);
        completer->setCompletionMode(QCompleter::PopupCompletion);
        box->setCompleter(completer);
        connect(box->lineEdit(), &QLineEdit::textEdited, this, [this, box](const QString &text) {
            updateCompletions(box, text);
            checkSyntax();
        });
        connect(box->lineEdit(), &QLineEdit::returnPressed, this, &SelectionBar::apply);
        // picking an entry of the history applies it, as typing it and Enter would
        connect(box, &QComboBox::activated, this, [this] {
            apply();
        });
    }
    connect(applyButton, &QToolButton::clicked, this, &SelectionBar::apply);
    connect(clearButton, &QToolButton::clicked, this, &SelectionBar::clear);
}

SelectionBar::~SelectionBar() = default;

void SelectionBar::setIndex(std::shared_ptr<const Models::ArtifactIndex> index)
{
    m_index = std::move(index);
    m_completion = m_index ? completionData(*m_index) : CompletionData {};
    m_selection.reset();
    m_select->setEditText({});
    m_exclude->setEditText({});
    m_error->hide();
    m_count->clear();
}

QString SelectionBar::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void SelectionBar::showError(const QString &text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

void SelectionBar::checkSyntax()
{
    // while typing, only the syntax: evaluating a half-typed +x+ on 40,000 nodes is wasted work
    for (QComboBox *box : { m_select, m_exclude }) {
        const QString text = box->currentText().trimmed();
        if (text.isEmpty()) {
            continue;
        }
        if (auto error = checkExpression(text)) {
            error->where =
                box == m_select ? SelectionError::Where::Select : SelectionError::Where::Exclude;
            showError(error->toString());
            return;
        }
    }
    showError({});
}

bool SelectionBar::apply()
{
    if (!m_index) {
        return false;
    }
    const QString select = m_select->currentText().trimmed();
    const QString exclude = m_exclude->currentText().trimmed();
    if (select.isEmpty() && exclude.isEmpty()) {
        clear();
        return true;
    }
    SelectionQuery query;
    if (!select.isEmpty()) {
        query.select << select;
    }
    if (!exclude.isEmpty()) {
        query.exclude << exclude;
    }
    const Result result = Models::Selection::select(*m_index, query);
    if (!result.ok()) {
        showError(result.error->toString()); // and nothing else changes
        return false;
    }
    showError({});
    remember(m_select);
    remember(m_exclude);
    auto entities = std::make_shared<std::vector<std::uint32_t>>(result.entities);
    std::sort(entities->begin(), entities->end()); // the engine sorts by unique_id
    m_selection = std::move(entities);
    m_count->setText(tr("%n selected", nullptr, int(m_selection->size())));
    emit selectionChanged(m_selection);
    return true;
}

void SelectionBar::clear()
{
    m_select->setEditText({});
    m_exclude->setEditText({});
    showError({});
    m_count->clear();
    if (m_selection) {
        m_selection.reset();
        emit selectionChanged(nullptr);
    }
}

void SelectionBar::remember(QComboBox *box)
{
    const QString text = box->currentText().trimmed();
    if (text.isEmpty()) {
        return;
    }
    const int existing = box->findText(text);
    if (existing == 0) {
        return;
    }
    if (existing > 0) {
        box->removeItem(existing);
    }
    box->insertItem(0, text);
    while (box->count() > kHistory) {
        box->removeItem(box->count() - 1);
    }
    box->setCurrentIndex(0);
}

QStringList SelectionBar::completionsFor(const QString &text) const
{
    // the word being typed: after the last space or comma, past any graph operator prefix
    const qsizetype start = std::max(text.lastIndexOf(u' '), text.lastIndexOf(u',')) + 1;
    qsizetype word = start;
    while (
        word < text.size() && (text[word] == u'+' || text[word] == u'@' || text[word].isDigit())) {
        ++word;
    }
    const QString head = text.left(word);
    const QString token = text.mid(word);
    QStringList out;
    const qsizetype colon = token.indexOf(u':');
    if (colon < 0) {
        for (const QString &m : m_completion.methods) {
            out << head + m;
        }
        return out;
    }
    const QString method = token.left(colon);
    const QStringList *values = nullptr;
    if (method == u"tag") {
        values = &m_completion.tags;
    } else if (method == u"package") {
        values = &m_completion.packages;
    } else if (method == u"path" || method == u"file") {
        values = &m_completion.paths;
    } else if (method == u"source") {
        values = &m_completion.sources;
    } else if (method == u"resource_type") {
        values = &m_completion.resourceTypes;
    } else if (method == u"selector") {
        values = &m_completion.selectors;
    } else if (method == u"group") {
        values = &m_completion.groups;
    }
    if (values) {
        for (const QString &v : *values) {
            out << head + method + u':' + v;
        }
    }
    return out;
}

void SelectionBar::updateCompletions(QComboBox *box, const QString &text)
{
    m_candidates->setStringList(completionsFor(text));
    box->completer()->setCompletionPrefix(text);
    if (!text.isEmpty() && box->completer()->completionCount() > 0) {
        box->completer()->complete();
    }
}

} // namespace Dbtc::Ui
