// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/common/preferences.h"

#include "models/common/settingsstore.h"

#include <algorithm>

namespace Dbtc::Models {

namespace {

constexpr int kDefaultFast = 3; // PollSchedule::Intervals' defaults
constexpr int kDefaultSlow = 30;
constexpr int kDefaultCacheMiB = 2048;
constexpr int kDefaultHistoryDays = 90;
constexpr int kDefaultHistoryMiB = 500;

// A hand-edited or corrupt value falls back to the default instead of, say, polling every 0 s.
int boundedInt(const QVariant &v, int fallback, int lo, int hi)
{
    bool ok = false;
    const int n = v.toInt(&ok);
    return ok && n >= lo && n <= hi ? n : fallback;
}

} // namespace

Preferences::Preferences(SettingsStore *settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
{
    if (!m_settings) {
        m_own = std::make_unique<MemorySettingsStore>();
        m_settings = m_own.get();
    }
}

Preferences::~Preferences() = default;

QVariant Preferences::read(const QString &key, const QVariant &fallback) const
{
    return m_settings->value(key, fallback);
}

void Preferences::write(const QString &key, const QVariant &value)
{
    if (m_settings->value(key) == value) {
        return;
    }
    m_settings->setValue(key, value);
    Q_EMIT changed(key);
}

int Preferences::fastPollSeconds() const
{
    return boundedInt(read(kFastPollKey, kDefaultFast), kDefaultFast, 2, 60);
}

int Preferences::slowPollSeconds() const
{
    return std::max(
        fastPollSeconds(), boundedInt(read(kSlowPollKey, kDefaultSlow), kDefaultSlow, 10, 600));
}

void Preferences::setPollSeconds(int fast, int slow)
{
    fast = std::clamp(fast, 2, 60);
    slow = std::max(std::clamp(slow, 10, 600), fast);
    write(kFastPollKey, fast);
    write(kSlowPollKey, slow);
}

bool Preferences::notificationsEnabled() const
{
    return read(kNotifyKey, true).toBool();
}

void Preferences::setNotificationsEnabled(bool on)
{
    write(kNotifyKey, on);
}

bool Preferences::keepPollingWhenClosed() const
{
    return read(kKeepPollingKey, false).toBool();
}

void Preferences::setKeepPollingWhenClosed(bool keep)
{
    write(kKeepPollingKey, keep);
}

QString Preferences::theme() const
{
    const QString t = read(kThemeKey, QStringLiteral("system")).toString();
    return t == u"light" || t == u"dark" ? t : QStringLiteral("system");
}

void Preferences::setTheme(const QString &name)
{
    write(kThemeKey, name == u"light" || name == u"dark" ? name : QStringLiteral("system"));
}

int Preferences::artifactCacheLimitMiB() const
{
    return boundedInt(read(kArtifactCacheKey, kDefaultCacheMiB), kDefaultCacheMiB, 50, 100000);
}

void Preferences::setArtifactCacheLimitMiB(int mib)
{
    write(kArtifactCacheKey, std::clamp(mib, 50, 100000));
}

int Preferences::historyKeepDays() const
{
    return boundedInt(read(kHistoryDaysKey, kDefaultHistoryDays), kDefaultHistoryDays, 1, 3650);
}

void Preferences::setHistoryKeepDays(int days)
{
    write(kHistoryDaysKey, std::clamp(days, 1, 3650));
}

int Preferences::historyLimitMiB() const
{
    return boundedInt(read(kHistorySizeKey, kDefaultHistoryMiB), kDefaultHistoryMiB, 10, 100000);
}

void Preferences::setHistoryLimitMiB(int mib)
{
    write(kHistorySizeKey, std::clamp(mib, 10, 100000));
}

bool Preferences::readOnlyByDefault() const
{
    return read(kReadOnlyKey, false).toBool();
}

void Preferences::setReadOnlyByDefault(bool on)
{
    write(kReadOnlyKey, on);
}

QByteArray Preferences::windowGeometry() const
{
    return read(kWindowGeometryKey, {}).toByteArray();
}

QByteArray Preferences::windowState() const
{
    return read(kWindowStateKey, {}).toByteArray();
}

QByteArray Preferences::splitterState() const
{
    return read(kSplitterKey, {}).toByteArray();
}

void Preferences::setWindowLayout(
    const QByteArray &geometry, const QByteArray &state, const QByteArray &splitter)
{
    write(kWindowGeometryKey, geometry);
    write(kWindowStateKey, state);
    write(kSplitterKey, splitter);
}

void Preferences::resetToDefaults()
{
    for (const QString &key : { kFastPollKey,
             kSlowPollKey,
             kNotifyKey,
             kKeepPollingKey,
             kThemeKey,
             kArtifactCacheKey,
             kHistoryDaysKey,
             kHistorySizeKey,
             kReadOnlyKey,
             kWindowGeometryKey,
             kWindowStateKey,
             kSplitterKey }) {
        if (m_settings->value(key).isValid()) {
            m_settings->remove(key);
            Q_EMIT changed(key);
        }
    }
}

} // namespace Dbtc::Models
