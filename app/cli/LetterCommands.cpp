// letter, letters list|show|void|reply|overdue, letters templates
#include "Cli.h"

#include "documents/LetterPdf.h"
#include "letters/LetterRegister.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>

namespace cluedesk::cli {
namespace {

void printLetters(Context& ctx, Pool& pool, const std::vector<IssuedLetter>& letters)
{
    const QDate today = pool.now().date();
    TextTable table({QCoreApplication::translate("cli", "NUMBER"), QCoreApplication::translate("cli", "TEMPLATE"),
        QCoreApplication::translate("cli", "TO"), QCoreApplication::translate("cli", "DATE"),
        QCoreApplication::translate("cli", "PERSONS"), QCoreApplication::translate("cli", "STATUS"),
        QCoreApplication::translate("cli", "DUE"), QCoreApplication::translate("cli", "REPLY"),
        QCoreApplication::translate("cli", "BY")});
    for (const IssuedLetter& l : letters) {
        const LetterTemplate* t = LetterTemplate::find(l.templateId);
        const QString state = IssuedLetter::stateTitle(l.state(today)).text();
        table.add({l.number, t ? t->title.text() : l.templateId, l.department, l.date, QString::number(l.persons.size()),
            l.status == QLatin1String("void") ? QStringLiteral("%1: %2").arg(state, l.voidReason) : state, l.dueDate,
            l.replies.empty() ? QString() : l.replies.back().date + QLatin1Char(' ') + l.replies.back().text.left(30),
            l.createdBy});
    }
    table.print(ctx.out());
}

int letter(Context& ctx)
{
    QCommandLineParser p;
    const QCommandLineOption templ(QStringLiteral("template"),
        QCoreApplication::translate("cli", "Template id (see: letters templates)."), QStringLiteral("NAME"));
    const QCommandLineOption to(
        QStringLiteral("to"), QCoreApplication::translate("cli", "Addressee department."), QStringLiteral("DEPT"));
    const QCommandLineOption clues(QStringLiteral("clues"),
        QCoreApplication::translate("cli", "Clue numbers, comma separated; one letter may list several persons."),
        QStringLiteral("ID,..."));
    const QCommandLineOption out(
        QStringLiteral("out"), QCoreApplication::translate("cli", "PDF file to write."), QStringLiteral("FILE"));
    const QCommandLineOption date(
        QStringLiteral("date"), QCoreApplication::translate("cli", "Letter date (default today)."), QStringLiteral("DATE"));
    const QCommandLineOption deadline(QStringLiteral("deadline"),
        QCoreApplication::translate("cli", "Reply deadline (default: the template's reply period)."), QStringLiteral("DATE"));
    const QCommandLineOption measures(QStringLiteral("measures"),
        QCoreApplication::translate("cli", "Requested measures (default: the template's text)."), QStringLiteral("TEXT"));
    const QCommandLineOption full(QStringLiteral("full-ids"),
        QCoreApplication::translate("cli", "Print ID numbers in full in the annex (masked otherwise)."));
    for (const auto* o : {&templ, &to, &clues, &out, &date, &deadline, &measures, &full})
        p.addOption(*o);
    int code = Ok;
    if (!ctx.parse(p, QStringLiteral("--template NAME --to DEPT --clues ID,... --out FILE.pdf"),
            QCoreApplication::translate("cli",
                "Writes a letter about decided clues, takes the next number of the register and saves it as PDF. "
                "A letter is only written after a verification decision was recorded."),
            code))
        return code;
    if (!p.isSet(templ) || !p.isSet(clues) || !p.isSet(out))
        return ctx.failWith(QCoreApplication::translate("cli", "needs --template, --clues and --out")), Usage;
    LetterRequest r;
    r.templateId = p.value(templ);
    r.department = p.value(to);
    for (const QString& part : p.value(clues).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        bool ok = false;
        const qint64 id = part.trimmed().toLongLong(&ok);
        if (!ok)
            return ctx.failWith(QCoreApplication::translate("cli", "\"%1\" is not a clue number").arg(part)), Usage;
        r.clueIds.push_back(id);
    }
    if (!ctx.dateOption(p, date, r.date) || !ctx.dateOption(p, deadline, r.deadline))
        return Usage;
    r.measures = p.value(measures);
    r.fullIds = p.isSet(full);
    Pool* pool = ctx.pool();
    if (!pool)
        return Failed;
    if (r.fullIds && !ctx.allowFullIds(QStringLiteral("letter annex")))
        return Failed;
    auto draft = LetterComposer::compose(*pool, r);
    if (!draft)
        return ctx.failWith(draft.error().message);
    auto issued = LetterRegister(*pool).issue(*draft, [](const QString& html) { return LetterPdf::render(html); });
    if (!issued)
        return ctx.failWith(issued.error().message);
    const auto bytes = LetterRegister(*pool).pdf(issued->id);
    if (!bytes)
        return ctx.failWith(bytes.error().message);
    ctx.writeTo(p.value(out), *bytes, code);
    if (code != Ok)
        return ctx.failWith(QCoreApplication::translate(
            "cli", "letter %1 is registered; write its PDF again with: letters show \"%1\" --pdf FILE")
                                .arg(issued->number));
    ctx.out() << QCoreApplication::translate("cli", "Letter %1 to %2, %3 person(s): %4")
                     .arg(issued->number, issued->department)
                     .arg(issued->persons.size())
                     .arg(p.value(out))
              << '\n';
    return Ok;
}

int lettersList(Context& ctx)
{
    QCommandLineParser p;
    const QCommandLineOption year(
        QStringLiteral("year"), QCoreApplication::translate("cli", "Only this year."), QStringLiteral("YEAR"));
    p.addOption(year);
    int code = Ok;
    if (!ctx.parse(p, QStringLiteral("[--year YEAR]"), QCoreApplication::translate("cli", "Lists the letter register."), code))
        return code;
    Pool* pool = ctx.pool();
    if (!pool)
        return Failed;
    printLetters(ctx, *pool, LetterRegister(*pool).list(p.value(year).toInt()));
    return Ok;
}

int lettersOverdue(Context& ctx)
{
    QCommandLineParser p;
    int code = Ok;
    if (!ctx.parse(p, QString(), QCoreApplication::translate("cli", "Lists the issued letters whose reply is overdue."), code))
        return code;
    Pool* pool = ctx.pool();
    if (!pool)
        return Failed;
    const auto late = LetterRegister(*pool).overdue(pool->now().date());
    if (late.empty()) {
        ctx.out() << QCoreApplication::translate("cli", "No letter is overdue.") << '\n';
        return Ok;
    }
    printLetters(ctx, *pool, late);
    return Ok;
}

int lettersReply(Context& ctx)
{
    QCommandLineParser p;
    const QCommandLineOption date(
        QStringLiteral("date"), QCoreApplication::translate("cli", "Date of the reply (default today)."), QStringLiteral("DATE"));
    const QCommandLineOption text(
        QStringLiteral("text"), QCoreApplication::translate("cli", "What the department replied."), QStringLiteral("TEXT"));
    const QCommandLineOption file(QStringLiteral("file"),
        QCoreApplication::translate("cli", "The reply as a file (a scan, a PDF), kept in the pool."), QStringLiteral("FILE"));
    for (const auto* o : {&date, &text, &file})
        p.addOption(*o);
    p.addPositionalArgument(QStringLiteral("NUMBER"), QCoreApplication::translate("cli", "Letter number."));
    int code = Ok;
    if (!ctx.parse(p, QStringLiteral("NUMBER --text TEXT [--date DATE] [--file FILE]"),
            QCoreApplication::translate("cli",
                "Records a department's reply to a letter. The next screening then shows on each clue of the letter "
                "whether the problem went away."),
            code))
        return code;
    if (p.positionalArguments().size() != 1 || !p.isSet(text))
        return ctx.failWith(QCoreApplication::translate("cli", "needs one letter number and --text")), Usage;
    Pool* pool = ctx.pool();
    if (!pool)
        return Failed;
    QDate when = pool->now().date();
    if (!ctx.dateOption(p, date, when))
        return Usage;
    QByteArray bytes;
    QString fileName;
    if (p.isSet(file)) {
        QFile f(p.value(file));
        if (!f.open(QIODevice::ReadOnly))
            return ctx.failWith(
                QCoreApplication::translate("cli", "%1 could not be read: %2").arg(p.value(file), f.errorString()));
        bytes = f.readAll();
        fileName = QFileInfo(f).fileName();
    }
    const QString number = p.positionalArguments().first();
    if (Status s = LetterRegister(*pool).reply(number, when, p.value(text), fileName, bytes); !s)
        return ctx.failWith(s.error().message);
    ctx.out() << QCoreApplication::translate("cli", "Reply to %1 of %2 recorded.").arg(number, when.toString(Qt::ISODate))
              << '\n';
    return Ok;
}

int lettersShow(Context& ctx)
{
    QCommandLineParser p;
    const QCommandLineOption pdf(
        QStringLiteral("pdf"), QCoreApplication::translate("cli", "Write the letter's PDF to FILE."), QStringLiteral("FILE"));
    const QCommandLineOption replyFile(QStringLiteral("reply-file"),
        QCoreApplication::translate("cli", "Write the file of the latest reply that came with one to FILE."),
        QStringLiteral("FILE"));
    p.addOption(pdf);
    p.addOption(replyFile);
    p.addPositionalArgument(QStringLiteral("NUMBER"), QCoreApplication::translate("cli", "Letter number."));
    int code = Ok;
    if (!ctx.parse(p, QStringLiteral("NUMBER [--pdf FILE] [--reply-file FILE]"),
            QCoreApplication::translate("cli", "Shows a registered letter."), code))
        return code;
    if (p.positionalArguments().size() != 1)
        return ctx.failWith(QCoreApplication::translate("cli", "needs one letter number")), Usage;
    Pool* pool = ctx.pool();
    if (!pool)
        return Failed;
    LetterRegister reg(*pool);
    const auto l = reg.byNumber(p.positionalArguments().first());
    if (!l)
        return ctx.failWith(QCoreApplication::translate("cli", "there is no letter \"%1\" (see: letters list)")
                                .arg(p.positionalArguments().first()));
    ctx.out() << l->number << ' ' << l->department << ' ' << l->date << ' '
              << IssuedLetter::stateTitle(l->state(pool->now().date())).text() << ' '
              << QCoreApplication::translate("cli", "(reply due %1)").arg(l->dueDate) << '\n';
    for (const LetterReply& r : l->replies)
        ctx.out() << QCoreApplication::translate("cli", "  reply of %1 (recorded by %2): %3").arg(r.date, r.recordedBy, r.text)
                  << (r.fileName.isEmpty() ? QString() : QStringLiteral(" [%1]").arg(r.fileName)) << '\n';
    if (!l->auditHead.isEmpty())
        ctx.out() << QCoreApplication::translate("cli", "  audit head when issued: %1").arg(l->auditHead) << '\n';
    for (const QJsonValue& v : l->persons)
        ctx.out() << "  #" << v.toObject().value(QStringLiteral("clue")).toInteger() << ' '
                  << v.toObject().value(QStringLiteral("name")).toString() << '\n';
    if (p.isSet(pdf)) {
        const auto bytes = reg.pdf(l->id);
        if (!bytes)
            return ctx.failWith(bytes.error().message);
        ctx.writeTo(p.value(pdf), *bytes, code);
    }
    if (p.isSet(replyFile)) {
        const auto withFile =
            std::find_if(l->replies.rbegin(), l->replies.rend(), [](const LetterReply& r) { return !r.fileName.isEmpty(); });
        if (withFile == l->replies.rend())
            return ctx.failWith(QCoreApplication::translate("cli", "no reply to %1 came with a file").arg(l->number));
        const auto bytes = reg.replyFile(withFile->id);
        if (!bytes)
            return ctx.failWith(bytes.error().message);
        ctx.writeTo(p.value(replyFile), *bytes, code);
    }
    return code;
}

int lettersVoid(Context& ctx)
{
    QCommandLineParser p;
    const QCommandLineOption reason(
        QStringLiteral("reason"), QCoreApplication::translate("cli", "Why the letter is void."), QStringLiteral("TEXT"));
    p.addOption(reason);
    p.addPositionalArgument(QStringLiteral("NUMBER"), QCoreApplication::translate("cli", "Letter number."));
    int code = Ok;
    if (!ctx.parse(p, QStringLiteral("NUMBER --reason TEXT"),
            QCoreApplication::translate("cli", "Marks a letter void; its number stays used, so the register has no gaps."), code))
        return code;
    if (p.positionalArguments().size() != 1 || p.value(reason).trimmed().isEmpty())
        return ctx.failWith(QCoreApplication::translate("cli", "needs one letter number and --reason")), Usage;
    Pool* pool = ctx.pool();
    if (!pool)
        return Failed;
    if (Status s = LetterRegister(*pool).voidLetter(p.positionalArguments().first(), p.value(reason)); !s)
        return ctx.failWith(s.error().message);
    return Ok;
}

int lettersTemplates(Context& ctx)
{
    QCommandLineParser p;
    int code = Ok;
    if (!ctx.parse(p, QString(), QCoreApplication::translate("cli", "Lists the letter templates."), code))
        return code;
    Pool* pool = ctx.poolPath.isEmpty() ? nullptr : ctx.pool();
    const QString county = pool ? pool->setting(QStringLiteral("county.name")) : QString();
    TextTable table({QCoreApplication::translate("cli", "TEMPLATE"), QCoreApplication::translate("cli", "TITLE"),
        QCoreApplication::translate("cli", "NUMBER"), QCoreApplication::translate("cli", "ADDRESSEES"),
        QCoreApplication::translate("cli", "AFTER DECISION")});
    for (const LetterTemplate& t : LetterTemplate::all())
        table.add({t.id, t.title.text(), t.numberPrefix, t.departments.join(QStringLiteral(", ")),
            t.allowedStatuses.join(QStringLiteral(", "))});
    table.print(ctx.out());
    return Ok;
}

const Register r1({QStringLiteral("letter")}, QT_TRANSLATE_NOOP("cli", "write a numbered letter as PDF"), letter);
const Register r2(
    {QStringLiteral("letters"), QStringLiteral("list")}, QT_TRANSLATE_NOOP("cli", "list the letter register"), lettersList);
const Register r3({QStringLiteral("letters"), QStringLiteral("show")},
    QT_TRANSLATE_NOOP("cli", "show a letter, write its PDF again"), lettersShow);
const Register r4({QStringLiteral("letters"), QStringLiteral("void")},
    QT_TRANSLATE_NOOP("cli", "mark a letter void (its number stays used)"), lettersVoid);
const Register r6({QStringLiteral("letters"), QStringLiteral("reply")},
    QT_TRANSLATE_NOOP("cli", "record a department's reply to a letter"), lettersReply);
const Register r7({QStringLiteral("letters"), QStringLiteral("overdue")},
    QT_TRANSLATE_NOOP("cli", "list letters whose reply is overdue"), lettersOverdue);
const Register r5({QStringLiteral("letters"), QStringLiteral("templates")}, QT_TRANSLATE_NOOP("cli", "list the letter templates"),
    lettersTemplates);

} // namespace
} // namespace cluedesk::cli
