// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/admin/adminpage.h"

#include "api/apierror.h"
#include "models/admin/admindirectory.h"
#include "models/admin/admintablemodel.h"
#include "models/admin/adminwriter.h"
#include "models/common/writeaccess.h"
#include "ui/admin/servicetokendialogs.h"
#include "ui/admin/webhookeditor.h"
#include "ui/widgets/statepage.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>

namespace Dbtc::Ui {

namespace {

using State = Models::AdminTableModel::State;

QTableView *makeTable(QWidget *parent, const QString &name)
{
    auto *t = new QTableView(parent);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setAlternatingRowColors(true);
    t->setWordWrap(false);
    t->setTextElideMode(Qt::ElideRight);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setStretchLastSection(true);
    t->horizontalHeader()->setHighlightSections(false);
    t->setAccessibleName(name);
    return t;
}

Models::WriteArea writeAreaOf(Models::AdminArea area)
{
    return area == Models::AdminArea::ServiceTokens ? Models::WriteArea::ServiceTokens
                                                    : Models::WriteArea::Webhooks;
}

} // namespace

AdminPage::AdminPage(Models::AdminArea area, QWidget *parent)
    : QWidget(parent)
    , m_area(area)
    , m_title(new QLabel(Models::adminAreaTitle(area), this))
    , m_search(new QLineEdit(this))
    , m_status(new QLabel(this))
    , m_stack(new QStackedWidget(this))
    , m_state(new StatePage(this))
    , m_table(makeTable(this, Models::adminAreaTitle(area)))
    , m_reload(new QAction(tr("Reload"), this))
{
    setObjectName(QStringLiteral("adminPage"));
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.35);
    big.setBold(true);
    m_title->setFont(big);
    m_search->setPlaceholderText(tr("Search %1").arg(Models::adminAreaInSentence(area)));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search"));
    m_search->setMinimumWidth(240);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_status->hide();
    m_table->setSortingEnabled(true);
    m_reload->setToolTip(tr("Load this list again from dbt Cloud"));

    auto *header = new QHBoxLayout;
    header->addWidget(m_title);
    header->addSpacing(12);
    header->addWidget(m_search, 1);
    header->addStretch(1);
    buildActions();
    for (QAction *a : { m_new, m_edit, m_delete, m_test, m_reload }) {
        if (!a) {
            continue;
        }
        auto *b = new QToolButton(this);
        b->setDefaultAction(a);
        b->setToolButtonStyle(Qt::ToolButtonTextOnly);
        m_buttons << b;
        header->addWidget(b);
    }

    QWidget *content = m_table;
    if (area == Models::AdminArea::Webhooks) {
        auto *split = new QSplitter(Qt::Vertical, this);
        split->addWidget(m_table);
        m_details = new QWidget(split);
        auto *dl = new QVBoxLayout(m_details);
        dl->setContentsMargins(0, 6, 0, 0);
        m_detailsTitle = new QLabel(tr("Deliveries"), m_details);
        QFont bold = m_detailsTitle->font();
        bold.setBold(true);
        m_detailsTitle->setFont(bold);
        m_receipts = makeTable(m_details, tr("Deliveries of the selected webhook"));
        dl->addWidget(m_detailsTitle);
        dl->addWidget(m_receipts, 1);
        split->addWidget(m_details);
        split->setStretchFactor(0, 3);
        split->setStretchFactor(1, 2);
        split->setChildrenCollapsible(false);
        content = split;
    }
    m_stack->addWidget(m_state);
    m_stack->addWidget(content);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(header);
    layout->addWidget(m_status);
    layout->addWidget(m_stack, 1);

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (m_directory) {
            m_directory->setSearch(m_area, text);
        }
        updateState();
    });
    connect(m_reload, &QAction::triggered, this, [this] {
        if (m_directory) {
            m_directory->reload(m_area);
        }
    });
    connect(m_state, &StatePage::actionTriggered, m_reload, &QAction::trigger);
    connect(m_table, &QTableView::doubleClicked, this, [this] {
        if (m_edit && m_edit->isEnabled()) {
            m_edit->trigger();
        }
    });
    updateState();
    updateActions();
}

AdminPage::~AdminPage() = default;

