// SPDX-License-Identifier: GPL-3.0-or-later
// The fault matrix as a table: one cell per fault kind and endpoint class, with what the
// user read and how it ended. tst_faultmatrix fills it; with DBTC_WRITE_RELIABILITY=<path>
// it writes docs/RELIABILITY.md from it, so the committed table is what the suite found.
#pragma once

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

struct ReliabilityCell
{
    QString outcome; //!< "pass", "expected-fail", "FAIL"
    QString reason; //!< why it is expected to fail
    QString seen; //!< what the user read where the error is shown
    qint64 recoveryMs = -1; //!< from the fault cleared to the data fresh again
    qint64 worstStallMs = 0;
    int posts = -1; //!< POSTs that reached the server for one click (write classes)
};

class ReliabilityReport
{
public:
    ReliabilityReport(QStringList kinds, QStringList classes)
        : m_kinds(std::move(kinds))
        , m_classes(std::move(classes))
    { }

    void record(const QString &kind, const QString &cls, const ReliabilityCell &cell)
    {
        m_cells.insert({ kind, cls }, cell);
    }

    bool isComplete() const { return m_cells.size() == m_kinds.size() * m_classes.size(); }

    QString markdown(const QString &header) const;
    bool write(const QString &path, const QString &header, QString *error) const;

private:
    QStringList m_kinds;
    QStringList m_classes;
    QMap<std::pair<QString, QString>, ReliabilityCell> m_cells;
};
