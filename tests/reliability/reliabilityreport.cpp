// SPDX-License-Identifier: GPL-3.0-or-later
#include "reliabilityreport.h"

#include <QFile>
#include <QSaveFile>

namespace {

QString escaped(QString text)
{
    // One table cell: no line breaks, no column separators, and bounded (a server message
    // can be long; the table must stay readable).
    text.replace(QLatin1Char('\n'), QLatin1Char(' ')).replace(QLatin1Char('|'), QLatin1Char('/'));
    if (text.size() > 140) {
        text = text.left(139) + QChar(0x2026);
    }
    return text;
}

} // namespace

QString ReliabilityReport::markdown(const QString &header) const
{
    QString out = header;
    out += QStringLiteral("\n| fault kind |");
    for (const QString &c : m_classes) {
        out += QLatin1Char(' ') + c + QStringLiteral(" |");
    }
    out += QStringLiteral("\n|---|");
    for (qsizetype i = 0; i < m_classes.size(); ++i) {
        out += QStringLiteral("---|");
    }
    QStringList notes;
    int pass = 0;
    int xfail = 0;
    int fail = 0;
    for (const QString &k : m_kinds) {
        out += QStringLiteral("\n| `%1` |").arg(k);
        for (const QString &c : m_classes) {
            const auto it = m_cells.constFind({ k, c });
            if (it == m_cells.cend()) {
                out += QStringLiteral(" not run |");
                continue;
            }
            if (it->outcome == QLatin1String("pass")) {
                ++pass;
                out += QStringLiteral(" pass |");
            } else if (it->outcome == QLatin1String("expected-fail")) {
                ++xfail;
                // Cells failing for the same reason share one note.
                qsizetype note = notes.indexOf(it->reason);
                if (note < 0) {
                    notes << it->reason;
                    note = notes.size() - 1;
                }
                out += QStringLiteral(" expected-fail [%1] |").arg(note + 1);
            } else {
                ++fail;
                out += QStringLiteral(" **FAIL** |");
            }
        }
    }
    out +=
        QStringLiteral("\n\n%1 pass, %2 expected-fail, %3 fail.\n").arg(pass).arg(xfail).arg(fail);
    if (!notes.isEmpty()) {
        out += QStringLiteral("\n### Known failures\n\n");
        for (qsizetype i = 0; i < notes.size(); ++i) {
            out += QStringLiteral("%1. %2\n").arg(i + 1).arg(notes.at(i));
        }
    }
    out += QStringLiteral("\n### What the user reads, and how long recovery took\n\n"
                          "Recovery: from the moment the fault is cleared until the page shows "
                          "fresh data again, without F5. Stall: the longest time the GUI thread "
                          "did not answer a 20 ms timer during the cell.\n\n"
                          "| cell | shown | recovery | stall | POSTs |\n|---|---|---|---|---|\n");
    for (const QString &c : m_classes) {
        for (const QString &k : m_kinds) {
            const auto it = m_cells.constFind({ k, c });
            if (it == m_cells.cend()) {
                continue;
            }
            out += QStringLiteral("| %1 × `%2` | %3 | %4 | %5 ms | %6 |\n")
                       .arg(c,
                           k,
                           escaped(it->seen),
                           it->recoveryMs >= 0 ? QStringLiteral("%1 ms").arg(it->recoveryMs)
                                               : QStringLiteral("–"))
                       .arg(it->worstStallMs)
                       .arg(it->posts >= 0 ? QString::number(it->posts) : QStringLiteral("–"));
        }
    }
    return out;
}

bool ReliabilityReport::write(const QString &path, const QString &header, QString *error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text)) {
        *error = file.errorString();
        return false;
    }
    file.write(markdown(header).toUtf8());
    if (!file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}
