// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/commandline.h"
#include "app/connectioncheck.h"
#include "app/consoleapp.h"
#include "app/diffcommand.h"
#include "app/exportlineagecommand.h"
#include "app/keychainsecretstore.h"
#include "app/selectcommand.h"
#include "app/settings.h"
#include "app/singleinstance.h"
#include "app/translations.h"
#include "artifacts/artifactsummary.h"
#include "models/common/preferences.h"
#include "ui/widgets/theme.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QIcon>
#include <QLoggingCategory>
#include <QStandardPaths>

#include <cstdio>
#include <cstring>

namespace {

void setIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("dbt-cloud-console"));
    QCoreApplication::setApplicationName(QStringLiteral("dbt-cloud-console"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DBTC_VERSION));
}

//! Decided before any application object exists: a QApplication needs a display (and aborts
//! without one), so every mode that only prints (help, version, --summarize) gets a
//! QCoreApplication and works in CI, over ssh and in scripts.
bool wantsHeadless(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const char *a = argv[i];
        if (std::strcmp(a, "--") == 0) {
            break; // what follows is a path
        }
        if (std::strncmp(a, "--summarize", 11) == 0
            || std::strncmp(a, "--check-connection", 18) == 0 || std::strcmp(a, "--help-man") == 0
            || std::strcmp(a, "--help") == 0 || std::strcmp(a, "--help-all") == 0
            || std::strcmp(a, "-h") == 0 || std::strcmp(a, "-?") == 0
            || std::strcmp(a, "--version") == 0 || std::strcmp(a, "-v") == 0
            || std::strncmp(a, "--diff", 6) == 0 || std::strncmp(a, "--select", 8) == 0
            || std::strncmp(a, "--exclude", 9) == 0) {
            return true;
        }
    }
    return false;
}

int summarize(const QString &path)
{
    QString error;
    const QByteArray json = Dbtc::Models::summarizeArtifacts(path, &error);
    if (json.isEmpty()) {
        std::fprintf(stderr, "dbt-cloud-console: %s\n", qPrintable(error));
        return 1;
    }
    std::fwrite(json.constData(), 1, size_t(json.size()), stdout);
    std::fputc('\n', stdout);
    return 0;
}

//! A Wayland session gets the native Wayland platform when its plugin is installed and falls
//! back to XWayland otherwise (Qt takes a ';'-separated list). Without this, a system whose
//! Qt defaults to xcb runs under XWayland, and QT_QPA_PLATFORM=wayland without the plugin aborts.
void preferNativeWayland()
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")
        && !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")) {
        qputenv("QT_QPA_PLATFORM", QByteArrayLiteral("wayland;xcb"));
    }
}

} // namespace

int main(int argc, char *argv[])
{
    // HTTP tracing is for developers (QT_LOGGING_RULES="dbtc.*.debug=true"); tokens are
    // redacted there anyway, but a user's terminal should stay quiet.
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES")) {
        QLoggingCategory::setFilterRules(QStringLiteral("dbtc.*.debug=false"));
    }
    // --export-lineage paints text (fonts need a QGuiApplication) but never needs a display.
    if (Dbtc::App::wantsLineageExport(argc, argv)) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        QGuiApplication app(argc, argv);
        setIdentity();
        return Dbtc::App::exportLineageCommand(QGuiApplication::arguments());
    }
    // --summarize must work without a display (CI, scripts): no QApplication for it.
    if (wantsHeadless(argc, argv)) {
        QCoreApplication app(argc, argv);
        setIdentity();
        // --help and --version print and exit inside the parser.
        const auto commandLine = Dbtc::App::parseCommandLine(app);
        if (commandLine.diffMode) {
            return Dbtc::App::runDiffCommand(commandLine);
        }
        if (commandLine.selectMode) {
            return Dbtc::App::runSelectCommand(commandLine);
        }
        if (!commandLine.checkConnectionUrl.isEmpty()) {
            return Dbtc::App::checkConnection(commandLine.checkConnectionUrl);
        }
        return summarize(commandLine.summarizePath);
    }
    preferNativeWayland();
    QApplication app(argc, argv);
    setIdentity();
    // Ties the window to its launcher (docks, Wayland app id) as the desktop file names it.
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.dbtcloudconsole"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/dbt-cloud-console.svg")));
    Dbtc::App::installTranslations(&app); // the user's language, before any window exists
    const auto commandLine = Dbtc::App::parseCommandLine(app);

    Dbtc::App::Settings settings;
    // The theme chosen in View > Theme is remembered; --theme applies to this start only.
    const QString themeKey = Dbtc::Models::Preferences::kThemeKey;
    auto *theme = Dbtc::Ui::Theme::instance();
    if (const auto saved = Dbtc::Ui::Theme::fromName(settings.value(themeKey).toString())) {
        theme->setTheme(*saved);
    }
    if (const auto asked = Dbtc::Ui::Theme::fromName(commandLine.theme)) {
        theme->setTheme(*asked);
    }
    QObject::connect(theme,
        &Dbtc::Ui::Theme::themeChanged,
        &app,
        [&settings, themeKey](Dbtc::Ui::Theme::Kind kind) {
            settings.setValue(themeKey, Dbtc::Ui::Theme::name(kind));
        });
    // One window per user and profile: a second launch hands its file over and leaves. The
    // demo is a world of its own (and what scripts start), so it always gets its own window.
    Dbtc::App::SingleInstance instance(
        QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation));
    if (!commandLine.newInstance && !commandLine.demo) {
        QStringList paths;
        if (!commandLine.openPath.isEmpty()) {
            paths.append(QFileInfo(commandLine.openPath).absoluteFilePath()); // our cwd may differ
        }
        if (instance.forwardToRunning(paths)) {
            return 0;
        }
        QString error;
        if (!instance.listen(&error)) {
            qWarning(
                "dbt-cloud-console: runs without single-instance handover: %s", qPrintable(error));
        }
    }
    Dbtc::App::KeychainSecretStore secrets(QStringLiteral("dbt-cloud-console"));
    Dbtc::App::ConsoleApp console(commandLine, &secrets, &settings);
    QObject::connect(&instance,
        &Dbtc::App::SingleInstance::activated,
        &console,
        &Dbtc::App::ConsoleApp::activate);
    console.start();
    return QApplication::exec();
}
