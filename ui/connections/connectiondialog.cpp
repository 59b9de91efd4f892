// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/connections/connectiondialog.h"

#include "api/cacertificates.h"
#include "api/clientoptions.h"
#include "models/workspace/connectionprobe.h"
#include "ui/widgets/palette.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpressionValidator>

namespace Dbtc::Ui {

using Api::Region;

ConnectionDialog::ConnectionDialog(Models::ConnectionProbe *probe, QWidget *parent)
    : QDialog(parent)
    , m_probe(probe)
{
    setWindowTitle(tr("dbt Cloud connection"));
    auto *form = new QFormLayout;

    m_name = new QLineEdit(this);
    m_name->setPlaceholderText(tr("e.g. Acme production (US)"));
    form->addRow(tr("&Name:"), m_name);

    m_region = new QComboBox(this);
    m_region->addItem(tr("North America (cloud.getdbt.com)"), int(Region::US));
    m_region->addItem(tr("North America, account-prefixed (…us1.dbt.com)"), int(Region::USCell));
    m_region->addItem(tr("EMEA (emea.dbt.com)"), int(Region::EMEA));
    m_region->addItem(tr("APAC (au.dbt.com)"), int(Region::APAC));
    m_region->addItem(tr("Custom base URL (single tenant, proxy)"), int(Region::Custom));
    form->addRow(tr("&Region:"), m_region);

    m_cellPrefix = new QLineEdit(this);
    m_cellPrefix->setPlaceholderText(tr("account prefix, e.g. ab123"));
    m_cellPrefix->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("[a-z0-9-]{1,63}")), m_cellPrefix));
    form->addRow(tr("Account &prefix:"), m_cellPrefix);

    m_customUrl = new QLineEdit(this);
    m_customUrl->setPlaceholderText(
        QStringLiteral("https://acme.getdbt.com")); // no-tr: an example URL
    form->addRow(tr("Base &URL:"), m_customUrl);

    m_resolvedUrl = new QLabel(this);
    m_resolvedUrl->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_resolvedUrl->setWordWrap(true); // a problem with a long file path must show whole
    form->addRow(QString(), m_resolvedUrl);

    m_token = new QLineEdit(this);
    m_token->setEchoMode(QLineEdit::Password);
    m_token->setPlaceholderText(tr("personal access or service token"));
    auto *reveal = m_token->addAction(
        QIcon::fromTheme(QStringLiteral("view-reveal-symbolic")), QLineEdit::TrailingPosition);
    reveal->setToolTip(tr("Show or hide the token"));
    reveal->setCheckable(true);
    connect(reveal, &QAction::toggled, m_token, [this](bool shown) {
        m_token->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
    });
    form->addRow(tr("API &token:"), m_token);

    m_account = new QComboBox(this);
    m_account->setEditable(true);
    m_account->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("[0-9]{1,19}")), m_account));
    m_account->lineEdit()->setPlaceholderText(tr("account id"));
    m_findAccounts = new QPushButton(tr("&Find accounts"), this);
    m_findAccounts->setToolTip(tr("List the accounts this token can see"));
    auto *accountRow = new QHBoxLayout;
    accountRow->addWidget(m_account, 1);
    accountRow->addWidget(m_findAccounts);
    // A row of a layout gets no buddy by itself: without one the label shows its '&'.
    auto *accountLabel = new QLabel(tr("&Account:"), this);
    accountLabel->setBuddy(m_account);
    form->addRow(accountLabel, accountRow);

    // The account picker: a token often reaches several accounts; each one checked here shows
    // under this connection too, polled on its own (its own rate limit).
    m_otherAccounts = new QListWidget(this);
    m_otherAccounts->setToolTip(
        tr("Other accounts this token reaches. Each one checked appears under this connection "
           "in the navigator, with its own jobs, runs and rate limit."));
    m_otherAccounts->setMaximumHeight(m_otherAccounts->fontMetrics().lineSpacing() * 6);
    auto *othersLabel = new QLabel(tr("Also &show:"), this);
    othersLabel->setBuddy(m_otherAccounts);
    form->addRow(othersLabel, m_otherAccounts);
    connect(m_otherAccounts, &QListWidget::itemChanged, this, [this](QListWidgetItem *item) {
        const qint64 id = item->data(Qt::UserRole).toLongLong();
        m_checkedOthers.removeAll(id);
        if (item->checkState() == Qt::Checked) {
            m_checkedOthers << id;
        }
    });

    m_readOnly = new QCheckBox(tr("Read-only: never trigger, cancel or retry from this app"), this);
    form->addRow(QString(), m_readOnly);

    // What the TLS error advises: trust the organisation's own certificate authority.
    m_caFile = new QLineEdit(this);
    m_caFile->setPlaceholderText(tr("none: trust the system's certificate authorities"));
    m_caFile->setToolTip(tr("A PEM file with your organisation's CA certificate, for a "
                            "single-tenant host or a proxy that uses its own certificates"));
    m_chooseCaFile = new QPushButton(tr("C&hoose…"), this);
    auto *caRow = new QHBoxLayout;
    caRow->addWidget(m_caFile, 1);
    caRow->addWidget(m_chooseCaFile);
    auto *caLabel = new QLabel(tr("Extra &CA certificates:"), this);
    caLabel->setBuddy(m_caFile);
    form->addRow(caLabel, caRow);

    m_test = new QPushButton(tr("&Test connection"), this);
    m_result = new QLabel(this);
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result->setMinimumHeight(m_result->fontMetrics().lineSpacing() * 3);
    form->addRow(m_test, m_result);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_buttons);
    setMinimumWidth(560);

    connect(m_region, &QComboBox::currentIndexChanged, this, &ConnectionDialog::updateHostFields);
    connect(m_chooseCaFile, &QPushButton::clicked, this, &ConnectionDialog::chooseCaFile);
    for (QLineEdit *edit : { m_name, m_cellPrefix, m_customUrl, m_token, m_caFile }) {
        connect(edit, &QLineEdit::textChanged, this, &ConnectionDialog::validate);
    }
    connect(m_account, &QComboBox::currentTextChanged, this, [this] {
        rebuildOtherAccounts(); // the main account is never in "Also show"
        validate();
    });
    connect(m_findAccounts, &QPushButton::clicked, this, &ConnectionDialog::findAccounts);
    connect(m_test, &QPushButton::clicked, this, &ConnectionDialog::testConnection);
    updateHostFields();
    rebuildOtherAccounts();
}

