<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Access</name>
    <message>
        <source>Log in first: this pool has users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role (%1) may not do this; it needs: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssistanceCalculator</name>
    <message>
        <source>unknown case type &quot;%1&quot;; parameter set %2 has: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown hardship band &quot;%1&quot;; expected one of: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the hardship coefficient %1 is outside the &quot;%2&quot; band; expected %3 to %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown additional group &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the additional coefficient %1 for &quot;%2&quot; is outside %3 to %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown fault preset &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the fault coefficient must lie between 0 and 1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>entry %1 is missing: the log jumps from %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1 does not follow the entry before it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1 was changed after it was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the newest entries were removed: the log ends at %1, but entry %2 was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the mark of where the keyed chain begins was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1 is not the one recorded outside the pool (on a backup or a letter): the log was rewritten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1, recorded outside the pool, is no longer in the log</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalculationStore</name>
    <message>
        <source>%1 yuan is %2% %3 the median of past decisions for this case type (%4 yuan); check the coefficients or record why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>below</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseFileReader</name>
    <message>
        <source>page %1 of %2 cannot be rendered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1 was cancelled; nothing was added.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseFileSource</name>
    <message>
        <source>%1 is empty (0 bytes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged: it is not a readable PDF. Ask for the file again or scan the paper file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is password-protected; open it with the password, save an unprotected copy and add that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no pages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is neither a PDF nor a scanned image (PNG, JPEG, TIFF); expected a case document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged: the image cannot be decoded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseFileStore</name>
    <message>
        <source>%1 was already added (as %2, case file %3, on %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be stored; nothing was changed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no extracted fact %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fact %1 is not a person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is no role; expected one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the person&apos;s name as the page shows it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
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
    <name>CreditCode</name>
    <message>
        <source>the unified social credit code is empty; expected 18 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not 18 characters long; expected a unified social credit code (GB 32100)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds characters a unified social credit code cannot have; expected digits and capitals without I, O, S, V, Z, and digits in places 3-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; fails its check character (GB 32100); a character is probably mistyped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CryptoVfs</name>
    <message>
        <source>The passphrase is too short; use at least 8 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough memory to derive the key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key parameters in the file are out of range; it is damaged.</source>
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
    <message>
        <source>dataset type &quot;%1&quot;, field &quot;%2&quot;: kind &quot;%3&quot; is unknown; expected text, longtext, name, id, date, month, amount, number, org (an organisation&apos;s name), case (a case number) or credit_code (a unified social credit code)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>monthly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quarterly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yearly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every %1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dataset type &quot;%1&quot;: update_cycle_days cannot be negative</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Expression</name>
    <message>
        <source>an operator or the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a closing quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a field, a number, &apos;text&apos; or an operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expression &quot;%1&quot;, character %2: expected %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a field, a number or &apos;text&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a field after &quot;%1.&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with.FIELD inside sum()</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a function: year, month, days, abs, contains, empty, sum or casenumber</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExtractionRules</name>
    <message>
        <source>a keyword category has no id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the decision tree is more than 20 levels deep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the decision tree names grade &quot;%1&quot;; expected red, orange, yellow or &quot;&quot; (none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a node of the decision tree needs &quot;grade&quot;, or &quot;if&quot;, &quot;then&quot; and &quot;else&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a charge profile has no charge</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FactExtractor</name>
    <message>
        <source>OCR confidence %1% on page %2 is low; check against the page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (page %2: &quot;%3&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OCR confidence %1% is low; check the name and ID against the page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charge profile %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no compensation, settlement or understanding found</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldPackage</name>
    <message>
        <source>%1 is not a readable visit package: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the clues to visit first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no clue %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it does not start like a ClueDesk visit package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong passphrase for %1, or the file was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clue is not in this package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The visit date &quot;%1&quot; is not a date; expected YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no visit %1 in this package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This package was not exported from this pool.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package could not be merged; nothing was changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep &quot;office&quot; or &quot;field&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no open conflict %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package was refused, nothing was merged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>visit %1 is for a clue the package did not carry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>visit %1 did not leave with this package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a note is for a clue the package did not carry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no user &quot;%1&quot; to take the package.</source>
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
    <message>
        <source>%1 looks like an HTML table but cannot be read as HTML.</source>
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
    <message>
        <source>; its region code %1 is not in GB/T 2260 either</source>
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
    <message>
        <source>%1: %2</source>
        <comment>where in the file: what is wrong</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Keyring</name>
    <message>
        <source>The keyring %1 is damaged (%2); open the pool with its passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the keyring %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a ClueDesk keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>slot of &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot remove the keyring %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the keyring %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keyring of %1 is busy; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an encrypted pool.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is right, but the keyring beside %1 belongs to another copy of the pool. Open it with the pool passphrase; the administrator then sets the users&apos; passwords again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LetterComposer</name>
    <message>
        <source>unknown letter template &quot;%1&quot;; expected one of: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a letter needs at least one clue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a %1 needs the department it is addressed to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(office name: set office.name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no clue %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a %1 is about one person; give one clue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a %1 needs the decided amount: calculate it and decide it first (cluedesk-cli calc --clue %2 ... --decide)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clue %1 (%2) follows the %3 path; a %4 is not written about such clues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clue %1 (%2) is &quot;%3&quot;: record a verification decision (%4) before writing a %5 about it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LetterPdf</name>
    <message>
        <source>The letter cannot be drawn on this device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF came out empty.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LetterRegister</name>
    <message>
        <source>The letter could not be made, and no number was used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The letter could not be registered: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the letter is void.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no issued letter %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reply to %1 cannot be dated before the letter (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what the department replied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply could not be recorded: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModelDefinition</name>
    <message>
        <source>%1 is not a valid model file: %2 at character %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>model id &quot;%1&quot; is invalid; expected lowercase letters, digits, - or _</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>model &quot;%1&quot; has no title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>model &quot;%1&quot;, step &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unknown filter &quot;%2&quot;; expected one of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: field &quot;%2&quot; does not exist in dataset type &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: filter &quot;%2&quot; needs a field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: filter &quot;%2&quot; on &quot;%3&quot; lists no values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: filter &quot;%2&quot; needs years &gt; 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: filter &quot;%2&quot; needs at_field (a date field of the rows) or at (a date)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>model &quot;%1&quot; has no steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>model &quot;%1&quot;: step id &quot;%2&quot; is empty or used twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unknown kind &quot;%2&quot;; expected one of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 &quot;%3&quot; is not an earlier step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a source needs at least one dataset type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unknown dataset type &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: dataset type &quot;%2&quot; has no person role &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 needs at least two steps in &quot;of&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: subtract needs at least one step in &quot;minus&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: field &quot;%2&quot; (%3) does not exist in dataset type &quot;%4&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: count needs min &gt;= 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: relations needs &quot;start&quot; and &quot;end&quot; filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>model &quot;%1&quot;: output.from &quot;%2&quot; is not a step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>model &quot;%1&quot;: default_grade &quot;%2&quot; is not red, orange or yellow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>model &quot;%1&quot;: a grade rule names step &quot;%2&quot;, which does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>model &quot;%1&quot;: grade test &quot;%2&quot; is unknown; expected one of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>model &quot;%1&quot;: grade &quot;%2&quot; is not red, orange or yellow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>model &quot;%1&quot; has no reason text in its output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: filter &quot;%2&quot; lists no roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: group needs min &gt;= 1 and min_share from 0 to 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;with.%2&quot; needs a &quot;with&quot; step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;$%2&quot; is not a parameter of the model (a number or a text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>model &quot;%1&quot;: parameter name &quot;%2&quot; is invalid or used twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>model &quot;%1&quot;: parameter &quot;%2&quot; needs a value (a number, a text or a table)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>model &quot;%1&quot;: every row of table &quot;%2&quot; needs words and at_least &gt; 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: key field &quot;%2&quot; does not exist in dataset type &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: subject &quot;%2&quot; is unknown; expected one of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;join&quot; and &quot;absent&quot; need a &quot;with&quot; step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: rekey needs either &quot;key&quot; (fields) or &quot;roles&quot; (persons)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: key field &quot;%2&quot; does not exist in any list of &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: table &quot;%2&quot; is not a table among the model&apos;s parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2: unknown key &quot;%3&quot;; expected one of %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>model &quot;%1&quot;, step &quot;%2&quot;: %3 &quot;$%4&quot; is not a number among the parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>model &quot;%1&quot;: workflow &quot;%2&quot; is unknown; expected aid or supervision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: age, local and role filters need persons; this step&apos;s subjects are %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a source is about the persons in &quot;roles&quot; or about its &quot;key&quot;, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no list of &quot;%2&quot; has the person role &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>model &quot;%1&quot;, step &quot;%2&quot;: values &quot;$%3&quot; is not a text among the parameters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModelLibrary</name>
    <message>
        <source>&quot;%1&quot; is a built-in model; save your version under another id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no model &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a built-in model; it can be switched off, not removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no office model &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NearIds</name>
    <message>
        <source>digits %1 and %2 swapped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>digit %1 misread (a look-alike digit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>digit %1 differs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only the check character differs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a digit missing at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one digit too many at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (15-digit legacy number)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OcrEngine</name>
    <message>
        <source>Tesseract could not load the &quot;%1&quot; language data; install tesseract-ocr-chi-sim (scripts/setup.sh does)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tesseract could not read the page.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParameterSet</name>
    <message>
        <source>the parameter set has no id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parameter set &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: effective_from is not a date; expected YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: benchmark.amount must be a positive amount in yuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 &quot;%3&quot; has no valid coefficient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 &quot;%3&quot; needs 0 &lt;= min &lt;= max</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: additional_rule must be &quot;highest&quot; or &quot;sum&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cap needs months and monthly_wage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a built-in parameter set; give yours another id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: benchmark.average_of_last needs that many published years, each with a positive amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: warning_grades needs a grade (red, orange, yellow) with min &lt;= max multiples of the benchmark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2 yuan (%3: benchmark %4 × %5–%6)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphraseStrength</name>
    <message>
        <source>Too short: use at least 8 characters, better several words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too easy to guess (common words, names, dates or keyboard runs). Add more unrelated words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fair. One or two more unrelated words make it strong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonFinder</name>
    <message>
        <source>an ID number with no name before it in its sentence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no phrase says who %1 is (victim, defendant, relative, witness); check the page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no ID number found near the victim&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no ID number found near the relative&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pool</name>
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
    <message>
        <source>%1 is encrypted: give its passphrase (CLUEDESK_PASSPHRASE or --passphrase-file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not encrypted; encrypt it first with: cluedesk-cli pool encrypt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong passphrase for %1 (or its first page is damaged). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A page of %1 failed its integrity check: the file was changed outside ClueDesk or is damaged. Restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not written encrypted; it has been deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no pool at %1; check the path.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PoolCrypto</name>
    <message>
        <source>%1 already exists; choose a new file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pool&apos;s page size is not 4096 bytes; run VACUUM with page_size 4096 first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy failed its check: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy was not written encrypted; it was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup is written, but not the audit head beside it: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not replace %1 with its re-encrypted copy %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pool is re-encrypted, but its keyring %1 could not be replaced: users log in with the passphrase until the administrator sets their passwords again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PoolLogin</name>
    <message>
        <source>%1 is encrypted: log in with your user name and password, or give the pool passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This pool has users: log in with your user name and password.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PossibleMatches</name>
    <message>
        <source>There is no rejected row %1 (see: rejects).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 is not about an invalid ID with a name beside it, so there is nothing to match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; same name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) %3 row %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>; %n rows in all</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Row %1 is already linked to a person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not one of the possible matches for row %2 (the same name with an ID one edit away from &quot;%3&quot;); a different person is linked by importing a corrected file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>ClueDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong passphrase. Passphrase for %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase for %1:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewStore</name>
    <message>
        <source>There is no clue %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A clue that is &quot;%1&quot; cannot become &quot;%2&quot;; from &quot;%1&quot; it can become: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing (final)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A decision needs a reason: say why the clue is &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the amount first: an assisted clue needs a decided calculation (cluedesk-cli calc --clue %1 ... --decide)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a review status of this clue; expected one of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An amount recovered is recorded when a clue becomes &quot;%1&quot;, and cannot be negative</source>
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
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1&apos;s ID %2 has region code %3, which is not in GB/T 2260 (the list ends around 2015: a county created since, or a mistyped code); the row is kept</source>
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
    <name>ScreeningRunner</name>
    <message>
        <source>no current list of &quot;%1&quot; in the pool; the model ran without it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screening cancelled; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screening with &quot;%1&quot; failed and nothing was changed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the county is not set, so local and non-local people cannot be told apart (set county.prefix, county.historic_codes and county.name)</source>
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
    <name>SpreadsheetMlReader</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an Excel 2003 XML spreadsheet but is damaged before its first worksheet (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an Excel 2003 XML spreadsheet without worksheets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, sheet &quot;%2&quot;: the file breaks off or is damaged after row %3 (%4); rows up to there were read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a cell is longer than %1 characters and was cut</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SqlCompiler</name>
    <message>
        <source>model &quot;%1&quot; tells local from non-local people, but the county&apos;s ID region prefix is not set (cluedesk-cli settings set county.prefix 330382)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StorageError</name>
    <message>
        <source>%1 Nothing of the unfinished step was saved; what was saved before is kept. (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full (or a file-size limit was reached).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pool file cannot be written: it or its folder is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pool is in use by another ClueDesk or program; try again when it is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pool file is damaged; restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pool file or its companion files cannot be opened or created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A page of the pool failed its integrity check: the file was changed outside ClueDesk or is damaged; restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pool could not be read or written (a disk error, a full disk or a file-size limit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pool could not be read or written.</source>
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
    <name>UpgradeNotice</name>
    <message>
        <source>ClueDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrading the pool for this version of ClueDesk (schema %1 to %2).
A large pool takes a few seconds. Please wait; nothing in it is lost.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserStore</name>
    <message>
        <source>The password is too short; use at least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough memory to hash the password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first user must be an administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a role; expected one of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a user called &quot;%1&quot; (or the name is empty).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no user &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This user is disabled; ask the administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many failed logins: this user is locked until %1, or until the administrator unlocks it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisitStore</name>
    <message>
        <source>The visit date &quot;%1&quot; is not a date; expected YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid ID number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no visit %1.</source>
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
    <message>
        <source>%1: the .xls reader stopped on this file (it is damaged, or made to break readers); nothing more was read from it. Open it in Excel/WPS and save it as .xlsx.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The .xls reader %1 cannot be started: %2. Reinstall ClueDesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reader stopped on it (damaged, or made to break readers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its sheet names cannot be read</source>
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
    <message>
        <source>%1: the part %2 would unpack to an absurd size for its packed size (a zip bomb, or a damaged file); it was not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sheet ends before its rows do</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>XlsxWriter</name>
    <message>
        <source>Cannot write %1: out of memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sheet name &quot;%1&quot; is not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than 1,048,576 rows, Excel&apos;s limit for one sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot merge %1: only cells of the row just written</source>
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
        <source>Commands:</source>
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
    <message>
        <source>%1 is not a JSON object: %2 at byte %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clue the amount is for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person&apos;s ID number (without a clue).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the parameter set in this JSON file (default: the set in force on the date).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this stored parameter set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision date (YYYY-MM-DD, default today); picks the parameter set in force.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case type id (see: params show).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hardship band and coefficient, e.g. serious:6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Additional group and k, e.g. disabled-1-2:6 (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fault preset id (none, minor, equal, major) or a coefficient between 0 and 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record this as the decided amount (otherwise it is kept as a draft).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calculate only; store nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computes the judicial assistance amount by the county&apos;s coefficient rules and prints every step: basic = benchmark x (case type + hardship), additional = benchmark x k, final = (basic + additional) x fault, capped at months x average wage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs --case-type and --hardship BAND:COEF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--date must be YYYY-MM-DD, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--hardship must be BAND:COEFFICIENT, e.g. serious:6, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--group must be GROUP:K, e.g. disabled-1-2:6, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no clue %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs --clue or --person (or --dry-run)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no parameter set &quot;%1&quot; (see: cluedesk-cli params list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no parameter set is in force on %1 (see: cluedesk-cli params list; import one with params import)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter set: %1 (%2, from %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as calculation %1 (decided).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as calculation %1 (draft; --decide records the decision).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the parameter sets for assistance amounts, built-in and the office&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SET</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REGION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FROM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BENCHMARK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CAP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IN FORCE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the set&apos;s JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter set id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows every number of a parameter set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs one parameter set id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region %1 (%2), in force from %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Benchmark: %1 yuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cap: %1 months x %2 yuan = %3 yuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KIND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COEFFICIENT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hardship band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>additional group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter set JSON file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds or replaces the office&apos;s own parameter set. Calculations made before keep the set they used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs one file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter set %1 stored, in force from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>compute an assistance amount, every step shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list the amount parameter sets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show a parameter set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add the office&apos;s own parameter set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read case files and extract victims and warning signs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list case files, or the extractions to review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show what was read from a case file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list or extend the warning keywords</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 lists and %2 case files to %3 (see manifest.tsv and README.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template id (see: letters templates).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addressee department.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clue numbers, comma separated; one letter may list several persons.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter date (default today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply deadline (default: the template&apos;s reply period).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested measures (default: the template&apos;s text).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print ID numbers in full in the annex (masked otherwise).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes a letter about decided clues, takes the next number of the register and saves it as PDF. A letter is only written after a verification decision was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs --template, --clues and --out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a clue number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 must be YYYY-MM-DD, not &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>letter %1 is registered; write its PDF again with: letters show &quot;%1&quot; --pdf FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter %1 to %2, %3 person(s): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the letter register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NUMBER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TEMPLATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the letter&apos;s PDF to FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows a registered letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs one letter number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no letter &quot;%1&quot; (see: letters list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the letter is void.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marks a letter void; its number stays used, so the register has no gaps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs one letter number and --reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the letter templates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ADDRESSEES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AFTER DECISION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write a numbered letter as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list the letter register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show a letter, write its PDF again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mark a letter void (its number stays used)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list the letter templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a clue number (see: cluedesk-cli clues)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new status: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why (required for a decision).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clue number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs one clue number and --status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clue %1 is now &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds a note to a clue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs a clue number and the note&apos;s text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File to keep with the clue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeps a file (a scan, a photo, a certificate) with a clue, inside the pool.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs a clue number and a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows a clue&apos;s status changes, notes and attachments, oldest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs one clue number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clue %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WHEN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WHO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WHAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOTE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show ID numbers in full (they are masked otherwise).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person&apos;s ID number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows everything the pool knows about one person: every list and file they appear in, case files, clues of every model and the decisions, visits, amounts and letters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs one ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>names as written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>born %1, %2, age %3, region %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>local: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown (set county.prefix)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ALREADY GIVEN JUDICIAL AID: models do not propose this person again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists (%1 rows)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LIST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CURRENT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID AS WRITTEN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case file %1, page %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assistance amounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clue the visit is for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person&apos;s ID number (when not given through --clue).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit date (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who visited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A family member as NAME:RELATION:AGE:SITUATION (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Income as told.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household income per month in yuan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Illness or disability.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Housing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgent needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The officer&apos;s conclusion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records a household visit (入户调查).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs --clue or --person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--monthly-income must be an amount in yuan, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit %1 recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the visits as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists a person&apos;s household visits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VISIT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VISITORS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FAMILY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CONCLUSION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change a clue&apos;s review status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add a note to a clue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keep a file with a clue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show a clue&apos;s status changes and notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>everything the pool knows about one person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record a household visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list a person&apos;s household visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the screening models: built-in and the office&apos;s own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MODEL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ENABLED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CLUES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no model &quot;%1&quot; (see: cluedesk-cli models list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also print the SQL the model compiles to on this pool.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the model&apos;s JSON instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows a model: what it looks for, its legal basis and its steps in plain words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>models show needs one model id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, built-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal basis: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--sql needs --pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A model file (JSON).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validates a model file without running it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>models check needs one file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model &quot;%1&quot; (%2) is valid: %3 steps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds (or replaces) one of the office&apos;s own models after checking it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>models import needs one file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model &quot;%1&quot; (%2) saved in the pool.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes a model as JSON, to share with another office.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>models export needs one model id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switches a model on for screen runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switches a model off; its clues are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs one model id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run this model (repeatable; default: every enabled model).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NEW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STILL PRESENT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GONE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this model (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this review status (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new, present or gone (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>red, orange or yellow (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists clues with their evidence. ID numbers are masked unless --full-ids is given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting to show or change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list the screening models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show a model in plain words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>validate a model file without running it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add the office&apos;s own model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write a model as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>switch a model on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>switch a model off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run the screening models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list clues with their evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show or change the pool&apos;s settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this pool has users: log in with --user NAME and the password in CLUEDESK_PASSWORD or --password-file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created a new encrypted pool at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the package&apos;s one-time passphrase from FILE (- for standard input); or set CLUEDESK_PACKAGE_PASSPHRASE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the passphrase from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the package&apos;s one-time passphrase (--package-passphrase-file or CLUEDESK_PACKAGE_PASSPHRASE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clue numbers, comma separated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package file (for the USB stick).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exports the persons of these clues for household visits on an offline laptop, encrypted with a one-time passphrase that is printed once: write it down, do not store it with the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs --clues and --out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit package for %1 person(s) written to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-time passphrase: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows the persons in a visit package and the visits recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs one package file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>visit %1 %2 (%3): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clue in the package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change this visit (its UUID or first 8 characters) instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records a household visit into a visit package, offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs the package file and --clue (or --edit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit saved in the package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds a note to a clue in a visit package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs the package file, --clue and the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conflict %1 (clue %2, %3):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>office: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field:  %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the clue went from &quot;%1&quot; to &quot;%2&quot; at the office after the package was made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The returned package file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merges the visits and notes of a returned package; conflicts are listed, never overwritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits added %1, updated %2; notes added %3; unchanged %4; new conflicts %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the open conflicts from returned visit packages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>office or field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolves a conflict; the side not kept stays in the conflict record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs a conflict number and --keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export a visit package for the laptop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show a visit package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record a visit into a package, offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add a note into a package, offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>merge a returned visit package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list open conflicts from packages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resolve a conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a backup is always encrypted: give a passphrase (--backup-passphrase-file, CLUEDESK_BACKUP_PASSPHRASE or the pool&apos;s own)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the backup&apos;s passphrase from FILE (- for standard input).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new encrypted pool.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes an encrypted copy of a plain pool, with the passphrase from CLUEDESK_PASSPHRASE or --passphrase-file. Check the copy, then delete the plain file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs --pool PLAIN and --out FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs the new passphrase (CLUEDESK_PASSPHRASE or --passphrase-file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypted copy written to %1. Open it with its passphrase, then delete %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes an encrypted, consistent copy of the pool (it may be in use meanwhile).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs --out FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypted backup written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restores a backup as the pool given by --pool (which must not exist yet), encrypted with the pool passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs --pool NEW and --from BACKUP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs the restored pool&apos;s passphrase (CLUEDESK_PASSPHRASE or --passphrase-file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write an encrypted copy of a plain pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write an encrypted backup of the pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restore a backup as a new pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the new password from FILE (- for standard input).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the new password with --new-password-file FILE or on standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>administrator, prosecutor or assistant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds a user. The first user must be an administrator and turns on logins for this pool; later users are added by an administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs a name and --role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User %1 added as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the pool&apos;s users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FAILED LOGINS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LOCKED UNTIL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CREATED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes a user (administrators; anyone for their own password).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs one user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only actions starting with this, e.g. login or person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this user&apos;s actions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only entries whose subject or detail contains TEXT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most N entries, newest first (default 100).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows the audit log, newest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SEQ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SUBJECT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DETAIL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the audit log was tampered with: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit log is whole: %1 entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add a user with a role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list the users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unlock a locked-out user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disable a user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enable a user again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change a password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check the audit log&apos;s hash chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each command has its own --help. The pool can also be given by CLUEDESK_POOL, its passphrase by CLUEDESK_PASSPHRASE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the password from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new pools are encrypted: give a passphrase in CLUEDESK_PASSPHRASE or with --passphrase-file, or create an unencrypted pool on purpose with --plain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created a new pool at %1, NOT encrypted (--plain): anyone with the file reads it; encrypt it with: cluedesk-cli pool passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The officer who takes the package (default: you); what comes back is theirs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  audit head when issued: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name or ID number (part of one only for roles that may see full IDs).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the new passphrase from FILE (- for standard input).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-encrypts the pool under a new passphrase, or encrypts a plain pool, in place (administrators). The new passphrase may also come from CLUEDESK_NEW_PASSPHRASE. Close ClueDesk everywhere else first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs the new passphrase (--new-passphrase-file or CLUEDESK_NEW_PASSPHRASE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pool %1 is now encrypted with the new passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pool %1 is now encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit head %1, also in %2.audit-head: keep it apart; audit verify --head checks the log against it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change the pool&apos;s passphrase, or encrypt a plain pool in place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A head kept outside the pool (SEQ:HASH, as printed by backup and on letters), or a file holding one (the .audit-head beside a backup).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks the audit log&apos;s hash chain: exit 0 when whole, 1 when an entry was changed, removed or cut off, or when the log no longer holds the head given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: cluedesk-cli [--pool FILE] [--passphrase-file FILE|-] [--plain] [--user NAME [--password-file FILE|-]] [--lang zh|en] COMMAND [options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped by an internal error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is enabled. Her or his old password no longer opens this encrypted pool: set a new one with: cluedesk-cli users passwd %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Money recovered, in yuan, when a supervision clue becomes corrected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes a clue&apos;s review status. Judicial-aid clues: new -&gt; verifying -&gt; eligible / ineligible / referred -&gt; assisted. Supervision clues: new -&gt; verifying -&gt; confirmed / unfounded -&gt; suggested -&gt; corrected. Who, when and why are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--recovered needs an amount in yuan, such as 12600 or 3500.50, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (%1 yuan recovered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REPLY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the issued letters whose reply is overdue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No letter is overdue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the reply (default today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the department replied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply as a file (a scan, a PDF), kept in the pool.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records a department&apos;s reply to a letter. The next screening then shows on each clue of the letter whether the problem went away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs one letter number and --text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply to %1 of %2 recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the file of the latest reply that came with one to FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(reply due %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  reply of %1 (recorded by %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no reply to %1 came with a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record a department&apos;s reply to a letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list letters whose reply is overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows or changes the pool&apos;s settings. Known keys: county.prefix (the county&apos;s ID region prefix, e.g. 330382), county.historic_codes (former region codes, comma separated), county.name (also matched in household addresses), office.name (for letters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; OUT OF DATE: updated %1, %2 days overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day of the period (default: 1 January of this year).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day of the period (default: today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text, csv, json or xlsx (default text).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write to FILE instead of standard output (needed for xlsx).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office&apos;s figures over a period: clues found per model and grade, decided, suggested and corrected, days from finding to decision, assistance decided and paid, money recovered, letters issued, replied and overdue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from %1 is after --to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format must be text, csv, json or xlsx, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the office&apos;s figures over a period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the groups the pool&apos;s current lists put the person in (disabled by level, children in distress, special care, ...) at their lowest k; a --group given for the same group wins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the pool: %1 (%2, %3)%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; --group given, kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>linked to %1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no match (dismissed by %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID of the possible match that is this row&apos;s person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The row&apos;s id (first column of rejects).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without --person, lists the possible matches of a row rejected for an invalid ID: persons in the pool with the same name whose valid ID is one edit away, best first. With --person, links the row to that person for screening; the ID as written is kept, and who confirmed it is audited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejects match needs one row id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a row id (see: rejects)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No possible match for row %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found in</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Linked to %1: %n row(s) of this list; the next screening uses them.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have other reasons to be rejected: the match is recorded, but they stay out.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Records that none of the possible matches is the person of a rejected row; the row stays rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejects dismiss needs one row id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1: possible matches dismissed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show a rejected row&apos;s possible matches, or link it to one (--person)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record that none of a rejected row&apos;s possible matches is its person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>correct a person read from a case file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run every model again, even one whose lists, parameters and county did not change since its last run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs screening models over the current lists and updates their clues: new, still present, gone. Review decisions are never lost. A model whose lists, parameters and county are as at its last run is not run again: its clues stand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note: not run again, since nothing they read changed after their last run; their clues stand (--force runs them anyway): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1 %2 x%3  e.g. %4</source>
        <comment>severity, code, count, an example</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new pool is made by the first import into it: cluedesk-cli --pool %1 import ...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot; (see: cluedesk-cli %2 --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building the search indexes (%1 rows)...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving to the pool (%1 rows)...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrading the pool from schema %1 to %2; a large pool takes a few seconds. Do not interrupt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have another broken ID number: the match is recorded, and the row is imported once that one is matched too.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>matched to %1 by %2; imported once the row&apos;s other broken ID is matched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>matched to %1 by %2; other reasons keep the row out</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cluedesk::ui::Application</name>
    <message>
        <source>An internal error stopped this step: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cluedesk::ui::AuditScreen</name>
    <message>
        <source>Action, e.g. login, person, clue.status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject or detail contains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify the chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#1B6E20&apos;&gt;✔ The audit log is whole: %1 entries, each following the one before.&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#B00000&apos;&gt;&lt;b&gt;✘ The audit log was tampered with:&lt;/b&gt; %1&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cluedesk::ui::CalculatorDialog</name>
    <message>
        <source>Assistance amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter set:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hardship band:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hardship coefficient:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Additional groups (k, 0 = no):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Victim&apos;s fault:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decide this amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2; 0 when the person is not in this group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The inputs are not complete yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &lt;span style=&apos;color:#1A7F37&apos;&gt;(from the pool)&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the pool: %1, %2. Filled in at the lowest k; change it or set 0 if it does not apply.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cluedesk::ui::CaseFilesScreen</name>
    <message>
        <source>Red</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Victim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Injury</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disability grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyword</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Case files&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add case files...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add PDFs or scans (Ctrl+Shift+O); or drag files and folders here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add folder...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the name or ID number of the selected victim (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only files with extractions to review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Victims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where it was read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Text read from the page&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;div style=&apos;font-size:15px; color:#444&apos;&gt;&lt;p&gt;&lt;b&gt;No case files yet.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Drag PDFs, scans or whole folders here, or click &lt;i&gt;Add case files...&lt;/i&gt;&lt;/p&gt;&lt;p style=&apos;color:#777&apos;&gt;Pages with a text layer are read directly, scans by OCR in Chinese. Case number, charge, victims with ID numbers, injury and compensation or understanding words are picked out; victims go to the victims list for the models.&lt;/p&gt;&lt;/div&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case file %1, %2, %3 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OCR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text layer %1, OCR %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 case files, %2 pages (%3 read by OCR); %4 extractions wait for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no valid ID)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a case file to see its pages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pages show ID numbers in full, and your role reads masked ID numbers only. The text and the facts beside are masked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1, read by OCR (confidence %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1, text layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add case files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case files (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.bmp);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add every case file in a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No PDFs or scans (PNG, JPEG, TIFF, BMP) were found in:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Reading %n case file(s)...</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1: not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (file %2 of %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (file %2 of %3)
page %4 read by %5 — %6 of %7 pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 pages, grade %3, %4 victims%5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1 to review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 case files added: %3 pages, %4 of them read by OCR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 extractions wait for your review: they are marked red in the facts list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: the file being read and the files after it were not added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not added:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a victim or another person in the facts list first; the ones the reader was not sure of are marked red.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is now in the victims list. Run the models (F5 on the Clues screen) to screen the person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is recorded as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested aid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct a person...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Facts&lt;/b&gt; — click one to see its page; double-click a person marked red to correct them</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cluedesk::ui::ClueTableModel</name>
    <message>
        <source>Red</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Town</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number / case</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cluedesk::ui::CluesScreen</name>
    <message>
        <source>Run all models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screen the current lists with every enabled model (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New in last run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name or ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Evidence&lt;/b&gt; — the rows that made this clue fire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;History&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change status...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add note...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person, visit and amount...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the person&apos;s profile (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write letter...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;div style=&apos;font-size:15px; color:#444&apos;&gt;&lt;p&gt;&lt;b&gt;No clues yet.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Import this month&apos;s lists on the Data pool screen, then press &lt;b&gt;Run all models&lt;/b&gt; (F5).&lt;/p&gt;&lt;p&gt;Every person a model finds appears here with the rows that made it fire.&lt;/p&gt;&lt;/div&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All grades</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Red</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open (not yet decided)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All towns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 clues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;%1 &lt;small&gt;%2&lt;/small&gt;&lt;/h3&gt;&lt;p&gt;%3&lt;/p&gt;&lt;p style=&apos;color:#666&apos;&gt;%4 · first found %5 · %6&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n clue(s) selected</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; · %2 · row %3 · %4&lt;br/&gt;&lt;span style=&apos;color:#444&apos;&gt;%5&lt;/span&gt;&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:#666&apos;&gt;Nothing recorded yet.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running the screening models...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This clue is about a case, an organisation or an auction lot, not a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (as written)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (%1 yuan recovered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected clues have different statuses or review paths. Select clues of one kind with the same status to change them together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screening done: %1 models ran.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screening done: %1 ran; %2 not run again, since nothing they read changed after their last run (their clues stand).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clue %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note was not saved on %1 of %2 clues:
%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 models done; the last: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screening cancelled: %1 models ran and kept their clues; %2 did not run (their clues are as before).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Running %n model(s), two at a time...</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cluedesk::ui::ConflictsDialog</name>
    <message>
        <source>Conflicts from visit packages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same thing was changed at the office and in the field. Nothing was overwritten: choose which version to keep; the other stays on record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At the office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the office&apos;s version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the field&apos;s version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit changed in both places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clue decided meanwhile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>visits recorded against status %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cluedesk::ui::CorrectPersonDialog</name>
    <message>
        <source>Correct a person read from the case file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Page %1 reads:&lt;/p&gt;&lt;blockquote&gt;%2&lt;/blockquote&gt;&lt;p&gt;%3&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>18 characters, as written on the page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible matches in the pool (same name, ID one edit away):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take this person&apos;s ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#1E7B34&apos;&gt;Valid ID number: born %1, %2.&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>female</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cluedesk::ui::DashboardScreen</name>
    <message>
        <source>no annual budget set (Settings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 yuan of the annual budget used (%3%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;%1&lt;/h2&gt;&lt;p&gt;Assistance decided in %1: &lt;b&gt;%2 yuan&lt;/b&gt;; %3. Average time from clue to decision: &lt;b&gt;%4&lt;/b&gt;.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no decisions yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Red</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clues per model and grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From clue to help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Being verified or further</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assisted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assistance decided per month (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assistance decided per case type (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export figures (xlsx)...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This year&apos;s table per model, with money and letters: the same as cluedesk-cli stats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>figures-%1.xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Supervision in %1: &lt;b&gt;%2&lt;/b&gt; suggestions issued, &lt;b&gt;%3&lt;/b&gt; corrected, &lt;b&gt;%4 yuan&lt;/b&gt; recovered. Letters: %5 issued, %6 replied, &lt;span style=&apos;color:%8&apos;&gt;&lt;b&gt;%7 overdue&lt;/b&gt;&lt;/span&gt;.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervision this year: from finding to correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggestion issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letters this year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
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
    <message>
        <source>Import lists (Ctrl+I)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;span style=&apos;color:#B06000&apos;&gt;%n list(s) past their update cycle: ask for the latest before screening.&lt;/span&gt; </source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Tables (*.xlsx *.xls *.csv *.txt *.xml *.htm *.html);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows read; building the search indexes...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows read; saving to the pool...</source>
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
    <message>
        <source>Current, out of date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This list is updated %1; this version is %2 days past that. Ask the bureau for the latest list before screening.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cluedesk::ui::FieldPackageDialog</name>
    <message>
        <source>Visit package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-time passphrase of %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the clues to visit on the Clues screen first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export visit package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>visits-%1.cdvisit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit packages (*.cdvisit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;%n person(s) exported to %1.&lt;/p&gt;&lt;p&gt;One-time passphrase:&lt;/p&gt;&lt;h2&gt;%2&lt;/h2&gt;&lt;p&gt;Write it down and give it to the visiting officer separately from the USB stick. It is shown only now.&lt;/p&gt;</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Import returned visit package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits added: %1, updated: %2; notes added: %3; already here: %4; conflicts to resolve: %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open visit package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household visits — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Town</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record visit...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add note...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Visit %1 (%2): %3&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note:</source>
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
    <name>cluedesk::ui::LetterDialog</name>
    <message numerus="yes">
        <source>Write letter (%n person(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Letter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested measures (empty: the template&apos;s wording)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measures:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print preview...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue and save PDF...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1〔%2〕(number when issued)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter %1 is registered, but %2 could not be written: %3. Save it again from the letter register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save letter as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1-%2.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter %1 issued and saved to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The letter was not printed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cluedesk::ui::LettersScreen</name>
    <message>
        <source>Save PDF...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark void...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save letter as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark letter void</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is %1 void?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Letter register&lt;/b&gt; — numbered per year without gaps; a void letter keeps its number. Write letters from the Clues screen after a decision; record each reply here. Letters past their reply date are shown in red.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record reply...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The letter was not printed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cluedesk::ui::LoginDialog</name>
    <message>
        <source>Log in — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This pool is encrypted. Your own password opens it; you do not need the pool passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the pool passphrase…</source>
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
    <message>
        <source>Clues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#B00000&apos;&gt;Pool not encrypted&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export visit package for selected clues...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import returned visit package...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open visit package (field laptop)...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts from visit packages...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;case files...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ClueDesk closes the pool now.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cluedesk::ui::ModelsScreen</name>
    <message>
        <source>Run this model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import model...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export model...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In plain words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model as JSON: change filters, keyword lists and steps; Check before saving. A built-in model is saved as the office&apos;s own copy under a new id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as office model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Models (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (off)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>built-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the office&apos;s own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Legal basis:&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not valid JSON at character %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#1B6E20&apos;&gt;✔ The model is valid.&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not imported: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running the model...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 clues: %2 new, %3 still present, %4 gone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thresholds and other values of the model, with their legal basis. Change a value here, then Check and Save as office model on the Edit page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A table: change it on the Edit page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#B00000&apos;&gt;✘ The JSON on the Edit page no longer matches this table; correct it there.&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing this model reads changed since its run of %1, so it was not run again: its %2 clues stand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <comment>a model parameter&apos;s value</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cluedesk::ui::PageViewer</name>
    <message>
        <source>Previous page (Page Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next page (Page Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the page at full size instead of fitted to the width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This page cannot be shown.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cluedesk::ui::PassphraseDialog</name>
    <message>
        <source>Protect the new pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypt this pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the pool&apos;s passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;The pool &lt;b&gt;%1&lt;/b&gt; will hold ID numbers, hardship and crime victims&apos; data. Everything in it is encrypted with this passphrase; without it nobody, not even ClueDesk, can read the file. Choose several unrelated words and keep the passphrase where only the office can find it: it cannot be recovered.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strength:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the pool unencrypted (not recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone who gets the file, a copy or the laptop reads every person in it. Only for made-up data, or encrypt it later in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two entries differ.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cluedesk::ui::PersonDialog</name>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record visit...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calculate amount...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show full ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Born %1, %2, age %3 · %4&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>local or not unknown (set the county&apos;s ID prefix in Settings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>local</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not local</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:#B00000&apos;&gt;&lt;b&gt;Already given judicial aid&lt;/b&gt; — the models do not propose this person again.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Clues and decisions&lt;/h3&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;h3&gt;Lists (%n row(s))&lt;/h3&gt;</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name as written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID as written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Case files&lt;/h3&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Case file %1, page %2: %3&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Household visits&lt;/h3&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:#666&apos;&gt;No visit recorded yet.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; by %2&lt;br/&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Assistance amounts&lt;/h3&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Letters&lt;/h3&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (void)</source>
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
    <message>
        <source>Possible match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it is near</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the person: link the row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked to %1 (by %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None is the person (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n possible match(es)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) rejected for an invalid ID have a person in the pool with the same name and an ID one edit away. Select a row to see them; nothing is linked until you confirm.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Rows rejected for an invalid ID show here the persons in the pool with the same name and an ID one edit away. None is waiting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A prosecutor confirms or dismisses matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one in the pool has this name with an ID one edit away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not linked</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Linked to %1 %2: %n row(s) of this list; the next screening uses them.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have other reasons to be rejected and stay out.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <comment>why a row was not imported</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The match with %1 %2 is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have another broken ID number and are imported once that one is matched too.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Matched to %1 (by %2); imported once the row&apos;s other broken ID is matched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matched to %1 (by %2); other reasons keep the row out</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cluedesk::ui::ReplyDialog</name>
    <message>
        <source>Record reply to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replied on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the department did, e.g. 已停发养老金并追回多发金额</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach the reply...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The department&apos;s reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replies (*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.doc *.docx);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cluedesk::ui::SettingsScreen</name>
    <message>
        <source>Office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>County:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID region prefix (local people):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office name (letters):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short name for letter numbers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact for letters:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annual assistance budget (yuan):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first six digits of local ID numbers, e.g. 330382</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter sets for assistance amounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Benchmark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Origin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import parameter set...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add user...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>built-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the office&apos;s own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID region prefix has six digits, e.g. 330382.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import parameter set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter sets (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This pool is encrypted (XChaCha20-Poly1305; key from the passphrase with Argon2id).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:#B00000&apos;&gt;This pool is not encrypted.&lt;/b&gt; Anyone with the file reads every person in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change passphrase...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypt this pool...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pool now opens only with the new passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pool is encrypted now. Backups and copies made before are not: delete them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Former region codes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Codes the county had before a renaming or merger, separated by commas: people born then carry them in their ID numbers. A household address naming the county also makes a person local.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Former region codes have six digits each, separated by commas, e.g. 330322, 330325.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cluedesk::ui::StatusDialog</name>
    <message>
        <source>Change status</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Change status of %n clue(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Now:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was found and why (required for a decision; it is quoted in letters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A decision needs a reason: say what was found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> yuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Money recovered:</source>
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
<context>
    <name>cluedesk::ui::VisitDialog</name>
    <message>
        <source>Household visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who visited, e.g. 王检察官、李书记员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visitors:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Situation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As told, e.g. 务农，年收入约八千元</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Income:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> yuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household income per month:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Illness or disability:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Housing:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgent needs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The officer&apos;s conclusion; it is quoted in letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conclusion:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say who visited and what they concluded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
