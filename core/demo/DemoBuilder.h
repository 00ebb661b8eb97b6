#pragma once
// Inside the demo generator (not for use elsewhere): the builder that plants the demo set's
// rows. DemoGenerator.cpp writes rows into the lists and renders them as files;
// DemoScenarios.cpp plants the overlaps every model must find and works out, by plain set
// logic, who each model should flag.
#include "demo/DemoGenerator.h"
#include "demo/DemoPeople.h"

namespace cluedesk::demo {

using Row = std::vector<DemoValue>;
using Set = std::set<QString>;

inline Set unite(const Set& a, const Set& b)
{
    Set out = a;
    out.insert(b.begin(), b.end());
    return out;
}
inline Set intersect(const Set& a, const Set& b)
{
    Set out;
    for (const QString& x : a)
        if (b.count(x))
            out.insert(x);
    return out;
}
inline Set minus(const Set& a, const Set& b)
{
    Set out;
    for (const QString& x : a)
        if (!b.count(x))
            out.insert(x);
    return out;
}
inline const QDate kAsOf(2024, 6, 30);

inline const QStringList kHardshipTypes = {QStringLiteral("subsistence"), QStringLiteral("disabled"),
    QStringLiteral("poverty-monitoring"), QStringLiteral("children-in-distress"), QStringLiteral("women-in-need"),
    QStringLiteral("workers-in-difficulty"), QStringLiteral("medical-aid")};
inline const QStringList kKeyGroupTypes = {QStringLiteral("subsistence"), QStringLiteral("poverty-monitoring"),
    QStringLiteral("disabled"), QStringLiteral("children-in-distress")};

struct Pension {
    QString id;
    QDate firstMonth, lastMonth;
    QDate raisedFrom; // the month of the yearly increase; invalid: the same amount throughout
};
struct Custody {
    QString id;
    QString sentence;
    QDate start, end;   // end invalid for life imprisonment (or a file that left it out)
    QString correction; // 矫正类别 (假释, 缓刑, 暂予监外执行); empty for prison
};
struct Filing {
    QString id;
    QDate filed;
    QString lawsuit; // an enforcement: the lawsuit whose judgment it enforces, as the demo wrote it
    QString caseNo;  // a lawsuit: its number as written
};
// A motor insurance claim: who claimed, whose car it was (empty: not on the row), and the true
// repair shop and assessor behind the names as written.
struct Claim {
    QString claimant, insured, owner, shop, assessor;
    QDate filed;
    QString agent; // the lawyer who brings it, if any
};
// A forest compensation payment, by its true year and village.
struct Subsidy {
    QString id;
    int year = 0;
    QString village;
    int area = 0; // mu
};
// A plot in the forest register.
struct Plot {
    QString id, village;
    int area = 0;
};
// A household registration: the person's true name, sex and birth date, the number it is under.
struct Registration {
    QString id, name;
    bool male = false;
    QDate birth;
    bool active = true;
};

// An administrative penalty: the case as the oracle knows it (normalised number), its party
// (an ID number or a credit code), the violation and the amount involved.
struct Penalty {
    QString caseNo, party, violation;
    double involved = 0;
    QDate decided;
};
// An employee claim in a bankruptcy, and the company register entry and contributions behind it.
struct LabourClaim {
    QString claimant, name, address, debtorCode;
    double amount = 0;
    QDate from, to; // from invalid: the claim gives no start
};
struct Company {
    QString code, representative, representativeAddress, shareholders;
    QDate revoked;
};
struct Contribution {
    QString id, employerCode;
    QDate month;
};
// One round of a judicial auction of a lot.
struct AuctionRound {
    QString caseNo, lot; // the case number normalised
    bool realEstate = false;
    QString round; // 一拍, 二拍, 变卖
    double appraised = 0, start = 0;
    QDate announced, starts;
    QString buyer, debtor;
};

class Builder {
public:
    explicit Builder(const DemoGenerator::Options& o) : people(o.seed), options(o) { }
    DemoSet build();

private:
    // Rows of each list and who is in it.
    std::map<QString, std::vector<Row>> rows;
    std::map<QString, Set> members;
    Set victimsUncompensated, victimsAll, minorsInProceedings, petitioners, applicantsUnpaid, nonLocalAided;
    Set civilVictims;                                  // plaintiffs of personal-injury, labour and maintenance cases
    Set applicantsUnfinished, respondentsUnfinished;   // of enforcements not completed
    std::vector<std::pair<QString, QString>> offences; // suspect, victim (of one case)
    std::vector<Pension> pensions;
    std::vector<Custody> custodies;
    std::vector<Filing> filings;
    std::vector<Registration> registrations;
    std::vector<Claim> claims;
    std::vector<Subsidy> subsidies;
    std::vector<Plot> plots;
    std::map<QString, QDate> deaths;
    std::vector<Penalty> penalties;
    Set policeSuspects;
    std::vector<LabourClaim> labourClaims;
    std::vector<Company> companies;
    std::vector<Contribution> contributions;
    std::vector<AuctionRound> auctionRounds;
    Set courtStaff;
    Set bigamists;
    std::vector<DemoCaseFile> caseFiles;
    DemoPeople people;
    DemoGenerator::Options options;
    int caseSeq = 100;

