// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/jobs/deletejobdialog.h"

#include "ui/widgets/palette.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Dbtc::Ui {

DeleteJobDialog::DeleteJobDialog(qint64 jobId, const QString &jobName, QWidget *parent)
    : QDialog(parent)
    , m_jobId(jobId)
    , m_jobName(jobName)
    , m_text(new QLabel(this))
    , m_typed(new QLineEdit(this))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("deleteJobDialog"));
    setWindowTitle(tr("Delete Job"));
    m_text->setObjectName(QStringLiteral("deleteJobText"));
    m_text->setTextFormat(Qt::RichText);
    m_text->setWordWrap(true);
    m_text->setText(
        tr("<p><b>Delete the job “%1”?</b></p>"
           "<p>Its schedule and triggers stop at once; its past runs stay in dbt Cloud. "
           "This cannot be undone from the console.</p>"
           "<p>Type the job's name to confirm:</p>")
            .arg(jobName.toHtmlEscaped()));
    m_typed->setObjectName(QStringLiteral("deleteJobName"));
    m_typed->setPlaceholderText(jobName);
    m_error->setObjectName(QStringLiteral("deleteJobError"));
    m_error->setWordWrap(true);
    m_error->hide();
    auto *buttons = new QDialogButtonBox(this);
    m_delete = buttons->addButton(tr("Delete Job"), QDialogButtonBox::DestructiveRole);
    m_delete->setObjectName(QStringLiteral("deleteJobButton"));
    buttons->addButton(QDialogButtonBox::Cancel);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_text);
    layout->addWidget(m_typed);
    layout->addWidget(m_error);
    layout->addStretch();
    layout->addWidget(buttons);
    setMinimumWidth(460);

    connect(m_typed, &QLineEdit::textChanged, this, &DeleteJobDialog::update);
    connect(m_delete, &QPushButton::clicked, this, [this] {
        if (isConfirmed() && !m_busy) {
            Q_EMIT deleteConfirmed(m_jobId);
        }
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &DeleteJobDialog::reject);
    m_error->setStyleSheet(textStyle(ColorRole::Error));
    update();
}

bool DeleteJobDialog::isConfirmed() const
{
    // Exactly: "Nightly" for "nightly" is the kind of slip the question is there to catch.
    return !m_jobName.isEmpty() && m_typed->text() == m_jobName;
}

void DeleteJobDialog::showError(const QString &text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

void DeleteJobDialog::setBusy(bool busy)
{
    m_busy = busy;
    update();
}

void DeleteJobDialog::update()
{
    m_delete->setEnabled(isConfirmed() && !m_busy);
    m_delete->setToolTip(
        isConfirmed() ? QString() : tr("Type the job's name exactly to delete it"));
}

void DeleteJobDialog::changeEvent(QEvent *event)
{
    QDialog::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        m_error->setStyleSheet(textStyle(ColorRole::Error));
    }
}

} // namespace Dbtc::Ui
