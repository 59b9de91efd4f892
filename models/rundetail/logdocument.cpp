// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/rundetail/logdocument.h"

#include <QCoreApplication>
#include <QFile>
#include <QMetaObject>

#include <algorithm>

namespace Dbtc::Models {

LogDocument::LogDocument(QObject *parent)
    : QObject(parent)
    , m_pool(new QThreadPool(this))
    , m_cancel(std::make_shared<std::atomic_bool>(false))
{
    m_pool->setMaxThreadCount(2);
}

LogDocument::~LogDocument()
{
    m_cancel->store(true);
    m_pool->waitForDone();
}

void LogDocument::setText(QByteArray text)
{
    const quint64 generation = ++m_generation;
    const auto previous = m_snapshot;
    const bool grows =
        previous && text.size() >= previous->text.size() && text.startsWith(previous->text);
    if (previous && text.size() == previous->text.size() && grows) {
        return; // a poll that brought nothing new
    }
    if (text.size() <= SyncIndexLimit) {
        publish(indexLog(std::move(text), grows ? previous : nullptr), grows, generation);
        return;
    }
    m_loading = true;
    Q_EMIT loadingChanged(true);
    const auto cancel = m_cancel;
    m_pool->start([this,
                      text = std::move(text),
                      previous = grows ? previous : nullptr,
                      grows,
                      generation,
                      cancel]() mutable {
        auto snap = indexLog(std::move(text), previous, cancel.get());
        QMetaObject::invokeMethod(
            this,
            [this, snap = std::move(snap), grows, generation]() mutable {
                publish(std::move(snap), grows, generation);
            },
            Qt::QueuedConnection);
    });
}

void LogDocument::loadFile(const QString &path)
{
    const quint64 generation = ++m_generation;
    m_loading = true;
    Q_EMIT loadingChanged(true);
    const auto cancel = m_cancel;
    m_pool->start([this, path, generation, cancel] {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            // Spelled out: lupdate cannot tell the class of a tr() inside a lambda.
            const QString message =
                QCoreApplication::translate("Dbtc::Models::LogDocument", "Cannot open %1: %2")
                    .arg(path, file.errorString());
            QMetaObject::invokeMethod(
                this,
                [this, message, generation] {
                    if (generation != m_generation) {
                        return;
                    }
                    m_loading = false;
                    Q_EMIT loadingChanged(false);
                    Q_EMIT loadFailed(message);
                },
                Qt::QueuedConnection);
            return;
        }
        auto snap = indexLog(file.readAll(), nullptr, cancel.get());
        QMetaObject::invokeMethod(
            this,
            [this, snap = std::move(snap), generation]() mutable {
                publish(std::move(snap), false, generation);
            },
            Qt::QueuedConnection);
    });
}

void LogDocument::clear()
{
    ++m_generation;
    m_snapshot.reset();
    m_matches.clear();
    if (m_loading) {
        m_loading = false;
        Q_EMIT loadingChanged(false);
    }
    Q_EMIT reset();
}

void LogDocument::publish(
    std::shared_ptr<const LogSnapshot> snap, bool appended, quint64 generation)
{
    if (generation != m_generation || !snap) {
        return; // superseded by a newer text, or cancelled
    }
    const qint64 oldCount = lineCount();
    // An append that re-indexed the previous partial last line keeps the line count steady.
    m_snapshot = std::move(snap);
    if (m_loading) {
        m_loading = false;
        Q_EMIT loadingChanged(false);
    }
    if (appended) {
        Q_EMIT linesAppended(oldCount, lineCount());
    } else {
        Q_EMIT reset();
    }
    if (!m_needle.isEmpty()) {
        rerunSearch();
    }
}

qint64 LogDocument::findKind(qint64 from, LogLineKind kind, bool backwards) const
{
    if (!m_snapshot) {
        return -1;
    }
    const auto &kinds = m_snapshot->kinds;
    const qint64 n = qint64(kinds.size());
    // A linear scan over one byte per line: a million lines is well under a millisecond.
    if (backwards) {
        for (qint64 i = std::min(from, n - 1); i >= 0; --i) {
            if (kinds[std::size_t(i)] >= kind) {
                return i;
            }
        }
    } else {
        for (qint64 i = std::max<qint64>(from, 0); i < n; ++i) {
            if (kinds[std::size_t(i)] >= kind) {
                return i;
            }
        }
    }
    return -1;
}

void LogDocument::search(const QString &needle)
{
    m_needle = needle;
    rerunSearch();
}

void LogDocument::rerunSearch()
{
    const quint64 generation = ++m_searchGeneration;
    m_matches.clear();
    if (m_needle.isEmpty() || !m_snapshot) {
        Q_EMIT searchFinished(m_needle, 0);
        return;
    }
    const auto snap = m_snapshot;
    const QByteArray needle = m_needle.toUtf8();
    const QString text = m_needle;
    const auto cancel = m_cancel;
    m_pool->start([this, snap, needle, text, generation, cancel] {
        auto lines = searchLog(*snap, needle, cancel.get());
        QMetaObject::invokeMethod(
            this,
            [this, lines = std::move(lines), text, generation]() mutable {
                if (generation != m_searchGeneration) {
                    return;
                }
                m_matches = std::move(lines);
                Q_EMIT searchFinished(text, qint64(m_matches.size()));
            },
            Qt::QueuedConnection);
    });
}

qsizetype LogDocument::matchNear(qint64 line, bool backwards) const
{
    if (m_matches.empty()) {
        return -1;
    }
    if (backwards) {
        auto it = std::upper_bound(m_matches.begin(), m_matches.end(), line);
        return it == m_matches.begin() ? -1 : qsizetype(it - m_matches.begin()) - 1;
    }
    auto it = std::lower_bound(m_matches.begin(), m_matches.end(), line);
    return it == m_matches.end() ? -1 : qsizetype(it - m_matches.begin());
}

} // namespace Dbtc::Models
