// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/history/messagesignature.h"

#include <QCryptographicHash>
#include <QRegularExpression>

namespace Dbtc::Models {

namespace {

struct Rule
{
    QRegularExpression pattern;
    QString placeholder;
};

// Order matters: timestamps and uuids contain numbers, quoted values may contain anything.
const QList<Rule> &rules()
{
    static const QList<Rule> list = [] {
        const auto rx = [](const char *p) {
            return QRegularExpression(QString::fromLatin1(p),
                QRegularExpression::CaseInsensitiveOption
                    | QRegularExpression::UseUnicodePropertiesOption);
        };
        return QList<Rule> {
            { rx(R"('(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"|`[^`]*`)"), QStringLiteral("<q>") },
            { rx(R"(\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)"),
                QStringLiteral("<time>") },
            { rx(R"(\d{4}-\d{2}-\d{2})"), QStringLiteral("<date>") },
            { rx(R"(\d{1,2}:\d{2}:\d{2}(?:[.,]\d+)?)"), QStringLiteral("<time>") },
            { rx(R"(\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b)"),
                QStringLiteral("<id>") },
            // Query ids and SHAs: long hex tokens; job ids: long tokens mixing letters and
            // at least three digits (job_Xk2p9Qa81LmZ). Short names with a digit stay.
            { rx(R"(\b(?=[0-9a-f_-]*\d)[0-9a-f][0-9a-f_-]{11,}\b)"), QStringLiteral("<id>") },
            { rx(R"(\b(?=(?:[A-Za-z_]*\d){3})(?=\w*[A-Za-z])\w{10,}\b)"), QStringLiteral("<id>") },
            { rx(R"([-+]?\d+(?:[.,]\d+)*(?:e[-+]?\d+)?)"), QStringLiteral("<n>") },
            { rx(R"(\s+)"), QStringLiteral(" ") },
        };
    }();
    return list;
}

} // namespace

QString normalisedMessage(const QString &message)
{
    // The head of a message says what failed; a compiled query pasted after it would only cost
    // time (this runs on the GUI thread for each failing node).
    constexpr qsizetype kHead = 2000;
    QString text = message.left(kHead);
    for (const Rule &rule : rules()) {
        text.replace(rule.pattern, rule.placeholder);
    }
    return text.trimmed();
}

QString messageSignature(const QString &uniqueId, const QString &message)
{
    QCryptographicHash hash(QCryptographicHash::Sha1);
    hash.addData(uniqueId.toUtf8());
    hash.addData(QByteArrayView("\n", 1));
    hash.addData(normalisedMessage(message).toUtf8());
    return QString::fromLatin1(hash.result().toHex().left(16));
}

} // namespace Dbtc::Models
