#pragma once
// One page of a case file as it looks: Poppler's rendering of a PDF page or the scan itself,
// fitted to the width of the pane or at full size, with page navigation.
#include "documents/CaseFileSource.h"

#include <QWidget>

class QLabel;
class QScrollArea;
class QSpinBox;
class QToolButton;

namespace cluedesk::ui {

class PageViewer : public QWidget {
    Q_OBJECT
public:
    explicit PageViewer(QWidget* parent = nullptr);
    // No source: shows `message` instead of pages.
    void setSource(std::shared_ptr<CaseFileSource> source, const QString& message = {});
    // Page navigation without images (a role that may not see them): `message` on every page.
    void setBlank(int pages, const QString& message);
    void showPage(int page); // 1-based
    int page() const { return m_page; }
    QImage image() const { return m_image; }

Q_SIGNALS:
    void pageChanged(int page);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void present();

    std::shared_ptr<CaseFileSource> m_source;
    int m_page = 0;
    int m_pages = 0;
    QString m_message;
    QImage m_image;
    bool m_fit = true;
    QScrollArea* m_scroll = nullptr;
    QLabel* m_canvas = nullptr;
    QSpinBox* m_pageBox = nullptr;
    QLabel* m_of = nullptr;
    QToolButton* m_previous = nullptr;
    QToolButton* m_next = nullptr;
    QToolButton* m_fitButton = nullptr;
};

} // namespace cluedesk::ui
