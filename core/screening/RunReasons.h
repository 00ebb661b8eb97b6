#pragma once
// A clue's reason is rendered when the clue is read, not when a run finds it: rendering both
// languages for the 103,179 clues of one model on the 2M bench pool took 0.5 s of its 7 s and
// their texts a third of the clues table. The reason still says what the model said when it
// last found the clue: it is rendered from the evidence stored with the clue and from what that
// run kept (the model's templates, the county as set then), never from today's model or
// settings. Clues found before reasons were rendered late keep the texts stored with them.
#include "screening/ClueRules.h"
#include "screening/LocalArea.h"

namespace cluedesk {

class RunReasons {
public:
    // What a run keeps: the model's reason templates and the county, as JSON.
    static QString keep(const ModelDefinition& model, const QStringList& countyCodes, const QString& countyName);

    explicit RunReasons(const QString& kept); // empty: the run stored its reasons as texts
    bool renders() const { return m_renders; }
    QString render(const Evidence& evidence, const QString& key, const DatasetCatalog& catalog, Language language) const;

private:
    bool m_renders = false;
    ReasonTemplate m_zh{QString()}, m_en{QString()};
    LocalArea m_area;
};

} // namespace cluedesk
