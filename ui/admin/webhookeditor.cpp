// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/admin/webhookeditor.h"

#include "api/apierror.h"
#include "ui/admin/checklist.h"
#include "ui/admin/fielderrorlabel.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Dbtc::Ui {

namespace {

const QStringList &eventTypes()
{
    static const QStringList types { QStringLiteral("job.run.started"),
        QStringLiteral("job.run.completed"),
        QStringLiteral("job.run.errored") };
    return types;
}

} // namespace

WebhookEditor::WebhookEditor(const QList<QPair<qint64, QString>> &jobs, QWidget *parent)
    : QDialog(parent)
    , m_name(new QLineEdit(this))
    , m_description(new QLineEdit(this))
    , m_url(new QLineEdit(this))
    , m_jobs(new CheckList(this))
    , m_active(new QCheckBox(tr("Active: send events to the URL"), this))
    , m_general(makeFieldErrorLabel(this))
    , m_save(nullptr)
{
    setWindowTitle(tr("New webhook"));
    m_url->setPlaceholderText(tr("https://example.com/dbt-hook"));
    m_name->setAccessibleName(tr("Webhook name"));
    m_url->setAccessibleName(tr("Webhook URL"));
    m_jobs->setAccessibleName(tr("Jobs"));
    m_active->setChecked(true);
    const QStringList eventNames { tr("Run started"), tr("Run completed"), tr("Run errored") };
    auto *events = new QHBoxLayout;
    for (int i = 0; i < eventTypes().size(); ++i) {
        auto *box = new QCheckBox(eventNames.at(i), this);
        box->setObjectName(eventTypes().at(i));
        box->setToolTip(eventTypes().at(i));
        m_events << box;
        events->addWidget(box);
    }
    events->addStretch(1);
    for (const auto &[id, name] : jobs) {
        m_jobs->addItem(name, id);
    }
    m_jobs->setVisibleRows(8);
    for (const char *field : { "name", "description", "client_url", "event_types", "job_ids" }) {
        m_errors.insert(QLatin1String(field), makeFieldErrorLabel(this));
    }

    auto *form = new QFormLayout;
    form->addRow(tr("Name"), m_name);
    form->addRow(QString(), m_errors.value(QStringLiteral("name")));
    form->addRow(tr("Description"), m_description);
    form->addRow(QString(), m_errors.value(QStringLiteral("description")));
    form->addRow(tr("URL"), m_url);
    form->addRow(QString(), m_errors.value(QStringLiteral("client_url")));
    form->addRow(tr("Events"), events);
    form->addRow(QString(), m_errors.value(QStringLiteral("event_types")));
    form->addRow(tr("Jobs"), m_jobs);
    auto *jobsHint = new QLabel(tr("None ticked: events of every job."), this);
    jobsHint->setEnabled(false);
    form->addRow(QString(), jobsHint);
    form->addRow(QString(), m_errors.value(QStringLiteral("job_ids")));
    form->addRow(QString(), m_active);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_save = buttons->addButton(tr("Save"), QDialogButtonBox::AcceptRole);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_general);
    layout->addWidget(buttons);
    setMinimumWidth(560); // "Hourly incremental models · marketing_analytics" without a scrollbar
    resize(560, sizeHint().height());
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_save, &QPushButton::clicked, this, &WebhookEditor::submitted);
}

QCheckBox *WebhookEditor::eventBox(const QString &eventType) const
{
    for (QCheckBox *box : m_events) {
        if (box->objectName() == eventType) {
            return box;
        }
    }
    return nullptr;
}

void WebhookEditor::setSubscription(const Api::WebhookSubscription &s)
{
    setWindowTitle(tr("Edit webhook"));
    m_name->setText(s.name);
    m_description->setText(s.description);
    m_url->setText(s.clientUrl);
    for (QCheckBox *box : std::as_const(m_events)) {
        box->setChecked(s.eventTypes.contains(box->objectName()));
    }
    for (int i = 0; i < m_jobs->count(); ++i) {
        m_jobs->box(i)->setChecked(s.jobIds.contains(m_jobs->value(i).toLongLong()));
    }
    m_active->setChecked(s.active);
}

Api::WebhookDraft WebhookEditor::draft() const
{
    Api::WebhookDraft d;
    d.name = m_name->text().trimmed();
    d.description = m_description->text().trimmed();
    d.clientUrl = m_url->text().trimmed();
    for (QCheckBox *box : m_events) {
        if (box->isChecked()) {
            d.eventTypes << box->objectName();
        }
    }
    for (const QVariant &v : m_jobs->checkedValues()) {
        d.jobIds << v.toLongLong();
    }
    d.active = m_active->isChecked();
    return d;
}

QString WebhookEditor::fieldError(const QString &field) const
{
    const QLabel *label = m_errors.value(field);
    return label && label->isVisibleTo(this) ? label->text() : QString();
}

void WebhookEditor::setBusy(bool busy)
{
    m_save->setEnabled(!busy);
    m_save->setText(busy ? tr("Saving…") : tr("Save"));
}

void WebhookEditor::showError(const Api::ApiError &error)
{
    bool placed = false;
    for (auto it = m_errors.cbegin(); it != m_errors.cend(); ++it) {
        const QString message = error.fieldMessage(it.key());
        setFieldError(it.value(), message);
        placed = placed || !message.isEmpty();
    }
    // A field we have no box for, or no field at all (403, network): said below the form.
    setFieldError(m_general, placed ? QString() : error.userMessage());
}

} // namespace Dbtc::Ui