void AdminPage::buildActions()
{
    if (m_area == Models::AdminArea::ServiceTokens) {
        m_new = new QAction(tr("New service token…"), this);
        connect(m_new, &QAction::triggered, this, &AdminPage::newToken);
    } else if (m_area == Models::AdminArea::Webhooks) {
        m_new = new QAction(tr("New webhook…"), this);
        m_edit = new QAction(tr("Edit…"), this);
        m_delete = new QAction(tr("Delete…"), this);
        m_test = new QAction(tr("Send test"), this);
        connect(m_new, &QAction::triggered, this, [this] {
            editWebhook(true);
        });
        connect(m_edit, &QAction::triggered, this, [this] {
            editWebhook(false);
        });
        connect(m_delete, &QAction::triggered, this, &AdminPage::confirmDelete);
        connect(m_test, &QAction::triggered, this, &AdminPage::sendTest);
    }
}

void AdminPage::bind(Models::AdminDirectory *directory, Models::AdminWriter *writer)
{
    if (directory == m_directory && writer == m_writer) {
        if (directory) {
            directory->ensureLoaded(m_area);
        }
        return;
    }
    for (const auto &c : std::as_const(m_bindings)) {
        disconnect(c);
    }
    m_bindings.clear();
    m_directory = directory;
    m_writer = writer;
    // setModel() leaves the old selection models to their owner: this page.
    const QList<QItemSelectionModel *> old { m_table->selectionModel(),
        m_receipts ? m_receipts->selectionModel() : nullptr };
    m_table->setModel(directory ? directory->view(m_area) : nullptr);
    if (m_receipts) {
        m_receipts->setModel(directory ? directory->receipts() : nullptr);
    }
    qDeleteAll(old);
    if (directory) {
        directory->setSearch(m_area, m_search->text());
        m_bindings << connect(directory->table(m_area),
            &Models::AdminTableModel::stateChanged,
            this,
            &AdminPage::updateState);
        // A reload resets the model: the selected row (and its deliveries) stays selected.
        m_bindings << connect(
            directory->view(m_area), &QAbstractItemModel::modelAboutToBeReset, this, [this] {
                m_keptKey = selectedKey();
            });
        m_bindings << connect(
            directory->view(m_area), &QAbstractItemModel::modelReset, this, [this] {
                const QString kept = std::exchange(m_keptKey, QString());
                if (!kept.isEmpty()) {
                    selectKey(kept);
                }
                onSelectionChanged();
            });
        m_bindings << connect(m_table->selectionModel(),
            &QItemSelectionModel::selectionChanged,
            this,
            &AdminPage::onSelectionChanged);
        m_bindings << connect(directory, &QObject::destroyed, this, [this] {
            bind(nullptr, nullptr);
        });
        if (m_receipts) {
            m_bindings << connect(
                directory->receipts(), &Models::AdminTableModel::stateChanged, this, [this] {
                    m_receipts->resizeColumnsToContents();
                });
            m_bindings << connect(directory,
                &Models::AdminDirectory::eventSettled,
                this,
                [this](const QString &, const QString &, const QString &code) {
                    setStatus(code.isEmpty()
                            ? tr("Test event sent; no delivery recorded yet.")
                            : tr("Test event delivered: the endpoint answered %1.").arg(code));
                });
        }
        m_table->sortByColumn(0, Qt::AscendingOrder);
        directory->ensureLoaded(m_area);
    }
    if (writer) {
        m_bindings << connect(
            writer->access(), &Models::WriteAccess::changed, this, &AdminPage::updateActions);
    }
    setStatus({});
    updateState();
    updateActions();
}

bool AdminPage::isShowingTable() const
{
    return m_stack->currentWidget() != m_state;
}

void AdminPage::updateState()
{
    if (!m_directory) {
        m_state->show(StatePage::Kind::Info,
            tr("No connection"),
            tr("Choose an account's administration in the navigator."));
        m_stack->setCurrentWidget(m_state);
        return;
    }
    const Models::AdminTableModel *t = m_directory->table(m_area);
    const QString what = Models::adminAreaInSentence(m_area);
    switch (t->state()) {
    case State::Idle:
    case State::Loading:
        if (t->rowCount() == 0) {
            m_state->show(StatePage::Kind::Loading, tr("Loading %1…").arg(what), QString());
            m_stack->setCurrentWidget(m_state);
            return;
        }
        break;
    case State::Error:
        m_state->show(StatePage::Kind::Error,
            tr("Could not load %1").arg(what),
            t->errorText(),
            tr("Try again"));
        m_stack->setCurrentWidget(m_state);
        return;
    case State::Empty:
        m_state->show(
            StatePage::Kind::Empty, tr("No %1").arg(what), tr("This account has none yet."));
        m_stack->setCurrentWidget(m_state);
        return;
    case State::Ready:
        break;
    }
    if (m_directory->view(m_area)->rowCount() == 0 && !m_search->text().isEmpty()) {
        m_state->show(StatePage::Kind::Empty,
            tr("Nothing matches “%1”").arg(m_search->text()),
            tr("Search looks at every column."));
        m_stack->setCurrentWidget(m_state);
        return;
    }
    if (!isShowingTable()) {
        m_stack->setCurrentIndex(1);
    }
    fitColumns();
}

