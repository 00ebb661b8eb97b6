#include "casefiles/PageViewer.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace cluedesk::ui {
namespace {
constexpr int kDpi = 120; // sharp enough for reading a scan at full size, quick to render
}

PageViewer::PageViewer(QWidget* parent) : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* bar = new QHBoxLayout;
    m_previous = new QToolButton;
    m_previous->setIcon(style()->standardIcon(QStyle::SP_ArrowBack));
    m_previous->setToolTip(tr("Previous page (Page Up)"));
    m_previous->setShortcut(QKeySequence(Qt::Key_PageUp));
    m_next = new QToolButton;
    m_next->setIcon(style()->standardIcon(QStyle::SP_ArrowForward));
    m_next->setToolTip(tr("Next page (Page Down)"));
    m_next->setShortcut(QKeySequence(Qt::Key_PageDown));
    m_pageBox = new QSpinBox;
    m_pageBox->setPrefix(tr("Page "));
    m_of = new QLabel;
    m_fitButton = new QToolButton;
    m_fitButton->setText(tr("Full size"));
    m_fitButton->setCheckable(true);
    m_fitButton->setToolTip(tr("Show the page at full size instead of fitted to the width"));
    bar->addWidget(m_previous);
    bar->addWidget(m_pageBox);
    bar->addWidget(m_of);
    bar->addWidget(m_next);
    bar->addStretch();
    bar->addWidget(m_fitButton);
    layout->addLayout(bar);
    m_canvas = new QLabel;
    m_canvas->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    m_canvas->setWordWrap(true);
    m_scroll = new QScrollArea;
    m_scroll->setWidget(m_canvas);
    m_scroll->setWidgetResizable(true);
    m_scroll->setBackgroundRole(QPalette::Dark);
    layout->addWidget(m_scroll, 1);
    m_scroll->viewport()->installEventFilter(this);
    connect(m_previous, &QToolButton::clicked, this, [this] { showPage(m_page - 1); });
    connect(m_next, &QToolButton::clicked, this, [this] { showPage(m_page + 1); });
    connect(m_pageBox, &QSpinBox::valueChanged, this, [this](int p) {
        if (p != m_page)
            showPage(p);
    });
    connect(m_fitButton, &QToolButton::toggled, this, [this](bool full) {
        m_fit = !full;
        present();
    });
    setSource(nullptr);
}

void PageViewer::setSource(std::shared_ptr<CaseFileSource> source, const QString& message)
{
    m_source = std::move(source);
    m_pages = m_source ? m_source->pageCount() : 0;
    m_message = message;
    m_page = 0;
    m_image = QImage();
    for (QWidget* w : std::initializer_list<QWidget*>{m_previous, m_next, m_pageBox, m_fitButton})
        w->setEnabled(m_pages > 0);
    m_pageBox->setRange(m_pages > 0 ? 1 : 0, m_pages);
    m_of->setText(m_pages > 0 ? tr("of %1").arg(m_pages) : QString());
    if (m_pages > 0)
        showPage(1);
    else
        present();
}

void PageViewer::setBlank(int pages, const QString& message)
{
    setSource(nullptr, message);
    m_pages = pages;
    for (QWidget* w : std::initializer_list<QWidget*>{m_previous, m_next, m_pageBox})
        w->setEnabled(m_pages > 0);
    m_pageBox->setRange(m_pages > 0 ? 1 : 0, m_pages);
    m_of->setText(m_pages > 0 ? tr("of %1").arg(m_pages) : QString());
    if (m_pages > 0)
        showPage(1);
}

void PageViewer::showPage(int page)
{
    if (page < 1 || page > m_pages)
        return;
    if (page != m_page) {
        m_page = page;
        m_image = m_source ? m_source->pageImage(page - 1, kDpi) : QImage();
        const QSignalBlocker block(m_pageBox);
        m_pageBox->setValue(page);
        m_previous->setEnabled(page > 1);
        m_next->setEnabled(page < m_pages);
        m_scroll->verticalScrollBar()->setValue(0);
        Q_EMIT pageChanged(page);
    }
    present();
}

bool PageViewer::eventFilter(QObject* watched, QEvent* event)
{
    // The viewport gets its final width after this widget's own resize: fit the page then.
    if (watched == m_scroll->viewport() && event->type() == QEvent::Resize && m_fit && !m_image.isNull()) {
        const int width = m_scroll->viewport()->width() - 8;
        if (m_canvas->pixmap().width() != std::min(width, m_image.width()))
            present();
    }
    return QWidget::eventFilter(watched, event);
}

void PageViewer::present()
{
    if (m_image.isNull()) {
        m_canvas->setPixmap(QPixmap());
        const QString text = m_source ? tr("This page cannot be shown.") : m_message;
        m_canvas->setText(QStringLiteral("<p style='color:#EEE; margin:24px'>%1</p>").arg(text.toHtmlEscaped()));
        return;
    }
    const int width = m_scroll->viewport()->width() - 8;
    const QImage shown =
        m_fit && width > 50 && m_image.width() > width ? m_image.scaledToWidth(width, Qt::SmoothTransformation) : m_image;
    m_canvas->setPixmap(QPixmap::fromImage(shown));
}

} // namespace cluedesk::ui
