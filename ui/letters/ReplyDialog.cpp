#include "letters/ReplyDialog.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>

namespace cluedesk::ui {

ReplyDialog::ReplyDialog(const QString& number, const QDate& letterDate, QWidget* parent) : QDialog(parent)
{
    setWindowTitle(tr("Record reply to %1").arg(number));
    auto* form = new QFormLayout(this);
    m_date = new QDateEdit(QDate::currentDate());
    m_date->setObjectName(QStringLiteral("replyDate"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_date->setMinimumDate(letterDate);
    form->addRow(tr("Replied on:"), m_date);
    m_text = new QPlainTextEdit;
    m_text->setObjectName(QStringLiteral("replyText"));
    m_text->setPlaceholderText(tr("What the department did, e.g. 已停发养老金并追回多发金额"));
    form->addRow(tr("Reply:"), m_text);
    auto* fileRow = new QHBoxLayout;
    m_file = new QLabel(tr("(no file)"));
    m_file->setObjectName(QStringLiteral("replyFile"));
    auto* choose = new QPushButton(tr("Attach the reply..."));
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(choose);
    form->addRow(tr("File:"), fileRow);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Record reply"));
    buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    form->addRow(buttons);
    connect(m_text, &QPlainTextEdit::textChanged, this,
        [this, buttons] { buttons->button(QDialogButtonBox::Ok)->setEnabled(!text().isEmpty()); });
    connect(choose, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("The department's reply"), QString(),
            tr("Replies (*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.doc *.docx);;All files (*)"));
        if (path.isEmpty())
            return;
        m_filePath = path;
        m_file->setText(QFileInfo(path).fileName());
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(520, 300);
}

QDate ReplyDialog::date() const
{
    return m_date->date();
}

QString ReplyDialog::text() const
{
    return m_text->toPlainText().trimmed();
}

} // namespace cluedesk::ui
