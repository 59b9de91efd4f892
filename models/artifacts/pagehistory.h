// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

namespace Dbtc::Models {

//! \brief Back/forward over the node pages a user opened, like a browser: visiting a node
//! after going back drops the forward entries. Keyed by unique_id so it survives reopening the
//! same artifacts (entity indices do not).
class PageHistory final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PageHistory)

public:
    explicit PageHistory(QObject *parent = nullptr);

    //! Records \a uniqueId as the current page (no-op when it already is).
    void visit(const QString &uniqueId);
    //! Steps back/forward and returns the node to show, or an empty string at the end.
    QString back();
    QString forward();
    void clear();

    bool canGoBack() const { return m_current > 0; }

    bool canGoForward() const { return m_current + 1 < m_pages.size(); }

    QString current() const { return m_current >= 0 ? m_pages.value(m_current) : QString(); }

    qsizetype size() const { return m_pages.size(); }

signals:
    void changed();

private:
    QStringList m_pages;
    qsizetype m_current = -1;
};

} // namespace Dbtc::Models
