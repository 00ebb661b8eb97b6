#pragma once
// The valid ID numbers one edit away from a broken one, as an officer would look for them by
// hand: two neighbouring digits swapped, a digit misread (OCR or handwriting: 3/8, 1/7, O/0),
// one digit mistyped, the check character alone wrong, a digit missing or one too many, and the
// same edits in a 15-digit legacy number. Each comes with its kind and rank (1 most likely), so
// possible matches can be ordered and explained. Nothing here decides that two IDs are one
// person: that takes the same name in the pool, and the officer's confirmation.
#include <QDate>
#include <QString>
#include <vector>

namespace cluedesk {

struct NearId {
    enum class Kind { Swap, Confusable, Digit, CheckCharacter, Missing, Extra };
    QString key; // a valid 18-character ID
    Kind kind = Kind::Digit;
    int position = 0; // 1-based position in the number as written
    bool legacy15 = false;
    int rank() const;
    // One sentence: "第7、8位数字对调".
    QString reason() const;
};

class NearIds {
public:
    // Best first (rank, then position); each key once.
    static std::vector<NearId> of(QStringView written, const QDate& today = QDate::currentDate());
};

} // namespace cluedesk
