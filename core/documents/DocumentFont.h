#pragma once
// The Song/Ming face that official documents and letters are set in, chosen among the fonts
// Debian ships (scripts/setup.sh installs them) for one more reason: its PDF text layer
// extracts right. Qt 6.4 PDFs set in Noto CJK put CJK radicals in the text layer (民 → ⺠);
// AR PL UMing and WenQuanYi do not, so a letter can be read back and searched.
#include <QString>

namespace cluedesk {

class DocumentFont {
public:
    static QString family();
};

} // namespace cluedesk
