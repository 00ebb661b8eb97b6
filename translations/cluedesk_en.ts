<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ColumnMapping</name>
    <message>
        <source>the mapping names field &quot;%1&quot;, which type &quot;%2&quot; does not have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the mapping names column &quot;%1&quot;, which the header row %2 does not have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a valid mapping file: %2 at character %3; expected a JSON object like {&quot;columns&quot;: {&quot;身份证&quot;: &quot;id_number&quot;}}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the mapping file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty (0 bytes); expected a table with a header row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown encoding &quot;%1&quot;; expected utf-8, gb18030 (also gbk) or utf-16le.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a text table: it contains binary data. Expected CSV text, .xlsx or .xls.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This system cannot decode %1 text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the row is longer than %1 characters and was cut; expected one record per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quote (&quot;) opened in this row is never closed, so the row was read as plain text; expected quotes in pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a cell is longer than %1 characters and was cut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the row holds bytes that are not valid %1 text; expected one encoding for the whole file (choose it with --encoding)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvWriter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatasetCatalog</name>
    <message>
        <source>&quot;%1&quot; is a built-in dataset type; give your type another id.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatasetStore</name>
    <message>
        <source>There is no active dataset version %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatasetType</name>
    <message>
        <source>dataset type id &quot;%1&quot; is invalid; expected lowercase letters, digits, - or _ (e.g. &quot;town-subsidies&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dataset type &quot;%1&quot; has no title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dataset type &quot;%1&quot;: field name &quot;%2&quot; is invalid; expected lowercase letters, digits, - or _</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dataset type &quot;%1&quot;: field &quot;%2&quot; is defined twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dataset type &quot;%1&quot;, field &quot;%2&quot;: kind &quot;%3&quot; is unknown; expected text, longtext, name, id, date, month, amount or number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dataset type &quot;%1&quot;, field &quot;%2&quot; lists no column names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dataset type &quot;%1&quot; has no fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dataset type &quot;%1&quot;: person role &quot;%2&quot; is invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dataset type &quot;%1&quot;, role &quot;%2&quot;: &quot;%3&quot; is not a field of kind id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dataset type &quot;%1&quot;, role &quot;%2&quot;: &quot;%3&quot; is not a field of kind name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dataset type &quot;%1&quot; names no person role; expected at least one with an id field</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HtmlTableReader</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an HTML table larger than 512 MB; save it as .xlsx or .csv first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a cell is longer than %1 characters and was cut</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdNumber</name>
    <message>
        <source>OCR read &quot;%1&quot;; corrected to %2 because the check character then validates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the ID number is empty; expected 18 characters (or a 15-digit legacy number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; looks like an ID number that Excel stored as a number, so its last digits are lost; expected the ID as text (ask the sender to format the column as text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ID number; expected 17 digits followed by a digit or X</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has %2 characters; expected 18 (or a 15-digit legacy number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; starts with %2, which is no province code; expected a region code such as 33xxxx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds no possible birth date (characters 7-14); expected YYYYMMDD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; fails its check character (GB 11643); a digit is probably mistyped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <source>, row %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blank row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same person and facts as %1; imported once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 row %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 [%2] row %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sheet cannot be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no header row for &quot;%2&quot; found in the first %3 rows; expected columns such as %4. Use a mapping file (--mapping) to name the columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sheet skipped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: used the column mapping corrected for this layout before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the header in row %2 has no ID number column for %3; expected a column such as %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: header found in row %2; the rows above it are titles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 blank rows after the last data row were ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no sheet &quot;%2&quot;; its sheets are: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no sheet has a header for &quot;%2&quot;. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown dataset type &quot;%1&quot;; expected one of: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was already imported (as %2, dataset version %3 of type %4, on %5); the same file is not imported twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is given twice (the same content).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import cancelled; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import failed and nothing was changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pool</name>
    <message>
        <source>There is no pool at %1. Create one with --create, or check the path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder; expected a pool file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an SQLite database but not a ClueDesk pool.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the pool %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>ClueDesk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RowMapper</name>
    <message>
        <source>%1 is empty; this list needs it for every row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a date; expected e.g. 2023-03-05, 2023/3/5, 2023年3月5日 or 202303</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; gives only year and month; kept as %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a number; expected e.g. 1234.50, 1,234 or 1234元</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1&apos;s ID number is empty; expected 18 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 &quot;%2&quot; is an organisation (credit code %3), not a person; the row is kept without this person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s ID: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>15-digit ID %1 upgraded to %2 (the text as written is kept)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header is repeated here (as in files printed page by page)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a total row (合计/总计), not a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a title, note or signature line without an ID number, not a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is required but the file has no column for it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no person in this row has a valid ID number, so it cannot be matched with other lists</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Schema</name>
    <message>
        <source>This pool was written by a newer ClueDesk (schema %1; this program knows up to %2). Update ClueDesk to open it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sha256</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TableReader</name>
    <message>
        <source>%1 does not exist or is not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty (0 bytes); expected a table with a header row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a PDF document; add it under Case files. Lists are expected as .xlsx, .xls or .csv.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>XlsReader</name>
    <message>
        <source>the file cannot be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is not enough memory to read it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not an Excel 97-2003 workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is truncated or damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it holds no workbook (perhaps a Word or other Office file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it uses a character set FreeXL cannot convert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workbook is damaged (FreeXL error %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read as .xls: %2. Re-save it in Excel/WPS as .xlsx if it opens there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is password-protected; open it in Excel/WPS, remove the password and save it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no worksheets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the sheet &quot;%2&quot; cannot be read; the file is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column %1 cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a cell is longer than %1 characters and was cut</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>XlsxReader</name>
    <message>
        <source>%1 is damaged: it is not a complete .xlsx (zip) file. Ask for the file again or re-save it in Excel/WPS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a zip file but not an Excel workbook (no xl/workbook.xml); expected .xlsx.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged: its workbook part cannot be read (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no worksheets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged: its shared strings cannot be read (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the sheet &quot;%2&quot; is missing from the file (%3); the file is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a cell refers to shared string %1, which the file does not have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a cell is longer than %1 characters and was cut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, sheet &quot;%2&quot;: the file breaks off or is damaged after row %3 (%4); rows up to there were read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>XlsxWriter</name>
    <message>
        <source>Cannot write %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>no pool given; use --pool FILE (or set CLUEDESK_POOL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created a new pool at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: cluedesk-cli [--pool FILE] %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the full definitions as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the dataset types: the kinds of list ClueDesk can import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PERSONS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FIELDS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ORIGIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>built-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the current version of each type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists dataset versions with their files and row counts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No datasets yet. Import the lists you received: cluedesk-cli import --type TYPE FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STREAM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AS OF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IMPORTED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>READ/IMPORTED/REJECTED/SKIPPED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>older</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dataset version id (see datasets list).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows one dataset version: its files, counts and import issues by reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>datasets show needs one dataset id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no dataset version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dataset version %1: %2%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As of %1; imported %2 by %3; %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>superseded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows read %1, imported %2, rejected %3, skipped %4, with warnings %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dataset version id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraws a dataset version imported by mistake. Its rows stay in the pool for the audit trail, but screening no longer uses them; the previous version becomes current again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>datasets withdraw needs one dataset id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrew dataset version %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A dataset type definition (JSON, as printed by datasets types --json).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds (or replaces) one of the office&apos;s own dataset types.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>datasets add-type needs one file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a JSON object: %2 at character %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dataset type &quot;%1&quot; (%2) saved in the pool.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list the dataset types (kinds of list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list imported dataset versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show one dataset version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>withdraw a version imported by mistake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add the office&apos;s own dataset type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder to write the files to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random seed (the same seed gives the same files).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Background people besides the planted cases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes a synthetic demo set of bureau files (every dataset type, with the quirks real files have and planted cases for every screening model), plus manifest.tsv naming each file&apos;s type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo needs --out DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 files to %2 (see manifest.tsv and README.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write a synthetic demo set of bureau files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--delimiter takes one character or &quot;tab&quot;, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown encoding &quot;%1&quot;; expected utf-8, gb18030 (also gbk) or utf-16le</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dataset type of the files (see datasets types).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import only this sheet (default: every sheet with a fitting header).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON file naming columns: {&quot;header_row&quot;: 3, &quot;columns&quot;: {&quot;身份证&quot;: &quot;id_number&quot;}}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date the list describes (default: today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep a separate current version, e.g. per town.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV text encoding: utf-8, gb18030 (default: detect).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV delimiter: one character or &quot;tab&quot; (default: detect).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No progress on stderr.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One or more .xlsx, .xls or .csv files; together they form one dataset version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imports bureau files as a new dataset version. Rows that cannot be used are kept and listed (see rejects).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import needs --type (see: cluedesk-cli datasets types)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import needs at least one file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--as-of &quot;%1&quot; is not a date; expected YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist or is not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing... %1% (%2 rows)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dataset version %1 (%2, as of %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1%2: header in row %3; %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>    kept as extra columns: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows read %1, imported %2, rejected %3, skipped %4 (%5 imported rows have warnings) in %6 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasons:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List them all with: cluedesk-cli rejects --dataset %1 --format csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this dataset version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>csv, json or xlsx (default csv).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write to FILE instead of standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also skipped rows (blank, total, duplicate) and warnings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists every rejected row with file, sheet, row number, column, the text as written and the reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format must be csv, json or xlsx, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format xlsx needs --out FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the header against this type (default: suggest one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV text encoding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV delimiter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows to preview (default 8).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A table file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows how a file will be read: format, encoding, sheets, the header found, the suggested dataset type and column mapping, and the first rows. Nothing is imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inspect needs one file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown dataset type &quot;%1&quot; (see: cluedesk-cli datasets types)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format: %1%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sheet &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  suggested types (fields matched): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  header for %1 in row %2:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  no header for %1 found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import bureau files as a new dataset version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list rejected rows with file, row, column and reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>preview how a file will be read (nothing is imported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: cluedesk-cli [--pool FILE] [--user NAME] [--lang zh|en] COMMAND [options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each command has its own --help. The pool can also be given by CLUEDESK_POOL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown option %1 (see: cluedesk-cli --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a subcommand: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot; (see: cluedesk-cli --help)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cluedesk::ui::DataPoolScreen</name>
    <message>
        <source>&lt;h2&gt;Data pool&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import lists...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;div style=&apos;font-size:15px; color:#444&apos;&gt;&lt;p&gt;&lt;b&gt;No datasets yet.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Import the lists you received from other bureaus:&lt;br&gt;drag the .xlsx, .xls or .csv files here, or click &lt;i&gt;Import lists...&lt;/i&gt;&lt;/p&gt;&lt;p style=&apos;color:#777&apos;&gt;Title rows, totals, GB18030 text and 15-digit IDs are handled; rows that cannot be used are kept and listed.&lt;/p&gt;&lt;/div&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 current datasets with %2 rows; the pool is %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tables (*.xlsx *.xls *.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing %1 file(s)...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed in the pool.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a dataset version first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw dataset version %1? Screening will no longer use it; its rows stay in the pool for the record, and the previous version of that list becomes current again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cluedesk::ui::DatasetTableModel</name>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Superseded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click to see the rejected rows and why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cluedesk::ui::ImportDialog</name>
    <message>
        <source>Import lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Files:&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dataset type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date the list describes, e.g. the end of the month it was drawn up for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List as of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional, e.g. a town that sends its own list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>suggested from the headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no type recognised from the headers: choose one and name the columns below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (sheet &quot;%1&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header found in row %1%2. Rows above it are titles and are not imported. Check the columns below; change any that are wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#B03020&apos;&gt;No header for this type was recognised%1.&lt;/span&gt; Name at least the ID number column below; the first row with text is taken as the header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not a field: kept as an extra column)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cluedesk::ui::ImportReportDialog</name>
    <message>
        <source>Import finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Dataset version %1 imported&lt;/h3&gt;&lt;p&gt;Rows read &lt;b&gt;%2&lt;/b&gt; &amp;nbsp; imported &lt;b&gt;%3&lt;/b&gt; &amp;nbsp; &lt;span style=&apos;color:%6&apos;&gt;rejected &lt;b&gt;%4&lt;/b&gt;&lt;/span&gt; &amp;nbsp; skipped &lt;b&gt;%5&lt;/b&gt;&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All rows not imported...</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cluedesk::ui::MainWindow</name>
    <message>
        <source>ClueDesk — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import lists...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open pool...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New pool...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About ClueDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ClueDesk pools (*.pool);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>office.pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ClueDesk pools (*.pool)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About ClueDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;ClueDesk %1&lt;/h3&gt;&lt;p&gt;A workstation for legal supervision screening models: import the lists of other bureaus, screen them, review the clues, visit, decide and write to other departments.&lt;/p&gt;&lt;p&gt;Works offline. Pool: %2&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cluedesk::ui::RejectsDialog</name>
    <message>
        <source>Rows not imported — dataset version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also show skipped rows (blank, totals, copies) and warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to Excel...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejected-rows-%1.xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row as written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cluedesk::ui::TaskRunner</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling...</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
