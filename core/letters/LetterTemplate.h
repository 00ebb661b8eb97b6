#pragma once
// A letter template as data (resources/letters/<id>.json with an HTML body): its title, the
// prefix of its numbers (乐检救建〔2024〕3号), suggested addressees, the review decisions that
// allow it, default measures and the reply period.
#include "util/LocalText.h"
#include "util/Result.h"

#include <QStringList>
#include <vector>

namespace cluedesk {

struct LetterTemplate {
    QString id;
    LocalText title;
    QString numberPrefix; // may hold {office_short}
    QString addressee;    // "department" or "person"
    QStringList departments;
    QStringList allowedStatuses;
    LocalText defaultMeasures;
    int replyDays = 30;
    bool needsAmount = false;
    QStringList forModels; // models whose clues this letter is made for (offered first for them)
    QString body;          // HTML with {{placeholders}}

    static const std::vector<LetterTemplate>& all();
    static const LetterTemplate* find(const QString& id);
};

} // namespace cluedesk