ConnectionDialog::~ConnectionDialog() = default;

void ConnectionDialog::setReadOnlyDefault(bool readOnly)
{
    m_readOnly->setChecked(readOnly);
}

void ConnectionDialog::setDraft(const ConnectionDraft &draft, bool hasStoredToken)
{
    m_hasStoredToken = hasStoredToken;
    m_name->setText(draft.name);
    const Region region = Api::regionForBaseUrl(draft.baseUrl);
    m_region->setCurrentIndex(m_region->findData(int(region)));
    if (region == Region::USCell) {
        m_cellPrefix->setText(draft.baseUrl.host().section(u'.', 0, 0));
    } else if (region == Region::Custom) {
        m_customUrl->setText(draft.baseUrl.toString());
    }
    m_account->setCurrentText(draft.accountId > 0 ? QString::number(draft.accountId) : QString());
    m_checkedOthers = draft.otherAccountIds;
    m_knownAccounts.clear();
    for (const qint64 other : draft.otherAccountIds) {
        m_knownAccounts.append({ other, QString() }); // named once "Find accounts" answers
    }
    rebuildOtherAccounts();
    m_readOnly->setChecked(draft.readOnly);
    m_caFile->setText(draft.caCertificatesPath);
    if (hasStoredToken) {
        m_token->setPlaceholderText(tr("stored in the keychain; leave empty to keep it"));
    }
    updateHostFields();
}

ConnectionDraft ConnectionDialog::draft() const
{
    ConnectionDraft d;
    d.name = m_name->text().trimmed();
    d.baseUrl = currentBaseUrl();
    d.accountId = chosenAccountId();
    for (const auto &[id, name] : m_knownAccounts) {
        if (id != d.accountId && m_checkedOthers.contains(id)) {
            d.otherAccountIds << id; // in the order found, not the order clicked
        }
    }
    d.readOnly = m_readOnly->isChecked();
    d.token = m_token->text().trimmed();
    d.caCertificatesPath = m_caFile->text().trimmed();
    if (d.name.isEmpty()) {
        d.name = d.baseUrl.host();
    }
    return d;
}

qint64 ConnectionDialog::chosenAccountId() const
{
    // A picked entry reads "123 — Name"; its id is the item's data, a typed one the text.
    const int picked = m_account->findText(m_account->currentText());
    return picked >= 0 ? m_account->itemData(picked).toLongLong()
                       : m_account->currentText().toLongLong();
}

