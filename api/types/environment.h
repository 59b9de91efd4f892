// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/types/common.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace Dbtc::Api {

//! \brief The wire strings "development" and "deployment"; Unknown for old v2 shapes
//! that carry no type.
enum class EnvironmentType {
    Unknown,
    Development,
    Deployment,
};

//! \brief deployment_type: "production", "staging" or null (general deployment env).
enum class DeploymentType {
    None,
    Production,
    Staging,
    Other,
};

//! \brief An environment of a project (v3 /projects/{p}/environments/).
struct Environment
{
    qint64 id = 0;
    qint64 accountId = 0;
    qint64 projectId = 0;
    QString name;
    EnvironmentType type = EnvironmentType::Unknown;
    DeploymentType deploymentType = DeploymentType::None;
    QString dbtVersion; //!< e.g. "1.7.0-latest", "versionless"
    bool useCustomBranch = false;
    QString customBranch;
    std::optional<qint64> credentialsId;
    std::optional<qint64> connectionId;
    bool supportsDocs = false;
    ObjectState state = ObjectState::Unknown;
    QDateTime createdAt; //!< UTC; absent in some old captures
    QDateTime updatedAt;
};

QString environmentTypeText(EnvironmentType type);

} // namespace Dbtc::Api
