#pragma once
// A small pool where the uncompensated-victims model has found three victims in hardship, for
// the review, amount and letter tests.
#include "../screening/ScreeningTestSupport.h"

#include "review/ReviewStore.h"

namespace review_test {

inline void decide(cluedesk::Pool& pool, qint64 clue, const QString& status, const QString& note);

struct VictimPool {
    testing::TempPool pool;
    QString first, second, third;
    qint64 clueOf(const QString& key) { return screening_test::clueOf(*pool, "uncompensated-victims-in-hardship", key).id; }

    VictimPool()
    {
        using testing::PoolBuilder;
        first = PoolBuilder::person(QDate(1980, 3, 1), 11);
        second = PoolBuilder::person(QDate(1975, 5, 2), 12);
        third = PoolBuilder::person(QDate(2010, 7, 3), 13);
        const QStringList victimHeader = {QStringLiteral("部门受案号"), QStringLiteral("案由"), QStringLiteral("被害人姓名"),
            QStringLiteral("被害人身份证号码"), QStringLiteral("受理日期"), QStringLiteral("案情摘要")};
        const QStringList listHeader = {QStringLiteral("姓名"), QStringLiteral("身份证号码"), QStringLiteral("乡镇（街道）")};
        PoolBuilder(pool)
            .list(QStringLiteral("victims"),
                {victimHeader,
                    {QStringLiteral("乐检刑诉〔2024〕1号"), QStringLiteral("故意伤害"), QStringLiteral("张一"), first,
                        QStringLiteral("2024-01-05"), QStringLiteral("被告人至今未赔偿。")},
                    {QStringLiteral("乐检刑诉〔2024〕2号"), QStringLiteral("交通肇事"), QStringLiteral("李二"), second,
                        QStringLiteral("2024-02-05"), QString()},
                    {QStringLiteral("乐检刑诉〔2024〕3号"), QStringLiteral("故意伤害"), QStringLiteral("王小三"), third,
                        QStringLiteral("2024-03-05"), QString()}})
            .list(QStringLiteral("subsistence"),
                {listHeader, {QStringLiteral("张一"), first, QStringLiteral("柳市镇")},
                    {QStringLiteral("李二"), second, QStringLiteral("白石街道")},
                    {QStringLiteral("王小三"), third, QStringLiteral("白石街道")}})
            .importAll();
        pool->setSetting(QStringLiteral("office.name"), QStringLiteral("乐清市人民检察院"));
        pool->setSetting(QStringLiteral("county.name"), QStringLiteral("乐清市"));
        pool->setSetting(QStringLiteral("county.prefix"), QStringLiteral("330382"));
        screening_test::run(*pool, "uncompensated-victims-in-hardship");
    }

    void decide(qint64 clue, const QString& status, const QString& note = QStringLiteral("经入户核实，家庭困难属实"))
    {
        review_test::decide(*pool, clue, status, note);
    }
};

} // namespace review_test

namespace review_test {
// new -> verifying -> status, with notes; REQUIREs every step.
inline void decide(cluedesk::Pool& pool, qint64 clue, const QString& status, const QString& note)
{
    cluedesk::ReviewStore review(pool);
    auto s = review.setStatus(clue, QStringLiteral("verifying"), QString());
    INFO(s.errorMessage().toStdString());
    REQUIRE(s.ok());
    s = review.setStatus(clue, status, note);
    INFO(s.errorMessage().toStdString());
    REQUIRE(s.ok());
}

} // namespace review_test
