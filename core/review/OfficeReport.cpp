#include "review/OfficeReport.h"

#include "ingest/XlsxWriter.h"
#include "pool/Pool.h"
#include "screening/ModelLibrary.h"

#include <QJsonArray>
#include <map>

namespace cluedesk {
namespace {

const char* kDecisions = "('eligible','ineligible','referred','assisted','confirmed','unfounded','suggested','corrected')";

QString yuan(qint64 fen)
{
    return QString::number(double(fen) / 100.0, 'f', 2);
}

} // namespace

OfficeReport OfficeReport::collect(Pool& pool, const QDate& from, const QDate& to)
{
    OfficeReport r;
    r.from = from;
    r.to = to;
    Database& db = pool.db();
    const QString f = from.toString(Qt::ISODate), t = to.toString(Qt::ISODate);
    std::map<QString, ReportRow> byModel;
    const ModelLibrary library = ModelLibrary::forPool(pool);
    auto row = [&](const QString& id) -> ReportRow& {
        ReportRow& x = byModel[id];
        if (x.modelId.isEmpty()) {
            x.modelId = id;
            const ModelEntry* e = library.find(id);
            x.title = e ? e->model.title : LocalText{id, id};
            x.workflow = e ? e->model.workflow : QString();
        }
        return x;
    };
    // Found in the period, by grade.
    Statement found = db.prepare(
        QStringLiteral("SELECT model_id, count(*), sum(grade = 'red'), sum(grade = 'orange'), sum(grade = 'yellow') FROM clues "
                       "WHERE substr(first_seen_at, 1, 10) BETWEEN ?1 AND ?2 GROUP BY model_id"));
    found.bind(1, f).bind(2, t);
    while (found.step()) {
        ReportRow& x = row(found.text(0));
        x.found = found.integer(1);
        x.red = found.integer(2);
        x.orange = found.integer(3);
        x.yellow = found.integer(4);
    }
    // Decided in the period: the clue's first decision falls in it; the days it took.
    Statement decided = db.prepare(QStringLiteral(
        "SELECT c.model_id, count(*), avg(julianday(substr(e.at, 1, 19)) - julianday(substr(c.first_seen_at, 1, 19))) "
        "FROM clues c JOIN clue_events e ON e.id = (SELECT min(id) FROM clue_events x WHERE x.clue_id = c.id AND "
        "x.to_status IN %1) WHERE substr(e.at, 1, 10) BETWEEN ?1 AND ?2 GROUP BY c.model_id")
                                       .arg(QString::fromLatin1(kDecisions)));
    decided.bind(1, f).bind(2, t);
    while (decided.step()) {
        ReportRow& x = row(decided.text(0));
        x.decided = decided.integer(1);
        x.daysToDecision = decided.real(2);
    }
    // Suggestions issued, corrections and the money they recovered, assistance given.
    Statement moved = db.prepare(
        QStringLiteral("SELECT c.model_id, e.to_status, count(DISTINCT c.id), total(e.recovered_fen) FROM clue_events e "
                       "JOIN clues c ON c.id = e.clue_id WHERE e.to_status IN ('suggested', 'corrected', 'assisted') AND "
                       "substr(e.at, 1, 10) BETWEEN ?1 AND ?2 GROUP BY c.model_id, e.to_status"));
    moved.bind(1, f).bind(2, t);
    while (moved.step()) {
        ReportRow& x = row(moved.text(0));
        const QString to = moved.text(1);
        (to == QLatin1String("suggested")          ? x.suggested
                : to == QLatin1String("corrected") ? x.corrected
                                                   : x.assisted) = moved.integer(2);
        if (to == QLatin1String("corrected"))
            x.recoveredFen = qint64(moved.real(3));
    }
    double days = 0;
    for (auto& [id, x] : byModel) {
        r.models.push_back(x);
        ReportRow& s = r.total;
        s.found += x.found;
        s.red += x.red;
        s.orange += x.orange;
        s.yellow += x.yellow;
        s.suggested += x.suggested;
        s.corrected += x.corrected;
        s.assisted += x.assisted;
        s.recoveredFen += x.recoveredFen;
        if (x.decided > 0) {
            days += x.daysToDecision * x.decided;
            s.decided += x.decided;
        }
    }
    r.total.modelId = QStringLiteral("total");
    r.total.title = {QStringLiteral("合计"), QStringLiteral("Total")};
    if (r.total.decided > 0)
        r.total.daysToDecision = days / r.total.decided;
    std::sort(r.models.begin(), r.models.end(),
        [](const ReportRow& a, const ReportRow& b) { return a.found != b.found ? a.found > b.found : a.modelId < b.modelId; });
    // Money: decided in the period, and paid (the decided amount of clues assisted in the period).
    r.decidedFen =
        db.scalar(QStringLiteral("SELECT total(amount_fen) FROM calculations WHERE decided = 1 AND substr(created_at, 1, 10) "
                                 "BETWEEN ?1 AND ?2"),
              {f, t})
            .toLongLong();
    r.paidFen = db.scalar(QStringLiteral("SELECT total((SELECT amount_fen FROM calculations k WHERE k.clue_id = e.clue_id AND "
                                         "k.decided = 1 ORDER BY k.id DESC LIMIT 1)) FROM clue_events e WHERE e.to_status = "
                                         "'assisted' AND substr(e.at, 1, 10) BETWEEN ?1 AND ?2"),
                      {f, t})
                    .toLongLong();
    // Letters: issued in the period, replies received in it, overdue at its end.
    r.lettersIssued =
        db.scalar(
              QStringLiteral("SELECT count(*) FROM letters WHERE status = 'issued' AND letter_date BETWEEN ?1 AND ?2"), {f, t})
            .toInt();
    r.lettersReplied =
        db.scalar(
              QStringLiteral("SELECT count(DISTINCT letter_id) FROM letter_replies WHERE reply_date BETWEEN ?1 AND ?2"), {f, t})
            .toInt();
    const QString end = std::min(to, pool.now().date()).toString(Qt::ISODate);
    r.lettersOverdue = db.scalar(QStringLiteral("SELECT count(*) FROM letters l WHERE status = 'issued' AND letter_date <= ?1 "
                                                "AND due_date <> '' AND due_date < ?1 AND NOT EXISTS (SELECT 1 FROM "
                                                "letter_replies p WHERE p.letter_id = l.id AND p.reply_date <= ?1)"),
                             {end})
                           .toInt();
    return r;
}

QStringList OfficeReport::header(Language language) const
{
    if (language == Language::Chinese)
        return {QStringLiteral("模型"), QStringLiteral("发现线索"), QStringLiteral("红色"), QStringLiteral("橙色"),
            QStringLiteral("黄色"), QStringLiteral("作出结论"), QStringLiteral("已制发建议"), QStringLiteral("已纠正"),
            QStringLiteral("已救助"), QStringLiteral("平均结论用时（天）"), QStringLiteral("追回金额（元）")};
    return {QStringLiteral("model"), QStringLiteral("found"), QStringLiteral("red"), QStringLiteral("orange"),
        QStringLiteral("yellow"), QStringLiteral("decided"), QStringLiteral("suggested"), QStringLiteral("corrected"),
        QStringLiteral("assisted"), QStringLiteral("days to decision"), QStringLiteral("recovered (yuan)")};
}

std::vector<QStringList> OfficeReport::rows(Language language) const
{
    std::vector<QStringList> out;
    auto line = [language](const ReportRow& x) {
        return QStringList{x.title.text(language), QString::number(x.found), QString::number(x.red), QString::number(x.orange),
            QString::number(x.yellow), QString::number(x.decided), QString::number(x.suggested), QString::number(x.corrected),
            QString::number(x.assisted), x.daysToDecision < 0 ? QString() : QString::number(x.daysToDecision, 'f', 1),
            yuan(x.recoveredFen)};
    };
    for (const ReportRow& x : models)
        out.push_back(line(x));
    out.push_back(line(total));
    return out;
}

std::vector<std::pair<QString, QString>> OfficeReport::figures(Language language) const
{
    const bool zh = language == Language::Chinese;
    return {{zh ? QStringLiteral("期间") : QStringLiteral("period"),
                from.toString(Qt::ISODate) + (zh ? QStringLiteral(" 至 ") : QStringLiteral(" to ")) + to.toString(Qt::ISODate)},
        {zh ? QStringLiteral("决定救助金额（元）") : QStringLiteral("assistance decided (yuan)"), yuan(decidedFen)},
        {zh ? QStringLiteral("已发放救助金额（元）") : QStringLiteral("assistance paid (yuan)"), yuan(paidFen)},
        {zh ? QStringLiteral("追回金额（元）") : QStringLiteral("money recovered (yuan)"), yuan(total.recoveredFen)},
        {zh ? QStringLiteral("制发文书") : QStringLiteral("letters issued"), QString::number(lettersIssued)},
        {zh ? QStringLiteral("收到回复") : QStringLiteral("letters replied"), QString::number(lettersReplied)},
        {zh ? QStringLiteral("逾期未回复") : QStringLiteral("letters overdue"), QString::number(lettersOverdue)}};
}

QJsonObject OfficeReport::toJson() const
{
    auto json = [](const ReportRow& x) {
        QJsonObject o{{QStringLiteral("model"), x.modelId}, {QStringLiteral("title"), x.title.text(Language::Chinese)},
            {QStringLiteral("found"), x.found}, {QStringLiteral("red"), x.red}, {QStringLiteral("orange"), x.orange},
            {QStringLiteral("yellow"), x.yellow}, {QStringLiteral("decided"), x.decided},
            {QStringLiteral("suggested"), x.suggested}, {QStringLiteral("corrected"), x.corrected},
            {QStringLiteral("assisted"), x.assisted}, {QStringLiteral("recovered_yuan"), double(x.recoveredFen) / 100.0}};
        if (x.daysToDecision >= 0)
            o.insert(QStringLiteral("days_to_decision"), x.daysToDecision);
        return o;
    };
    QJsonArray models;
    for (const ReportRow& x : this->models)
        models.append(json(x));
    return {{QStringLiteral("from"), from.toString(Qt::ISODate)}, {QStringLiteral("to"), to.toString(Qt::ISODate)},
        {QStringLiteral("models"), models}, {QStringLiteral("total"), json(total)},
        {QStringLiteral("assistance_decided_yuan"), double(decidedFen) / 100.0},
        {QStringLiteral("assistance_paid_yuan"), double(paidFen) / 100.0}, {QStringLiteral("letters_issued"), lettersIssued},
        {QStringLiteral("letters_replied"), lettersReplied}, {QStringLiteral("letters_overdue"), lettersOverdue}};
}

Status OfficeReport::writeXlsx(const QString& path, Language language) const
{
    XlsxWriter w(path);
    if (Status s = w.beginSheet(language == Language::Chinese ? QStringLiteral("工作统计") : QStringLiteral("figures"),
            {34, 10, 8, 8, 8, 10, 12, 10, 10, 18, 16});
        !s)
        return s;
    w.addTextRow(header(language));
    for (const QStringList& cells : rows(language)) {
        std::vector<XlsxWriter::Cell> row{XlsxWriter::Cell::t(cells[0])};
        for (qsizetype i = 1; i < cells.size(); ++i)
            row.push_back(cells[i].isEmpty() ? XlsxWriter::Cell{} : XlsxWriter::Cell::n(cells[i].toDouble()));
        w.addRow(row);
    }
    w.addTextRow({});
    for (const auto& [label, value] : figures(language)) {
        bool number = false;
        const double v = value.toDouble(&number);
        w.addRow({XlsxWriter::Cell::t(label), number ? XlsxWriter::Cell::n(v) : XlsxWriter::Cell::t(value)});
    }
    if (Status s = w.endSheet(); !s)
        return s;
    return w.close();
}

} // namespace cluedesk