void ConnectionDialog::rebuildOtherAccounts()
{
    const QSignalBlocker blocker(m_otherAccounts); // rebuilding is not the user unchecking
    m_otherAccounts->clear();
    const qint64 home = chosenAccountId();
    for (const auto &[id, name] : std::as_const(m_knownAccounts)) {
        if (id == home) {
            continue; // always shown
        }
        auto *item = new QListWidgetItem(
            name.isEmpty() ? tr("Account %1").arg(id) : QStringLiteral("%1 — %2").arg(id).arg(name),
            m_otherAccounts);
        item->setData(Qt::UserRole, id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(m_checkedOthers.contains(id) ? Qt::Checked : Qt::Unchecked);
    }
    auto *form =
        static_cast<QFormLayout *>(static_cast<QVBoxLayout *>(layout())->itemAt(0)->layout());
    form->setRowVisible(m_otherAccounts, m_otherAccounts->count() > 0);
}

QUrl ConnectionDialog::currentBaseUrl() const
{
    const auto region = Region(m_region->currentData().toInt());
    if (region == Region::Custom) {
        return QUrl::fromUserInput(m_customUrl->text().trimmed());
    }
    return Api::regionBaseUrl(region, m_cellPrefix->text().trimmed());
}

void ConnectionDialog::updateHostFields()
{
    const auto region = Region(m_region->currentData().toInt());
    auto *form =
        static_cast<QFormLayout *>(static_cast<QVBoxLayout *>(layout())->itemAt(0)->layout());
    form->setRowVisible(m_cellPrefix, region == Region::USCell);
    form->setRowVisible(m_customUrl, region == Region::Custom);
    validate();
}

void ConnectionDialog::validate()
{
    const QUrl url = currentBaseUrl();
    QString urlProblem = url.host().isEmpty() ? tr("Enter the host.") : Api::validateBaseUrl(url);
    if (urlProblem.isEmpty()) {
        urlProblem = caFileProblem();
    }
    m_resolvedUrl->setText(urlProblem.isEmpty()
            ? tr("API base: %1").arg(url.toString())
            : QStringLiteral("<span style='color:%2'>%1</span>")
                  .arg(urlProblem.toHtmlEscaped(), colorName(ColorRole::Error)));
    const bool hasToken = !m_token->text().trimmed().isEmpty() || m_hasStoredToken;
    const bool hasAccount = draft().accountId > 0;
    m_findAccounts->setEnabled(urlProblem.isEmpty() && !m_token->text().trimmed().isEmpty());
    m_test->setEnabled(urlProblem.isEmpty() && !m_token->text().trimmed().isEmpty() && hasAccount);
    m_buttons->button(QDialogButtonBox::Save)
        ->setEnabled(urlProblem.isEmpty() && hasToken && hasAccount);
}

QString ConnectionDialog::caFileProblem() const
{
    const QString path = m_caFile->text().trimmed();
    if (path.isEmpty()) {
        return {};
    }
    const Api::CaCertificates ca = Api::loadCaCertificates(path);
    return ca.ok() ? QString() : tr("CA certificates: %1.").arg(ca.error);
}

void ConnectionDialog::chooseCaFile()
{
    const QString path = QFileDialog::getOpenFileName(this,
        tr("Extra CA certificates"),
        m_caFile->text(),
        tr("PEM certificates (*.pem *.crt *.cer);;All files (*)"));
    if (!path.isEmpty()) {
        m_caFile->setText(path);
    }
}

void ConnectionDialog::showResult(bool ok, const QString &text)
{
    m_result->setText(QStringLiteral("<span style='color:%1'>%2</span> %3")
                          .arg(colorName(ok ? ColorRole::Success : ColorRole::Error),
                              ok ? QStringLiteral("✔") : QStringLiteral("✖"),
                              text.toHtmlEscaped()));
}

void ConnectionDialog::findAccounts()
{
    m_result->setText(tr("Asking dbt Cloud which accounts this token can see…"));
    m_probe->listAccounts(
        { currentBaseUrl(), 0, m_token->text().trimmed(), draft().caCertificatesPath },
        this,
        [this](const Api::Result<QList<Api::Account>> &r) {
            if (!r) {
                showResult(false, r.error().userMessage());
                return;
            }
            const qint64 chosen = chosenAccountId();
            const QString typed = m_account->currentText();
            {
                const QSignalBlocker blocker(m_account);
                m_account->clear();
                m_knownAccounts.clear();
                for (const Api::Account &a : r.value()) {
                    m_account->addItem(QStringLiteral("%1 — %2").arg(a.id).arg(a.name), a.id);
                    m_knownAccounts.append({ a.id, a.name });
                }
                // Keep the account already chosen (editing), else the first one found.
                const int keep = m_account->findData(chosen);
                if (keep >= 0) {
                    m_account->setCurrentIndex(keep);
                } else if (r.value().isEmpty()) {
                    m_account->setCurrentText(typed);
                }
            }
            rebuildOtherAccounts();
            if (r.value().isEmpty()) {
                showResult(false, tr("The token is valid but sees no account."));
            } else if (r.value().size() == 1) {
                showResult(true, tr("Found one account."));
            } else {
                showResult(true,
                    tr("Found %1 accounts. Pick the main one; tick the others to show too.")
                        .arg(r.value().size()));
            }
            validate();
        });
}

void ConnectionDialog::testConnection()
{
    m_result->setText(tr("Testing…"));
    m_test->setEnabled(false);
    m_probe->testAccount({ currentBaseUrl(),
                             draft().accountId,
                             m_token->text().trimmed(),
                             draft().caCertificatesPath },
        this,
        [this](const Api::Result<Api::Account> &r) {
            m_test->setEnabled(true);
            if (r) {
                showResult(
                    true, tr("Connected to account \"%1\" (%2 plan).").arg(r->name, r->plan));
                if (m_name->text().trimmed().isEmpty()) {
                    m_name->setText(r->name);
                }
            } else {
                showResult(false, r.error().userMessage());
            }
        });
}

} // namespace Dbtc::Ui