void AdminPage::fitColumns()
{
    // Sized to the content once per load (the user's own widths stay until the next), then
    // the widest columns give way so every column is on screen: a long URL must not push the
    // webhook's delivery status out of view. The name column and the headers are never cut.
    QAbstractItemModel *m = m_table->model();
    if (!m || m->columnCount() == 0) {
        return;
    }
    m_table->resizeColumnsToContents();
    const int n = m->columnCount();
    QList<int> want(n), floor(n);
    const QFontMetrics fm(m_table->horizontalHeader()->font());
    for (int c = 0; c < n; ++c) {
        want[c] = m_table->columnWidth(c) + 12;
        const int header = fm.horizontalAdvance(m->headerData(c, Qt::Horizontal).toString()) + 28;
        floor[c] = c == 0 ? want[c] : std::min(want[c], std::max(header, 80));
    }
    const int available = m_table->viewport()->width() > 100 ? m_table->viewport()->width() - 4
                                                             : m_table->width() - 24;
    const auto total = [&](int cap) {
        int sum = 0;
        for (int c = 0; c < n; ++c) {
            sum += c == 0 ? want[c] : std::max(floor[c], std::min(want[c], cap));
        }
        return sum;
    };
    int lo = 0;
    int hi = *std::max_element(want.cbegin(), want.cend());
    while (lo < hi) { // the largest cap that fits
        const int mid = (lo + hi + 1) / 2;
        if (total(mid) <= available) {
            lo = mid;
        } else {
            hi = mid - 1;
        }
    }
    for (int c = 0; c < n; ++c) {
        m_table->setColumnWidth(c, c == 0 ? want[c] : std::max(floor[c], std::min(want[c], lo)));
    }
}

void AdminPage::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if (isShowingTable()) {
        fitColumns();
    }
}

void AdminPage::updateActions()
{
    const QString why =
        m_writer ? m_writer->access()->whyNot(writeAreaOf(m_area)) : tr("Not connected.");
    const bool selected = !selectedKey().isEmpty();
    const auto apply = [&](QAction *a, bool needsSelection, const QString &what) {
        if (!a) {
            return;
        }
        const bool ok = why.isEmpty() && (!needsSelection || selected);
        a->setEnabled(ok);
        a->setToolTip(!why.isEmpty() ? why : (ok ? what : tr("Select a webhook first.")));
        a->setStatusTip(a->toolTip());
    };
    apply(m_new,
        false,
        m_area == Models::AdminArea::ServiceTokens ? tr("Create a service token")
                                                   : tr("Subscribe a URL to run events"));
    apply(m_edit, true, tr("Change the selected webhook"));
    apply(m_delete, true, tr("Delete the selected webhook"));
    apply(m_test, true, tr("Send a sample event to the selected webhook's URL"));
}

void AdminPage::setStatus(const QString &text)
{
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
    Q_EMIT statusChanged(text);
}

QString AdminPage::statusText() const
{
    return m_status->text();
}

QDialog *AdminPage::activeDialog() const
{
    return m_dialog.data();
}

QString AdminPage::selectedKey() const
{
    if (!m_table->selectionModel()) {
        return {};
    }
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString()
                          : rows.constFirst().data(Models::AdminTableModel::KeyRole).toString();
}

bool AdminPage::selectKey(const QString &key)
{
    QAbstractItemModel *m = m_table->model();
    for (int r = 0; m && r < m->rowCount(); ++r) {
        if (m->index(r, 0).data(Models::AdminTableModel::KeyRole).toString() == key) {
            m_table->selectRow(r);
            return true;
        }
    }
    return false;
}

