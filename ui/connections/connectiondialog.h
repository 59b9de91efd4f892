// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QPointer>
#include <QUrl>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace Dbtc::Models {
class ConnectionProbe;
}

namespace Dbtc::Ui {

//! \brief What the connection dialog produces. The token goes straight to the secret store.
struct ConnectionDraft
{
    QString name;
    QUrl baseUrl;
    qint64 accountId = 0;
    bool readOnly = false;
    QString token;
    //! A PEM file of extra certificate authorities to trust (an organisation's own CA); empty
    //! = the system's only. A path, stored in the settings; never a token.
    QString caCertificatesPath;
    //! Further accounts the token reaches that the navigator shows too (checked in the list
    //! "Find accounts" fills); the account above is always shown.
    QList<qint64> otherAccountIds {};
};

//! \brief Add or edit a dbt Cloud connection: host preset or custom URL, token (masked), account
//! (typed, or picked from the accounts the token can see), which other accounts of the token to
//! show too (the account picker), read-only, and "Test connection", which calls the API and
//! explains failures in plain words.
class ConnectionDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionDialog)

public:
    //! \a probe answers "Find accounts" and "Test connection" (the app's; not owned).
    explicit ConnectionDialog(Models::ConnectionProbe *probe, QWidget *parent = nullptr);
    ~ConnectionDialog() override;

    //! Prefills the form for editing; the token field stays empty ("leave empty to keep").
    void setDraft(const ConnectionDraft &draft, bool hasStoredToken);
    //! A new connection's read-only box starts as the Settings say.
    void setReadOnlyDefault(bool readOnly);
    ConnectionDraft draft() const;

private:
    void updateHostFields();
    void validate();
    QUrl currentBaseUrl() const;
    void findAccounts();
    //! The "Also show" list: every known account but the one chosen above, checks kept.
    void rebuildOtherAccounts();
    qint64 chosenAccountId() const;
    void testConnection();
    void showResult(bool ok, const QString &text);
    void chooseCaFile();
    //! Empty when the CA file field is empty or names a usable PEM file; else why not.
    QString caFileProblem() const;

    QLineEdit *m_name = nullptr;
    QComboBox *m_region = nullptr;
    QLineEdit *m_cellPrefix = nullptr;
    QLineEdit *m_customUrl = nullptr;
    QLabel *m_resolvedUrl = nullptr;
    QLineEdit *m_token = nullptr;
    QComboBox *m_account = nullptr;
    QPushButton *m_findAccounts = nullptr;
    QListWidget *m_otherAccounts = nullptr;
    //! Accounts "Find accounts" listed (id, name), or the edited profile's others by id.
    QList<QPair<qint64, QString>> m_knownAccounts;
    QList<qint64> m_checkedOthers; //!< what "Also show" has checked, kept across rebuilds
    QCheckBox *m_readOnly = nullptr;
    QLineEdit *m_caFile = nullptr;
    QPushButton *m_chooseCaFile = nullptr;
    QPushButton *m_test = nullptr;
    QLabel *m_result = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    Models::ConnectionProbe *m_probe;
    bool m_hasStoredToken = false;
};

} // namespace Dbtc::Ui
