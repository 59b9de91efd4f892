// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace Dbtc::Api {
struct ApiError;
}

namespace Dbtc::Ui {

class CheckList;

//! \brief "New service token": a name and the permission sets it gets (account-wide). It
//! sends nothing itself: submitted() asks the page, which shows a 400's field errors here.
class NewServiceTokenDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NewServiceTokenDialog)

public:
    //! \a permissionSets: wire keys, shown by their names.
    NewServiceTokenDialog(const QStringList &permissionSets, QWidget *parent = nullptr);

    QString name() const;
    QStringList permissionSets() const;

    QLineEdit *nameEdit() const { return m_name; }

    CheckList *setList() const { return m_sets; }

    QPushButton *createButton() const { return m_create; }

    //! Ticks \a key (tests and "create like this").
    void checkPermissionSet(const QString &key);
    void setBusy(bool busy);
    void showError(const Api::ApiError &error);

Q_SIGNALS:
    void submitted();

private:
    void updateButton();

    QLineEdit *m_name;
    QLabel *m_nameError;
    CheckList *m_sets;
    QLabel *m_setsError;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
    QPushButton *m_create;
    bool m_busy = false;
};

//! \brief Shows a new token's secret the one time it exists: read-only, with Copy and a
//! warning that it will not be shown again. The secret lives only in this dialog's field
//! and is wiped when the dialog closes; nothing else receives it. A new webhook's signing
//! secret (hmac_secret, also answered once) is shown the same way.
class TokenCreatedDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TokenCreatedDialog)

public:
    enum class Kind { ServiceToken, WebhookSigningSecret };

    TokenCreatedDialog(const QString &name,
        const QString &secret,
        QWidget *parent = nullptr,
        Kind kind = Kind::ServiceToken);

    QLineEdit *secretEdit() const { return m_secret; }

    QPushButton *copyButton() const { return m_copy; }

    QLabel *warningLabel() const { return m_warning; }

    void done(int result) override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void restyle();

    QLineEdit *m_secret;
    QPushButton *m_copy;
    QLabel *m_warning;
};

} // namespace Dbtc::Ui
