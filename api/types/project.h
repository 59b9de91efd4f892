// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/types/common.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace Dbtc::Api {

//! \brief A dbt project inside an account (v3 /projects/).
struct Project
{
    qint64 id = 0;
    qint64 accountId = 0;
    QString name;
    QString description;
    std::optional<qint64> connectionId;
    std::optional<qint64> repositoryId;
    std::optional<qint64> docsJobId;
    std::optional<qint64> freshnessJobId;
    QString dbtProjectSubdirectory;
    QString repositoryName; //!< repository.full_name when the repository is included
    QString connectionType; //!< connection.type ("snowflake", ...) when included
    ObjectState state = ObjectState::Unknown;
    QDateTime createdAt; //!< UTC
    QDateTime updatedAt;
};

} // namespace Dbtc::Api