    QString caseNo(const char* pattern) { return QString::fromUtf8(pattern).arg(people.between(2021, 2024)).arg(++caseSeq); }
    void hardship(const QString& type, const DemoPerson& p, const QString& idText = {}, const QString& nameText = {});
    void victim(const DemoPerson& p, const QString& charge, const QString& summary, bool uncompensated, const QDate& accepted,
        const QString& idText = {}, const DemoPerson* suspect = nullptr);
    void execution(const DemoPerson* applicant, const DemoPerson* respondent, const QString& closure, const QDate& filed,
        const QString& basis = {});
    QString civil(const DemoPerson& plaintiff, const QDate& filed, const QString& cause = QStringLiteral("民间借贷纠纷"));
    void petition(const DemoPerson& p, const QString& kind, const QDate& date);
    void aided(const DemoPerson& p);
    void social(const DemoPerson& p);
    void pension(const DemoPerson& p, const QDate& from, const QDate& to, const QDate& raisedFrom = {});
    void custody(
        const DemoPerson& p, const QString& sentence, const QDate& start, const QDate& end, const QString& correction = {});
    // Returns the certificate number the registry gave.
    QString marriage(const DemoPerson& man, const DemoPerson& woman, const QString& kind, const QDate& date);
    // p registered under id (default p.id), the name written as nameText (default p.name).
    void household(const DemoPerson& p, const QString& id = {}, const QString& nameText = {}, const QString& state = {});
    void plantDoubleRegistrations();
    // claimant claims for the car of insured/owner (null: the row does not name them by ID); the
    // shop and assessor as written, and their true names for the oracle.
    void claim(const DemoPerson& claimant, const DemoPerson* insured, const DemoPerson* owner, const QString& shopWritten,
        const QString& shop, const QString& assessor, const QDate& filed, const QString& agent = {});
    void plantInsuranceClaims();
    // A payment for year in village, the year written as yearText (default "2023").
    // area 0: a random area (3 to 60 mu)
    void subsidy(const DemoPerson& p, int year, const QString& village, const QString& yearText = {}, int area = 0);
    void plot(const DemoPerson& p, const QString& village, int area);
    void death(const DemoPerson& p, const QDate& date);
    void plantForestSubsidies();
    // Supervision models 12-14 (DemoSupervision.cpp): the rows, the oracle, the files.
    QString creditCode();
    void penalty(const QString& party, const QString& partyName, bool organisation, const QString& violation, double involved,
        const QDate& decided, const QString& caseWritten, const QString& caseNo);
    void policeCase(const QString& suspect, const QString& suspectName, bool organisation, const QDate& accepted);
    void plantAdminPenalties();
    void company(const Company& c, const QString& name, const QString& representativeName);
    void contribute(
        const DemoPerson& p, const QString& employer, const QString& employerCode, const QDate& from, const QDate& to);
    void labourClaim(const DemoPerson& p, const QString& debtor, const QString& debtorCode, double amount, const QDate& from,
        const QDate& to, const QString& address = {});
    void plantBankruptcyClaims();
    void auction(const AuctionRound& a, const QString& caseWritten, const DemoPerson* buyer, const DemoPerson* debtor);
    void plantAuctions();
    void plantCourtLists();
    void expectSupervision(std::map<QString, Set>& e) const;
    void supervisionFiles(std::vector<DemoFile>& out);
    void plantScenarios();
    void plantFaithfulModels();
    void expectPensions(std::map<QString, Set>& e) const; // models 6 and 15
    // A court's divorce case; cert: the marriage certificate it names (empty: none).
    void courtDivorce(
        const DemoPerson& man, const DemoPerson& woman, const QString& outcome, const QDate& effective, const QString& cert);
    int certSeq = 0;
    Set registeredCerts, courtCerts;          // certificate numbers in the marriage registry, and in divorce cases
    std::vector<DemoPerson> unpaidApplicants; // model 2's planted applicants, given their cases later
    void background();
    void junkRows();
    std::map<QString, Set> expected() const;
    std::vector<DemoFile> files();
};

inline const char* const kUncompensated[] = {
    "被告人持木棍殴打被害人，致其轻伤二级，案发后被告人未赔偿被害人损失。",
    "被告人驾驶货车与被害人驾驶的电动车相撞，致被害人重伤，被告人无赔偿能力。",
    "被害人经抢救无效死亡，其家属生活困难，被告人至今未赔偿。",
    "被告人与被害人发生口角后持刀刺伤被害人，致其重伤二级，双方未达成调解协议。",
    "被告人肇事后逃逸，被害人右腿截肢，经鉴定为八级伤残。",
    "判决判令被告人予以赔偿被害人医疗费等损失，被告人至今未履行。", // an order, not a payment
};
inline const char* const kCompensated[] = {
    "双方达成调解协议，被告人已赔偿被害人经济损失人民币三万元。",
    "被告人赔偿到位，并取得被害人谅解。",
    "案发后被告人家属代为赔偿，被害人出具谅解书。",
};

} // namespace cluedesk::demo
