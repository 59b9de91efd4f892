// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "artifacts/artifacttypes.h"

#include <QWidget>

#include <cstdint>
#include <memory>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTextBrowser;

namespace Dbtc::Models {
class ArtifactIndex;
} // namespace Dbtc::Models

namespace Dbtc::Ui {

//! \brief Everything about one node: its last result (error first), description (markdown,
//! doc blocks already resolved by dbt), config, columns merged with catalog types and stats,
//! the tests on it, parents and children as links, and its raw and compiled SQL.
class NodePage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NodePage)

public:
    explicit NodePage(QWidget *parent = nullptr);

    void setIndex(std::shared_ptr<const Models::ArtifactIndex> index);
    //! Shows the entity at \a entity in the index; -1 clears the page.
    void showEntity(int entity);

    int currentEntity() const { return m_entity; }

    QString currentUniqueId() const;

    //! For tests and screenshots: the info pane and the two SQL panes.
    QTextBrowser *infoView() const { return m_info; }

    QPlainTextEdit *compiledView() const { return m_compiled; }

    QPlainTextEdit *rawView() const { return m_raw; }

    //! The note above a code tab whose text was too long to show whole (hidden otherwise).
    QLabel *cutNote() const { return m_cutNote; }

    //! Writes the whole text of the current code tab to \a path (what "Save the whole SQL"
    //! does after asking where). False with the reason in \a error.
    bool saveCurrentCode(const QString &path, QString *error) const;

signals:
    //! A parent, child or test link was clicked.
    void nodeActivated(const QString &uniqueId);

protected:
    void changeEvent(QEvent *event) override;

private:
    QString infoHtml(int entity) const;
    void updateCutNote();
    void saveWholeCode();

    //! What each code tab shows, kept to save it whole.
    struct Code
    {
        Models::JsonText text;
        bool cut = false;
    };

    std::shared_ptr<const Models::ArtifactIndex> m_index;
    int m_entity = -1;
    QTextBrowser *m_info;
    QTabWidget *m_code;
    QPlainTextEdit *m_compiled;
    QPlainTextEdit *m_raw;
    QWidget *m_cutBar;
    QLabel *m_cutNote;
    QPushButton *m_saveWhole;
    Code m_compiledCode;
    Code m_rawCode;
};

} // namespace Dbtc::Ui
