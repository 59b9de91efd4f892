// SPDX-License-Identifier: GPL-3.0-or-later
// dbtc-posix-guarded: the POSIX open/stat path is behind #ifdef Q_OS_UNIX, QFile elsewhere.
#include "artifacts/artifactfile.h"

#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <limits>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace Dbtc::Models {

namespace {

std::atomic<qint64> g_defaultMax { DefaultMaxArtifactBytes };

// Reads happen in chunks so a cancel (a new file chosen, the window closed) stops a big read.
constexpr qint64 kChunk = qint64(16) << 20;
// No dbt artifact starts with this much blank space: past it the file is not one.
constexpr qint64 kMaxLeadingBlank = qint64(1) << 20;

bool isBlank(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

QString byteName(unsigned char c)
{
    if (c >= 0x21 && c < 0x7f) {
        return QStringLiteral("'%1'").arg(QLatin1Char(char(c)));
    }
    return QStringLiteral("0x%1").arg(uint(c), 2, 16, QChar(u'0'));
}

//! Looks at bytes [from, to) for the first non-blank one. Empty while only blanks were seen;
//! otherwise an error text, or "ok" as a null QString with \a decided set.
QString checkStart(const QByteArray &bytes, qint64 from, qint64 to, bool *decided)
{
    const char *data = bytes.constData();
    qint64 i = from;
    // A UTF-8 byte order mark is not JSON but some editors write one; simdjson skips it too.
    if (from == 0 && to >= 3 && data[0] == '\xEF' && data[1] == '\xBB' && data[2] == '\xBF') {
        i = 3;
    }
    for (; i < to; ++i) {
        if (isBlank(data[i])) {
            continue;
        }
        *decided = true;
        if (data[i] == '{') {
            return {};
        }
        return QStringLiteral("not a dbt artifact: it must start with a JSON object ('{'), "
                              "but byte %1 is %2")
            .arg(i)
            .arg(byteName(static_cast<unsigned char>(data[i])));
    }
    if (to > kMaxLeadingBlank) {
        *decided = true;
        return QStringLiteral("not a dbt artifact: the first %1 are blank")
            .arg(describeByteSize(kMaxLeadingBlank));
    }
    return {};
}

QString overLimit(qint64 size, qint64 maxBytes)
{
    return QStringLiteral("%1 is over the %2 limit for artifact files (raise it with "
                          "--max-artifact-size)")
        .arg(describeByteSize(size), describeByteSize(maxBytes));
}

#ifdef Q_OS_UNIX

QString kindOfNonFile(mode_t mode)
{
    if (S_ISFIFO(mode)) {
        return QStringLiteral("a named pipe (FIFO)");
    }
    if (S_ISCHR(mode) || S_ISBLK(mode)) {
        return QStringLiteral("a device");
    }
    if (S_ISSOCK(mode)) {
        return QStringLiteral("a socket");
    }
    if (S_ISDIR(mode)) {
        return QStringLiteral("a folder");
    }
    return QStringLiteral("not a regular file");
}

QString errnoText(int code)
{
    if (code == ELOOP) {
        return QStringLiteral("too many levels of symbolic links (a symlink loop?)");
    }
    return qt_error_string(code);
}

class Fd
{
public:
    explicit Fd(int fd)
        : m_fd(fd)
    { }

    ~Fd()
    {
        if (m_fd >= 0) {
            ::close(m_fd);
        }
    }

    Q_DISABLE_COPY_MOVE(Fd)

    int get() const { return m_fd; }

private:
    int m_fd;
};

#endif

} // namespace

qint64 defaultMaxArtifactBytes()
{
    return g_defaultMax.load();
}

void setDefaultMaxArtifactBytes(qint64 bytes)
{
    g_defaultMax.store(bytes > 0 ? bytes : DefaultMaxArtifactBytes);
}

std::optional<qint64> parseByteSize(const QString &text)
{
    QString t = text.trimmed().toLower();
    if (t.endsWith(u"ib")) {
        t.chop(2);
    } else if (t.endsWith(u'b')) {
        t.chop(1);
    }
    int shift = 0;
    if (!t.isEmpty()) {
        const QChar unit = t.back();
        shift = unit == u'k' ? 10 : unit == u'm' ? 20 : unit == u'g' ? 30 : unit == u't' ? 40 : 0;
        if (shift > 0) {
            t.chop(1);
        }
    }
    bool ok = false;
    const qint64 n = t.trimmed().toLongLong(&ok);
    if (!ok || n <= 0 || n > (std::numeric_limits<qint64>::max() >> shift)) {
        return std::nullopt;
    }
    return n << shift;
}

QString describeByteSize(qint64 bytes)
{
    static const char *const units[] = { "KiB", "MiB", "GiB", "TiB" };
    if (bytes < 1024) {
        return QStringLiteral("%1 bytes").arg(bytes);
    }
    double value = double(bytes);
    int unit = -1;
    while (value >= 1024 && unit < 3) {
        value /= 1024;
        ++unit;
    }
    const bool whole = value == double(qint64(value));
    return QStringLiteral("%1 %2").arg(
        QString::number(value, 'f', whole ? 0 : 1), QLatin1String(units[unit]));
}

bool readArtifactFile(const QString &path,
    qint64 maxBytes,
    qsizetype padding,
    const std::atomic_bool *cancel,
    QByteArray *out,
    QString *error)
{
    const auto fail = [&](const QString &why) {
        if (error) {
            *error = QStringLiteral("%1: %2").arg(path, why);
        }
        return false;
    };
    qint64 size = 0;
#ifdef Q_OS_UNIX
    const QByteArray native = QFile::encodeName(path);

    // stat first: open() on a FIFO waits for a writer, uninterruptibly for our purposes.
    struct stat st
    {
    };

    if (::stat(native.constData(), &st) != 0) {
        return fail(errnoText(errno));
    }
    if (!S_ISREG(st.st_mode)) {
        return fail(QStringLiteral("%1, not a file that can be read as an artifact")
                        .arg(kindOfNonFile(st.st_mode)));
    }
    // O_NONBLOCK: if the path was swapped for a FIFO after the stat, open() still returns.
    const Fd fd(::open(native.constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC));
    if (fd.get() < 0) {
        return fail(QStringLiteral("cannot open: %1").arg(errnoText(errno)));
    }
    if (::fstat(fd.get(), &st) != 0 || !S_ISREG(st.st_mode)) {
        return fail(QStringLiteral("%1, not a file that can be read as an artifact")
                        .arg(kindOfNonFile(st.st_mode)));
    }
    size = qint64(st.st_size);
    const auto readSome = [&fd](char *to, qint64 n) -> qint64 {
        for (;;) {
            const ssize_t got = ::read(fd.get(), to, size_t(n));
            if (got >= 0 || errno != EINTR) {
                return qint64(got);
            }
        }
    };
    const auto readError = [] {
        return errnoText(errno);
    };
#else
    const QFileInfo info(path);
    if (!info.exists()) {
        return fail(QStringLiteral("no such file"));
    }
    if (!info.isFile()) {
        return fail(QStringLiteral("not a file that can be read as an artifact"));
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Unbuffered)) {
        return fail(QStringLiteral("cannot open: %1").arg(file.errorString()));
    }
    size = file.size();
    const auto readSome = [&file](char *to, qint64 n) {
        return file.read(to, n);
    };
    const auto readError = [&file] {
        return file.errorString();
    };
#endif
    if (size > maxBytes) {
        return fail(overLimit(size, maxBytes));
    }
    if (size == 0) {
        return fail(QStringLiteral("the file is empty"));
    }
    QByteArray bytes;
    // The first chunk alone is allocated before the start is checked: a 2 GB file of zeros
    // costs one small read, not 2 GB of memory.
    const qint64 firstChunk = std::min<qint64>(size, 64 * 1024);
    bytes.reserve(qsizetype(firstChunk + padding));
    bytes.resize(qsizetype(firstChunk));
    qint64 got = 0;
    bool decided = false;
    while (got < size) {
        if (cancel && cancel->load()) {
            return fail(QStringLiteral("cancelled"));
        }
        if (got == firstChunk && bytes.size() < size) {
            bytes.reserve(qsizetype(size + padding));
            bytes.resize(qsizetype(size));
        }
        const qint64 want = std::min(kChunk, qint64(bytes.size()) - got);
        const qint64 n = readSome(bytes.data() + got, want);
        if (n < 0) {
            return fail(QStringLiteral("read error after %1 of %2 bytes: %3")
                            .arg(got)
                            .arg(size)
                            .arg(readError()));
        }
        if (n == 0) {
            break; // shrank while we read: reported below
        }
        if (!decided) {
            const QString bad = checkStart(bytes, got, got + n, &decided);
            if (!bad.isEmpty()) {
                return fail(bad);
            }
        }
        got += n;
    }
    if (got != size) {
        return fail(QStringLiteral("read error after %1 of %2 bytes: the file got shorter")
                        .arg(got)
                        .arg(size));
    }
    if (!decided) {
        return fail(QStringLiteral("the file is blank"));
    }
    *out = std::move(bytes);
    return true;
}

} // namespace Dbtc::Models
