// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/artifacts/recentfiles.h"

#include "models/common/settingsstore.h"

#include <QFileInfo>

namespace Dbtc::Models {

namespace {
const QString kKey = QStringLiteral("artifacts/recent");

//! What the settings hold is whatever an older version, another tool or a damaged file left
//! there: keep the first \a max distinct non-empty paths, so the menu never lists blanks,
//! twins or thousands of entries.
QStringList sanitized(const QStringList &stored, int max)
{
    QStringList out;
    for (const QString &p : stored) {
        if (out.size() >= max) {
            break;
        }
        if (!p.trimmed().isEmpty() && !out.contains(p)) {
            out << p;
        }
    }
    return out;
}
} // namespace

RecentFiles::RecentFiles(SettingsStore *settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
{
    if (!m_settings) {
        m_ownSettings = std::make_unique<MemorySettingsStore>();
        m_settings = m_ownSettings.get();
    }
    m_files = sanitized(m_settings->value(kKey).toStringList(), m_max);
}

RecentFiles::~RecentFiles() = default;

void RecentFiles::setMaxCount(int count)
{
    m_max = qMax(1, count);
    if (m_files.size() > m_max) {
        m_files = m_files.mid(0, m_max);
        save();
    }
}

void RecentFiles::add(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    m_files.removeAll(absolute);
    m_files.prepend(absolute);
    while (m_files.size() > m_max) {
        m_files.removeLast();
    }
    save();
}

void RecentFiles::remove(const QString &path)
{
    if (m_files.removeAll(QFileInfo(path).absoluteFilePath()) + m_files.removeAll(path) > 0) {
        save();
    }
}

void RecentFiles::clear()
{
    m_files.clear();
    save();
}

void RecentFiles::pruneMissing()
{
    const qsizetype before = m_files.size();
    m_files.removeIf([](const QString &p) {
        return !QFileInfo::exists(p);
    });
    if (m_files.size() != before) {
        save();
    }
}

void RecentFiles::save()
{
    m_settings->setValue(kKey, m_files);
    emit changed();
}

} // namespace Dbtc::Models
