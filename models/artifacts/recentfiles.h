// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>

namespace Dbtc::Models {

class SettingsStore;

//! \brief Most-recently-opened artifact files and folders, kept in the settings store
//! (key "artifacts/recent"). Newest first, no duplicates, at most maxCount() entries.
class RecentFiles final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecentFiles)

public:
    //! \a settings is not owned; nullptr = kept in memory only (nothing persisted).
    explicit RecentFiles(SettingsStore *settings = nullptr, QObject *parent = nullptr);
    ~RecentFiles() override;

    QStringList files() const { return m_files; }

    int maxCount() const { return m_max; }

    void setMaxCount(int count);

    //! Moves \a path to the front (absolute path, so "." and "target/" stay meaningful).
    void add(const QString &path);
    void remove(const QString &path);
    void clear();
    //! Drops entries that no longer exist on disk (e.g. a deleted target/ folder).
    void pruneMissing();

signals:
    void changed();

private:
    void save();

    SettingsStore *m_settings = nullptr;
    std::unique_ptr<SettingsStore> m_ownSettings;
    QStringList m_files;
    int m_max = 10;
};

} // namespace Dbtc::Models
