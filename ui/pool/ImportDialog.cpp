#include "pool/ImportDialog.h"

#include "util/Text.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cluedesk::ui {

ImportDialog::ImportDialog(const QStringList& files, DatasetCatalog catalog, QWidget* parent)
    : QDialog(parent), m_files(files), m_catalog(std::move(catalog))
{
    setWindowTitle(tr("Import lists"));
    resize(1000, 680);
    auto* layout = new QVBoxLayout(this);

    QStringList names;
    for (const QString& f : files)
        names << QFileInfo(f).fileName();
    auto* fileLabel = new QLabel(tr("<b>Files:</b> %1").arg(names.join(QStringLiteral("，")).toHtmlEscaped()));
    fileLabel->setWordWrap(true);
    layout->addWidget(fileLabel);

    auto* form = new QFormLayout;
    m_type = new QComboBox;
    m_type->setObjectName(QStringLiteral("type"));
    for (const DatasetType& t : m_catalog.types())
        m_type->addItem(QStringLiteral("%1（%2）").arg(t.title.text(), t.id), t.id);
    m_suggestion = new QLabel;
    m_suggestion->setStyleSheet(QStringLiteral("color: #555"));
    auto* typeRow = new QHBoxLayout;
    typeRow->addWidget(m_type, 1);
    typeRow->addWidget(m_suggestion);
    form->addRow(tr("Dataset type:"), typeRow);
    m_asOf = new QDateEdit(QDate::currentDate());
    m_asOf->setCalendarPopup(true);
    m_asOf->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_asOf->setToolTip(tr("The date the list describes, e.g. the end of the month it was drawn up for"));
    form->addRow(tr("List as of:"), m_asOf);
    m_stream = new QLineEdit;
    m_stream->setPlaceholderText(tr("optional, e.g. a town that sends its own list"));
    form->addRow(tr("Group:"), m_stream);
    layout->addLayout(form);

    m_headerNote = new QLabel;
    m_headerNote->setWordWrap(true);
    layout->addWidget(m_headerNote);
    auto* split = new QSplitter(Qt::Vertical);
    m_rows = new QTableWidget;
    m_rows->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_rows->verticalHeader()->setDefaultSectionSize(22);
    m_mapping = new QTableWidget(0, 3);
    m_mapping->setHorizontalHeaderLabels({tr("Column"), tr("Header in the file"), tr("Imported as")});
    m_mapping->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_mapping->verticalHeader()->hide();
    split->addWidget(m_rows);
    split->addWidget(m_mapping);
    split->setSizes({330, 220});
    layout->addWidget(split, 1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Import"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    auto preview = FilePreview::of(files.first(), m_catalog);
    if (!preview) {
        m_previewError = preview.error().message;
        return;
    }
    m_preview = preview.value();
    const QString suggested = m_preview->suggestedType();
    if (!suggested.isEmpty()) {
        m_type->setCurrentIndex(m_type->findData(suggested));
        m_suggestion->setText(tr("suggested from the headers"));
    } else {
        m_suggestion->setText(tr("no type recognised from the headers: choose one and name the columns below"));
    }
    connect(m_type, &QComboBox::currentIndexChanged, this, &ImportDialog::typeChanged);
    typeChanged();
}

void ImportDialog::typeChanged()
{
    if (!m_preview)
        return;
    const QString typeId = m_type->currentData().toString();
    auto again = FilePreview::of(m_files.first(), m_catalog, {}, typeId);
    if (again)
        m_preview = again.value();
    m_mappingEdited = false;
    fillPreview();
    fillMapping();
}

void ImportDialog::fillPreview()
{
    const SheetPreview* sheet = nullptr;
    for (const SheetPreview& s : m_preview->sheets)
        if (!sheet || (s.header && !sheet->header))
            sheet = &s;
    if (!sheet)
        return;
    int columns = 0;
    for (const TableRow& r : sheet->rows)
        columns = std::max(columns, int(r.cells.size()));
    m_rows->clear();
    m_rows->setRowCount(int(sheet->rows.size()));
    m_rows->setColumnCount(columns);
    QStringList letters, rowNumbers;
    for (int c = 0; c < columns; ++c)
        letters << text::columnLetters(c);
    m_rows->setHorizontalHeaderLabels(letters);
    const qint64 headerRow = sheet->header ? sheet->header->mapping.headerRow : -1;
    const int headerRows = sheet->header ? sheet->header->mapping.headerRows : 0;
    for (int r = 0; r < int(sheet->rows.size()); ++r) {
        const TableRow& row = sheet->rows[size_t(r)];
        rowNumbers << QString::number(row.number);
        const bool isHeader = row.number > headerRow - headerRows && row.number <= headerRow;
        for (int c = 0; c < int(row.cells.size()); ++c) {
            auto* item = new QTableWidgetItem(row.cells[size_t(c)].shown());
            if (isHeader) {
                item->setBackground(QColor(0xDD, 0xEB, 0xF7));
                QFont f = item->font();
                f.setBold(true);
                item->setFont(f);
            } else if (row.number < headerRow) {
                item->setForeground(QColor(0x99, 0x99, 0x99));
            }
            m_rows->setItem(r, c, item);
        }
    }
    m_rows->setVerticalHeaderLabels(rowNumbers);
    m_rows->resizeColumnsToContents();
    const QString sheetName = sheet->name.isEmpty() ? QString() : tr(" (sheet \"%1\")").arg(sheet->name);
    if (sheet->header)
        m_headerNote->setText(tr("Header found in row %1%2. Rows above it are titles and are not imported. Check the "
                                 "columns below; change any that are wrong.")
                                  .arg(headerRow)
                                  .arg(sheetName));
    else
        m_headerNote->setText(tr("<span style='color:#B03020'>No header for this type was recognised%1.</span> Name at least "
                                 "the ID number column below; the first row with text is taken as the header.")
                                  .arg(sheetName));
}

void ImportDialog::fillMapping()
{
    const DatasetType* type = m_catalog.find(m_type->currentData().toString());
    const SheetPreview* sheet = nullptr;
    for (const SheetPreview& s : m_preview->sheets)
        if (!sheet || (s.header && !sheet->header))
            sheet = &s;
    m_mapping->setRowCount(0);
    if (!type || !sheet)
        return;
    QStringList headers;
    if (sheet->header) {
        headers = sheet->header->mapping.headers;
    } else {
        for (const TableRow& r : sheet->rows)
            if (!r.isBlank()) {
                for (const Cell& c : r.cells)
                    headers << c.shown();
                break;
            }
    }
    m_mapping->setRowCount(int(headers.size()));
    for (int c = 0; c < headers.size(); ++c) {
        m_mapping->setItem(c, 0, new QTableWidgetItem(text::columnLetters(c)));
        m_mapping->setItem(c, 1, new QTableWidgetItem(headers[c]));
        auto* combo = new QComboBox;
        combo->addItem(tr("(not a field: kept as an extra column)"), QString());
        for (const FieldDef& f : type->fields)
            combo->addItem(f.title.text(), f.name);
        if (sheet->header)
            for (const auto& [field, col] : sheet->header->mapping.fieldColumn)
                if (col == c)
                    combo->setCurrentIndex(combo->findData(field));
        connect(combo, &QComboBox::currentIndexChanged, this, [this] { m_mappingEdited = true; });
        m_mapping->setCellWidget(c, 2, combo);
    }
    m_mapping->resizeColumnToContents(0);
    m_mapping->resizeColumnToContents(1);
}

ImportRequest ImportDialog::request() const
{
    ImportRequest r;
    r.type = m_type->currentData().toString();
    r.files = m_files;
    r.asOf = m_asOf->date();
    r.stream = m_stream->text().trimmed();
    const bool noHeader = m_preview &&
        std::none_of(
            m_preview->sheets.begin(), m_preview->sheets.end(), [](const SheetPreview& s) { return s.header.has_value(); });
    if (m_mappingEdited || noHeader) {
        MappingOverride o;
        o.type = r.type;
        o.complete = true;
        for (int c = 0; c < m_mapping->rowCount(); ++c) {
            const auto* combo = qobject_cast<QComboBox*>(m_mapping->cellWidget(c, 2));
            if (combo && !combo->currentData().toString().isEmpty())
                o.columns.insert(text::columnLetters(c), combo->currentData().toString());
        }
        r.mapping = o;
    }
    return r;
}

} // namespace cluedesk::ui
