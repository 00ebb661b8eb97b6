#pragma once
// A realistic synthetic demo set: one file for each dataset type, in the formats and with the
// quirks bureau files really have (titles above headers, totals, GB18030, 15-digit IDs,
// damaged numeric IDs, traditional characters, HTML saved as .xls), and planted overlaps so
// that every built-in screening model finds positives, next to decoys it must pass over.
// The people each model should flag are worked out here by plain set logic on the planted
// rows, independently of the screening engine, so tests can hold the engine to them.
#include "demo/DemoWriter.h"

#include <map>
#include <set>

namespace cluedesk {

// A case document of the demo: rendered by the documents library (the demo command does).
struct DemoCaseFile {
    QString fileName;     // .pdf or .png
    bool scanned = false; // an image to OCR instead of a text layer
    QString caseNo;
    QString victimName;
    QString victimId; // empty: the document names the victim without an ID
    QString injury;
    bool compensated = false;
    bool hardship = false;
};

struct DemoSet {
    std::vector<DemoFile> files;
    std::vector<DemoCaseFile> caseFiles;
    std::map<QString, std::set<QString>> expectedClues;              // model id -> person keys, lists only
    std::map<QString, std::set<QString>> expectedCluesWithCaseFiles; // ... once the case files are added
    std::set<QString> nonLocalAided;                                 // for the local/non-local check of model 4
    QString readme;
};

class DemoGenerator {
public:
    struct Options {
        quint32 seed = 20240630;
        int background = 300; // people who appear in one list only
    };
    static DemoSet generate(const Options& options);
    static DemoSet generate() { return generate(Options{}); }
    // Writes the files, manifest.tsv ("type<TAB>file" per line) and README.txt.
    static Status writeTo(const QString& dir, const DemoSet& set);
};

} // namespace cluedesk
