// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/admin/servicetokendialogs.h"

#include "api/apierror.h"
#include "api/types/admin.h"
#include "ui/admin/checklist.h"
#include "ui/admin/fielderrorlabel.h"
#include "ui/widgets/palette.h"

#include <QCheckBox>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Dbtc::Ui {

NewServiceTokenDialog::NewServiceTokenDialog(const QStringList &permissionSets, QWidget *parent)
    : QDialog(parent)
    , m_name(new QLineEdit(this))
    , m_nameError(makeFieldErrorLabel(this))
    , m_sets(new CheckList(this))
    , m_setsError(makeFieldErrorLabel(this))
    , m_error(makeFieldErrorLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
    , m_create(m_buttons->addButton(tr("Create token"), QDialogButtonBox::AcceptRole))
{
    setWindowTitle(tr("New service token"));
    m_name->setPlaceholderText(tr("e.g. Airflow production"));
    m_name->setAccessibleName(tr("Token name"));
    m_sets->setAccessibleName(tr("Permission sets"));
    for (const QString &key : permissionSets) {
        m_sets->addItem(Api::permissionSetText(key), key);
    }
    m_sets->setVisibleRows(10);

    auto *intro = new QLabel(
        tr("The token gets these permission sets on every project of the account. Give it "
           "the least it needs."),
        this);
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("Name"), m_name);
    form->addRow(QString(), m_nameError);
    form->addRow(tr("Permission sets"), m_sets);
    form->addRow(QString(), m_setsError);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    resize(460, sizeHint().height());

    connect(m_name, &QLineEdit::textChanged, this, &NewServiceTokenDialog::updateButton);
    connect(m_sets, &CheckList::changed, this, &NewServiceTokenDialog::updateButton);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_create, &QPushButton::clicked, this, [this] {
        if (m_create->isEnabled()) {
            Q_EMIT submitted();
        }
    });
    updateButton();
}

QString NewServiceTokenDialog::name() const
{
    return m_name->text().trimmed();
}

QStringList NewServiceTokenDialog::permissionSets() const
{
    QStringList out;
    for (const QVariant &v : m_sets->checkedValues()) {
        out << v.toString();
    }
    return out;
}

void NewServiceTokenDialog::checkPermissionSet(const QString &key)
{
    m_sets->setChecked(key, true);
}

void NewServiceTokenDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_create->setText(busy ? tr("Creating…") : tr("Create token"));
    updateButton();
}

void NewServiceTokenDialog::showError(const Api::ApiError &error)
{
    setFieldError(m_nameError, error.fieldMessage(QStringLiteral("name")));
    QString sets = error.fieldMessage(QStringLiteral("permission_grants"));
    for (const Api::FieldError &f : error.fieldErrors) {
        if (f.field.startsWith(QLatin1String("permission_grants")) && sets.isEmpty()) {
            sets = f.message;
        }
    }
    setFieldError(m_setsError, sets);
    setFieldError(m_error,
        m_nameError->isVisible() || m_setsError->isVisible() ? QString() : error.userMessage());
}

void NewServiceTokenDialog::updateButton()
{
    m_create->setEnabled(!m_busy && !name().isEmpty() && !permissionSets().isEmpty());
    m_create->setToolTip(
        m_create->isEnabled() ? QString() : tr("Name the token and tick a permission set."));
}

TokenCreatedDialog::TokenCreatedDialog(
    const QString &name, const QString &secret, QWidget *parent, Kind kind)
    : QDialog(parent)
    , m_secret(new QLineEdit(secret, this))
    , m_copy(new QPushButton(tr("Copy"), this))
    , m_warning(new QLabel(this))
{
    const bool token = kind == Kind::ServiceToken;
    setWindowTitle(token ? tr("Service token created") : tr("Webhook created"));
    auto *title = new QLabel(token ? tr("“%1” was created.").arg(name)
                                   : tr("“%1” was created. Its signing secret:").arg(name),
        this);
    title->setTextFormat(Qt::PlainText);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    m_warning->setText(token
            ? tr("Copy the token now. dbt Cloud shows it only this once, and this console does "
                 "not keep it: when you close this window it is gone.")
            : tr("Copy the signing secret now: your endpoint needs it to check that events come "
                 "from dbt Cloud. dbt Cloud shows it only this once, and this console does not "
                 "keep it."));
    m_warning->setWordWrap(true);
    restyle();
    m_secret->setReadOnly(true);
    m_secret->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_secret->setAccessibleName(tr("Token secret"));
    m_secret->setMinimumWidth(m_secret->fontMetrics().horizontalAdvance(secret) + 24);
    m_copy->setToolTip(tr("Copy the token to the clipboard"));
    auto *row = new QHBoxLayout;
    row->addWidget(m_secret, 1);
    row->addWidget(m_copy);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(m_warning);
    layout->addLayout(row);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_copy, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(m_secret->text());
        m_copy->setText(tr("Copied"));
    });
}

void TokenCreatedDialog::restyle()
{
    // A style sheet fixes colours: set again when the theme changes (changeEvent).
    m_warning->setStyleSheet(
        QStringLiteral("QLabel { background: %1; border: 1px solid %2; color: %3; padding: 8px; "
                       "border-radius: 4px; }")
            .arg(colorName(ColorRole::WarningBackground),
                colorName(ColorRole::WarningBorder),
                colorName(ColorRole::WarningText)));
}

void TokenCreatedDialog::changeEvent(QEvent *event)
{
    QDialog::changeEvent(event);
    if (event->type() == QEvent::PaletteChange
        || event->type() == QEvent::ApplicationPaletteChange) {
        restyle();
    }
}

void TokenCreatedDialog::done(int result)
{
    m_secret->clear(); // the one copy of the secret in the console goes with the dialog
    QDialog::done(result);
}

} // namespace Dbtc::Ui