void AdminPage::onSelectionChanged()
{
    updateActions();
    if (!m_receipts || !m_directory) {
        return;
    }
    const QString key = selectedKey();
    if (key == m_directory->receiptsSubscription()) {
        return;
    }
    const auto hook = m_directory->webhook(key);
    m_detailsTitle->setText(
        hook ? tr("Deliveries of “%1”").arg(hook->name) : tr("Deliveries: select a webhook"));
    m_directory->loadReceipts(key);
}

void AdminPage::newToken()
{
    if (!m_writer) {
        return;
    }
    auto *dialog = new NewServiceTokenDialog(Models::AdminWriter::tokenPermissionSets(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog = dialog;
    connect(dialog, &NewServiceTokenDialog::submitted, this, [this, dialog] {
        dialog->setBusy(true);
        m_writer->createServiceToken(dialog->name(),
            dialog->permissionSets(),
            dialog,
            [this, dialog](const Api::Result<Api::CreatedServiceToken> &r) {
                dialog->setBusy(false);
                if (!r) {
                    dialog->showError(r.error());
                    return;
                }
                const QString name = r->token.name;
                dialog->accept();
                showCreatedToken(name, r->secret);
            });
    });
    dialog->open();
}

void AdminPage::showCreatedToken(const QString &name, const QString &secret)
{
    auto *shown = new TokenCreatedDialog(name, secret, this);
    shown->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog = shown;
    setStatus(tr("Service token “%1” created.").arg(name));
    shown->open();
}

void AdminPage::editWebhook(bool create)
{
    if (!m_writer || !m_directory) {
        return;
    }
    const QString id = create ? QString() : selectedKey();
    const auto existing = m_directory->webhook(id);
    if (!create && !existing) {
        return;
    }
    auto *editor = new WebhookEditor(m_directory->jobChoices(), this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    if (existing) {
        editor->setSubscription(*existing);
    }
    m_dialog = editor;
    connect(editor, &WebhookEditor::submitted, this, [this, editor, id] {
        editor->setBusy(true);
        m_writer->saveWebhook(id,
            editor->draft(),
            editor,
            [this, editor, id](const Api::Result<Api::WebhookSubscription> &r) {
                editor->setBusy(false);
                if (!r) {
                    editor->showError(r.error());
                    return;
                }
                setStatus(id.isEmpty() ? tr("Webhook “%1” created.").arg(r->name)
                                       : tr("Webhook “%1” saved.").arg(r->name));
                editor->accept();
                if (!r->hmacSecret.isEmpty()) {
                    // The create answer's signing secret: shown once, like a token's.
                    auto *shown = new TokenCreatedDialog(r->name,
                        r->hmacSecret,
                        this,
                        TokenCreatedDialog::Kind::WebhookSigningSecret);
                    shown->setAttribute(Qt::WA_DeleteOnClose);
                    m_dialog = shown;
                    shown->open();
                }
            });
    });
    editor->open();
}

void AdminPage::confirmDelete()
{
    const QString id = selectedKey();
    const auto hook = m_directory ? m_directory->webhook(id) : std::nullopt;
    if (!m_writer || !hook) {
        return;
    }
    auto *box = new QMessageBox(QMessageBox::Warning,
        tr("Delete webhook"),
        tr("Delete the webhook “%1”? dbt Cloud stops sending events to %2. This cannot be "
           "undone.")
            .arg(hook->name, hook->clientUrl),
        QMessageBox::Cancel,
        this);
    QPushButton *del = box->addButton(tr("Delete"), QMessageBox::DestructiveRole);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog = box;
    connect(box,
        &QMessageBox::buttonClicked,
        this,
        [this, del, id, name = hook->name](QAbstractButton *b) {
            if (b != del) {
                return;
            }
            m_writer->deleteWebhook(id, this, [this, name](const Api::Result<QString> &r) {
                setStatus(r ? tr("Webhook “%1” deleted.").arg(name)
                            : tr("Could not delete “%1”: %2").arg(name, r.error().userMessage()));
            });
        });
    box->open();
}

void AdminPage::sendTest()
{
    const QString id = selectedKey();
    if (!m_writer || id.isEmpty()) {
        return;
    }
    setStatus(tr("Sending a test event…"));
    m_writer->sendTest(id, this, [this](const Api::Result<QString> &r) {
        if (!r) {
            setStatus(tr("Could not send the test event: %1").arg(r.error().userMessage()));
        } else {
            setStatus(tr("Test event %1 sent; waiting for its delivery…").arg(r.value()));
        }
    });
}

} // namespace Dbtc::Ui
