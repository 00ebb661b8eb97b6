#pragma once
// Synthetic case documents with known facts: indictments, judgments, forensic opinions,
// accident findings, settlement agreements and letters of understanding, rendered as born-
// digital PDFs (with a text layer), image-only PDFs (scans) or page images (also turned or
// skewed). The tests, the extraction-accuracy benchmark and the demo set use them; the facts
// they were written with are the ground truth.
#include "util/Result.h"

#include <QByteArray>
#include <QImage>
#include <QStringList>
#include <vector>

namespace cluedesk {

struct SyntheticCaseDocument {
    QString fileStem;
    QString docType;
    QString caseNo;
    QString charge;
    struct Victim {
        QString name;
        QString id; // empty when the document names no ID
    };
    std::vector<Victim> victims;
    // Everyone the document gives an ID number, with the role its words give them (defendant,
    // victim, relative, witness): the ground truth for role extraction.
    struct Person {
        QString name, id, role;
    };
    std::vector<Person> persons;
    QStringList phrasings; // which phrasing of each role was used: "victim-3", "witness-7"
    QString injury;        // 死亡, 重伤二级, 轻伤二级, 轻微伤 or empty
    bool compensated = false;
    bool hardship = false;
    QString town;
    QString date; // ISO date of the document
    QStringList paragraphs;
};

class CaseDocumentGenerator {
public:
    // Documents of every kind (起诉书, 判决书, 不起诉决定书, 询问笔录, 鉴定意见书, 交通事故认定书,
    // 和解协议, 谅解书) naming defendants, victims, relatives and witnesses in many phrasings
    // (at least ten per role, taken in turn), some victims without an ID.
    static std::vector<SyntheticCaseDocument> generate(int count, quint32 seed);
    // How many phrasings of a role generate() takes in turn.
    static int phrasingCount(const QString& role);
    // One specific document for tests: an indictment for intentional injury.
    static SyntheticCaseDocument indictment(const QString& victimName, const QString& victimId, const QString& injury,
        bool compensated, bool hardship, const QString& caseNo = QStringLiteral("乐检刑诉〔2023〕123号"));
    // Writes the demo set's case documents (PDF or PNG scans) into dir.
    static Status writeDemoCaseFiles(const QString& dir, const std::vector<struct DemoCaseFile>& files);
    // PDF; with textLayer=false every page is an image (a scan), rendered at dpi.
    // A font family may be given; the default is DocumentFont::family().
    static QByteArray pdf(const SyntheticCaseDocument& doc, bool textLayer, int dpi = 300, const QString& font = {});
    // The pages as images (grey), for scans; rotation in degrees, skew in degrees.
    static std::vector<QImage> pageImages(
        const SyntheticCaseDocument& doc, int dpi = 300, int rotation = 0, double skew = 0, const QString& font = {});
    static QByteArray png(const QImage& image);
};

} // namespace cluedesk
