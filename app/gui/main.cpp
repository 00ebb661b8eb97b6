// cluedesk: the desktop workstation.
#include "app/Application.h"
#include "app/MainWindow.h"
#include "common/PoolSession.h"
#include "common/UpgradeNotice.h"
#include "security/LoginDialog.h"
#include "security/PassphraseDialog.h"
#include "security/PoolLogin.h"
#include "util/LocalText.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QInputDialog>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QTimer>
#include <QTranslator>

using namespace cluedesk;

int main(int argc, char** argv)
{
    ui::Application app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("ClueDesk"));
    QApplication::setApplicationName(QStringLiteral("ClueDesk"));
    QApplication::setApplicationVersion(QStringLiteral(CLUEDESK_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("cluedesk"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("ClueDesk legal supervision workstation"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption poolOption(QStringLiteral("pool"), QStringLiteral("The pool file to open."), QStringLiteral("FILE"));
    const QCommandLineOption createOption(QStringLiteral("create"), QStringLiteral("Create the pool if it does not exist."));
    const QCommandLineOption langOption(
        QStringLiteral("lang"), QStringLiteral("zh or en (default: zh)."), QStringLiteral("LANG"));
    const QCommandLineOption userOption(
        QStringLiteral("user"), QStringLiteral("Who works (default: the system user)."), QStringLiteral("NAME"));
    const QCommandLineOption shotsOption(
        QStringLiteral("screenshots"), QStringLiteral("Save a PNG of every screen to DIR and quit."), QStringLiteral("DIR"));
    for (const auto* o : {&poolOption, &createOption, &langOption, &userOption, &shotsOption})
        parser.addOption(*o);
    parser.process(app);

    QSettings settings;
    const QString lang = parser.isSet(langOption)
        ? parser.value(langOption)
        : settings.value(QStringLiteral("ui/language"), QStringLiteral("zh")).toString();
    const Language language = lang.startsWith(QLatin1String("en")) ? Language::English : Language::Chinese;
    setCurrentLanguage(language);
    QTranslator ours, qtbase;
    if (language == Language::Chinese) {
        if (ours.load(QStringLiteral(":/i18n/cluedesk_zh_CN.qm")))
            QApplication::installTranslator(&ours);
        if (qtbase.load(QStringLiteral("qtbase_zh_CN"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QApplication::installTranslator(&qtbase);
    }

    QString path = parser.value(poolOption);
    bool create = parser.isSet(createOption);
    if (path.isEmpty())
        path = settings.value(QStringLiteral("pool/last")).toString();
    if (path.isEmpty()) {
        const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
        QDir().mkpath(dir);
        path = QDir(dir).filePath(QStringLiteral("office.pool"));
        create = true;
    }
    PoolOptions options;
    options.create = create;
    options.user = parser.value(userOption);
    options.passphrase = qgetenv("CLUEDESK_PASSPHRASE");
    ui::UpgradeNotice upgradeNotice; // an older pool is upgraded as it opens: say so
    options.upgrading = upgradeNotice.callback();
    if (create && !QFileInfo::exists(path) && options.passphrase.isEmpty()) {
        // A new pool is encrypted unless the officer chooses otherwise, knowingly.
        ui::PassphraseDialog choose(ui::PassphraseDialog::Purpose::NewPool, path);
        if (choose.exec() != QDialog::Accepted)
            return 1;
        options.passphrase = choose.passphrase();
    }
    std::unique_ptr<Pool> opened;
    if (options.passphrase.isEmpty() && !create && PoolLogin::opensWithPassword(path)) {
        // Each user opens an encrypted pool with their own password.
        ui::LoginDialog login(path, options, options.user);
        if (login.exec() == QDialog::Accepted)
            opened = login.takePool();
        else if (!login.wantsPassphrase())
            return 1;
    }
    if (!opened) {
        auto pool = Pool::open(path, options);
        // An encrypted pool asks for its passphrase (three tries); it is never taken from the command line.
        for (int attempt = 0; attempt < 3 && !pool &&
             (pool.error().code == QLatin1String("pool.needs-passphrase") ||
                 pool.error().code == QLatin1String("pool.wrong-passphrase"));
             ++attempt) {
            bool ok = false;
            const QString prompt = pool.error().code == QLatin1String("pool.wrong-passphrase")
                ? QObject::tr("Wrong passphrase. Passphrase for %1:").arg(QDir::toNativeSeparators(path))
                : QObject::tr("Passphrase for %1:").arg(QDir::toNativeSeparators(path));
            const QString text =
                QInputDialog::getText(nullptr, QObject::tr("ClueDesk"), prompt, QLineEdit::Password, QString(), &ok);
            if (!ok)
                return 1;
            options.passphrase = text.toUtf8();
            pool = Pool::open(path, options);
        }
        if (!pool) {
            QMessageBox::critical(nullptr, QObject::tr("ClueDesk"), pool.error().message);
            return 1;
        }
        if ((*pool)->hasUsers()) {
            ui::LoginDialog login(**pool, options.user);
            if (login.exec() != QDialog::Accepted)
                return 1;
        }
        opened = std::move(*pool);
    }
    upgradeNotice.done();
    options.upgrading = nullptr; // the session opens further connections to a pool already upgraded
    options.user = opened->user();
    settings.setValue(QStringLiteral("pool/last"), path);
    ui::PoolSession session(std::move(opened), options);
    crypto::wipe(options.passphrase); // the session keeps the key, not the passphrase
    ui::MainWindow window(session);
    window.resize(1366, 800);
    window.show();
    if (parser.isSet(shotsOption))
        QTimer::singleShot(300, &window, [&window, dir = parser.value(shotsOption)] {
            window.saveScreenshots(dir);
            QApplication::quit();
        });
    return app.exec();
}
