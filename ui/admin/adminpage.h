// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/common/adminarea.h"

#include <QPointer>
#include <QWidget>

class QAction;
class QDialog;
class QLabel;
class QLineEdit;
class QMessageBox;
class QStackedWidget;
class QTableView;
class QToolButton;

namespace Dbtc::Api {
struct ApiError;
}

namespace Dbtc::Models {
class AdminDirectory;
class AdminWriter;
} // namespace Dbtc::Models

namespace Dbtc::Ui {

class NewServiceTokenDialog;
class StatePage;
class TokenCreatedDialog;
class WebhookEditor;

//! \brief One administration area as a page: a title, a search box, a sortable table (the
//! directory's proxy), the loading / empty / error states, and the area's write actions
//! (service tokens: New; webhooks: New, Edit, Delete, Send test, with the selected webhook's
//! deliveries below). Every write action is disabled with WriteAccess::whyNot() as its
//! tooltip while the token may not write the area. Dialogs open window-modal (open(), not
//! exec()), so the page stays responsive and tests can drive them.
class AdminPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AdminPage)

public:
    explicit AdminPage(Models::AdminArea area, QWidget *parent = nullptr);
    ~AdminPage() override;

    Models::AdminArea area() const { return m_area; }

    //! Binds to a connection's admin services (null: unbound) and loads the area if needed.
    void bind(Models::AdminDirectory *directory, Models::AdminWriter *writer);

    QTableView *table() const { return m_table; }

    QLineEdit *searchEdit() const { return m_search; }

    StatePage *statePage() const { return m_state; }

    //! True while the table (not a state page) is shown.
    bool isShowingTable() const;

    QTableView *receiptsTable() const { return m_receipts; }

    QAction *newAction() const { return m_new; }

    QAction *editAction() const { return m_edit; }

    QAction *deleteAction() const { return m_delete; }

    QAction *testAction() const { return m_test; }

    QAction *reloadAction() const { return m_reload; }

    //! The dialog open now (new token, token created, webhook editor, delete confirmation).
    QDialog *activeDialog() const;

    //! The key (id) of the selected row, empty without a selection.
    QString selectedKey() const;
    //! Selects the row of \a key; false when it is not shown.
    bool selectKey(const QString &key);

    //! What the page says after a write ("Test event sent: 200 OK").
    QString statusText() const;

Q_SIGNALS:
    void statusChanged(const QString &text);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void fitColumns();
    void buildActions();
    void updateState();
    void updateActions();
    void setStatus(const QString &text);
    void onSelectionChanged();
    void newToken();
    void showCreatedToken(const QString &name, const QString &secret);
    void editWebhook(bool create);
    void confirmDelete();
    void sendTest();

    Models::AdminArea m_area;
    QPointer<Models::AdminDirectory> m_directory;
    QPointer<Models::AdminWriter> m_writer;
    QList<QMetaObject::Connection> m_bindings;
    QLabel *m_title;
    QLineEdit *m_search;
    QLabel *m_status;
    QStackedWidget *m_stack;
    StatePage *m_state;
    QTableView *m_table;
    QWidget *m_details = nullptr;
    QLabel *m_detailsTitle = nullptr;
    QTableView *m_receipts = nullptr;
    QAction *m_reload;
    QAction *m_new = nullptr;
    QAction *m_edit = nullptr;
    QAction *m_delete = nullptr;
    QAction *m_test = nullptr;
    QList<QToolButton *> m_buttons;
    QPointer<QDialog> m_dialog;
    QString m_keptKey; //!< selected before a reload reset the table
};

} // namespace Dbtc::Ui
