// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/settings.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QStringDecoder>

namespace Dbtc::App {

namespace {

//! QSettings' INI reader skips what it cannot parse without saying so (status() stays
//! NoError for binary noise), then rewrites the file on the next change. What we and QSettings
//! write is UTF-8 text of "[group]", "key=value", blank and comment lines: anything else means
//! the file is damaged. A registry path (Windows) is not a file and is left to QSettings.
bool unreadableIni(const QString &path)
{
    QFile f(path);
    if (!QFileInfo(path).isFile() || !f.open(QIODevice::ReadOnly)) {
        return false;
    }
    const QByteArray bytes = f.read(64 * 1024 * 1024);
    if (bytes.contains('\0')) {
        return true;
    }
    QStringDecoder utf8(QStringDecoder::Utf8);
    const QString text = utf8.decode(bytes);
    if (utf8.hasError()) {
        return true;
    }
    for (QStringView line : QStringView(text).split(u'\n')) {
        line = line.trimmed();
        if (line.isEmpty() || line.startsWith(u'[') || line.startsWith(u';')
            || line.startsWith(u'#') || line.contains(u'=')) {
            continue;
        }
        return true;
    }
    return false;
}

} // namespace

Settings::Settings()
    : m_settings(std::make_unique<QSettings>())
{
    recoverFromCorruptFile();
}

Settings::Settings(const QString &iniPath)
    : m_settings(std::make_unique<QSettings>(iniPath, QSettings::IniFormat))
{
    recoverFromCorruptFile();
}

void Settings::recoverFromCorruptFile()
{
    // QSettings reads lazily and would otherwise run on with whatever parsed, then overwrite
    // the file on the next write: the user's connections gone without a word.
    if (m_settings->status() != QSettings::FormatError && !unreadableIni(m_settings->fileName())) {
        return;
    }
    const QString path = m_settings->fileName();
    const QString format = m_settings->format() == QSettings::IniFormat ? QStringLiteral("ini")
                                                                        : QStringLiteral("native");
    const QString aside = path + QStringLiteral(".corrupt-")
        + QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    m_settings.reset();
    const bool moved = QFile::rename(path, aside);
    m_settings = format == u"ini" ? std::make_unique<QSettings>(path, QSettings::IniFormat)
                                  : std::make_unique<QSettings>();
    m_recovery = moved ? QCoreApplication::translate("Dbtc::App::Settings",
                     "Your settings file could not be read, so the console started with "
                     "fresh settings. The old file is kept as %1.")
                             .arg(QDir::toNativeSeparators(aside))
                       : QCoreApplication::translate("Dbtc::App::Settings",
                           "Your settings file %1 could not be read; the console runs with fresh "
                           "settings.")
                             .arg(QDir::toNativeSeparators(path));
}

Settings::~Settings() = default;

QVariant Settings::value(const QString &key, const QVariant &defaultValue) const
{
    return m_settings->value(key, defaultValue);
}

void Settings::setValue(const QString &key, const QVariant &value)
{
    m_settings->setValue(key, value);
}

void Settings::remove(const QString &key)
{
    m_settings->remove(key);
}

QStringList Settings::childKeys(const QString &group) const
{
    m_settings->beginGroup(group);
    QStringList keys = m_settings->childKeys();
    m_settings->endGroup();
    return keys;
}

void Settings::sync()
{
    m_settings->sync();
}

QString Settings::location() const
{
    return m_settings->fileName();
}

} // namespace Dbtc::App
