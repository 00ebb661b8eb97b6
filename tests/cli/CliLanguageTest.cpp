// The command line speaks Chinese by default, like the GUI; English with --lang en, CLUEDESK_LANG=en
// or an English locale.
#include "TestSupport.h"

#include <QProcess>
#include <QProcessEnvironment>

namespace {

testing::CliRun run(const QStringList& args, const QMap<QString, QString>& vars)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char* name : {"CLUEDESK_LANG", "LANG", "LANGUAGE", "LC_ALL", "LC_MESSAGES"})
        env.remove(QString::fromLatin1(name));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    for (auto it = vars.begin(); it != vars.end(); ++it)
        env.insert(it.key(), it.value());
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(CLUEDESK_CLI), args);
    REQUIRE(p.waitForFinished(60000));
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

} // namespace

TEST_CASE("the CLI speaks Chinese by default and English when asked", "[cli][i18n]")
{
    // a server's C locale is no choice of language: Chinese
    const auto plain = run({QStringLiteral("--help")}, {{QStringLiteral("LANG"), QStringLiteral("C")}});
    CHECK(plain.out.startsWith(QStringLiteral("用法：cluedesk-cli")));
    CHECK(plain.out.contains(QStringLiteral("运行筛查模型")));
    const auto wrong = run({QStringLiteral("nonsense")}, {{QStringLiteral("LANG"), QStringLiteral("C")}});
    CHECK(wrong.exitCode == 2);
    CHECK(wrong.err.contains(QStringLiteral("未知命令“nonsense”")));
    // a Chinese locale, and --lang zh over an English one
    CHECK(run({QStringLiteral("--help")}, {{QStringLiteral("LANG"), QStringLiteral("zh_CN.UTF-8")}})
              .out.startsWith(QStringLiteral("用法：")));
    CHECK(run({QStringLiteral("--lang"), QStringLiteral("zh"), QStringLiteral("--help")},
        {{QStringLiteral("LANG"), QStringLiteral("en_US.UTF-8")}})
              .out.startsWith(QStringLiteral("用法：")));
    // English: --lang en, CLUEDESK_LANG=en, an English locale
    CHECK(run({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--help")}, {})
              .out.startsWith(QStringLiteral("Usage: cluedesk-cli")));
    CHECK(run({QStringLiteral("--help")}, {{QStringLiteral("CLUEDESK_LANG"), QStringLiteral("en")}})
              .out.startsWith(QStringLiteral("Usage: ")));
    const auto english = run({QStringLiteral("--bogus")}, {{QStringLiteral("LANG"), QStringLiteral("en_US.UTF-8")}});
    CHECK(english.err.contains(QStringLiteral("unknown option --bogus")));
}
