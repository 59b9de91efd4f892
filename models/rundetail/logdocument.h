// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QString>
#include <QThreadPool>

#include <atomic>
#include <cstdint>
#include <memory>
#include <vector>

namespace Dbtc::Models {

//! \brief How a log line reads: the viewer tints it and "next error" jumps between them.
enum class LogLineKind : std::uint8_t { Normal = 0, Warning = 1, Error = 2 };

//! \brief An immutable, indexed log text. Built off the GUI thread, then shared by pointer so a
//! 100 MB log never gets copied and a search can read it while the view paints it.
struct LogSnapshot
{
    QByteArray text; //!< raw UTF-8 as received (ANSI escapes included)
    std::vector<qint64> starts; //!< byte offset of every line start
    std::vector<LogLineKind> kinds; //!< one per line
    qint64 errorCount = 0;
    qint64 warningCount = 0;
    qint64 longestLine = 0; //!< in bytes, for the horizontal scroll range

    qint64 lineCount() const { return qint64(starts.size()); }

    //! The raw bytes of \a line without its line break (and without a trailing '\r').
    QByteArrayView rawLine(qint64 line) const;
};

//! \brief The colour an SGR sequence asked for, as written: the view turns it into a colour of
//! the current theme (an ANSI "red" must be a lighter red on a dark base).
struct LogColor
{
    enum Kind : quint8 { Default, Indexed, Rgb };

    Kind kind = Default;
    quint32 value = 0; //!< Indexed: xterm index 0-255 (0-7 normal, 8-15 bright); Rgb: 0xRRGGBB

    bool isDefault() const { return kind == Default; }

    friend bool operator==(const LogColor &, const LogColor &) = default;
};

//! \brief One coloured run of a displayed line (ANSI SGR colours).
struct LogSpan
{
    qsizetype start = 0;
    qsizetype length = 0;
    LogColor color;
    bool bold = false;
};

//! \brief A displayed line: ANSI escapes removed (kept as spans), tabs expanded.
struct LogLine
{
    QString text;
    QList<LogSpan> spans;
};

//! Splits \a raw into display text and colour spans; unknown escape sequences are dropped.
LogLine decodeLogLine(QByteArrayView raw);
//! \a raw without ANSI escapes (for copy, save and the fallback "tail of the log").
QString stripAnsi(QByteArrayView raw);
//! The classification the index uses: "ERROR"/"[error]"/"Error in"/"Failure in" vs "WARN".
LogLineKind classifyLogLine(QByteArrayView raw);

//! Builds the index of \a text. Pure and thread-safe; \a previous lets an append re-use \a previous
//! (its lines up to the last complete one) instead of rescanning everything.
std::shared_ptr<const LogSnapshot> indexLog(QByteArray text,
    const std::shared_ptr<const LogSnapshot> &previous = {},
    const std::atomic_bool *cancel = nullptr);

//! \brief The log a LogView shows. Large texts are indexed on a worker thread; small updates
//! (a live step log growing by a few lines) are indexed at once, re-using the previous index.
//! Searches run on a worker thread too and report every matching line.
class LogDocument final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogDocument)

public:
    //! Texts up to this size are indexed synchronously (about a millisecond per MB).
    static constexpr qint64 SyncIndexLimit = 2 * 1024 * 1024;

    explicit LogDocument(QObject *parent = nullptr);
    ~LogDocument() override;

    //! Replaces the text. When \a text starts with the current text (a growing live log), only
    //! the new tail is indexed and linesAppended() is emitted instead of reset().
    void setText(QByteArray text);
    //! Reads \a path and indexes it on a worker thread.
    void loadFile(const QString &path);
    void clear();

    std::shared_ptr<const LogSnapshot> snapshot() const { return m_snapshot; }

    qint64 lineCount() const { return m_snapshot ? m_snapshot->lineCount() : 0; }

    bool isLoading() const { return m_loading; }

    //! Next line at or after \a from (before, when \a backwards) of \a kind or worse; -1 if none.
    qint64 findKind(qint64 from, LogLineKind kind, bool backwards) const;

    //! Starts a case-insensitive search; searchFinished() delivers the matching lines.
    void search(const QString &needle);

    QString searchNeedle() const { return m_needle; }

    const std::vector<qint64> &matches() const { return m_matches; }

    //! Index into matches() of the first match at/after (or before) \a line; -1 if none.
    qsizetype matchNear(qint64 line, bool backwards) const;

Q_SIGNALS:
    void loadingChanged(bool loading);
    //! The whole text changed (new log, truncated live log, file loaded).
    void reset();
    //! Lines were added at the end (follow-tail scrolls to them).
    void linesAppended(qint64 oldCount, qint64 newCount);
    void searchFinished(const QString &needle, qint64 matchCount);
    void loadFailed(const QString &message);

private:
    void publish(std::shared_ptr<const LogSnapshot> snap, bool appended, quint64 generation);
    void rerunSearch();

    std::shared_ptr<const LogSnapshot> m_snapshot;
    quint64 m_generation = 0;
    quint64 m_searchGeneration = 0;
    bool m_loading = false;
    QString m_needle;
    std::vector<qint64> m_matches;
    // Own pool: the destructor waits for (and cancels) only this document's workers, which
    // post their results to `this` and so must not outlive it.
    QThreadPool *m_pool = nullptr;
    std::shared_ptr<std::atomic_bool> m_cancel;
};

//! Every line of \a snap whose text contains \a needle (ASCII case-insensitive). Thread-safe.
std::vector<qint64> searchLog(const LogSnapshot &snap,
    const QByteArray &needleUtf8,
    const std::atomic_bool *cancel = nullptr);

} // namespace Dbtc::Models
