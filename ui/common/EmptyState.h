#pragma once
// The panel a screen shows while it has nothing yet: what is missing and how to get it.
#include <QLabel>

namespace cluedesk::ui {

inline QLabel* emptyState(const QString& html)
{
    auto* label = new QLabel(html);
    label->setAlignment(Qt::AlignCenter);
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("QLabel { border: 2px dashed #B8C4D0; border-radius: 8px; background: #F7F9FB; }"));
    return label;
}

} // namespace cluedesk::ui
