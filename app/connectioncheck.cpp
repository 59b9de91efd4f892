// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/connectioncheck.h"

#include "api/client.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QUrl>

#include <cstdio>

namespace Dbtc::App {

int checkConnection(const QString &url)
{
    Api::ClientOptions options;
    options.baseUrl = QUrl::fromUserInput(url);
    options.accountId = 1; // the client wants one; the account list is not under an account
    options.retry.maxAttempts = 1; // a diagnosis, not a session: say what the first try met
    options.retry.requestTimeout = std::chrono::milliseconds(15000);
    Api::Client client(options);
    if (!client.configurationError().isEmpty()) {
        std::fprintf(stderr, "dbt-cloud-console: %s\n", qPrintable(client.configurationError()));
        return 1;
    }
    QEventLoop loop;
    int exitCode = 1;
    bool done = false;
    client.listAccounts(&loop, [&](const Api::Result<QList<Api::Account>> &result) {
        if (result.ok()) {
            std::printf("%s: reachable and trusted (answered without a token)\n", qPrintable(url));
            exitCode = 0;
        } else if (const Api::ApiError &e = result.error(); e.httpStatus > 0) {
            // 401 is the expected answer to a request without a token.
            std::printf("%s: reachable and trusted (HTTP %d)\n", qPrintable(url), e.httpStatus);
            exitCode = 0;
        } else {
            std::fprintf(stderr,
                "dbt-cloud-console: %s: %s\n",
                qPrintable(url),
                qPrintable(e.userMessage()));
        }
        done = true;
        loop.quit();
    });
    if (!done) { // an answer may come before the loop runs (a request refused unsent)
        loop.exec();
    }
    return exitCode;
}

} // namespace Dbtc::App
