<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>Access</name>
    <message>
        <source>Log in first: this pool has users.</source>
        <translation>请先登录：此数据池已设置用户。</translation>
    </message>
    <message>
        <source>Your role (%1) may not do this; it needs: %2.</source>
        <translation>您的角色（%1）无权执行此操作；需要：%2。</translation>
    </message>
</context>
<context>
    <name>AssistanceCalculator</name>
    <message>
        <source>unknown case type &quot;%1&quot;; parameter set %2 has: %3</source>
        <translation>未知案件类型“%1”；参数方案 %2 包含：%3</translation>
    </message>
    <message>
        <source>unknown hardship band &quot;%1&quot;; expected one of: %2</source>
        <translation>未知困难程度“%1”；应为以下之一：%2</translation>
    </message>
    <message>
        <source>the hardship coefficient %1 is outside the &quot;%2&quot; band; expected %3 to %4</source>
        <translation>困难系数 %1 超出“%2”档的范围；应为 %3 至 %4</translation>
    </message>
    <message>
        <source>unknown additional group &quot;%1&quot;</source>
        <translation>未知附加救助对象“%1”</translation>
    </message>
    <message>
        <source>the additional coefficient %1 for &quot;%2&quot; is outside %3 to %4</source>
        <translation>“%2”的附加系数 %1 超出 %3 至 %4 的范围</translation>
    </message>
    <message>
        <source>unknown fault preset &quot;%1&quot;</source>
        <translation>未知过错预设“%1”</translation>
    </message>
    <message>
        <source>the fault coefficient must lie between 0 and 1</source>
        <translation>过错系数应在 0 到 1 之间</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>entry %1 is missing: the log jumps from %2 to %3</source>
        <translation>第 %1 条记录缺失：日志从 %2 跳到了 %3</translation>
    </message>
    <message>
        <source>entry %1 does not follow the entry before it</source>
        <translation>第 %1 条记录与前一条记录衔接不上</translation>
    </message>
    <message>
        <source>entry %1 was changed after it was written</source>
        <translation>第 %1 条记录在写入后被修改过</translation>
    </message>
    <message>
        <source>the newest entries were removed: the log ends at %1, but entry %2 was written</source>
        <translation>最新的记录被删除：日志止于第 %1 条，但曾写入第 %2 条</translation>
    </message>
    <message>
        <source>the mark of where the keyed chain begins was changed</source>
        <translation>标记密钥链起点的记录被改动过</translation>
    </message>
    <message>
        <source>entry %1 is not the one recorded outside the pool (on a backup or a letter): the log was rewritten</source>
        <translation>第 %1 条与数据池外留存的记录（备份或文书上）不一致：日志被改写过</translation>
    </message>
    <message>
        <source>entry %1, recorded outside the pool, is no longer in the log</source>
        <translation>数据池外留存的第 %1 条已不在日志中</translation>
    </message>
</context>
<context>
    <name>CalculationStore</name>
    <message>
        <source>%1 yuan is %2% %3 the median of past decisions for this case type (%4 yuan); check the coefficients or record why</source>
        <translation>%1 元%3该类案件以往决定金额中位数（%4 元）%2%；请核对系数或记录理由</translation>
    </message>
    <message>
        <source>above</source>
        <translation>高于</translation>
    </message>
    <message>
        <source>below</source>
        <translation>低于</translation>
    </message>
</context>
<context>
    <name>CaseFileReader</name>
    <message>
        <source>page %1 of %2 cannot be rendered</source>
        <translation>%2 的第 %1 页无法渲染</translation>
    </message>
    <message>
        <source>Reading %1 was cancelled; nothing was added.</source>
        <translation>已取消读取 %1；未添加任何内容。</translation>
    </message>
</context>
<context>
    <name>CaseFileSource</name>
    <message>
        <source>%1 is empty (0 bytes).</source>
        <translation>%1 是空文件（0 字节）。</translation>
    </message>
    <message>
        <source>%1 is damaged: it is not a readable PDF. Ask for the file again or scan the paper file.</source>
        <translation>%1 已损坏：不是可读取的 PDF。请重新索取文件或扫描纸质材料。</translation>
    </message>
    <message>
        <source>%1 is password-protected; open it with the password, save an unprotected copy and add that.</source>
        <translation>%1 有密码保护；请用密码打开，另存一份无密码的副本后再添加。</translation>
    </message>
    <message>
        <source>%1 has no pages.</source>
        <translation>%1 没有页面。</translation>
    </message>
    <message>
        <source>%1 is neither a PDF nor a scanned image (PNG, JPEG, TIFF); expected a case document.</source>
        <translation>%1 既不是 PDF 也不是扫描图像（PNG、JPEG、TIFF）；应为案卷材料。</translation>
    </message>
    <message>
        <source>%1 is damaged: the image cannot be decoded.</source>
        <translation>%1 已损坏：图像无法解码。</translation>
    </message>
</context>
<context>
    <name>CaseFileStore</name>
    <message>
        <source>%1 was already added (as %2, case file %3, on %4).</source>
        <translation>%1 已添加过（名为 %2，案卷 %3，添加于 %4）。</translation>
    </message>
    <message>
        <source>%1 could not be stored; nothing was changed: %2</source>
        <translation>%1 无法保存，未做任何更改：%2</translation>
    </message>
    <message>
        <source>There is no extracted fact %1.</source>
        <translation>不存在提取要素 %1。</translation>
    </message>
    <message>
        <source>Fact %1 is not a person.</source>
        <translation>第%1项不是人员。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is no role; expected one of %2.</source>
        <translation>“%1”不是诉讼身份；应为 %2 之一。</translation>
    </message>
    <message>
        <source>Give the person&apos;s name as the page shows it.</source>
        <translation>请按页面所写填写此人姓名。</translation>
    </message>
</context>
<context>
    <name>ColumnMapping</name>
    <message>
        <source>the mapping names field &quot;%1&quot;, which type &quot;%2&quot; does not have</source>
        <translation>映射中的字段“%1”在类型“%2”中不存在</translation>
    </message>
    <message>
        <source>the mapping names column &quot;%1&quot;, which the header row %2 does not have</source>
        <translation>映射中的列“%1”在第 %2 行表头中不存在</translation>
    </message>
    <message>
        <source>%1 is not a valid mapping file: %2 at character %3; expected a JSON object like {&quot;columns&quot;: {&quot;身份证&quot;: &quot;id_number&quot;}}</source>
        <translation>%1 不是有效的映射文件：第 %3 个字符处%2；应为形如 {&quot;columns&quot;: {&quot;身份证&quot;: &quot;id_number&quot;}} 的 JSON 对象</translation>
    </message>
    <message>
        <source>Cannot read the mapping file %1: %2</source>
        <translation>无法读取映射文件 %1：%2</translation>
    </message>
</context>
<context>
    <name>CreditCode</name>
    <message>
        <source>the unified social credit code is empty; expected 18 characters</source>
        <translation>统一社会信用代码为空；应为 18 位</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not 18 characters long; expected a unified social credit code (GB 32100)</source>
        <translation>“%1”不是 18 位；应为统一社会信用代码（GB 32100）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds characters a unified social credit code cannot have; expected digits and capitals without I, O, S, V, Z, and digits in places 3-8</source>
        <translation>“%1”含有统一社会信用代码中不能出现的字符；应为数字和大写字母（不含 I、O、S、V、Z），第 3–8 位应为数字</translation>
    </message>
    <message>
        <source>&quot;%1&quot; fails its check character (GB 32100); a character is probably mistyped</source>
        <translation>“%1”校验码不符（GB 32100）；可能有一位录错</translation>
    </message>
</context>
<context>
    <name>CryptoVfs</name>
    <message>
        <source>The passphrase is too short; use at least 8 characters.</source>
        <translation>口令太短；请至少使用 8 个字符。</translation>
    </message>
    <message>
        <source>Not enough memory to derive the key.</source>
        <translation>内存不足，无法派生密钥。</translation>
    </message>
    <message>
        <source>The key parameters in the file are out of range; it is damaged.</source>
        <translation>文件中的密钥参数超出范围；文件已损坏。</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is empty (0 bytes); expected a table with a header row.</source>
        <translation>%1 是空文件（0 字节）；应为带表头行的表格。</translation>
    </message>
    <message>
        <source>Unknown encoding &quot;%1&quot;; expected utf-8, gb18030 (also gbk) or utf-16le.</source>
        <translation>未知编码“%1”；应为 utf-8、gb18030（或 gbk）或 utf-16le。</translation>
    </message>
    <message>
        <source>%1 is not a text table: it contains binary data. Expected CSV text, .xlsx or .xls.</source>
        <translation>%1 不是文本表格：含有二进制数据。应为 CSV 文本、.xlsx 或 .xls。</translation>
    </message>
    <message>
        <source>This system cannot decode %1 text.</source>
        <translation>本系统无法解码 %1 编码的文本。</translation>
    </message>
    <message>
        <source>the row is longer than %1 characters and was cut; expected one record per line</source>
        <translation>该行超过 %1 个字符，已截断；应每行一条记录</translation>
    </message>
    <message>
        <source>a quote (&quot;) opened in this row is never closed, so the row was read as plain text; expected quotes in pairs</source>
        <translation>该行的引号（&quot;）没有闭合，已按普通文本读取；引号应成对出现</translation>
    </message>
    <message>
        <source>a cell is longer than %1 characters and was cut</source>
        <translation>有单元格超过 %1 个字符，已截断</translation>
    </message>
    <message>
        <source>the row holds bytes that are not valid %1 text; expected one encoding for the whole file (choose it with --encoding)</source>
        <translation>该行含有不是有效 %1 文本的字节；整个文件应使用同一种编码（可用 --encoding 指定）</translation>
    </message>
</context>
<context>
    <name>CsvWriter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>DatasetCatalog</name>
    <message>
        <source>&quot;%1&quot; is a built-in dataset type; give your type another id.</source>
        <translation>“%1”是内置的数据类型；请为您的类型另取一个标识。</translation>
    </message>
</context>
<context>
    <name>DatasetStore</name>
    <message>
        <source>There is no active dataset version %1.</source>
        <translation>不存在有效的数据集版本 %1。</translation>
    </message>
</context>
<context>
    <name>DatasetType</name>
    <message>
        <source>dataset type id &quot;%1&quot; is invalid; expected lowercase letters, digits, - or _ (e.g. &quot;town-subsidies&quot;)</source>
        <translation>数据类型标识“%1”无效；应由小写字母、数字、- 或 _ 组成（例如“town-subsidies”）</translation>
    </message>
    <message>
        <source>dataset type &quot;%1&quot; has no title</source>
        <translation>数据类型“%1”没有名称</translation>
    </message>
    <message>
        <source>dataset type &quot;%1&quot;: field name &quot;%2&quot; is invalid; expected lowercase letters, digits, - or _</source>
        <translation>数据类型“%1”：字段名“%2”无效；应由小写字母、数字、- 或 _ 组成</translation>
    </message>
    <message>
        <source>dataset type &quot;%1&quot;: field &quot;%2&quot; is defined twice</source>
        <translation>数据类型“%1”：字段“%2”重复定义</translation>
    </message>
    <message>
        <source>dataset type &quot;%1&quot;, field &quot;%2&quot; lists no column names</source>
        <translation>数据类型“%1”，字段“%2”没有列出列名</translation>
    </message>
    <message>
        <source>dataset type &quot;%1&quot; has no fields</source>
        <translation>数据类型“%1”没有字段</translation>
    </message>
    <message>
        <source>dataset type &quot;%1&quot;: person role &quot;%2&quot; is invalid</source>
        <translation>数据类型“%1”：人员角色“%2”无效</translation>
    </message>
    <message>
        <source>dataset type &quot;%1&quot;, role &quot;%2&quot;: &quot;%3&quot; is not a field of kind id</source>
        <translation>数据类型“%1”，角色“%2”：“%3”不是证件号类字段</translation>
    </message>
    <message>
        <source>dataset type &quot;%1&quot;, role &quot;%2&quot;: &quot;%3&quot; is not a field of kind name</source>
        <translation>数据类型“%1”，角色“%2”：“%3”不是姓名类字段</translation>
    </message>
    <message>
        <source>dataset type &quot;%1&quot; names no person role; expected at least one with an id field</source>
        <translation>数据类型“%1”没有人员角色；至少应有一个带证件号字段的角色</translation>
    </message>
    <message>
        <source>dataset type &quot;%1&quot;, field &quot;%2&quot;: kind &quot;%3&quot; is unknown; expected text, longtext, name, id, date, month, amount, number, org (an organisation&apos;s name), case (a case number) or credit_code (a unified social credit code)</source>
        <translation>数据类型“%1”的字段“%2”：类别“%3”无法识别；应为 text、longtext、name、id、date、month、amount、number、org（单位名称）、case（案号）或 credit_code（统一社会信用代码）</translation>
    </message>
    <message>
        <source>monthly</source>
        <translation>每月</translation>
    </message>
    <message>
        <source>quarterly</source>
        <translation>每季度</translation>
    </message>
    <message>
        <source>yearly</source>
        <translation>每年</translation>
    </message>
    <message>
        <source>every %1 days</source>
        <translation>每%1天</translation>
    </message>
    <message>
        <source>dataset type &quot;%1&quot;: update_cycle_days cannot be negative</source>
        <translation>名单类型“%1”：update_cycle_days 不能为负数</translation>
    </message>
</context>
<context>
    <name>Expression</name>
    <message>
        <source>an operator or the end</source>
        <translation>运算符或表达式结尾</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>a closing quote</source>
        <translation>右引号</translation>
    </message>
    <message>
        <source>a field, a number, &apos;text&apos; or an operator</source>
        <translation>字段、数字、&apos;文字&apos;或运算符</translation>
    </message>
    <message>
        <source>expression &quot;%1&quot;, character %2: expected %3</source>
        <translation>表达式“%1”第 %2 个字符处：应为%3</translation>
    </message>
    <message>
        <source>a field, a number or &apos;text&apos;</source>
        <translation>字段、数字或&apos;文字&apos;</translation>
    </message>
    <message>
        <source>a field after &quot;%1.&quot;</source>
        <translation>“%1.”之后的字段名</translation>
    </message>
    <message>
        <source>with.FIELD inside sum()</source>
        <translation>sum() 中只能是 with.字段</translation>
    </message>
    <message>
        <source>a function: year, month, days, abs, contains, empty, sum or casenumber</source>
        <translation>函数：year、month、days、abs、contains、empty、sum 或 casenumber</translation>
    </message>
</context>
<context>
    <name>ExtractionRules</name>
    <message>
        <source>a keyword category has no id</source>
        <translation>有关键词类别没有标识</translation>
    </message>
    <message>
        <source>the decision tree is more than 20 levels deep</source>
        <translation>判定树超过20层</translation>
    </message>
    <message>
        <source>the decision tree names grade &quot;%1&quot;; expected red, orange, yellow or &quot;&quot; (none)</source>
        <translation>判定树中的等级“%1”无效；应为 red、orange、yellow 或 &quot;&quot;（不预警）</translation>
    </message>
    <message>
        <source>a node of the decision tree needs &quot;grade&quot;, or &quot;if&quot;, &quot;then&quot; and &quot;else&quot;</source>
        <translation>判定树的节点须有 &quot;grade&quot;，或同时有 &quot;if&quot;、&quot;then&quot; 和 &quot;else&quot;</translation>
    </message>
    <message>
        <source>a charge profile has no charge</source>
        <translation>罪名要点缺少罪名</translation>
    </message>
</context>
<context>
    <name>FactExtractor</name>
    <message>
        <source>OCR confidence %1% on page %2 is low; check against the page</source>
        <translation>第 %2 页 OCR 置信度仅 %1%；请对照原页核对</translation>
    </message>
    <message>
        <source>%1 (page %2: &quot;%3&quot;)</source>
        <translation>%1（第 %2 页：“%3”）</translation>
    </message>
    <message>
        <source>OCR confidence %1% is low; check the name and ID against the page</source>
        <translation>OCR 置信度仅 %1%；请对照原页核对姓名和身份证号码</translation>
    </message>
    <message>
        <source>%1: yes</source>
        <translation>%1：是</translation>
    </message>
    <message>
        <source>%1: no</source>
        <translation>%1：否</translation>
    </message>
    <message>
        <source>Decision: %1</source>
        <translation>判定：%1</translation>
    </message>
    <message>
        <source>Charge profile %1</source>
        <translation>罪名要点 %1</translation>
    </message>
    <message>
        <source>no compensation, settlement or understanding found</source>
        <translation>未见赔偿、和解或谅解</translation>
    </message>
</context>
<context>
    <name>FieldPackage</name>
    <message>
        <source>%1 is not a readable visit package: %2</source>
        <translation>%1 不是可读取的走访包：%2</translation>
    </message>
    <message>
        <source>Choose the clues to visit first.</source>
        <translation>请先选择要走访的线索。</translation>
    </message>
    <message>
        <source>There is no clue %1.</source>
        <translation>不存在线索 %1。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>it does not start like a ClueDesk visit package</source>
        <translation>文件开头不像 ClueDesk 走访包</translation>
    </message>
    <message>
        <source>Wrong passphrase for %1, or the file was changed.</source>
        <translation>%1 的口令错误，或文件已被改动。</translation>
    </message>
    <message>
        <source>The clue is not in this package.</source>
        <translation>该线索不在此走访包中。</translation>
    </message>
    <message>
        <source>The visit date &quot;%1&quot; is not a date; expected YYYY-MM-DD.</source>
        <translation>走访日期“%1”不是日期；应为 YYYY-MM-DD。</translation>
    </message>
    <message>
        <source>There is no visit %1 in this package.</source>
        <translation>此走访包中没有走访记录 %1。</translation>
    </message>
    <message>
        <source>The note is empty.</source>
        <translation>备注为空。</translation>
    </message>
    <message>
        <source>This package was not exported from this pool.</source>
        <translation>此走访包不是从本数据池导出的。</translation>
    </message>
    <message>
        <source>The package could not be merged; nothing was changed: %1</source>
        <translation>走访包无法合并，未做任何更改：%1</translation>
    </message>
    <message>
        <source>Keep &quot;office&quot; or &quot;field&quot;.</source>
        <translation>请选择保留“office”（院内）或“field”（外勤）。</translation>
    </message>
    <message>
        <source>There is no open conflict %1.</source>
        <translation>不存在未处理的冲突 %1。</translation>
    </message>
    <message>
        <source>The package was refused, nothing was merged: %1</source>
        <translation>走访包被拒收，未合并任何内容：%1</translation>
    </message>
    <message>
        <source>visit %1 is for a clue the package did not carry</source>
        <translation>走访记录 %1 所属的线索不在该走访包中</translation>
    </message>
    <message>
        <source>visit %1 did not leave with this package</source>
        <translation>走访记录 %1 并非随该走访包导出</translation>
    </message>
    <message>
        <source>a note is for a clue the package did not carry</source>
        <translation>有备注所属的线索不在该走访包中</translation>
    </message>
    <message>
        <source>There is no user &quot;%1&quot; to take the package.</source>
        <translation>没有名为“%1”的用户可以领取走访包。</translation>
    </message>
</context>
<context>
    <name>HtmlTableReader</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is an HTML table larger than 512 MB; save it as .xlsx or .csv first.</source>
        <translation>%1 是超过 512 MB 的 HTML 表格；请先另存为 .xlsx 或 .csv。</translation>
    </message>
    <message>
        <source>a cell is longer than %1 characters and was cut</source>
        <translation>有单元格超过 %1 个字符，已截断</translation>
    </message>
    <message>
        <source>%1 looks like an HTML table but cannot be read as HTML.</source>
        <translation>%1 看起来是 HTML 表格，但无法按 HTML 读取。</translation>
    </message>
</context>
<context>
    <name>IdNumber</name>
    <message>
        <source>OCR read &quot;%1&quot;; corrected to %2 because the check character then validates</source>
        <translation>OCR 识别为“%1”；已更正为 %2，因为更正后校验码正确</translation>
    </message>
    <message>
        <source>the ID number is empty; expected 18 characters (or a 15-digit legacy number)</source>
        <translation>身份证号码为空；应为 18 位（或 15 位旧号码）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; looks like an ID number that Excel stored as a number, so its last digits are lost; expected the ID as text (ask the sender to format the column as text)</source>
        <translation>“%1”像是被 Excel 存成数字的身份证号码，末几位已丢失；身份证号码应以文本形式保存（请发送单位把该列设为文本格式）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ID number; expected 17 digits followed by a digit or X</source>
        <translation>“%1”不是身份证号码；应为 17 位数字加 1 位数字或 X</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has %2 characters; expected 18 (or a 15-digit legacy number)</source>
        <translation>“%1”有 %2 位；应为 18 位（或 15 位旧号码）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; starts with %2, which is no province code; expected a region code such as 33xxxx</source>
        <translation>“%1”以 %2 开头，不是省级代码；应为 33xxxx 这样的地区码</translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds no possible birth date (characters 7-14); expected YYYYMMDD</source>
        <translation>“%1”第 7–14 位不是有效的出生日期；应为 YYYYMMDD</translation>
    </message>
    <message>
        <source>&quot;%1&quot; fails its check character (GB 11643); a digit is probably mistyped</source>
        <translation>“%1”校验码不符（GB 11643）；可能有一位数字录错</translation>
    </message>
    <message>
        <source>; its region code %1 is not in GB/T 2260 either</source>
        <translation>；其地区码%1也不在GB/T 2260代码表中</translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <source>, row %1</source>
        <translation>，第 %1 行</translation>
    </message>
    <message>
        <source>, column %1</source>
        <translation>，第 %1 列</translation>
    </message>
    <message>
        <source>blank row</source>
        <translation>空行</translation>
    </message>
    <message>
        <source>the same person and facts as %1; imported once</source>
        <translation>与 %1 的人员和内容相同；只导入一次</translation>
    </message>
    <message>
        <source>%1 row %2</source>
        <translation>%1 第 %2 行</translation>
    </message>
    <message>
        <source>%1 [%2] row %3</source>
        <translation>%1 [%2] 第 %3 行</translation>
    </message>
    <message>
        <source>the sheet cannot be opened</source>
        <translation>工作表无法打开</translation>
    </message>
    <message>
        <source>%1: no header row for &quot;%2&quot; found in the first %3 rows; expected columns such as %4. Use a mapping file (--mapping) to name the columns.</source>
        <translation>%1：前 %3 行中没有找到“%2”的表头行；应有 %4 等列。请用映射文件（--mapping）指定各列。</translation>
    </message>
    <message>
        <source>Sheet skipped: %1</source>
        <translation>已跳过工作表：%1</translation>
    </message>
    <message>
        <source>%1: used the column mapping corrected for this layout before</source>
        <translation>%1：沿用了此前为该格式更正过的列映射</translation>
    </message>
    <message>
        <source>%1: the header in row %2 has no ID number column for %3; expected a column such as %4.</source>
        <translation>%1：第 %2 行表头中没有%3的身份证号码列；应有 %4 这样的列。</translation>
    </message>
    <message>
        <source>%1: header found in row %2; the rows above it are titles</source>
        <translation>%1：表头在第 %2 行；其上各行为标题</translation>
    </message>
    <message>
        <source>%1: %2 blank rows after the last data row were ignored</source>
        <translation>%1：最后一行数据之后的 %2 个空行已忽略</translation>
    </message>
    <message>
        <source>%1 has no sheet &quot;%2&quot;; its sheets are: %3</source>
        <translation>%1 中没有工作表“%2”；其工作表为：%3</translation>
    </message>
    <message>
        <source>%1: no sheet has a header for &quot;%2&quot;. %3</source>
        <translation>%1：没有工作表含有“%2”的表头。%3</translation>
    </message>
    <message>
        <source>Unknown dataset type &quot;%1&quot;; expected one of: %2</source>
        <translation>未知数据类型“%1”；应为以下之一：%2</translation>
    </message>
    <message>
        <source>No file to import.</source>
        <translation>没有要导入的文件。</translation>
    </message>
    <message>
        <source>%1 was already imported (as %2, dataset version %3 of type %4, on %5); the same file is not imported twice.</source>
        <translation>%1 已导入过（名为 %2，%4 类数据集版本 %3，导入于 %5）；同一文件不重复导入。</translation>
    </message>
    <message>
        <source>%1 is given twice (the same content).</source>
        <translation>%1 重复给出（内容相同）。</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was changed.</source>
        <translation>已取消导入；未做任何更改。</translation>
    </message>
    <message>
        <source>The import failed and nothing was changed: %1</source>
        <translation>导入失败，未做任何更改：%1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>where in the file: what is wrong</comment>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>Keyring</name>
    <message>
        <source>The keyring %1 is damaged (%2); open the pool with its passphrase.</source>
        <translation>密钥环 %1 已损坏（%2）；请用数据池口令打开数据池。</translation>
    </message>
    <message>
        <source>Cannot read the keyring %1: %2</source>
        <translation>无法读取密钥环 %1：%2</translation>
    </message>
    <message>
        <source>not a ClueDesk keyring</source>
        <translation>不是 ClueDesk 密钥环</translation>
    </message>
    <message>
        <source>slot of &quot;%1&quot;</source>
        <translation>“%1”的密钥槽</translation>
    </message>
    <message>
        <source>Cannot remove the keyring %1.</source>
        <translation>无法删除密钥环 %1。</translation>
    </message>
    <message>
        <source>Cannot write the keyring %1: %2</source>
        <translation>无法写入密钥环 %1：%2</translation>
    </message>
    <message>
        <source>The keyring of %1 is busy; try again.</source>
        <translation>%1 的密钥环正被占用；请稍后再试。</translation>
    </message>
    <message>
        <source>%1 is not an encrypted pool.</source>
        <translation>%1 不是加密的数据池。</translation>
    </message>
    <message>
        <source>The password is right, but the keyring beside %1 belongs to another copy of the pool. Open it with the pool passphrase; the administrator then sets the users&apos; passwords again.</source>
        <translation>密码正确，但 %1 旁的密钥环属于该数据池的另一份副本。请用数据池口令打开；之后由管理员重新设置各用户的密码。</translation>
    </message>
</context>
<context>
    <name>LetterComposer</name>
    <message>
        <source>unknown letter template &quot;%1&quot;; expected one of: %2</source>
        <translation>未知文书模板“%1”；应为以下之一：%2</translation>
    </message>
    <message>
        <source>a letter needs at least one clue</source>
        <translation>文书至少需要一条线索</translation>
    </message>
    <message>
        <source>a %1 needs the department it is addressed to</source>
        <translation>%1需要填写收件单位</translation>
    </message>
    <message>
        <source>(office name: set office.name)</source>
        <translation>（院名：请在设置中填写 office.name）</translation>
    </message>
    <message>
        <source>there is no clue %1</source>
        <translation>不存在线索 %1</translation>
    </message>
    <message>
        <source>a %1 is about one person; give one clue</source>
        <translation>%1只针对一人；请只选一条线索</translation>
    </message>
    <message>
        <source>a %1 needs the decided amount: calculate it and decide it first (cluedesk-cli calc --clue %2 ... --decide)</source>
        <translation>%1需要已确定的救助金额：请先计算并确定金额（cluedesk-cli calc --clue %2 ... --decide）</translation>
    </message>
    <message>
        <source>clue %1 (%2) follows the %3 path; a %4 is not written about such clues</source>
        <translation>线索%1（%2）属于%3类线索，不能制作%4</translation>
    </message>
    <message>
        <source>clue %1 (%2) is &quot;%3&quot;: record a verification decision (%4) before writing a %5 about it</source>
        <translation>线索%1（%2）当前为“%3”：请先作出核查结论（%4），再制作%5</translation>
    </message>
</context>
<context>
    <name>LetterPdf</name>
    <message>
        <source>The letter cannot be drawn on this device.</source>
        <translation>无法在此设备上绘制文书。</translation>
    </message>
    <message>
        <source>The PDF came out empty.</source>
        <translation>生成的 PDF 为空。</translation>
    </message>
</context>
<context>
    <name>LetterRegister</name>
    <message>
        <source>The letter could not be made, and no number was used: %1</source>
        <translation>文书未能生成，文号未被占用：%1</translation>
    </message>
    <message>
        <source>The letter could not be registered: %1</source>
        <translation>文书未能登记：%1</translation>
    </message>
    <message>
        <source>Say why the letter is void.</source>
        <translation>请说明作废理由。</translation>
    </message>
    <message>
        <source>There is no issued letter %1.</source>
        <translation>不存在已制发的文书 %1。</translation>
    </message>
    <message>
        <source>A reply to %1 cannot be dated before the letter (%2).</source>
        <translation>%1 的回复日期不能早于文书日期（%2）。</translation>
    </message>
    <message>
        <source>Say what the department replied.</source>
        <translation>请填写对方单位的回复内容。</translation>
    </message>
    <message>
        <source>The reply could not be recorded: %1</source>
        <translation>回复未能登记：%1</translation>
    </message>
</context>
<context>
    <name>ModelDefinition</name>
    <message>
        <source>%1 is not a valid model file: %2 at character %3</source>
        <translation>%1 不是有效的模型文件：第 %3 个字符处%2</translation>
    </message>
    <message>
        <source>model id &quot;%1&quot; is invalid; expected lowercase letters, digits, - or _</source>
        <translation>模型标识“%1”无效；应由小写字母、数字、- 或 _ 组成</translation>
    </message>
    <message>
        <source>model &quot;%1&quot; has no title</source>
        <translation>模型“%1”没有名称</translation>
    </message>
    <message>
        <source>model &quot;%1&quot;, step &quot;%2&quot;</source>
        <translation>模型“%1”，步骤“%2”</translation>
    </message>
    <message>
        <source>%1: unknown filter &quot;%2&quot;; expected one of %3</source>
        <translation>%1：未知筛选条件“%2”；应为 %3 之一</translation>
    </message>
    <message>
        <source>%1: field &quot;%2&quot; does not exist in dataset type &quot;%3&quot;</source>
        <translation>%1：数据类型“%3”中没有字段“%2”</translation>
    </message>
    <message>
        <source>%1: filter &quot;%2&quot; needs a field</source>
        <translation>%1：筛选条件“%2”需要指定字段</translation>
    </message>
    <message>
        <source>%1: filter &quot;%2&quot; on &quot;%3&quot; lists no values</source>
        <translation>%1：对“%3”的筛选条件“%2”没有列出取值</translation>
    </message>
    <message>
        <source>%1: filter &quot;%2&quot; needs years &gt; 0</source>
        <translation>%1：筛选条件“%2”需要年数大于 0</translation>
    </message>
    <message>
        <source>%1: filter &quot;%2&quot; needs at_field (a date field of the rows) or at (a date)</source>
        <translation>%1：筛选条件“%2”需要 at_field（行中的日期字段）或 at（日期）</translation>
    </message>
    <message>
        <source>model &quot;%1&quot; has no steps</source>
        <translation>模型“%1”没有步骤</translation>
    </message>
    <message>
        <source>model &quot;%1&quot;: step id &quot;%2&quot; is empty or used twice</source>
        <translation>模型“%1”：步骤标识“%2”为空或重复</translation>
    </message>
    <message>
        <source>%1: unknown kind &quot;%2&quot;; expected one of %3</source>
        <translation>%1：未知步骤类型“%2”；应为 %3 之一</translation>
    </message>
    <message>
        <source>%1: %2 &quot;%3&quot; is not an earlier step</source>
        <translation>%1：%2“%3”不是前面的步骤</translation>
    </message>
    <message>
        <source>%1: a source needs at least one dataset type</source>
        <translation>%1：数据来源至少需要一种数据类型</translation>
    </message>
    <message>
        <source>%1: unknown dataset type &quot;%2&quot;</source>
        <translation>%1：未知数据类型“%2”</translation>
    </message>
    <message>
        <source>%1: dataset type &quot;%2&quot; has no person role &quot;%3&quot;</source>
        <translation>%1：数据类型“%2”没有人员角色“%3”</translation>
    </message>
    <message>
        <source>%1: %2 needs at least two steps in &quot;of&quot;</source>
        <translation>%1：%2 的“of”中至少需要两个步骤</translation>
    </message>
    <message>
        <source>%1: subtract needs at least one step in &quot;minus&quot;</source>
        <translation>%1：subtract 的“minus”中至少需要一个步骤</translation>
    </message>
    <message>
        <source>%1: %2 is missing</source>
        <translation>%1：缺少 %2</translation>
    </message>
    <message>
        <source>%1: field &quot;%2&quot; (%3) does not exist in dataset type &quot;%4&quot;</source>
        <translation>%1：数据类型“%4”中没有字段“%2”（%3）</translation>
    </message>
    <message>
        <source>%1: count needs min &gt;= 1</source>
        <translation>%1：count 需要 min 不小于 1</translation>
    </message>
    <message>
        <source>%1: relations needs &quot;start&quot; and &quot;end&quot; filters</source>
        <translation>%1：relations 需要“start”和“end”筛选条件</translation>
    </message>
    <message>
        <source>model &quot;%1&quot;: output.from &quot;%2&quot; is not a step</source>
        <translation>模型“%1”：output.from“%2”不是步骤</translation>
    </message>
    <message>
        <source>model &quot;%1&quot;: default_grade &quot;%2&quot; is not red, orange or yellow</source>
        <translation>模型“%1”：default_grade“%2”不是 red、orange 或 yellow</translation>
    </message>
    <message>
        <source>model &quot;%1&quot;: a grade rule names step &quot;%2&quot;, which does not exist</source>
        <translation>模型“%1”：分级规则引用的步骤“%2”不存在</translation>
    </message>
    <message>
        <source>model &quot;%1&quot;: grade test &quot;%2&quot; is unknown; expected one of %3</source>
        <translation>模型“%1”：未知分级检验“%2”；应为 %3 之一</translation>
    </message>
    <message>
        <source>model &quot;%1&quot;: grade &quot;%2&quot; is not red, orange or yellow</source>
        <translation>模型“%1”：等级“%2”不是 red、orange 或 yellow</translation>
    </message>
    <message>
        <source>model &quot;%1&quot; has no reason text in its output</source>
        <translation>模型“%1”的输出中没有理由文字</translation>
    </message>
    <message>
        <source>%1: filter &quot;%2&quot; lists no roles</source>
        <translation>%1：筛选条件“%2”没有列出人员角色</translation>
    </message>
    <message>
        <source>%1: group needs min &gt;= 1 and min_share from 0 to 1</source>
        <translation>%1：分组步骤的 min 应不小于 1，min_share 应在 0 到 1 之间</translation>
    </message>
    <message>
        <source>%1: &quot;with.%2&quot; needs a &quot;with&quot; step</source>
        <translation>%1：使用“with.%2”需要指定 with 步骤</translation>
    </message>
    <message>
        <source>%1: &quot;$%2&quot; is not a parameter of the model (a number or a text)</source>
        <translation>%1：“$%2”不是本模型的参数（数值或文字）</translation>
    </message>
    <message>
        <source>model &quot;%1&quot;: parameter name &quot;%2&quot; is invalid or used twice</source>
        <translation>模型“%1”：参数名“%2”无效或重复</translation>
    </message>
    <message>
        <source>model &quot;%1&quot;: parameter &quot;%2&quot; needs a value (a number, a text or a table)</source>
        <translation>模型“%1”：参数“%2”缺少取值（数值、文字或表格）</translation>
    </message>
    <message>
        <source>model &quot;%1&quot;: every row of table &quot;%2&quot; needs words and at_least &gt; 0</source>
        <translation>模型“%1”：表格“%2”的每一行都需要关键词（words）和大于 0 的金额（at_least）</translation>
    </message>
    <message>
        <source>%1: key field &quot;%2&quot; does not exist in dataset type &quot;%3&quot;</source>
        <translation>%1：数据类型“%3”没有对象字段“%2”</translation>
    </message>
    <message>
        <source>%1: subject &quot;%2&quot; is unknown; expected one of %3</source>
        <translation>%1：对象类别“%2”无法识别；应为 %3 之一</translation>
    </message>
    <message>
        <source>%1: &quot;join&quot; and &quot;absent&quot; need a &quot;with&quot; step</source>
        <translation>%1：“join”和“absent”需要指定对照步骤（with）</translation>
    </message>
    <message>
        <source>%1: rekey needs either &quot;key&quot; (fields) or &quot;roles&quot; (persons)</source>
        <translation>%1：转换对象（rekey）需要指定“key”（字段）或“roles”（人员角色）之一</translation>
    </message>
    <message>
        <source>%1: key field &quot;%2&quot; does not exist in any list of &quot;%3&quot;</source>
        <translation>%1：“%3”的名单中都没有对象字段“%2”</translation>
    </message>
    <message>
        <source>%1: table &quot;%2&quot; is not a table among the model&apos;s parameters</source>
        <translation>%1：“%2”不是本模型参数中的表格</translation>
    </message>
    <message>
        <source>%1, %2: unknown key &quot;%3&quot;; expected one of %4</source>
        <translation>%1，%2：无法识别的键“%3”；应为 %4 之一</translation>
    </message>
    <message>
        <source>model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>model &quot;%1&quot;, step &quot;%2&quot;: %3 &quot;$%4&quot; is not a number among the parameters</source>
        <translation>模型“%1”步骤“%2”：%3 引用的“$%4”不是数值参数</translation>
    </message>
    <message>
        <source>model &quot;%1&quot;: workflow &quot;%2&quot; is unknown; expected aid or supervision</source>
        <translation>模型“%1”：办理流程“%2”无法识别；应为 aid（司法救助）或 supervision（监督）</translation>
    </message>
    <message>
        <source>%1: age, local and role filters need persons; this step&apos;s subjects are %2</source>
        <translation>%1：年龄、本地户籍和角色条件只适用于人员；该步骤的对象是 %2</translation>
    </message>
    <message>
        <source>%1: a source is about the persons in &quot;roles&quot; or about its &quot;key&quot;, not both</source>
        <translation>%1：数据来源以“roles”中的人员或以“key”字段为对象，二者只能选一</translation>
    </message>
    <message>
        <source>%1: no list of &quot;%2&quot; has the person role &quot;%3&quot;</source>
        <translation>%1：“%2”的名单中都没有人员角色“%3”</translation>
    </message>
    <message>
        <source>model &quot;%1&quot;, step &quot;%2&quot;: values &quot;$%3&quot; is not a text among the parameters</source>
        <translation>模型“%1”步骤“%2”：values“$%3”不是参数中的文本</translation>
    </message>
</context>
<context>
    <name>ModelLibrary</name>
    <message>
        <source>&quot;%1&quot; is a built-in model; save your version under another id.</source>
        <translation>“%1”是内置模型；请用另一个标识保存您的版本。</translation>
    </message>
    <message>
        <source>There is no model &quot;%1&quot;.</source>
        <translation>不存在模型“%1”。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a built-in model; it can be switched off, not removed.</source>
        <translation>“%1”是内置模型；只能停用，不能删除。</translation>
    </message>
    <message>
        <source>There is no office model &quot;%1&quot;.</source>
        <translation>不存在本院模型“%1”。</translation>
    </message>
</context>
<context>
    <name>NearIds</name>
    <message>
        <source>digits %1 and %2 swapped</source>
        <translation>第%1、%2位数字颠倒</translation>
    </message>
    <message>
        <source>digit %1 misread (a look-alike digit)</source>
        <translation>第%1位为形近数字误读</translation>
    </message>
    <message>
        <source>digit %1 differs</source>
        <translation>第%1位数字不同</translation>
    </message>
    <message>
        <source>only the check character differs</source>
        <translation>仅校验码不同</translation>
    </message>
    <message>
        <source>a digit missing at %1</source>
        <translation>第%1位处漏录一位数字</translation>
    </message>
    <message>
        <source>one digit too many at %1</source>
        <translation>第%1位处多录一位数字</translation>
    </message>
    <message>
        <source>%1 (15-digit legacy number)</source>
        <translation>%1（15位旧号码）</translation>
    </message>
</context>
<context>
    <name>OcrEngine</name>
    <message>
        <source>Tesseract could not load the &quot;%1&quot; language data; install tesseract-ocr-chi-sim (scripts/setup.sh does)</source>
        <translation>Tesseract 无法加载“%1”语言数据；请安装 tesseract-ocr-chi-sim（scripts/setup.sh 会安装）</translation>
    </message>
    <message>
        <source>Reading cancelled.</source>
        <translation>已取消读取。</translation>
    </message>
    <message>
        <source>Tesseract could not read the page.</source>
        <translation>Tesseract 无法识别该页。</translation>
    </message>
</context>
<context>
    <name>ParameterSet</name>
    <message>
        <source>the parameter set has no id</source>
        <translation>参数方案没有标识</translation>
    </message>
    <message>
        <source>parameter set &quot;%1&quot;</source>
        <translation>参数方案“%1”</translation>
    </message>
    <message>
        <source>%1: effective_from is not a date; expected YYYY-MM-DD</source>
        <translation>%1：effective_from 不是日期；应为 YYYY-MM-DD</translation>
    </message>
    <message>
        <source>%1: benchmark.amount must be a positive amount in yuan</source>
        <translation>%1：benchmark.amount 应为以元计的正数金额</translation>
    </message>
    <message>
        <source>%1: %2 &quot;%3&quot; has no valid coefficient</source>
        <translation>%1：%2“%3”没有有效系数</translation>
    </message>
    <message>
        <source>%1: %2 is empty</source>
        <translation>%1：%2 为空</translation>
    </message>
    <message>
        <source>%1: %2 &quot;%3&quot; needs 0 &lt;= min &lt;= max</source>
        <translation>%1：%2“%3”需要 0 ≤ min ≤ max</translation>
    </message>
    <message>
        <source>%1: additional_rule must be &quot;highest&quot; or &quot;sum&quot;</source>
        <translation>%1：additional_rule 应为“highest”或“sum”</translation>
    </message>
    <message>
        <source>%1: cap needs months and monthly_wage</source>
        <translation>%1：cap 需要 months 和 monthly_wage</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a built-in parameter set; give yours another id.</source>
        <translation>“%1”是内置参数方案；请为您的方案另取一个标识。</translation>
    </message>
    <message>
        <source>%1: benchmark.average_of_last needs that many published years, each with a positive amount</source>
        <translation>%1：benchmark.average_of_last 需要相应年数的公布数据，且每年金额为正数</translation>
    </message>
    <message>
        <source>%1: warning_grades needs a grade (red, orange, yellow) with min &lt;= max multiples of the benchmark</source>
        <translation>%1：warning_grades 每项须有等级（red、orange、yellow）及救助基准倍数 min ≤ max</translation>
    </message>
    <message>
        <source>%1 – %2 yuan (%3: benchmark %4 × %5–%6)</source>
        <translation>%1 – %2 元（%3：救助基准 %4 元 × %5–%6）</translation>
    </message>
</context>
<context>
    <name>PassphraseStrength</name>
    <message>
        <source>Too short: use at least 8 characters, better several words.</source>
        <translation>太短：至少 8 个字符，最好是几个词。</translation>
    </message>
    <message>
        <source>Too easy to guess (common words, names, dates or keyboard runs). Add more unrelated words.</source>
        <translation>太容易被猜中（常用词、姓名、日期或键盘连续键）。请再加几个互不相关的词。</translation>
    </message>
    <message>
        <source>Fair. One or two more unrelated words make it strong.</source>
        <translation>尚可。再加一两个不相关的词会更安全。</translation>
    </message>
    <message>
        <source>Good.</source>
        <translation>较强。</translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation>很强。</translation>
    </message>
</context>
<context>
    <name>PersonFinder</name>
    <message>
        <source>an ID number with no name before it in its sentence</source>
        <translation>身份证号码所在句中前面没有姓名</translation>
    </message>
    <message>
        <source>no phrase says who %1 is (victim, defendant, relative, witness); check the page</source>
        <translation>文中没有说明%1的身份（被害人、被告人、近亲属、证人），请对照原页核实</translation>
    </message>
    <message>
        <source>no ID number found near the victim&apos;s name</source>
        <translation>被害人姓名附近没有找到身份证号码</translation>
    </message>
    <message>
        <source>no ID number found near the relative&apos;s name</source>
        <translation>近亲属姓名附近未找到身份证号码</translation>
    </message>
</context>
<context>
    <name>Pool</name>
    <message>
        <source>%1 is a folder; expected a pool file.</source>
        <translation>%1 是文件夹；应为数据池文件。</translation>
    </message>
    <message>
        <source>%1 is an SQLite database but not a ClueDesk pool.</source>
        <translation>%1 是 SQLite 数据库，但不是 ClueDesk 数据池。</translation>
    </message>
    <message>
        <source>Cannot open the pool %1: %2</source>
        <translation>无法打开数据池 %1：%2</translation>
    </message>
    <message>
        <source>%1 is encrypted: give its passphrase (CLUEDESK_PASSPHRASE or --passphrase-file).</source>
        <translation>%1 已加密：请提供口令（CLUEDESK_PASSPHRASE 或 --passphrase-file）。</translation>
    </message>
    <message>
        <source>%1 is not encrypted; encrypt it first with: cluedesk-cli pool encrypt</source>
        <translation>%1 未加密；请先用 cluedesk-cli pool encrypt 加密</translation>
    </message>
    <message>
        <source>Wrong passphrase for %1 (or its first page is damaged). Nothing was changed.</source>
        <translation>%1 的口令错误（或其首页已损坏）。未做任何更改。</translation>
    </message>
    <message>
        <source>A page of %1 failed its integrity check: the file was changed outside ClueDesk or is damaged. Restore it from a backup.</source>
        <translation>%1 有页面未通过完整性校验：文件在 ClueDesk 之外被改动或已损坏。请从备份恢复。</translation>
    </message>
    <message>
        <source>%1 was not written encrypted; it has been deleted.</source>
        <translation>%1 未以加密方式写入，已删除。</translation>
    </message>
    <message>
        <source>There is no pool at %1; check the path.</source>
        <translation>%1 处没有数据池；请检查路径。</translation>
    </message>
</context>
<context>
    <name>PoolCrypto</name>
    <message>
        <source>%1 already exists; choose a new file name.</source>
        <translation>%1 已存在；请另选文件名。</translation>
    </message>
    <message>
        <source>The pool&apos;s page size is not 4096 bytes; run VACUUM with page_size 4096 first.</source>
        <translation>数据池的页面大小不是 4096 字节；请先以 page_size 4096 执行 VACUUM。</translation>
    </message>
    <message>
        <source>The copy could not be written: %1</source>
        <translation>副本未能写入：%1</translation>
    </message>
    <message>
        <source>The copy failed its check: %1</source>
        <translation>副本未通过校验：%1</translation>
    </message>
    <message>
        <source>%1 is already encrypted.</source>
        <translation>%1 已经加密。</translation>
    </message>
    <message>
        <source>The copy was not written encrypted; it was deleted.</source>
        <translation>副本未以加密方式写入，已删除。</translation>
    </message>
    <message>
        <source>The backup is written, but not the audit head beside it: %1</source>
        <translation>备份已写入，但旁边的审计链头未能写入：%1</translation>
    </message>
    <message>
        <source>Could not replace %1 with its re-encrypted copy %2: %3</source>
        <translation>无法用重新加密的副本 %2 替换 %1：%3</translation>
    </message>
    <message>
        <source>The pool is re-encrypted, but its keyring %1 could not be replaced: users log in with the passphrase until the administrator sets their passwords again.</source>
        <translation>数据池已重新加密，但无法替换其密钥环 %1：在管理员重新设置用户密码之前，用户须使用数据池口令登录。</translation>
    </message>
</context>
<context>
    <name>PoolLogin</name>
    <message>
        <source>%1 is encrypted: log in with your user name and password, or give the pool passphrase.</source>
        <translation>%1 已加密：请用您的用户名和密码登录，或提供数据池口令。</translation>
    </message>
    <message>
        <source>This pool has users: log in with your user name and password.</source>
        <translation>此数据池已设置用户：请用您的用户名和密码登录。</translation>
    </message>
</context>
<context>
    <name>PossibleMatches</name>
    <message>
        <source>There is no rejected row %1 (see: rejects).</source>
        <translation>没有编号为%1的未导入行（见：rejects）。</translation>
    </message>
    <message>
        <source>Row %1 is not about an invalid ID with a name beside it, so there is nothing to match.</source>
        <translation>第%1条不是附有姓名的无效身份证号码，无可匹配的人员。</translation>
    </message>
    <message>
        <source>%1; same name</source>
        <translation>%1；姓名相同</translation>
    </message>
    <message>
        <source>%1 (%2) %3 row %4</source>
        <translation>%1（%2）%3 第%4行</translation>
    </message>
    <message numerus="yes">
        <source>; %n rows in all</source>
        <translation>
            <numerusform>；共%n行</numerusform>
        </translation>
    </message>
    <message>
        <source>Row %1 is already linked to a person.</source>
        <translation>第%1条已关联到人员。</translation>
    </message>
    <message>
        <source>%1 is not one of the possible matches for row %2 (the same name with an ID one edit away from &quot;%3&quot;); a different person is linked by importing a corrected file.</source>
        <translation>%1 不是第%2条的可能匹配（须姓名相同、身份证号码与“%3”只差一处）；如是其他人，请导入更正后的文件。</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>ClueDesk</source>
        <translation>ClueDesk 线索台</translation>
    </message>
    <message>
        <source>Wrong passphrase. Passphrase for %1:</source>
        <translation>密码短语错误。请输入 %1 的密码短语：</translation>
    </message>
    <message>
        <source>Passphrase for %1:</source>
        <translation>请输入 %1 的密码短语：</translation>
    </message>
</context>
<context>
    <name>ReviewStore</name>
    <message>
        <source>There is no clue %1.</source>
        <translation>不存在线索 %1。</translation>
    </message>
    <message>
        <source>A clue that is &quot;%1&quot; cannot become &quot;%2&quot;; from &quot;%1&quot; it can become: %3</source>
        <translation>处于“%1”的线索不能变为“%2”；从“%1”可以变为：%3</translation>
    </message>
    <message>
        <source>nothing (final)</source>
        <translation>无（已终结）</translation>
    </message>
    <message>
        <source>A decision needs a reason: say why the clue is &quot;%1&quot;.</source>
        <translation>作出决定需要理由：请说明线索为何是“%1”。</translation>
    </message>
    <message>
        <source>Record the amount first: an assisted clue needs a decided calculation (cluedesk-cli calc --clue %1 ... --decide)</source>
        <translation>请先确定金额：已救助的线索需要一份已确定的计算（cluedesk-cli calc --clue %1 ... --decide）</translation>
    </message>
    <message>
        <source>The note is empty.</source>
        <translation>备注为空。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a review status of this clue; expected one of %2</source>
        <translation>“%1”不是该线索可用的办理状态；应为 %2 之一</translation>
    </message>
    <message>
        <source>An amount recovered is recorded when a clue becomes &quot;%1&quot;, and cannot be negative</source>
        <translation>挽回损失金额在线索变为“%1”时登记，且不能为负数</translation>
    </message>
</context>
<context>
    <name>RowMapper</name>
    <message>
        <source>%1 is empty; this list needs it for every row</source>
        <translation>%1 为空；该名单每行都需要此项</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a date; expected e.g. 2023-03-05, 2023/3/5, 2023年3月5日 or 202303</source>
        <translation>%1“%2”不是日期；应如 2023-03-05、2023/3/5、2023年3月5日 或 202303</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; gives only year and month; kept as %3</source>
        <translation>%1“%2”只有年月；按 %3 保存</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a number; expected e.g. 1234.50, 1,234 or 1234元</source>
        <translation>%1“%2”不是数字；应如 1234.50、1,234 或 1234元</translation>
    </message>
    <message>
        <source>the %1&apos;s ID number is empty; expected 18 characters</source>
        <translation>%1的身份证号码为空；应为 18 位</translation>
    </message>
    <message>
        <source>the %1 &quot;%2&quot; is an organisation (credit code %3), not a person; the row is kept without this person</source>
        <translation>%1“%2”是单位（统一社会信用代码 %3），不是个人；该行保留，但不含此人</translation>
    </message>
    <message>
        <source>%1&apos;s ID: %2</source>
        <translation>%1的身份证号码：%2</translation>
    </message>
    <message>
        <source>15-digit ID %1 upgraded to %2 (the text as written is kept)</source>
        <translation>15 位身份证号码 %1 已升位为 %2（原文照录保留）</translation>
    </message>
    <message>
        <source>the header is repeated here (as in files printed page by page)</source>
        <translation>此处重复了表头（按页打印的文件常见）</translation>
    </message>
    <message>
        <source>a total row (合计/总计), not a person</source>
        <translation>合计行（合计/总计），不是人员</translation>
    </message>
    <message>
        <source>a title, note or signature line without an ID number, not a person</source>
        <translation>没有身份证号码的标题、备注或落款行，不是人员</translation>
    </message>
    <message>
        <source>%1 is required but the file has no column for it</source>
        <translation>%1 是必填项，但文件中没有对应的列</translation>
    </message>
    <message>
        <source>no person in this row has a valid ID number, so it cannot be matched with other lists</source>
        <translation>该行没有人员有有效的身份证号码，无法与其他名单碰撞</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>the %1&apos;s ID %2 has region code %3, which is not in GB/T 2260 (the list ends around 2015: a county created since, or a mistyped code); the row is kept</source>
        <translation>%1的身份证号码%2的地区码%3不在GB/T 2260代码表中（该表收录至2015年前后：可能是此后新设的区县，也可能是录入错误）；该行已导入</translation>
    </message>
</context>
<context>
    <name>Schema</name>
    <message>
        <source>This pool was written by a newer ClueDesk (schema %1; this program knows up to %2). Update ClueDesk to open it.</source>
        <translation>此数据池由更新版本的 ClueDesk 写入（结构版本 %1；本程序最高支持 %2）。请升级 ClueDesk 后打开。</translation>
    </message>
</context>
<context>
    <name>ScreeningRunner</name>
    <message>
        <source>no current list of &quot;%1&quot; in the pool; the model ran without it</source>
        <translation>数据池中没有当前的“%1”名单；模型在缺少该名单的情况下运行</translation>
    </message>
    <message>
        <source>Screening cancelled; nothing was changed.</source>
        <translation>已取消碰撞；未做任何更改。</translation>
    </message>
    <message>
        <source>Screening with &quot;%1&quot; failed and nothing was changed: %2</source>
        <translation>用“%1”碰撞失败，未做任何更改：%2</translation>
    </message>
    <message>
        <source>the county is not set, so local and non-local people cannot be told apart (set county.prefix, county.historic_codes and county.name)</source>
        <translation>未设置本县（市、区），无法区分本地和外地人员（请设置身份证地区码、历史区划代码和县市名称）</translation>
    </message>
</context>
<context>
    <name>Sha256</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
</context>
<context>
    <name>SpreadsheetMlReader</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is an Excel 2003 XML spreadsheet but is damaged before its first worksheet (%2).</source>
        <translation>%1 是 Excel 2003 XML 电子表格，但在第一个工作表之前已损坏（%2）。</translation>
    </message>
    <message>
        <source>%1 is an Excel 2003 XML spreadsheet without worksheets.</source>
        <translation>%1 是 Excel 2003 XML 电子表格，但没有工作表。</translation>
    </message>
    <message>
        <source>%1, sheet &quot;%2&quot;: the file breaks off or is damaged after row %3 (%4); rows up to there were read.</source>
        <translation>%1，工作表“%2”：文件在第 %3 行之后中断或损坏（%4）；此前各行已读取。</translation>
    </message>
    <message>
        <source>a cell is longer than %1 characters and was cut</source>
        <translation>有单元格超过 %1 个字符，已截断</translation>
    </message>
</context>
<context>
    <name>SqlCompiler</name>
    <message>
        <source>model &quot;%1&quot; tells local from non-local people, but the county&apos;s ID region prefix is not set (cluedesk-cli settings set county.prefix 330382)</source>
        <translation>模型“%1”需要区分本地和外地人员，但尚未设置本县身份证地区码（在设置中填写，或 cluedesk-cli settings set county.prefix 330382）</translation>
    </message>
</context>
<context>
    <name>StorageError</name>
    <message>
        <source>%1 Nothing of the unfinished step was saved; what was saved before is kept. (%2)</source>
        <translation>%1 未完成的这一步没有保存任何内容；此前已保存的数据都在。（%2）</translation>
    </message>
    <message>
        <source>The disk is full (or a file-size limit was reached).</source>
        <translation>磁盘已满（或达到了文件大小上限）。</translation>
    </message>
    <message>
        <source>The pool file cannot be written: it or its folder is read-only.</source>
        <translation>数据池文件无法写入：文件或其所在文件夹是只读的。</translation>
    </message>
    <message>
        <source>The pool is in use by another ClueDesk or program; try again when it is done.</source>
        <translation>数据池正被另一个 ClueDesk 或其他程序使用；请稍后再试。</translation>
    </message>
    <message>
        <source>The pool file is damaged; restore it from a backup.</source>
        <translation>数据池文件已损坏；请从备份恢复。</translation>
    </message>
    <message>
        <source>The pool file or its companion files cannot be opened or created.</source>
        <translation>数据池文件或其附属文件无法打开或创建。</translation>
    </message>
    <message>
        <source>A page of the pool failed its integrity check: the file was changed outside ClueDesk or is damaged; restore it from a backup.</source>
        <translation>数据池有一页未通过完整性校验：文件在 ClueDesk 之外被改动过或已损坏；请从备份恢复。</translation>
    </message>
    <message>
        <source>The pool could not be read or written (a disk error, a full disk or a file-size limit).</source>
        <translation>数据池无法读写（磁盘错误、磁盘已满或达到文件大小上限）。</translation>
    </message>
    <message>
        <source>The pool could not be read or written.</source>
        <translation>数据池无法读写。</translation>
    </message>
</context>
<context>
    <name>TableReader</name>
    <message>
        <source>%1 does not exist or is not a file.</source>
        <translation>%1 不存在或不是文件。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is empty (0 bytes); expected a table with a header row.</source>
        <translation>%1 是空文件（0 字节）；应为带表头行的表格。</translation>
    </message>
    <message>
        <source>%1 is a PDF document; add it under Case files. Lists are expected as .xlsx, .xls or .csv.</source>
        <translation>%1 是 PDF 文档；请在“案卷材料”中添加。名单应为 .xlsx、.xls 或 .csv。</translation>
    </message>
</context>
<context>
    <name>UpgradeNotice</name>
    <message>
        <source>ClueDesk</source>
        <translation>ClueDesk 线索台</translation>
    </message>
    <message>
        <source>Upgrading the pool for this version of ClueDesk (schema %1 to %2).
A large pool takes a few seconds. Please wait; nothing in it is lost.</source>
        <translation>正在把数据池升级为本版 ClueDesk 的格式（第%1版升级到第%2版）。
数据量大时需要几秒钟，请稍候；数据不会丢失。</translation>
    </message>
</context>
<context>
    <name>UserStore</name>
    <message>
        <source>The password is too short; use at least %1 characters.</source>
        <translation>密码太短；请至少使用 %1 个字符。</translation>
    </message>
    <message>
        <source>Not enough memory to hash the password.</source>
        <translation>内存不足，无法计算密码散列。</translation>
    </message>
    <message>
        <source>The first user must be an administrator.</source>
        <translation>第一个用户必须是管理员。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a role; expected one of %2</source>
        <translation>“%1”不是角色；应为 %2 之一</translation>
    </message>
    <message>
        <source>There is already a user called &quot;%1&quot; (or the name is empty).</source>
        <translation>已有名为“%1”的用户（或用户名为空）。</translation>
    </message>
    <message>
        <source>There is no user &quot;%1&quot;.</source>
        <translation>不存在用户“%1”。</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>用户名或密码错误。</translation>
    </message>
    <message>
        <source>This user is disabled; ask the administrator.</source>
        <translation>该用户已停用；请联系管理员。</translation>
    </message>
    <message>
        <source>Too many failed logins: this user is locked until %1, or until the administrator unlocks it.</source>
        <translation>登录失败次数过多：该用户已锁定至 %1，或由管理员解锁。</translation>
    </message>
</context>
<context>
    <name>VisitStore</name>
    <message>
        <source>The visit date &quot;%1&quot; is not a date; expected YYYY-MM-DD.</source>
        <translation>走访日期“%1”不是日期；应为 YYYY-MM-DD。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid ID number.</source>
        <translation>“%1”不是有效的身份证号码。</translation>
    </message>
    <message>
        <source>There is no visit %1.</source>
        <translation>不存在走访记录 %1。</translation>
    </message>
</context>
<context>
    <name>XlsReader</name>
    <message>
        <source>the file cannot be opened</source>
        <translation>文件无法打开</translation>
    </message>
    <message>
        <source>there is not enough memory to read it</source>
        <translation>内存不足，无法读取</translation>
    </message>
    <message>
        <source>it is not an Excel 97-2003 workbook</source>
        <translation>不是 Excel 97-2003 工作簿</translation>
    </message>
    <message>
        <source>the file is truncated or damaged</source>
        <translation>文件不完整或已损坏</translation>
    </message>
    <message>
        <source>it holds no workbook (perhaps a Word or other Office file)</source>
        <translation>其中没有工作簿（可能是 Word 或其他 Office 文件）</translation>
    </message>
    <message>
        <source>it uses a character set FreeXL cannot convert</source>
        <translation>使用了 FreeXL 无法转换的字符集</translation>
    </message>
    <message>
        <source>the workbook is damaged (FreeXL error %1)</source>
        <translation>工作簿已损坏（FreeXL 错误 %1）</translation>
    </message>
    <message>
        <source>%1 cannot be read as .xls: %2. Re-save it in Excel/WPS as .xlsx if it opens there.</source>
        <translation>%1 无法按 .xls 读取：%2。如能在 Excel/WPS 中打开，请另存为 .xlsx。</translation>
    </message>
    <message>
        <source>%1 is password-protected; open it in Excel/WPS, remove the password and save it again.</source>
        <translation>%1 有密码保护；请在 Excel/WPS 中打开，去掉密码后重新保存。</translation>
    </message>
    <message>
        <source>%1 has no worksheets.</source>
        <translation>%1 没有工作表。</translation>
    </message>
    <message>
        <source>%1: the sheet &quot;%2&quot; cannot be read; the file is damaged.</source>
        <translation>%1：工作表“%2”无法读取；文件已损坏。</translation>
    </message>
    <message>
        <source>column %1 cannot be read</source>
        <translation>第 %1 列无法读取</translation>
    </message>
    <message>
        <source>a cell is longer than %1 characters and was cut</source>
        <translation>有单元格超过 %1 个字符，已截断</translation>
    </message>
    <message>
        <source>%1: the .xls reader stopped on this file (it is damaged, or made to break readers); nothing more was read from it. Open it in Excel/WPS and save it as .xlsx.</source>
        <translation>%1：.xls 读取程序在此文件上中止（文件已损坏，或被构造成破坏读取程序）；未再读取其中内容。请在 Excel/WPS 中打开并另存为 .xlsx。</translation>
    </message>
    <message>
        <source>The .xls reader %1 cannot be started: %2. Reinstall ClueDesk.</source>
        <translation>无法启动 .xls 读取程序 %1：%2。请重新安装 ClueDesk。</translation>
    </message>
    <message>
        <source>the reader stopped on it (damaged, or made to break readers)</source>
        <translation>读取程序在此中止（文件已损坏，或被构造成破坏读取程序）</translation>
    </message>
    <message>
        <source>its sheet names cannot be read</source>
        <translation>其工作表名称无法读取</translation>
    </message>
</context>
<context>
    <name>XlsxReader</name>
    <message>
        <source>%1 is damaged: it is not a complete .xlsx (zip) file. Ask for the file again or re-save it in Excel/WPS.</source>
        <translation>%1 已损坏：不是完整的 .xlsx（zip）文件。请重新索取文件，或在 Excel/WPS 中重新保存。</translation>
    </message>
    <message>
        <source>%1 is a zip file but not an Excel workbook (no xl/workbook.xml); expected .xlsx.</source>
        <translation>%1 是 zip 文件，但不是 Excel 工作簿（没有 xl/workbook.xml）；应为 .xlsx。</translation>
    </message>
    <message>
        <source>%1 is damaged: its workbook part cannot be read (%2).</source>
        <translation>%1 已损坏：工作簿部分无法读取（%2）。</translation>
    </message>
    <message>
        <source>%1 has no worksheets.</source>
        <translation>%1 没有工作表。</translation>
    </message>
    <message>
        <source>%1 is damaged: its shared strings cannot be read (%2).</source>
        <translation>%1 已损坏：共享字符串无法读取（%2）。</translation>
    </message>
    <message>
        <source>%1: the sheet &quot;%2&quot; is missing from the file (%3); the file is damaged.</source>
        <translation>%1：文件中缺少工作表“%2”（%3）；文件已损坏。</translation>
    </message>
    <message>
        <source>a cell refers to shared string %1, which the file does not have</source>
        <translation>有单元格引用了文件中不存在的共享字符串 %1</translation>
    </message>
    <message>
        <source>a cell is longer than %1 characters and was cut</source>
        <translation>有单元格超过 %1 个字符，已截断</translation>
    </message>
    <message>
        <source>%1, sheet &quot;%2&quot;: the file breaks off or is damaged after row %3 (%4); rows up to there were read.</source>
        <translation>%1，工作表“%2”：文件在第 %3 行之后中断或损坏（%4）；此前各行已读取。</translation>
    </message>
    <message>
        <source>%1: the part %2 would unpack to an absurd size for its packed size (a zip bomb, or a damaged file); it was not read.</source>
        <translation>%1：部件 %2 解压后的大小与压缩后的大小相比大得离谱（压缩炸弹或文件已损坏），未读取。</translation>
    </message>
    <message>
        <source>the sheet ends before its rows do</source>
        <translation>工作表在数据行结束之前就断了</translation>
    </message>
</context>
<context>
    <name>XlsxWriter</name>
    <message>
        <source>Cannot write %1: out of memory</source>
        <translation>无法写入 %1：内存不足</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>the sheet name &quot;%1&quot; is not allowed</source>
        <translation>工作表名称“%1”不允许使用</translation>
    </message>
    <message>
        <source>more than 1,048,576 rows, Excel&apos;s limit for one sheet</source>
        <translation>超过 1,048,576 行，即 Excel 单个工作表的上限</translation>
    </message>
    <message>
        <source>cannot merge %1: only cells of the row just written</source>
        <translation>无法合并 %1：只能合并刚写入的那一行中的单元格</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>no pool given; use --pool FILE (or set CLUEDESK_POOL)</source>
        <translation>未指定数据池；请用 --pool FILE 指定（或设置 CLUEDESK_POOL）</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>显示本帮助。</translation>
    </message>
    <message>
        <source>Usage: cluedesk-cli [--pool FILE] %1 %2</source>
        <translation>用法：cluedesk-cli [--pool FILE] %1 %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>已写入 %1</translation>
    </message>
    <message>
        <source>Print the full definitions as JSON.</source>
        <translation>以 JSON 输出完整定义。</translation>
    </message>
    <message>
        <source>Lists the dataset types: the kinds of list ClueDesk can import.</source>
        <translation>列出数据集类型：ClueDesk 可以导入的名单种类。</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>PERSONS</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>FIELDS</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>ORIGIN</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>built-in</source>
        <translation>内置</translation>
    </message>
    <message>
        <source>office</source>
        <translation>本院</translation>
    </message>
    <message>
        <source>Only the current version of each type.</source>
        <translation>每种类型只列当前版本。</translation>
    </message>
    <message>
        <source>Lists dataset versions with their files and row counts.</source>
        <translation>列出数据集版本及其文件和行数。</translation>
    </message>
    <message>
        <source>No datasets yet. Import the lists you received: cluedesk-cli import --type TYPE FILE</source>
        <translation>还没有数据集。请导入收到的名单：cluedesk-cli import --type TYPE FILE</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>STREAM</source>
        <translation>分组</translation>
    </message>
    <message>
        <source>AS OF</source>
        <translation>数据截至</translation>
    </message>
    <message>
        <source>IMPORTED</source>
        <translation>导入时间</translation>
    </message>
    <message>
        <source>BY</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>READ/IMPORTED/REJECTED/SKIPPED</source>
        <translation>读取/导入/未导入/跳过</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>FILES</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>已撤回</translation>
    </message>
    <message>
        <source>current</source>
        <translation>当前</translation>
    </message>
    <message>
        <source>older</source>
        <translation>旧版本</translation>
    </message>
    <message>
        <source>Dataset version id (see datasets list).</source>
        <translation>数据集版本编号（见 datasets list）。</translation>
    </message>
    <message>
        <source>Shows one dataset version: its files, counts and import issues by reason.</source>
        <translation>显示一个数据集版本：文件、行数和按原因归类的导入问题。</translation>
    </message>
    <message>
        <source>datasets show needs one dataset id</source>
        <translation>datasets show 需要一个数据集编号</translation>
    </message>
    <message>
        <source>there is no dataset version %1</source>
        <translation>没有编号为 %1 的数据集版本</translation>
    </message>
    <message>
        <source>Dataset version %1: %2%3</source>
        <translation>数据集版本 %1：%2%3</translation>
    </message>
    <message>
        <source>As of %1; imported %2 by %3; %4</source>
        <translation>数据截至 %1；由 %3 于 %2 导入；%4</translation>
    </message>
    <message>
        <source>superseded</source>
        <translation>已被取代</translation>
    </message>
    <message>
        <source>Rows read %1, imported %2, rejected %3, skipped %4, with warnings %5</source>
        <translation>读取 %1 行，导入 %2 行，未导入 %3 行，跳过 %4 行，有提示 %5 行</translation>
    </message>
    <message>
        <source>Dataset version id.</source>
        <translation>数据集版本编号。</translation>
    </message>
    <message>
        <source>Withdraws a dataset version imported by mistake. Its rows stay in the pool for the audit trail, but screening no longer uses them; the previous version becomes current again.</source>
        <translation>撤回误导入的数据集版本。其各行仍留在数据池中以备审计，但筛查不再使用；上一个版本重新成为当前版本。</translation>
    </message>
    <message>
        <source>datasets withdraw needs one dataset id</source>
        <translation>datasets withdraw 需要一个数据集编号</translation>
    </message>
    <message>
        <source>Withdrew dataset version %1.</source>
        <translation>已撤回数据集版本 %1。</translation>
    </message>
    <message>
        <source>A dataset type definition (JSON, as printed by datasets types --json).</source>
        <translation>数据集类型定义（JSON，格式同 datasets types --json 的输出）。</translation>
    </message>
    <message>
        <source>Adds (or replaces) one of the office&apos;s own dataset types.</source>
        <translation>添加（或替换）本院自定义的数据集类型。</translation>
    </message>
    <message>
        <source>datasets add-type needs one file</source>
        <translation>datasets add-type 需要一个文件</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a JSON object: %2 at character %3</source>
        <translation>%1 不是 JSON 对象：第 %3 个字符处%2</translation>
    </message>
    <message>
        <source>Dataset type &quot;%1&quot; (%2) saved in the pool.</source>
        <translation>数据集类型“%1”（%2）已保存到数据池。</translation>
    </message>
    <message>
        <source>list the dataset types (kinds of list)</source>
        <translation>列出数据集类型（名单种类）</translation>
    </message>
    <message>
        <source>list imported dataset versions</source>
        <translation>列出已导入的数据集版本</translation>
    </message>
    <message>
        <source>show one dataset version</source>
        <translation>显示一个数据集版本</translation>
    </message>
    <message>
        <source>withdraw a version imported by mistake</source>
        <translation>撤回误导入的版本</translation>
    </message>
    <message>
        <source>add the office&apos;s own dataset type</source>
        <translation>添加本院自定义的数据集类型</translation>
    </message>
    <message>
        <source>Folder to write the files to.</source>
        <translation>写入文件的文件夹。</translation>
    </message>
    <message>
        <source>Random seed (the same seed gives the same files).</source>
        <translation>随机种子（同一种子生成同样的文件）。</translation>
    </message>
    <message>
        <source>Background people besides the planted cases.</source>
        <translation>预设案例之外的背景人员数。</translation>
    </message>
    <message>
        <source>Writes a synthetic demo set of bureau files (every dataset type, with the quirks real files have and planted cases for every screening model), plus manifest.tsv naming each file&apos;s type.</source>
        <translation>生成一套模拟的各部门名单文件（每种数据集类型都有，带真实文件常见的问题，并为每个筛查模型预设案例），另附 manifest.tsv 标明每个文件的类型。</translation>
    </message>
    <message>
        <source>demo needs --out DIR</source>
        <translation>demo 需要 --out DIR</translation>
    </message>
    <message>
        <source>write a synthetic demo set of bureau files</source>
        <translation>生成一套模拟的各部门名单文件</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>未导入</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>--delimiter takes one character or &quot;tab&quot;, not &quot;%1&quot;</source>
        <translation>--delimiter 只能是一个字符或 &quot;tab&quot;，不能是“%1”</translation>
    </message>
    <message>
        <source>unknown encoding &quot;%1&quot;; expected utf-8, gb18030 (also gbk) or utf-16le</source>
        <translation>未知编码“%1”；应为 utf-8、gb18030（也可写 gbk）或 utf-16le</translation>
    </message>
    <message>
        <source>Dataset type of the files (see datasets types).</source>
        <translation>文件的数据集类型（见 datasets types）。</translation>
    </message>
    <message>
        <source>Import only this sheet (default: every sheet with a fitting header).</source>
        <translation>只导入这个工作表（默认：表头相符的每个工作表）。</translation>
    </message>
    <message>
        <source>JSON file naming columns: {&quot;header_row&quot;: 3, &quot;columns&quot;: {&quot;身份证&quot;: &quot;id_number&quot;}}.</source>
        <translation>指定列的 JSON 文件：{&quot;header_row&quot;: 3, &quot;columns&quot;: {&quot;身份证&quot;: &quot;id_number&quot;}}。</translation>
    </message>
    <message>
        <source>The date the list describes (default: today).</source>
        <translation>名单所反映的日期（默认：今天）。</translation>
    </message>
    <message>
        <source>Keep a separate current version, e.g. per town.</source>
        <translation>单独保留一个当前版本，例如按乡镇。</translation>
    </message>
    <message>
        <source>CSV text encoding: utf-8, gb18030 (default: detect).</source>
        <translation>CSV 文本编码：utf-8、gb18030（默认：自动识别）。</translation>
    </message>
    <message>
        <source>CSV delimiter: one character or &quot;tab&quot; (default: detect).</source>
        <translation>CSV 分隔符：一个字符或 &quot;tab&quot;（默认：自动识别）。</translation>
    </message>
    <message>
        <source>No progress on stderr.</source>
        <translation>不在标准错误输出显示进度。</translation>
    </message>
    <message>
        <source>One or more .xlsx, .xls or .csv files; together they form one dataset version.</source>
        <translation>一个或多个 .xlsx、.xls 或 .csv 文件；合起来构成一个数据集版本。</translation>
    </message>
    <message>
        <source>Imports bureau files as a new dataset version. Rows that cannot be used are kept and listed (see rejects).</source>
        <translation>把各部门的文件导入为新的数据集版本。不能使用的行会保留并列出（见 rejects）。</translation>
    </message>
    <message>
        <source>import needs --type (see: cluedesk-cli datasets types)</source>
        <translation>import 需要 --type（见：cluedesk-cli datasets types）</translation>
    </message>
    <message>
        <source>import needs at least one file</source>
        <translation>import 至少需要一个文件</translation>
    </message>
    <message>
        <source>--as-of &quot;%1&quot; is not a date; expected YYYY-MM-DD</source>
        <translation>--as-of“%1”不是日期；应为 YYYY-MM-DD</translation>
    </message>
    <message>
        <source>%1 does not exist or is not a file</source>
        <translation>%1 不存在或不是文件</translation>
    </message>
    <message>
        <source>Importing... %1% (%2 rows)</source>
        <translation>正在导入…… %1%（%2 行）</translation>
    </message>
    <message>
        <source>Dataset version %1 (%2, as of %3)</source>
        <translation>数据集版本 %1（%2，数据截至 %3）</translation>
    </message>
    <message>
        <source>  %1%2: header in row %3; %4</source>
        <translation>  %1%2：表头在第 %3 行；%4</translation>
    </message>
    <message>
        <source>    kept as extra columns: %1</source>
        <translation>    作为附加列保留：%1</translation>
    </message>
    <message>
        <source>Rows read %1, imported %2, rejected %3, skipped %4 (%5 imported rows have warnings) in %6 s</source>
        <translation>读取 %1 行，导入 %2 行，未导入 %3 行，跳过 %4 行（已导入的行中有 %5 行有提示），用时 %6 秒</translation>
    </message>
    <message>
        <source>Reasons:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <source>List them all with: cluedesk-cli rejects --dataset %1 --format csv</source>
        <translation>全部列出：cluedesk-cli rejects --dataset %1 --format csv</translation>
    </message>
    <message>
        <source>Only this dataset version.</source>
        <translation>只看这个数据集版本。</translation>
    </message>
    <message>
        <source>csv, json or xlsx (default csv).</source>
        <translation>csv、json 或 xlsx（默认 csv）。</translation>
    </message>
    <message>
        <source>Write to FILE instead of standard output.</source>
        <translation>写入 FILE，而不是标准输出。</translation>
    </message>
    <message>
        <source>Also skipped rows (blank, total, duplicate) and warnings.</source>
        <translation>也列出跳过的行（空行、合计行、重复行）和提示。</translation>
    </message>
    <message>
        <source>Lists every rejected row with file, sheet, row number, column, the text as written and the reason.</source>
        <translation>列出每一条未导入的行：文件、工作表、行号、列、原文和原因。</translation>
    </message>
    <message>
        <source>--format must be csv, json or xlsx, not &quot;%1&quot;</source>
        <translation>--format 应为 csv、json 或 xlsx，不能是“%1”</translation>
    </message>
    <message>
        <source>--format xlsx needs --out FILE</source>
        <translation>--format xlsx 需要 --out FILE</translation>
    </message>
    <message>
        <source>Rejected rows</source>
        <translation>未导入的行</translation>
    </message>
    <message>
        <source>Check the header against this type (default: suggest one).</source>
        <translation>按这个类型核对表头（默认：给出建议）。</translation>
    </message>
    <message>
        <source>CSV text encoding.</source>
        <translation>CSV 文本编码。</translation>
    </message>
    <message>
        <source>CSV delimiter.</source>
        <translation>CSV 分隔符。</translation>
    </message>
    <message>
        <source>Rows to preview (default 8).</source>
        <translation>预览的行数（默认 8）。</translation>
    </message>
    <message>
        <source>A table file.</source>
        <translation>一个表格文件。</translation>
    </message>
    <message>
        <source>Shows how a file will be read: format, encoding, sheets, the header found, the suggested dataset type and column mapping, and the first rows. Nothing is imported.</source>
        <translation>显示文件将如何读取：格式、编码、工作表、找到的表头、建议的数据集类型和列对应关系，以及前几行。不导入任何内容。</translation>
    </message>
    <message>
        <source>inspect needs one file</source>
        <translation>inspect 需要一个文件</translation>
    </message>
    <message>
        <source>unknown dataset type &quot;%1&quot; (see: cluedesk-cli datasets types)</source>
        <translation>未知数据集类型“%1”（见：cluedesk-cli datasets types）</translation>
    </message>
    <message>
        <source>Format: %1%2</source>
        <translation>格式：%1%2</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>表格</translation>
    </message>
    <message>
        <source>Sheet &quot;%1&quot;</source>
        <translation>工作表“%1”</translation>
    </message>
    <message>
        <source>  suggested types (fields matched): %1</source>
        <translation>  建议的类型（匹配的字段数）：%1</translation>
    </message>
    <message>
        <source>  header for %1 in row %2:</source>
        <translation>  %1 的表头在第 %2 行：</translation>
    </message>
    <message>
        <source>  no header for %1 found</source>
        <translation>  没有找到 %1 的表头</translation>
    </message>
    <message>
        <source>import bureau files as a new dataset version</source>
        <translation>把各部门的文件导入为新的数据集版本</translation>
    </message>
    <message>
        <source>list rejected rows with file, row, column and reason</source>
        <translation>列出未导入的行及其文件、行、列和原因</translation>
    </message>
    <message>
        <source>preview how a file will be read (nothing is imported)</source>
        <translation>预览文件将如何读取（不导入）</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>命令：</translation>
    </message>
    <message>
        <source>unknown option %1 (see: cluedesk-cli --help)</source>
        <translation>未知选项 %1（见：cluedesk-cli --help）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a subcommand: %2</source>
        <translation>“%1”需要子命令：%2</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot; (see: cluedesk-cli --help)</source>
        <translation>未知命令“%1”（见：cluedesk-cli --help）</translation>
    </message>
    <message>
        <source>%1 is not a JSON object: %2 at byte %3</source>
        <translation>%1 不是 JSON 对象：第 %3 个字节处%2</translation>
    </message>
    <message>
        <source>The clue the amount is for.</source>
        <translation>金额所对应的线索。</translation>
    </message>
    <message>
        <source>The person&apos;s ID number (without a clue).</source>
        <translation>当事人的身份证号码（没有线索时）。</translation>
    </message>
    <message>
        <source>Use the parameter set in this JSON file (default: the set in force on the date).</source>
        <translation>使用这个 JSON 文件中的参数集（默认：决定日期当天有效的参数集）。</translation>
    </message>
    <message>
        <source>Use this stored parameter set.</source>
        <translation>使用这个已保存的参数集。</translation>
    </message>
    <message>
        <source>Decision date (YYYY-MM-DD, default today); picks the parameter set in force.</source>
        <translation>决定日期（YYYY-MM-DD，默认今天）；据此选用当时有效的参数集。</translation>
    </message>
    <message>
        <source>Case type id (see: params show).</source>
        <translation>案件类型编号（见：params show）。</translation>
    </message>
    <message>
        <source>Hardship band and coefficient, e.g. serious:6.</source>
        <translation>困难档次和系数，例如 serious:6。</translation>
    </message>
    <message>
        <source>Additional group and k, e.g. disabled-1-2:6 (repeatable).</source>
        <translation>附加群体及其 k 值，例如 disabled-1-2:6（可重复）。</translation>
    </message>
    <message>
        <source>Fault preset id (none, minor, equal, major) or a coefficient between 0 and 1.</source>
        <translation>过错预设编号（none、minor、equal、major）或 0 到 1 之间的系数。</translation>
    </message>
    <message>
        <source>Record this as the decided amount (otherwise it is kept as a draft).</source>
        <translation>记为已决定的金额（否则保存为草稿）。</translation>
    </message>
    <message>
        <source>Calculate only; store nothing.</source>
        <translation>只计算，不保存。</translation>
    </message>
    <message>
        <source>Computes the judicial assistance amount by the county&apos;s coefficient rules and prints every step: basic = benchmark x (case type + hardship), additional = benchmark x k, final = (basic + additional) x fault, capped at months x average wage.</source>
        <translation>按本县的系数规则计算司法救助金额并列出每一步：基本金额 = 基准 ×（案件类型 + 困难系数），附加金额 = 基准 × k，最终金额 =（基本 + 附加）× 过错系数，上限为月数 × 月平均工资。</translation>
    </message>
    <message>
        <source>needs --case-type and --hardship BAND:COEF</source>
        <translation>需要 --case-type 和 --hardship BAND:COEF</translation>
    </message>
    <message>
        <source>--date must be YYYY-MM-DD, not &quot;%1&quot;</source>
        <translation>--date 应为 YYYY-MM-DD，不能是“%1”</translation>
    </message>
    <message>
        <source>--hardship must be BAND:COEFFICIENT, e.g. serious:6, not &quot;%1&quot;</source>
        <translation>--hardship 应为 BAND:COEFFICIENT，例如 serious:6，不能是“%1”</translation>
    </message>
    <message>
        <source>--group must be GROUP:K, e.g. disabled-1-2:6, not &quot;%1&quot;</source>
        <translation>--group 应为 GROUP:K，例如 disabled-1-2:6，不能是“%1”</translation>
    </message>
    <message>
        <source>there is no clue %1</source>
        <translation>不存在线索 %1</translation>
    </message>
    <message>
        <source>needs --clue or --person (or --dry-run)</source>
        <translation>需要 --clue 或 --person（或 --dry-run）</translation>
    </message>
    <message>
        <source>there is no parameter set &quot;%1&quot; (see: cluedesk-cli params list)</source>
        <translation>没有参数集“%1”（见：cluedesk-cli params list）</translation>
    </message>
    <message>
        <source>no parameter set is in force on %1 (see: cluedesk-cli params list; import one with params import)</source>
        <translation>%1 没有有效的参数集（见：cluedesk-cli params list；可用 params import 导入）</translation>
    </message>
    <message>
        <source>Parameter set: %1 (%2, from %3)</source>
        <translation>参数集：%1（%2，自 %3 起）</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>提示：%1</translation>
    </message>
    <message>
        <source>Saved as calculation %1 (decided).</source>
        <translation>已保存为第 %1 号计算（已决定）。</translation>
    </message>
    <message>
        <source>Saved as calculation %1 (draft; --decide records the decision).</source>
        <translation>已保存为第 %1 号计算（草稿；--decide 记录决定）。</translation>
    </message>
    <message>
        <source>Lists the parameter sets for assistance amounts, built-in and the office&apos;s.</source>
        <translation>列出救助金额参数集：内置的和本院的。</translation>
    </message>
    <message>
        <source>SET</source>
        <translation>参数集</translation>
    </message>
    <message>
        <source>REGION</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>FROM</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <source>BENCHMARK</source>
        <translation>基准</translation>
    </message>
    <message>
        <source>CAP</source>
        <translation>上限</translation>
    </message>
    <message>
        <source>IN FORCE</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>Print the set&apos;s JSON.</source>
        <translation>输出参数集的 JSON。</translation>
    </message>
    <message>
        <source>Parameter set id.</source>
        <translation>参数集编号。</translation>
    </message>
    <message>
        <source>Shows every number of a parameter set.</source>
        <translation>显示参数集的每一个数值。</translation>
    </message>
    <message>
        <source>needs one parameter set id</source>
        <translation>需要一个参数集编号</translation>
    </message>
    <message>
        <source>Region %1 (%2), in force from %3</source>
        <translation>地区 %1（%2），自 %3 起有效</translation>
    </message>
    <message>
        <source>Benchmark: %1 yuan</source>
        <translation>基准：%1 元</translation>
    </message>
    <message>
        <source>Cap: %1 months x %2 yuan = %3 yuan</source>
        <translation>上限：%1 个月 × %2 元 = %3 元</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>COEFFICIENT</source>
        <translation>系数</translation>
    </message>
    <message>
        <source>case type</source>
        <translation>案件类型</translation>
    </message>
    <message>
        <source>hardship band</source>
        <translation>困难档次</translation>
    </message>
    <message>
        <source>additional group</source>
        <translation>附加群体</translation>
    </message>
    <message>
        <source>fault</source>
        <translation>过错</translation>
    </message>
    <message>
        <source>Parameter set JSON file.</source>
        <translation>参数集 JSON 文件。</translation>
    </message>
    <message>
        <source>Adds or replaces the office&apos;s own parameter set. Calculations made before keep the set they used.</source>
        <translation>添加或替换本院自己的参数集。此前的计算仍沿用当时的参数集。</translation>
    </message>
    <message>
        <source>needs one file</source>
        <translation>需要一个文件</translation>
    </message>
    <message>
        <source>Parameter set %1 stored, in force from %2.</source>
        <translation>参数集 %1 已保存，自 %2 起有效。</translation>
    </message>
    <message>
        <source>compute an assistance amount, every step shown</source>
        <translation>计算救助金额，列出每一步</translation>
    </message>
    <message>
        <source>list the amount parameter sets</source>
        <translation>列出金额参数集</translation>
    </message>
    <message>
        <source>show a parameter set</source>
        <translation>显示一个参数集</translation>
    </message>
    <message>
        <source>add the office&apos;s own parameter set</source>
        <translation>添加本院自己的参数集</translation>
    </message>
    <message>
        <source>read case files and extract victims and warning signs</source>
        <translation>读取案卷材料，提取被害人和预警信息</translation>
    </message>
    <message>
        <source>list case files, or the extractions to review</source>
        <translation>列出案卷材料，或待复核的提取结果</translation>
    </message>
    <message>
        <source>show what was read from a case file</source>
        <translation>显示从案卷材料中读出的内容</translation>
    </message>
    <message>
        <source>list or extend the warning keywords</source>
        <translation>列出或扩充预警关键词</translation>
    </message>
    <message>
        <source>Wrote %1 lists and %2 case files to %3 (see manifest.tsv and README.txt)</source>
        <translation>已将 %1 份名单和 %2 份案卷材料写入 %3（见 manifest.tsv 和 README.txt）</translation>
    </message>
    <message>
        <source>Template id (see: letters templates).</source>
        <translation>模板编号（见：letters templates）。</translation>
    </message>
    <message>
        <source>Addressee department.</source>
        <translation>收文单位。</translation>
    </message>
    <message>
        <source>Clue numbers, comma separated; one letter may list several persons.</source>
        <translation>线索编号，用逗号分隔；一份文书可列多名当事人。</translation>
    </message>
    <message>
        <source>PDF file to write.</source>
        <translation>要写入的 PDF 文件。</translation>
    </message>
    <message>
        <source>Letter date (default today).</source>
        <translation>文书日期（默认今天）。</translation>
    </message>
    <message>
        <source>Reply deadline (default: the template&apos;s reply period).</source>
        <translation>回复期限（默认：模板规定的回复期）。</translation>
    </message>
    <message>
        <source>Requested measures (default: the template&apos;s text).</source>
        <translation>建议采取的措施（默认：模板中的文字）。</translation>
    </message>
    <message>
        <source>Print ID numbers in full in the annex (masked otherwise).</source>
        <translation>在附件中完整显示身份证号码（否则遮盖）。</translation>
    </message>
    <message>
        <source>Writes a letter about decided clues, takes the next number of the register and saves it as PDF. A letter is only written after a verification decision was recorded.</source>
        <translation>就已决定的线索制作文书，取登记簿的下一个文号并存为 PDF。只有记录了核查决定之后才能制作文书。</translation>
    </message>
    <message>
        <source>needs --template, --clues and --out</source>
        <translation>需要 --template、--clues 和 --out</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a clue number</source>
        <translation>“%1”不是线索编号</translation>
    </message>
    <message>
        <source>--%1 must be YYYY-MM-DD, not &quot;%2&quot;</source>
        <translation>--%1 应为 YYYY-MM-DD，不能是“%2”</translation>
    </message>
    <message>
        <source>letter %1 is registered; write its PDF again with: letters show &quot;%1&quot; --pdf FILE</source>
        <translation>文书 %1 已登记；重新生成 PDF：letters show &quot;%1&quot; --pdf FILE</translation>
    </message>
    <message>
        <source>Letter %1 to %2, %3 person(s): %4</source>
        <translation>文书 %1 致 %2，%3 人：%4</translation>
    </message>
    <message>
        <source>Only this year.</source>
        <translation>只看这一年。</translation>
    </message>
    <message>
        <source>Lists the letter register.</source>
        <translation>列出文书登记簿。</translation>
    </message>
    <message>
        <source>NUMBER</source>
        <translation>文号</translation>
    </message>
    <message>
        <source>TEMPLATE</source>
        <translation>模板</translation>
    </message>
    <message>
        <source>TO</source>
        <translation>收文单位</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Write the letter&apos;s PDF to FILE.</source>
        <translation>把文书的 PDF 写入 FILE。</translation>
    </message>
    <message>
        <source>Letter number.</source>
        <translation>文号。</translation>
    </message>
    <message>
        <source>Shows a registered letter.</source>
        <translation>显示一份已登记的文书。</translation>
    </message>
    <message>
        <source>needs one letter number</source>
        <translation>需要一个文号</translation>
    </message>
    <message>
        <source>there is no letter &quot;%1&quot; (see: letters list)</source>
        <translation>没有文书“%1”（见：letters list）</translation>
    </message>
    <message>
        <source>Why the letter is void.</source>
        <translation>作废原因。</translation>
    </message>
    <message>
        <source>Marks a letter void; its number stays used, so the register has no gaps.</source>
        <translation>将文书作废；其文号仍占用，登记簿不留空号。</translation>
    </message>
    <message>
        <source>needs one letter number and --reason</source>
        <translation>需要一个文号和 --reason</translation>
    </message>
    <message>
        <source>Lists the letter templates.</source>
        <translation>列出文书模板。</translation>
    </message>
    <message>
        <source>ADDRESSEES</source>
        <translation>收文单位</translation>
    </message>
    <message>
        <source>AFTER DECISION</source>
        <translation>需先决定</translation>
    </message>
    <message>
        <source>write a numbered letter as PDF</source>
        <translation>制作带文号的 PDF 文书</translation>
    </message>
    <message>
        <source>list the letter register</source>
        <translation>列出文书登记簿</translation>
    </message>
    <message>
        <source>show a letter, write its PDF again</source>
        <translation>显示文书，重新生成其 PDF</translation>
    </message>
    <message>
        <source>mark a letter void (its number stays used)</source>
        <translation>作废文书（文号仍占用）</translation>
    </message>
    <message>
        <source>list the letter templates</source>
        <translation>列出文书模板</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a clue number (see: cluedesk-cli clues)</source>
        <translation>“%1”不是线索编号（见：cluedesk-cli clues）</translation>
    </message>
    <message>
        <source>The new status: %1.</source>
        <translation>新状态：%1。</translation>
    </message>
    <message>
        <source>Why (required for a decision).</source>
        <translation>原因（作出决定时必填）。</translation>
    </message>
    <message>
        <source>Clue number.</source>
        <translation>线索编号。</translation>
    </message>
    <message>
        <source>needs one clue number and --status</source>
        <translation>需要一个线索编号和 --status</translation>
    </message>
    <message>
        <source>Clue %1 is now &quot;%2&quot;.</source>
        <translation>线索 %1 现为“%2”。</translation>
    </message>
    <message>
        <source>The note.</source>
        <translation>备注内容。</translation>
    </message>
    <message>
        <source>Adds a note to a clue.</source>
        <translation>为线索添加备注。</translation>
    </message>
    <message>
        <source>needs a clue number and the note&apos;s text</source>
        <translation>需要线索编号和备注内容</translation>
    </message>
    <message>
        <source>File to keep with the clue.</source>
        <translation>随线索保存的文件。</translation>
    </message>
    <message>
        <source>Keeps a file (a scan, a photo, a certificate) with a clue, inside the pool.</source>
        <translation>把文件（扫描件、照片、证明）随线索保存在数据池中。</translation>
    </message>
    <message>
        <source>needs a clue number and a file</source>
        <translation>需要线索编号和文件</translation>
    </message>
    <message>
        <source>Shows a clue&apos;s status changes, notes and attachments, oldest first.</source>
        <translation>显示线索的状态变更、备注和附件，按时间先后。</translation>
    </message>
    <message>
        <source>needs one clue number</source>
        <translation>需要一个线索编号</translation>
    </message>
    <message>
        <source>Clue %1: %2</source>
        <translation>线索 %1：%2</translation>
    </message>
    <message>
        <source>WHEN</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>WHO</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>WHAT</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>NOTE</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>attachment</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Show ID numbers in full (they are masked otherwise).</source>
        <translation>完整显示身份证号码（否则遮盖）。</translation>
    </message>
    <message>
        <source>The person&apos;s ID number.</source>
        <translation>当事人的身份证号码。</translation>
    </message>
    <message>
        <source>Shows everything the pool knows about one person: every list and file they appear in, case files, clues of every model and the decisions, visits, amounts and letters.</source>
        <translation>显示数据池中关于一个人的全部信息：出现过的每份名单和文件、案卷材料、各模型的线索和决定、走访、金额和文书。</translation>
    </message>
    <message>
        <source>needs one ID number</source>
        <translation>需要一个身份证号码</translation>
    </message>
    <message>
        <source>Person %1</source>
        <translation>人员 %1</translation>
    </message>
    <message>
        <source>names as written: %1</source>
        <translation>名单中所写姓名：%1</translation>
    </message>
    <message>
        <source>born %1, %2, age %3, region %4</source>
        <translation>出生于 %1，%2，%3 岁，地区 %4</translation>
    </message>
    <message>
        <source>male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>female</source>
        <translation>女</translation>
    </message>
    <message>
        <source>local: %1</source>
        <translation>本地：%1</translation>
    </message>
    <message>
        <source>unknown (set county.prefix)</source>
        <translation>未知（请设置 county.prefix）</translation>
    </message>
    <message>
        <source>ALREADY GIVEN JUDICIAL AID: models do not propose this person again</source>
        <translation>已获司法救助：模型不再提出此人</translation>
    </message>
    <message>
        <source>Lists (%1 rows)</source>
        <translation>名单（%1 行）</translation>
    </message>
    <message>
        <source>LIST</source>
        <translation>名单</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>ROW</source>
        <translation>行</translation>
    </message>
    <message>
        <source>CURRENT</source>
        <translation>当前</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>ID AS WRITTEN</source>
        <translation>所写身份证号</translation>
    </message>
    <message>
        <source>Case files</source>
        <translation>案卷材料</translation>
    </message>
    <message>
        <source>case file %1, page %2: %3</source>
        <translation>案卷 %1，第 %2 页：%3</translation>
    </message>
    <message>
        <source>Clues</source>
        <translation>线索</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Household visits</source>
        <translation>入户走访</translation>
    </message>
    <message>
        <source>Assistance amounts</source>
        <translation>救助金额</translation>
    </message>
    <message>
        <source>decided</source>
        <translation>已决定</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>文书</translation>
    </message>
    <message>
        <source>The clue the visit is for.</source>
        <translation>走访所对应的线索。</translation>
    </message>
    <message>
        <source>The person&apos;s ID number (when not given through --clue).</source>
        <translation>当事人的身份证号码（未通过 --clue 给出时）。</translation>
    </message>
    <message>
        <source>Visit date (YYYY-MM-DD).</source>
        <translation>走访日期（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>Who visited.</source>
        <translation>走访人员。</translation>
    </message>
    <message>
        <source>A family member as NAME:RELATION:AGE:SITUATION (repeatable).</source>
        <translation>家庭成员，格式为 姓名:关系:年龄:情况（可重复）。</translation>
    </message>
    <message>
        <source>Income as told.</source>
        <translation>自述收入。</translation>
    </message>
    <message>
        <source>Household income per month in yuan.</source>
        <translation>家庭月收入（元）。</translation>
    </message>
    <message>
        <source>Illness or disability.</source>
        <translation>疾病或残疾情况。</translation>
    </message>
    <message>
        <source>Housing.</source>
        <translation>住房情况。</translation>
    </message>
    <message>
        <source>Urgent needs.</source>
        <translation>急需解决的问题。</translation>
    </message>
    <message>
        <source>The officer&apos;s conclusion.</source>
        <translation>承办人的结论。</translation>
    </message>
    <message>
        <source>Records a household visit (入户调查).</source>
        <translation>记录一次入户调查。</translation>
    </message>
    <message>
        <source>needs --clue or --person</source>
        <translation>需要 --clue 或 --person</translation>
    </message>
    <message>
        <source>--monthly-income must be an amount in yuan, not &quot;%1&quot;</source>
        <translation>--monthly-income 应为以元计的金额，不能是“%1”</translation>
    </message>
    <message>
        <source>Visit %1 recorded.</source>
        <translation>已记录走访 %1。</translation>
    </message>
    <message>
        <source>Print the visits as JSON.</source>
        <translation>以 JSON 输出走访记录。</translation>
    </message>
    <message>
        <source>Lists a person&apos;s household visits.</source>
        <translation>列出一个人的入户走访记录。</translation>
    </message>
    <message>
        <source>VISIT</source>
        <translation>走访</translation>
    </message>
    <message>
        <source>VISITORS</source>
        <translation>走访人员</translation>
    </message>
    <message>
        <source>FAMILY</source>
        <translation>家庭成员</translation>
    </message>
    <message>
        <source>CONCLUSION</source>
        <translation>结论</translation>
    </message>
    <message>
        <source>change a clue&apos;s review status</source>
        <translation>更改线索的审查状态</translation>
    </message>
    <message>
        <source>add a note to a clue</source>
        <translation>为线索添加备注</translation>
    </message>
    <message>
        <source>keep a file with a clue</source>
        <translation>随线索保存文件</translation>
    </message>
    <message>
        <source>show a clue&apos;s status changes and notes</source>
        <translation>显示线索的状态变更和备注</translation>
    </message>
    <message>
        <source>everything the pool knows about one person</source>
        <translation>数据池中关于一个人的全部信息</translation>
    </message>
    <message>
        <source>record a household visit</source>
        <translation>记录一次入户走访</translation>
    </message>
    <message>
        <source>list a person&apos;s household visits</source>
        <translation>列出一个人的入户走访记录</translation>
    </message>
    <message>
        <source>Lists the screening models: built-in and the office&apos;s own.</source>
        <translation>列出筛查模型：内置的和本院自己的。</translation>
    </message>
    <message>
        <source>MODEL</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>ENABLED</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>CLUES</source>
        <translation>线索</translation>
    </message>
    <message>
        <source>there is no model &quot;%1&quot; (see: cluedesk-cli models list)</source>
        <translation>没有模型“%1”（见：cluedesk-cli models list）</translation>
    </message>
    <message>
        <source>Also print the SQL the model compiles to on this pool.</source>
        <translation>同时输出模型在此数据池上编译成的 SQL。</translation>
    </message>
    <message>
        <source>Print the model&apos;s JSON instead.</source>
        <translation>改为输出模型的 JSON。</translation>
    </message>
    <message>
        <source>Model id.</source>
        <translation>模型编号。</translation>
    </message>
    <message>
        <source>Shows a model: what it looks for, its legal basis and its steps in plain words.</source>
        <translation>用平实的话说明一个模型：查找什么、法律依据和各个步骤。</translation>
    </message>
    <message>
        <source>models show needs one model id</source>
        <translation>models show 需要一个模型编号</translation>
    </message>
    <message>
        <source>, built-in</source>
        <translation>，内置</translation>
    </message>
    <message>
        <source>Legal basis: %1</source>
        <translation>法律依据：%1</translation>
    </message>
    <message>
        <source>--sql needs --pool</source>
        <translation>--sql 需要 --pool</translation>
    </message>
    <message>
        <source>A model file (JSON).</source>
        <translation>模型文件（JSON）。</translation>
    </message>
    <message>
        <source>Validates a model file without running it.</source>
        <translation>校验模型文件，但不运行。</translation>
    </message>
    <message>
        <source>models check needs one file</source>
        <translation>models check 需要一个文件</translation>
    </message>
    <message>
        <source>Model &quot;%1&quot; (%2) is valid: %3 steps.</source>
        <translation>模型“%1”（%2）有效：%3 个步骤。</translation>
    </message>
    <message>
        <source>Adds (or replaces) one of the office&apos;s own models after checking it.</source>
        <translation>检查后添加（或替换）本院自己的模型。</translation>
    </message>
    <message>
        <source>models import needs one file</source>
        <translation>models import 需要一个文件</translation>
    </message>
    <message>
        <source>Model &quot;%1&quot; (%2) saved in the pool.</source>
        <translation>模型“%1”（%2）已保存到数据池。</translation>
    </message>
    <message>
        <source>Writes a model as JSON, to share with another office.</source>
        <translation>把模型写成 JSON，以便与其他院共享。</translation>
    </message>
    <message>
        <source>models export needs one model id</source>
        <translation>models export 需要一个模型编号</translation>
    </message>
    <message>
        <source>Switches a model on for screen runs.</source>
        <translation>启用模型，参与筛查。</translation>
    </message>
    <message>
        <source>Switches a model off; its clues are kept.</source>
        <translation>停用模型；其线索保留。</translation>
    </message>
    <message>
        <source>needs one model id</source>
        <translation>需要一个模型编号</translation>
    </message>
    <message>
        <source>Run this model (repeatable; default: every enabled model).</source>
        <translation>运行这个模型（可重复；默认：所有已启用的模型）。</translation>
    </message>
    <message>
        <source>NEW</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>STILL PRESENT</source>
        <translation>仍在</translation>
    </message>
    <message>
        <source>GONE</source>
        <translation>消失</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>秒</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>注：%1</translation>
    </message>
    <message>
        <source>Only this model (repeatable).</source>
        <translation>只看这个模型（可重复）。</translation>
    </message>
    <message>
        <source>Only this review status (repeatable).</source>
        <translation>只看这个审查状态（可重复）。</translation>
    </message>
    <message>
        <source>new, present or gone (repeatable).</source>
        <translation>new、present 或 gone（可重复）。</translation>
    </message>
    <message>
        <source>red, orange or yellow (repeatable).</source>
        <translation>red、orange 或 yellow（可重复）。</translation>
    </message>
    <message>
        <source>Lists clues with their evidence. ID numbers are masked unless --full-ids is given.</source>
        <translation>列出线索及其证据。除非给出 --full-ids，身份证号码均遮盖显示。</translation>
    </message>
    <message>
        <source>Setting to show or change.</source>
        <translation>要显示或更改的设置项。</translation>
    </message>
    <message>
        <source>list the screening models</source>
        <translation>列出筛查模型</translation>
    </message>
    <message>
        <source>show a model in plain words</source>
        <translation>用平实的话说明一个模型</translation>
    </message>
    <message>
        <source>validate a model file without running it</source>
        <translation>校验模型文件，但不运行</translation>
    </message>
    <message>
        <source>add the office&apos;s own model</source>
        <translation>添加本院自己的模型</translation>
    </message>
    <message>
        <source>write a model as JSON</source>
        <translation>把模型写成 JSON</translation>
    </message>
    <message>
        <source>switch a model on</source>
        <translation>启用模型</translation>
    </message>
    <message>
        <source>switch a model off</source>
        <translation>停用模型</translation>
    </message>
    <message>
        <source>run the screening models</source>
        <translation>运行筛查模型</translation>
    </message>
    <message>
        <source>list clues with their evidence</source>
        <translation>列出线索及其证据</translation>
    </message>
    <message>
        <source>show or change the pool&apos;s settings</source>
        <translation>显示或更改数据池的设置</translation>
    </message>
    <message>
        <source>this pool has users: log in with --user NAME and the password in CLUEDESK_PASSWORD or --password-file</source>
        <translation>此数据池设有用户：请用 --user NAME 登录，密码放在 CLUEDESK_PASSWORD 中或用 --password-file 给出</translation>
    </message>
    <message>
        <source>Created a new encrypted pool at %1</source>
        <translation>已在 %1 新建加密数据池</translation>
    </message>
    <message>
        <source>Read the package&apos;s one-time passphrase from FILE (- for standard input); or set CLUEDESK_PACKAGE_PASSPHRASE.</source>
        <translation>从 FILE 读取走访包的一次性口令（- 表示标准输入）；也可设置 CLUEDESK_PACKAGE_PASSPHRASE。</translation>
    </message>
    <message>
        <source>cannot read the passphrase from %1</source>
        <translation>无法从 %1 读取口令</translation>
    </message>
    <message>
        <source>give the package&apos;s one-time passphrase (--package-passphrase-file or CLUEDESK_PACKAGE_PASSPHRASE)</source>
        <translation>请给出走访包的一次性口令（--package-passphrase-file 或 CLUEDESK_PACKAGE_PASSPHRASE）</translation>
    </message>
    <message>
        <source>Clue numbers, comma separated.</source>
        <translation>线索编号，用逗号分隔。</translation>
    </message>
    <message>
        <source>The package file (for the USB stick).</source>
        <translation>走访包文件（拷到U盘）。</translation>
    </message>
    <message>
        <source>Exports the persons of these clues for household visits on an offline laptop, encrypted with a one-time passphrase that is printed once: write it down, do not store it with the file.</source>
        <translation>导出这些线索的当事人，供在离线笔记本上入户走访；用一次性口令加密，口令只显示一次：请抄下来，不要和文件放在一起。</translation>
    </message>
    <message>
        <source>needs --clues and --out</source>
        <translation>需要 --clues 和 --out</translation>
    </message>
    <message>
        <source>Visit package for %1 person(s) written to %2.</source>
        <translation>已将 %1 人的走访包写入 %2。</translation>
    </message>
    <message>
        <source>One-time passphrase: %1</source>
        <translation>一次性口令：%1</translation>
    </message>
    <message>
        <source>The package file.</source>
        <translation>走访包文件。</translation>
    </message>
    <message>
        <source>Shows the persons in a visit package and the visits recorded.</source>
        <translation>显示走访包中的当事人和已记录的走访。</translation>
    </message>
    <message>
        <source>needs one package file</source>
        <translation>需要一个走访包文件</translation>
    </message>
    <message>
        <source>visit %1 %2 (%3): %4</source>
        <translation>走访 %1 %2（%3）：%4</translation>
    </message>
    <message>
        <source>The clue in the package.</source>
        <translation>走访包中的线索。</translation>
    </message>
    <message>
        <source>Change this visit (its UUID or first 8 characters) instead.</source>
        <translation>改为修改这次走访（其 UUID 或前 8 个字符）。</translation>
    </message>
    <message>
        <source>Records a household visit into a visit package, offline.</source>
        <translation>在走访包中离线记录一次入户走访。</translation>
    </message>
    <message>
        <source>needs the package file and --clue (or --edit)</source>
        <translation>需要走访包文件和 --clue（或 --edit）</translation>
    </message>
    <message>
        <source>Visit saved in the package.</source>
        <translation>走访已保存到走访包。</translation>
    </message>
    <message>
        <source>Adds a note to a clue in a visit package.</source>
        <translation>在走访包中为线索添加备注。</translation>
    </message>
    <message>
        <source>needs the package file, --clue and the text</source>
        <translation>需要走访包文件、--clue 和备注内容</translation>
    </message>
    <message>
        <source>conflict %1 (clue %2, %3):</source>
        <translation>冲突 %1（线索 %2，%3）：</translation>
    </message>
    <message>
        <source>office: %1</source>
        <translation>院内：%1</translation>
    </message>
    <message>
        <source>field:  %1</source>
        <translation>现场：%1</translation>
    </message>
    <message>
        <source>the clue went from &quot;%1&quot; to &quot;%2&quot; at the office after the package was made</source>
        <translation>走访包制作后，院内已将该线索从“%1”改为“%2”</translation>
    </message>
    <message>
        <source>The returned package file.</source>
        <translation>带回的走访包文件。</translation>
    </message>
    <message>
        <source>Merges the visits and notes of a returned package; conflicts are listed, never overwritten.</source>
        <translation>合并带回的走访包中的走访和备注；冲突会列出，绝不覆盖。</translation>
    </message>
    <message>
        <source>Visits added %1, updated %2; notes added %3; unchanged %4; new conflicts %5.</source>
        <translation>新增走访 %1 次，更新 %2 次；新增备注 %3 条；未变 %4 项；新冲突 %5 项。</translation>
    </message>
    <message>
        <source>Lists the open conflicts from returned visit packages.</source>
        <translation>列出带回的走访包中尚未解决的冲突。</translation>
    </message>
    <message>
        <source>office or field.</source>
        <translation>office（院内）或 field（现场）。</translation>
    </message>
    <message>
        <source>Conflict number.</source>
        <translation>冲突编号。</translation>
    </message>
    <message>
        <source>Resolves a conflict; the side not kept stays in the conflict record.</source>
        <translation>解决冲突；未保留的一方仍记在冲突记录中。</translation>
    </message>
    <message>
        <source>needs a conflict number and --keep</source>
        <translation>需要冲突编号和 --keep</translation>
    </message>
    <message>
        <source>export a visit package for the laptop</source>
        <translation>导出供笔记本使用的走访包</translation>
    </message>
    <message>
        <source>show a visit package</source>
        <translation>显示走访包</translation>
    </message>
    <message>
        <source>record a visit into a package, offline</source>
        <translation>在走访包中离线记录走访</translation>
    </message>
    <message>
        <source>add a note into a package, offline</source>
        <translation>在走访包中离线添加备注</translation>
    </message>
    <message>
        <source>merge a returned visit package</source>
        <translation>合并带回的走访包</translation>
    </message>
    <message>
        <source>list open conflicts from packages</source>
        <translation>列出走访包中尚未解决的冲突</translation>
    </message>
    <message>
        <source>resolve a conflict</source>
        <translation>解决冲突</translation>
    </message>
    <message>
        <source>a backup is always encrypted: give a passphrase (--backup-passphrase-file, CLUEDESK_BACKUP_PASSPHRASE or the pool&apos;s own)</source>
        <translation>备份总是加密的：请给出口令（--backup-passphrase-file、CLUEDESK_BACKUP_PASSPHRASE 或数据池自己的口令）</translation>
    </message>
    <message>
        <source>Read the backup&apos;s passphrase from FILE (- for standard input).</source>
        <translation>从 FILE 读取备份的口令（- 表示标准输入）。</translation>
    </message>
    <message>
        <source>The new encrypted pool.</source>
        <translation>新的加密数据池。</translation>
    </message>
    <message>
        <source>Writes an encrypted copy of a plain pool, with the passphrase from CLUEDESK_PASSPHRASE or --passphrase-file. Check the copy, then delete the plain file.</source>
        <translation>把未加密的数据池写成加密副本，口令取自 CLUEDESK_PASSPHRASE 或 --passphrase-file。核对副本后，再删除未加密的文件。</translation>
    </message>
    <message>
        <source>needs --pool PLAIN and --out FILE</source>
        <translation>需要 --pool PLAIN 和 --out FILE</translation>
    </message>
    <message>
        <source>needs the new passphrase (CLUEDESK_PASSPHRASE or --passphrase-file)</source>
        <translation>需要新的口令（CLUEDESK_PASSPHRASE 或 --passphrase-file）</translation>
    </message>
    <message>
        <source>Encrypted copy written to %1. Open it with its passphrase, then delete %2.</source>
        <translation>加密副本已写入 %1。用口令打开核对后，删除 %2。</translation>
    </message>
    <message>
        <source>The backup file.</source>
        <translation>备份文件。</translation>
    </message>
    <message>
        <source>Writes an encrypted, consistent copy of the pool (it may be in use meanwhile).</source>
        <translation>写出数据池的加密、一致的副本（数据池可同时在用）。</translation>
    </message>
    <message>
        <source>needs --out FILE</source>
        <translation>需要 --out FILE</translation>
    </message>
    <message>
        <source>Encrypted backup written to %1.</source>
        <translation>加密备份已写入 %1。</translation>
    </message>
    <message>
        <source>Restores a backup as the pool given by --pool (which must not exist yet), encrypted with the pool passphrase.</source>
        <translation>把备份恢复为 --pool 指定的数据池（该文件必须尚不存在），用数据池口令加密。</translation>
    </message>
    <message>
        <source>needs --pool NEW and --from BACKUP</source>
        <translation>需要 --pool NEW 和 --from BACKUP</translation>
    </message>
    <message>
        <source>needs the restored pool&apos;s passphrase (CLUEDESK_PASSPHRASE or --passphrase-file)</source>
        <translation>需要恢复后数据池的口令（CLUEDESK_PASSPHRASE 或 --passphrase-file）</translation>
    </message>
    <message>
        <source>Restored %1 to %2.</source>
        <translation>已将 %1 恢复到 %2。</translation>
    </message>
    <message>
        <source>write an encrypted copy of a plain pool</source>
        <translation>把未加密的数据池写成加密副本</translation>
    </message>
    <message>
        <source>write an encrypted backup of the pool</source>
        <translation>写出数据池的加密备份</translation>
    </message>
    <message>
        <source>restore a backup as a new pool</source>
        <translation>把备份恢复为新的数据池</translation>
    </message>
    <message>
        <source>Read the new password from FILE (- for standard input).</source>
        <translation>从 FILE 读取新密码（- 表示标准输入）。</translation>
    </message>
    <message>
        <source>give the new password with --new-password-file FILE or on standard input</source>
        <translation>请用 --new-password-file FILE 或从标准输入给出新密码</translation>
    </message>
    <message>
        <source>administrator, prosecutor or assistant.</source>
        <translation>administrator（管理员）、prosecutor（检察官）或 assistant（检察官助理/书记员）。</translation>
    </message>
    <message>
        <source>User name.</source>
        <translation>用户名。</translation>
    </message>
    <message>
        <source>Adds a user. The first user must be an administrator and turns on logins for this pool; later users are added by an administrator.</source>
        <translation>添加用户。第一个用户必须是管理员，并由此为该数据池开启登录；之后的用户由管理员添加。</translation>
    </message>
    <message>
        <source>needs a name and --role</source>
        <translation>需要用户名和 --role</translation>
    </message>
    <message>
        <source>User %1 added as %2.</source>
        <translation>已添加用户 %1，角色为 %2。</translation>
    </message>
    <message>
        <source>Lists the pool&apos;s users.</source>
        <translation>列出数据池的用户。</translation>
    </message>
    <message>
        <source>USER</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>FAILED LOGINS</source>
        <translation>登录失败次数</translation>
    </message>
    <message>
        <source>LOCKED UNTIL</source>
        <translation>锁定至</translation>
    </message>
    <message>
        <source>CREATED</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>active</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Changes a user (administrators; anyone for their own password).</source>
        <translation>修改用户（管理员；任何人都可修改自己的密码）。</translation>
    </message>
    <message>
        <source>needs one user name</source>
        <translation>需要一个用户名</translation>
    </message>
    <message>
        <source>Only actions starting with this, e.g. login or person.</source>
        <translation>只看以此开头的操作，例如 login 或 person。</translation>
    </message>
    <message>
        <source>Only this user&apos;s actions.</source>
        <translation>只看这个用户的操作。</translation>
    </message>
    <message>
        <source>Only entries whose subject or detail contains TEXT.</source>
        <translation>只看对象或详情中含有 TEXT 的条目。</translation>
    </message>
    <message>
        <source>At most N entries, newest first (default 100).</source>
        <translation>最多 N 条，最新的在前（默认 100）。</translation>
    </message>
    <message>
        <source>Shows the audit log, newest first.</source>
        <translation>显示审计日志，最新的在前。</translation>
    </message>
    <message>
        <source>SEQ</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>SUBJECT</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>DETAIL</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>the audit log was tampered with: %1</source>
        <translation>审计日志已被篡改：%1</translation>
    </message>
    <message>
        <source>The audit log is whole: %1 entries.</source>
        <translation>审计日志完整：共 %1 条。</translation>
    </message>
    <message>
        <source>add a user with a role</source>
        <translation>添加一个有角色的用户</translation>
    </message>
    <message>
        <source>list the users</source>
        <translation>列出用户</translation>
    </message>
    <message>
        <source>unlock a locked-out user</source>
        <translation>解锁被锁定的用户</translation>
    </message>
    <message>
        <source>disable a user</source>
        <translation>停用用户</translation>
    </message>
    <message>
        <source>enable a user again</source>
        <translation>重新启用用户</translation>
    </message>
    <message>
        <source>change a password</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <source>show the audit log</source>
        <translation>显示审计日志</translation>
    </message>
    <message>
        <source>check the audit log&apos;s hash chain</source>
        <translation>核验审计日志的哈希链</translation>
    </message>
    <message>
        <source>Each command has its own --help. The pool can also be given by CLUEDESK_POOL, its passphrase by CLUEDESK_PASSPHRASE.</source>
        <translation>每个命令都有自己的 --help。数据池也可以用 CLUEDESK_POOL 指定，口令用 CLUEDESK_PASSPHRASE。</translation>
    </message>
    <message>
        <source>cannot read the password from %1</source>
        <translation>无法从 %1 读取密码</translation>
    </message>
    <message>
        <source>new pools are encrypted: give a passphrase in CLUEDESK_PASSPHRASE or with --passphrase-file, or create an unencrypted pool on purpose with --plain</source>
        <translation>新建的数据池都会加密：请在 CLUEDESK_PASSPHRASE 中或用 --passphrase-file 给出口令，或者有意用 --plain 新建不加密的数据池</translation>
    </message>
    <message>
        <source>Created a new pool at %1, NOT encrypted (--plain): anyone with the file reads it; encrypt it with: cluedesk-cli pool passphrase</source>
        <translation>已在 %1 新建数据池，未加密（--plain）：任何拿到文件的人都能读取；加密方法：cluedesk-cli pool passphrase</translation>
    </message>
    <message>
        <source>The officer who takes the package (default: you); what comes back is theirs.</source>
        <translation>领取走访包的承办人（默认：你自己）；带回的内容记在其名下。</translation>
    </message>
    <message>
        <source>  audit head when issued: %1</source>
        <translation>  制作时的审计日志头：%1</translation>
    </message>
    <message>
        <source>A name or ID number (part of one only for roles that may see full IDs).</source>
        <translation>姓名或身份证号码（只有可查看完整身份证号的角色才能用号码的一部分查找）。</translation>
    </message>
    <message>
        <source>Read the new passphrase from FILE (- for standard input).</source>
        <translation>从 FILE 读取新口令（- 表示标准输入）。</translation>
    </message>
    <message>
        <source>Re-encrypts the pool under a new passphrase, or encrypts a plain pool, in place (administrators). The new passphrase may also come from CLUEDESK_NEW_PASSPHRASE. Close ClueDesk everywhere else first.</source>
        <translation>用新口令重新加密数据池，或原地加密未加密的数据池（管理员）。新口令也可来自 CLUEDESK_NEW_PASSPHRASE。请先在其他地方关闭 ClueDesk。</translation>
    </message>
    <message>
        <source>needs the new passphrase (--new-passphrase-file or CLUEDESK_NEW_PASSPHRASE)</source>
        <translation>需要新口令（--new-passphrase-file 或 CLUEDESK_NEW_PASSPHRASE）</translation>
    </message>
    <message>
        <source>The pool %1 is now encrypted with the new passphrase.</source>
        <translation>数据池 %1 已用新口令加密。</translation>
    </message>
    <message>
        <source>The pool %1 is now encrypted.</source>
        <translation>数据池 %1 已加密。</translation>
    </message>
    <message>
        <source>Audit head %1, also in %2.audit-head: keep it apart; audit verify --head checks the log against it.</source>
        <translation>审计日志头 %1，也写在 %2.audit-head 中：请另行保存；audit verify --head 可据此核验日志。</translation>
    </message>
    <message>
        <source>change the pool&apos;s passphrase, or encrypt a plain pool in place</source>
        <translation>更改数据池的口令，或原地加密未加密的数据池</translation>
    </message>
    <message>
        <source>A head kept outside the pool (SEQ:HASH, as printed by backup and on letters), or a file holding one (the .audit-head beside a backup).</source>
        <translation>保存在数据池之外的日志头（SEQ:HASH，由 backup 输出并印在文书上），或保存日志头的文件（备份旁的 .audit-head）。</translation>
    </message>
    <message>
        <source>Checks the audit log&apos;s hash chain: exit 0 when whole, 1 when an entry was changed, removed or cut off, or when the log no longer holds the head given.</source>
        <translation>核验审计日志的哈希链：完整时退出码为 0；有条目被改动、删除或截断，或日志中已没有给出的日志头时为 1。</translation>
    </message>
    <message>
        <source>cannot read %1</source>
        <translation>无法读取 %1</translation>
    </message>
    <message>
        <source>Usage: cluedesk-cli [--pool FILE] [--passphrase-file FILE|-] [--plain] [--user NAME [--password-file FILE|-]] [--lang zh|en] COMMAND [options]</source>
        <translation>用法：cluedesk-cli [--pool FILE] [--passphrase-file FILE|-] [--plain] [--user NAME [--password-file FILE|-]] [--lang zh|en] COMMAND [options]</translation>
    </message>
    <message>
        <source>stopped by an internal error: %1</source>
        <translation>因内部错误停止：%1</translation>
    </message>
    <message>
        <source>%1 is enabled. Her or his old password no longer opens this encrypted pool: set a new one with: cluedesk-cli users passwd %1</source>
        <translation>%1 已启用。其原密码已不能打开这个加密数据池：请设置新密码：cluedesk-cli users passwd %1</translation>
    </message>
    <message>
        <source>Money recovered, in yuan, when a supervision clue becomes corrected.</source>
        <translation>监督线索改为“已纠正”时追回的金额（元）。</translation>
    </message>
    <message>
        <source>Changes a clue&apos;s review status. Judicial-aid clues: new -&gt; verifying -&gt; eligible / ineligible / referred -&gt; assisted. Supervision clues: new -&gt; verifying -&gt; confirmed / unfounded -&gt; suggested -&gt; corrected. Who, when and why are kept.</source>
        <translation>更改线索的审查状态。司法救助线索：new（新线索）-&gt; verifying（核查中）-&gt; eligible（符合条件）/ ineligible（不符合条件）/ referred（已移送）-&gt; assisted（已救助）。监督线索：new -&gt; verifying -&gt; confirmed（属实）/ unfounded（不属实）-&gt; suggested（已发建议）-&gt; corrected（已纠正）。操作人、时间和原因都会保留。</translation>
    </message>
    <message>
        <source>--recovered needs an amount in yuan, such as 12600 or 3500.50, not &quot;%1&quot;</source>
        <translation>--recovered 需要以元计的金额，例如 12600 或 3500.50，不能是“%1”</translation>
    </message>
    <message>
        <source> (%1 yuan recovered)</source>
        <translation>（挽回损失 %1 元）</translation>
    </message>
    <message>
        <source>DUE</source>
        <translation>回复期限</translation>
    </message>
    <message>
        <source>REPLY</source>
        <translation>回复</translation>
    </message>
    <message>
        <source>Lists the issued letters whose reply is overdue.</source>
        <translation>列出已发出但回复逾期的文书。</translation>
    </message>
    <message>
        <source>No letter is overdue.</source>
        <translation>没有逾期的文书。</translation>
    </message>
    <message>
        <source>Date of the reply (default today).</source>
        <translation>回复日期（默认今天）。</translation>
    </message>
    <message>
        <source>What the department replied.</source>
        <translation>收文单位的回复内容。</translation>
    </message>
    <message>
        <source>The reply as a file (a scan, a PDF), kept in the pool.</source>
        <translation>回复文件（扫描件、PDF），保存在数据池中。</translation>
    </message>
    <message>
        <source>Records a department&apos;s reply to a letter. The next screening then shows on each clue of the letter whether the problem went away.</source>
        <translation>登记收文单位对文书的回复。下次筛查时，文书所涉每条线索都会显示问题是否已经消除。</translation>
    </message>
    <message>
        <source>needs one letter number and --text</source>
        <translation>需要一个文号和 --text</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>Reply to %1 of %2 recorded.</source>
        <translation>已登记 %2 对 %1 的回复。</translation>
    </message>
    <message>
        <source>Write the file of the latest reply that came with one to FILE.</source>
        <translation>把最近一次附有文件的回复的文件写入 FILE。</translation>
    </message>
    <message>
        <source>(reply due %1)</source>
        <translation>（回复期限 %1）</translation>
    </message>
    <message>
        <source>  reply of %1 (recorded by %2): %3</source>
        <translation>  %1 的回复（%2 登记）：%3</translation>
    </message>
    <message>
        <source>no reply to %1 came with a file</source>
        <translation>%1 的回复都没有附文件</translation>
    </message>
    <message>
        <source>record a department&apos;s reply to a letter</source>
        <translation>登记收文单位对文书的回复</translation>
    </message>
    <message>
        <source>list letters whose reply is overdue</source>
        <translation>列出回复逾期的文书</translation>
    </message>
    <message>
        <source>Letter: %1</source>
        <translation>文书：%1</translation>
    </message>
    <message>
        <source>Shows or changes the pool&apos;s settings. Known keys: county.prefix (the county&apos;s ID region prefix, e.g. 330382), county.historic_codes (former region codes, comma separated), county.name (also matched in household addresses), office.name (for letters).</source>
        <translation>显示或更改数据池的设置。已知的设置项：county.prefix（本县身份证地区码前缀，例如 330382）、county.historic_codes（原地区码，用逗号分隔）、county.name（也用于匹配户籍地址）、office.name（用于文书）。</translation>
    </message>
    <message>
        <source>; OUT OF DATE: updated %1, %2 days overdue</source>
        <translation>；已过期：更新于 %1，逾期 %2 天</translation>
    </message>
    <message>
        <source>First day of the period (default: 1 January of this year).</source>
        <translation>期间的第一天（默认：今年 1 月 1 日）。</translation>
    </message>
    <message>
        <source>Last day of the period (default: today).</source>
        <translation>期间的最后一天（默认：今天）。</translation>
    </message>
    <message>
        <source>text, csv, json or xlsx (default text).</source>
        <translation>text、csv、json 或 xlsx（默认 text）。</translation>
    </message>
    <message>
        <source>Write to FILE instead of standard output (needed for xlsx).</source>
        <translation>写入 FILE，而不是标准输出（xlsx 必须）。</translation>
    </message>
    <message>
        <source>The office&apos;s figures over a period: clues found per model and grade, decided, suggested and corrected, days from finding to decision, assistance decided and paid, money recovered, letters issued, replied and overdue.</source>
        <translation>本院在一段期间内的数据：各模型、各等级发现的线索，已决定、已发建议和已纠正的数量，从发现到决定的天数，决定和发放的救助金额，追回的金额，发出、已回复和逾期的文书。</translation>
    </message>
    <message>
        <source>--from %1 is after --to %2</source>
        <translation>--from %1 晚于 --to %2</translation>
    </message>
    <message>
        <source>--format must be text, csv, json or xlsx, not &quot;%1&quot;</source>
        <translation>--format 应为 text、csv、json 或 xlsx，不能是“%1”</translation>
    </message>
    <message>
        <source>the office&apos;s figures over a period</source>
        <translation>本院在一段期间内的数据</translation>
    </message>
    <message>
        <source>Add the groups the pool&apos;s current lists put the person in (disabled by level, children in distress, special care, ...) at their lowest k; a --group given for the same group wins.</source>
        <translation>加上数据池当前名单中此人所属的群体（按等级的残疾人、困境儿童、优抚对象……），取最低的 k 值；对同一群体给出的 --group 优先。</translation>
    </message>
    <message>
        <source>From the pool: %1 (%2, %3)%4</source>
        <translation>来自数据池：%1（%2，%3）%4</translation>
    </message>
    <message>
        <source>; --group given, kept</source>
        <translation>；已给出 --group，保留</translation>
    </message>
    <message>
        <source>linked to %1 by %2</source>
        <translation>已由 %2 关联到 %1</translation>
    </message>
    <message>
        <source>no match (dismissed by %1)</source>
        <translation>无匹配（%1 已排除）</translation>
    </message>
    <message>
        <source>The ID of the possible match that is this row&apos;s person.</source>
        <translation>可能匹配中确为该行当事人的身份证号码。</translation>
    </message>
    <message>
        <source>The row&apos;s id (first column of rejects).</source>
        <translation>该行的编号（rejects 输出的第一列）。</translation>
    </message>
    <message>
        <source>Without --person, lists the possible matches of a row rejected for an invalid ID: persons in the pool with the same name whose valid ID is one edit away, best first. With --person, links the row to that person for screening; the ID as written is kept, and who confirmed it is audited.</source>
        <translation>不带 --person 时，列出因身份证号码无效而未导入的一行的可能匹配：数据池中同名、有效身份证号码只差一处的人员，最可能的在前。带 --person 时，把该行关联到此人供筛查使用；保留原写的号码，并审计记录由谁确认。</translation>
    </message>
    <message>
        <source>rejects match needs one row id</source>
        <translation>rejects match 需要一个行编号</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a row id (see: rejects)</source>
        <translation>“%1”不是行编号（见：rejects）</translation>
    </message>
    <message>
        <source>No possible match for row %1.</source>
        <translation>第 %1 行没有可能匹配。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>依据</translation>
    </message>
    <message>
        <source>Found in</source>
        <translation>见于</translation>
    </message>
    <message numerus="yes">
        <source>Linked to %1: %n row(s) of this list; the next screening uses them.</source>
        <translation>
            <numerusform>已关联到 %1：本名单 %n 行；下次筛查将使用这些行。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have other reasons to be rejected: the match is recorded, but they stay out.</source>
        <translation>
            <numerusform>%n 行还有其他未导入的原因：匹配已记录，但这些行仍不导入。</numerusform>
        </translation>
    </message>
    <message>
        <source>Records that none of the possible matches is the person of a rejected row; the row stays rejected.</source>
        <translation>记录一行未导入数据的可能匹配中没有一个是其当事人；该行仍不导入。</translation>
    </message>
    <message>
        <source>rejects dismiss needs one row id</source>
        <translation>rejects dismiss 需要一个行编号</translation>
    </message>
    <message>
        <source>Row %1: possible matches dismissed.</source>
        <translation>第 %1 行：已排除可能匹配。</translation>
    </message>
    <message>
        <source>show a rejected row&apos;s possible matches, or link it to one (--person)</source>
        <translation>显示未导入行的可能匹配，或把它关联到其中一人（--person）</translation>
    </message>
    <message>
        <source>record that none of a rejected row&apos;s possible matches is its person</source>
        <translation>记录未导入行的可能匹配中没有其当事人</translation>
    </message>
    <message>
        <source>correct a person read from a case file</source>
        <translation>更正从案卷材料中读出的人员</translation>
    </message>
    <message>
        <source>Run every model again, even one whose lists, parameters and county did not change since its last run.</source>
        <translation>所有模型重新运行，包括自上次运行以来名单、参数和县域设置都没有变化的模型。</translation>
    </message>
    <message>
        <source>Runs screening models over the current lists and updates their clues: new, still present, gone. Review decisions are never lost. A model whose lists, parameters and county are as at its last run is not run again: its clues stand.</source>
        <translation>用当前名单运行筛查模型并更新线索：新增、仍在、消失。审查决定绝不丢失。名单、参数和县域设置与上次运行时相同的模型不会重新运行：其线索保持不变。</translation>
    </message>
    <message>
        <source>note: not run again, since nothing they read changed after their last run; their clues stand (--force runs them anyway): %1</source>
        <translation>注：以下模型读取的内容自上次运行以来没有变化，未重新运行，线索保持不变（--force 可强制运行）：%1</translation>
    </message>
    <message>
        <source>  %1 %2 x%3  e.g. %4</source>
        <comment>severity, code, count, an example</comment>
        <translation>  %1 %2 ×%3  例：%4</translation>
    </message>
    <message>
        <source>A new pool is made by the first import into it: cluedesk-cli --pool %1 import ...</source>
        <translation>第一次向其中导入名单时会新建数据池：cluedesk-cli --pool %1 import ...</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot; (see: cluedesk-cli %2 --help)</source>
        <translation>多余的参数“%1”（参见：cluedesk-cli %2 --help）</translation>
    </message>
    <message>
        <source>Building the search indexes (%1 rows)...</source>
        <translation>正在建立检索索引（%1 行）……</translation>
    </message>
    <message>
        <source>Saving to the pool (%1 rows)...</source>
        <translation>正在保存到数据池（%1 行）……</translation>
    </message>
    <message>
        <source>Upgrading the pool from schema %1 to %2; a large pool takes a few seconds. Do not interrupt.</source>
        <translation>正在把数据池从第%1版升级到第%2版；数据量大时需要几秒钟，请勿中断。</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have another broken ID number: the match is recorded, and the row is imported once that one is matched too.</source>
        <translation>
            <numerusform>本次匹配已记录：%n 行还有另一个有误的身份证号码，待其也匹配后即导入。</numerusform>
        </translation>
    </message>
    <message>
        <source>matched to %1 by %2; imported once the row&apos;s other broken ID is matched</source>
        <translation>已由 %2 匹配为 %1；该行另一个有误的身份证号码也匹配后即导入</translation>
    </message>
    <message>
        <source>matched to %1 by %2; other reasons keep the row out</source>
        <translation>已由 %2 匹配为 %1；该行另有未导入原因，仍不导入</translation>
    </message>
</context>
<context>
    <name>cluedesk::ui::Application</name>
    <message>
        <source>An internal error stopped this step: %1</source>
        <translation>内部错误中止了这一步：%1</translation>
    </message>
</context>
<context>
    <name>cluedesk::ui::AuditScreen</name>
    <message>
        <source>Action, e.g. login, person, clue.status</source>
        <translation>操作，例如 login、person、clue.status</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Subject or detail contains</source>
        <translation>对象或详情包含</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>筛选</translation>
    </message>
    <message>
        <source>Verify the chain</source>
        <translation>校验日志链</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#1B6E20&apos;&gt;✔ The audit log is whole: %1 entries, each following the one before.&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#1B6E20&apos;&gt;✔ 审计日志完整：共 %1 条，逐条相连。&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#B00000&apos;&gt;&lt;b&gt;✘ The audit log was tampered with:&lt;/b&gt; %1&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#B00000&apos;&gt;&lt;b&gt;✘ 审计日志被篡改：&lt;/b&gt;%1&lt;/span&gt;</translation>
    </message>
</context>
<context>
    <name>cluedesk::ui::CalculatorDialog</name>
    <message>
        <source>Assistance amount</source>
        <translation>救助金额计算</translation>
    </message>
    <message>
        <source>Parameter set:</source>
        <translation>参数方案：</translation>
    </message>
    <message>
        <source>Case type:</source>
        <translation>案件类型：</translation>
    </message>
    <message>
        <source>Hardship band:</source>
        <translation>困难程度：</translation>
    </message>
    <message>
        <source>Hardship coefficient:</source>
        <translation>困难系数：</translation>
    </message>
    <message>
        <source>Additional groups (k, 0 = no):</source>
        <translation>附加救助对象（系数，0 为不属于）：</translation>
    </message>
    <message>
        <source>Victim&apos;s fault:</source>
        <translation>被害人过错：</translation>
    </message>
    <message>
        <source>Save as draft</source>
        <translation>存为草稿</translation>
    </message>
    <message>
        <source>Decide this amount</source>
        <translation>确定此金额</translation>
    </message>
    <message>
        <source>%1 to %2; 0 when the person is not in this group</source>
        <translation>%1 至 %2；不属于该类对象时为 0</translation>
    </message>
    <message>
        <source>yuan</source>
        <translation>元</translation>
    </message>
    <message>
        <source>The inputs are not complete yet.</source>
        <translation>输入项尚未填写完整。</translation>
    </message>
    <message>
        <source>%1 &lt;span style=&apos;color:#1A7F37&apos;&gt;(from the pool)&lt;/span&gt;</source>
        <translation>%1 &lt;span style=&apos;color:#1A7F37&apos;&gt;（据数据池名单）&lt;/span&gt;</translation>
    </message>
    <message>
        <source>In the pool: %1, %2. Filled in at the lowest k; change it or set 0 if it does not apply.</source>
        <translation>数据池中：%1，%2。已按最低系数填入；如不适用请修改或设为0。</translation>
    </message>
</context>
<context>
    <name>cluedesk::ui::CaseFilesScreen</name>
    <message>
        <source>Red</source>
        <translation>红色</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>橙色</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>黄色</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>案号</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>文书类型</translation>
    </message>
    <message>
        <source>Charge</source>
        <translation>罪名</translation>
    </message>
    <message>
        <source>Victim</source>
        <translation>被害人</translation>
    </message>
    <message>
        <source>Injury</source>
        <translation>伤情</translation>
    </message>
    <message>
        <source>Disability grade</source>
        <translation>伤残等级</translation>
    </message>
    <message>
        <source>Keyword</source>
        <translation>关键词</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Case files&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;案卷材料&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Add case files...</source>
        <translation>添加案卷……</translation>
    </message>
    <message>
        <source>Add PDFs or scans (Ctrl+Shift+O); or drag files and folders here</source>
        <translation>添加 PDF 或扫描件（Ctrl+Shift+O）；也可以把文件或文件夹拖到这里</translation>
    </message>
    <message>
        <source>Add folder...</source>
        <translation>添加文件夹……</translation>
    </message>
    <message>
        <source>Correct the name or ID number of the selected victim (Ctrl+E)</source>
        <translation>更正所选被害人的姓名或身份证号码（Ctrl+E）</translation>
    </message>
    <message>
        <source>Only files with extractions to review</source>
        <translation>只看有待核对内容的案卷</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>页数</translation>
    </message>
    <message>
        <source>Read by</source>
        <translation>识别方式</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Victims</source>
        <translation>被害人</translation>
    </message>
    <message>
        <source>To review</source>
        <translation>待核对</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>页</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Where it was read</source>
        <translation>原文位置</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>置信度</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>核对</translation>
    </message>
    <message>
        <source>&lt;b&gt;Text read from the page&lt;/b&gt;</source>
        <translation>&lt;b&gt;本页识别文字&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;div style=&apos;font-size:15px; color:#444&apos;&gt;&lt;p&gt;&lt;b&gt;No case files yet.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Drag PDFs, scans or whole folders here, or click &lt;i&gt;Add case files...&lt;/i&gt;&lt;/p&gt;&lt;p style=&apos;color:#777&apos;&gt;Pages with a text layer are read directly, scans by OCR in Chinese. Case number, charge, victims with ID numbers, injury and compensation or understanding words are picked out; victims go to the victims list for the models.&lt;/p&gt;&lt;/div&gt;</source>
        <translation>&lt;div style=&apos;font-size:15px; color:#444&apos;&gt;&lt;p&gt;&lt;b&gt;还没有案卷材料。&lt;/b&gt;&lt;/p&gt;&lt;p&gt;把 PDF、扫描件或整个文件夹拖到这里，或点击&lt;i&gt;添加案卷……&lt;/i&gt;&lt;/p&gt;&lt;p style=&apos;color:#777&apos;&gt;有文字层的页面直接读取，扫描页用中文 OCR 识别。系统提取案号、罪名、被害人及身份证号码、伤情、赔偿或谅解等词语；被害人进入被害人名单，供模型碰撞。&lt;/p&gt;&lt;/div&gt;</translation>
    </message>
    <message>
        <source>fact</source>
        <translation>要素</translation>
    </message>
    <message>
        <source>Case file %1, %2, %3 bytes</source>
        <translation>案卷 %1，%2，%3 字节</translation>
    </message>
    <message>
        <source>text layer</source>
        <translation>文字层</translation>
    </message>
    <message>
        <source>OCR</source>
        <translation>OCR 识别</translation>
    </message>
    <message>
        <source>text layer %1, OCR %2</source>
        <translation>文字层 %1 页，OCR %2 页</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 case files, %2 pages (%3 read by OCR); %4 extractions wait for review</source>
        <translation>共 %1 份案卷、%2 页（OCR 识别 %3 页）；%4 项提取内容待核对</translation>
    </message>
    <message>
        <source>(no valid ID)</source>
        <translation>（无有效证件号）</translation>
    </message>
    <message>
        <source>Select a case file to see its pages.</source>
        <translation>请选择一份案卷查看其页面。</translation>
    </message>
    <message>
        <source>The pages show ID numbers in full, and your role reads masked ID numbers only. The text and the facts beside are masked.</source>
        <translation>页面上的身份证号码是完整的，而您的角色只能查看脱敏号码。右侧文字和提取要素已脱敏显示。</translation>
    </message>
    <message>
        <source>Page %1, read by OCR (confidence %2)</source>
        <translation>第 %1 页，OCR 识别（置信度 %2）</translation>
    </message>
    <message>
        <source>Page %1, text layer</source>
        <translation>第 %1 页，文字层</translation>
    </message>
    <message>
        <source>Add case files</source>
        <translation>添加案卷</translation>
    </message>
    <message>
        <source>Case files (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.bmp);;All files (*)</source>
        <translation>案卷材料 (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.bmp);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Add every case file in a folder</source>
        <translation>添加文件夹中的全部案卷</translation>
    </message>
    <message>
        <source>No PDFs or scans (PNG, JPEG, TIFF, BMP) were found in:
%1</source>
        <translation>以下位置没有找到 PDF 或扫描件（PNG、JPEG、TIFF、BMP）：
%1</translation>
    </message>
    <message numerus="yes">
        <source>Reading %n case file(s)...</source>
        <translation>
            <numerusform>正在读取 %n 份案卷……</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: not found</source>
        <translation>%1：找不到</translation>
    </message>
    <message>
        <source>%1 (file %2 of %3)</source>
        <translation>%1（第 %2 份，共 %3 份）</translation>
    </message>
    <message>
        <source>%1 (file %2 of %3)
page %4 read by %5 — %6 of %7 pages</source>
        <translation>%1（第 %2 份，共 %3 份）
第 %4 页已读取（%5）—— 已完成 %6/%7 页</translation>
    </message>
    <message>
        <source>%1: %2 pages, grade %3, %4 victims%5</source>
        <translation>%1：%2 页，等级 %3，被害人 %4 名%5</translation>
    </message>
    <message>
        <source>, %1 to review</source>
        <translation>，%1 项待核对</translation>
    </message>
    <message>
        <source>%1 of %2 case files added: %3 pages, %4 of them read by OCR.</source>
        <translation>已添加 %1 份案卷（共 %2 份）：%3 页，其中 OCR 识别 %4 页。</translation>
    </message>
    <message>
        <source>%1 extractions wait for your review: they are marked red in the facts list.</source>
        <translation>%1 项提取内容待您核对，已在提取要素中标红。</translation>
    </message>
    <message>
        <source>Cancelled: the file being read and the files after it were not added.</source>
        <translation>已取消：正在读取的案卷及其后的案卷未添加。</translation>
    </message>
    <message>
        <source>Not added:</source>
        <translation>未添加：</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>（无姓名）</translation>
    </message>
    <message>
        <source>Correct a person</source>
        <translation>更正人员</translation>
    </message>
    <message>
        <source>Select a victim or another person in the facts list first; the ones the reader was not sure of are marked red.</source>
        <translation>请先在要素列表中选择被害人或其他人员；识别没有把握的以红色标出。</translation>
    </message>
    <message>
        <source>%1 is now in the victims list. Run the models (F5 on the Clues screen) to screen the person.</source>
        <translation>%1 已列入被害人名单。请运行模型（线索页按 F5）进行筛查。</translation>
    </message>
    <message>
        <source>%1 is recorded as %2.</source>
        <translation>%1 已登记为%2。</translation>
    </message>
    <message>
        <source>Suggested aid: %1</source>
        <translation>建议救助幅度：%1</translation>
    </message>
    <message>
        <source>Correct a person...</source>
        <translation>更正人员……</translation>
    </message>
    <message>
        <source>&lt;b&gt;Facts&lt;/b&gt; — click one to see its page; double-click a person marked red to correct them</source>
        <translation>&lt;b&gt;提取要素&lt;/b&gt; —— 单击查看所在页；双击标红的人员进行更正</translation>
    </message>
</context>
<context>
    <name>cluedesk::ui::ClueTableModel</name>
    <message>
        <source>Red</source>
        <translation>红色</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>橙色</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>黄色</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新发现</translation>
    </message>
    <message>
        <source>Gone</source>
        <translation>已不在</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>仍在</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>乡镇（街道）</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Last run</source>
        <translation>最近一次</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>ID number / case</source>
        <translation>身份证号 / 案号</translation>
    </message>
</context>
<context>
    <name>cluedesk::ui::CluesScreen</name>
    <message>
        <source>Run all models</source>
        <translation>运行全部模型</translation>
    </message>
    <message>
        <source>Screen the current lists with every enabled model (F5)</source>
        <translation>用全部已启用的模型碰撞当前名单（F5）</translation>
    </message>
    <message>
        <source>New in last run</source>
        <translation>仅看最近新发现</translation>
    </message>
    <message>
        <source>Name or ID number</source>
        <translation>姓名或身份证号</translation>
    </message>
    <message>
        <source>&lt;b&gt;Evidence&lt;/b&gt; — the rows that made this clue fire</source>
        <translation>&lt;b&gt;证据&lt;/b&gt; —— 触发该线索的数据行</translation>
    </message>
    <message>
        <source>&lt;b&gt;History&lt;/b&gt;</source>
        <translation>&lt;b&gt;办理记录&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Change status...</source>
        <translation>变更状态……</translation>
    </message>
    <message>
        <source>Add note...</source>
        <translation>添加备注……</translation>
    </message>
    <message>
        <source>Person, visit and amount...</source>
        <translation>人员、走访与金额……</translation>
    </message>
    <message>
        <source>Open the person&apos;s profile (Enter)</source>
        <translation>打开人员档案（回车）</translation>
    </message>
    <message>
        <source>Write letter...</source>
        <translation>制作文书……</translation>
    </message>
    <message>
        <source>&lt;div style=&apos;font-size:15px; color:#444&apos;&gt;&lt;p&gt;&lt;b&gt;No clues yet.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Import this month&apos;s lists on the Data pool screen, then press &lt;b&gt;Run all models&lt;/b&gt; (F5).&lt;/p&gt;&lt;p&gt;Every person a model finds appears here with the rows that made it fire.&lt;/p&gt;&lt;/div&gt;</source>
        <translation>&lt;div style=&apos;font-size:15px; color:#444&apos;&gt;&lt;p&gt;&lt;b&gt;还没有线索。&lt;/b&gt;&lt;/p&gt;&lt;p&gt;请先在“数据池”导入本月收到的名单，再点击&lt;b&gt;运行全部模型&lt;/b&gt;（F5）。&lt;/p&gt;&lt;p&gt;模型发现的每个人都会列在这里，并附上触发线索的数据行。&lt;/p&gt;&lt;/div&gt;</translation>
    </message>
    <message>
        <source>All models</source>
        <translation>全部模型</translation>
    </message>
    <message>
        <source>All grades</source>
        <translation>全部等级</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>红色</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>橙色</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>黄色</translation>
    </message>
    <message>
        <source>Open (not yet decided)</source>
        <translation>待办（尚未决定）</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>All towns</source>
        <translation>全部乡镇</translation>
    </message>
    <message>
        <source>%1 of %2 clues</source>
        <translation>%1 / 共 %2 条线索</translation>
    </message>
    <message>
        <source>&lt;h3&gt;%1 &lt;small&gt;%2&lt;/small&gt;&lt;/h3&gt;&lt;p&gt;%3&lt;/p&gt;&lt;p style=&apos;color:#666&apos;&gt;%4 · first found %5 · %6&lt;/p&gt;</source>
        <translation>&lt;h3&gt;%1 &lt;small&gt;%2&lt;/small&gt;&lt;/h3&gt;&lt;p&gt;%3&lt;/p&gt;&lt;p style=&apos;color:#666&apos;&gt;%4 · 首次发现 %5 · %6&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n clue(s) selected</source>
        <translation>
            <numerusform>已选 %n 条线索</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; · %2 · row %3 · %4&lt;br/&gt;&lt;span style=&apos;color:#444&apos;&gt;%5&lt;/span&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; · %2 · 第 %3 行 · %4&lt;br/&gt;&lt;span style=&apos;color:#444&apos;&gt;%5&lt;/span&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:#666&apos;&gt;Nothing recorded yet.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:#666&apos;&gt;尚无记录。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Change status</source>
        <translation>变更状态</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>添加备注</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>Running the screening models...</source>
        <translation>正在运行筛查模型……</translation>
    </message>
    <message>
        <source>Screening</source>
        <translation>模型筛查</translation>
    </message>
    <message>
        <source>This clue is about a case, an organisation or an auction lot, not a person</source>
        <translation>该线索的对象是案件、单位或拍卖标的，不是个人</translation>
    </message>
    <message>
        <source>%1 (as written)</source>
        <translation>%1（原文）</translation>
    </message>
    <message>
        <source> (%1 yuan recovered)</source>
        <translation>（挽回损失 %1 元）</translation>
    </message>
    <message>
        <source>The selected clues have different statuses or review paths. Select clues of one kind with the same status to change them together.</source>
        <translation>所选线索的状态或办理流程不同。请选择同一类、同一状态的线索一并变更。</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>文书</translation>
    </message>
    <message>
        <source>Screening done: %1 models ran.</source>
        <translation>筛查完成：运行了 %1 个模型。</translation>
    </message>
    <message>
        <source>Screening done: %1 ran; %2 not run again, since nothing they read changed after their last run (their clues stand).</source>
        <translation>筛查完成：运行了 %1 个模型；另有 %2 个模型读取的名单和设置自上次筛查以来没有变化，未重新运行（线索保持不变）。</translation>
    </message>
    <message>
        <source>Clue %1: %2</source>
        <translation>线索 %1：%2</translation>
    </message>
    <message>
        <source>The note was not saved on %1 of %2 clues:
%3</source>
        <translation>%2 条线索中有 %1 条未能保存备注：
%3</translation>
    </message>
    <message>
        <source>%1 of %2 models done; the last: %3</source>
        <translation>已完成 %1/%2 个模型，最近完成：%3</translation>
    </message>
    <message>
        <source>Screening cancelled: %1 models ran and kept their clues; %2 did not run (their clues are as before).</source>
        <translation>筛查已取消：%1 个模型已运行，线索已保存；%2 个模型未运行（其线索保持原样）。</translation>
    </message>
    <message numerus="yes">
        <source>Running %n model(s), two at a time...</source>
        <translation>
            <numerusform>正在运行 %n 个模型（两个同时运行）……</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cluedesk::ui::ConflictsDialog</name>
    <message>
        <source>Conflicts from visit packages</source>
        <translation>走访数据包冲突</translation>
    </message>
    <message>
        <source>The same thing was changed at the office and in the field. Nothing was overwritten: choose which version to keep; the other stays on record.</source>
        <translation>同一内容在院内和现场都被修改过。系统未覆盖任何一方：请选择保留哪个版本，另一版本仍留档备查。</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Clue</source>
        <translation>线索</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>At the office</source>
        <translation>院内</translation>
    </message>
    <message>
        <source>In the field</source>
        <translation>现场</translation>
    </message>
    <message>
        <source>Keep the office&apos;s version</source>
        <translation>保留院内版本</translation>
    </message>
    <message>
        <source>Keep the field&apos;s version</source>
        <translation>保留现场版本</translation>
    </message>
    <message>
        <source>Visit changed in both places</source>
        <translation>入户记录两边都有修改</translation>
    </message>
    <message>
        <source>Clue decided meanwhile</source>
        <translation>期间线索已作决定</translation>
    </message>
    <message>
        <source>visits recorded against status %1</source>
        <translation>现场记录时线索状态为 %1</translation>
    </message>
</context>
<context>
    <name>cluedesk::ui::CorrectPersonDialog</name>
    <message>
        <source>Correct a person read from the case file</source>
        <translation>更正从卷宗识别出的人员</translation>
    </message>
    <message>
        <source>&lt;p&gt;Page %1 reads:&lt;/p&gt;&lt;blockquote&gt;%2&lt;/blockquote&gt;&lt;p&gt;%3&lt;/p&gt;</source>
        <translation>&lt;p&gt;第 %1 页原文：&lt;/p&gt;&lt;blockquote&gt;%2&lt;/blockquote&gt;&lt;p&gt;%3&lt;/p&gt;</translation>
    </message>
    <message>
        <source>18 characters, as written on the page</source>
        <translation>18 位，按页面上的写法录入</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <source>ID number:</source>
        <translation>身份证号码：</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>角色：</translation>
    </message>
    <message>
        <source>Possible matches in the pool (same name, ID one edit away):</source>
        <translation>数据池中的可能匹配（姓名相同，身份证号码只差一处）：</translation>
    </message>
    <message>
        <source>Take this person&apos;s ID</source>
        <translation>采用此人的身份证号码</translation>
    </message>
    <message>
        <source>Save correction</source>
        <translation>保存更正</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#1E7B34&apos;&gt;Valid ID number: born %1, %2.&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#1E7B34&apos;&gt;身份证号码有效：出生于 %1，%2。&lt;/span&gt;</translation>
    </message>
    <message>
        <source>male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>female</source>
        <translation>女</translation>
    </message>
</context>
<context>
    <name>cluedesk::ui::DashboardScreen</name>
    <message>
        <source>no annual budget set (Settings)</source>
        <translation>尚未设置年度预算（见“设置”）</translation>
    </message>
    <message>
        <source>%1 of %2 yuan of the annual budget used (%3%)</source>
        <translation>已使用年度预算 %2 元中的 %1 元（%3%）</translation>
    </message>
    <message>
        <source>&lt;h2&gt;%1&lt;/h2&gt;&lt;p&gt;Assistance decided in %1: &lt;b&gt;%2 yuan&lt;/b&gt;; %3. Average time from clue to decision: &lt;b&gt;%4&lt;/b&gt;.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;%1 年&lt;/h2&gt;&lt;p&gt;%1 年已决定救助金额：&lt;b&gt;%2 元&lt;/b&gt;；%3。线索从发现到作出决定平均用时：&lt;b&gt;%4&lt;/b&gt;。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 天</translation>
    </message>
    <message>
        <source>no decisions yet</source>
        <translation>尚无决定</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>红色</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>橙色</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>黄色</translation>
    </message>
    <message>
        <source>Clues per model and grade</source>
        <translation>各模型线索数（按等级）</translation>
    </message>
    <message>
        <source>Clues</source>
        <translation>线索</translation>
    </message>
    <message>
        <source>From clue to help</source>
        <translation>从线索到救助</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>发现</translation>
    </message>
    <message>
        <source>Being verified or further</source>
        <translation>已开始核查</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>已作决定</translation>
    </message>
    <message>
        <source>Assisted</source>
        <translation>已救助</translation>
    </message>
    <message>
        <source>Yuan</source>
        <translation>元</translation>
    </message>
    <message>
        <source>Assistance decided per month (yuan)</source>
        <translation>每月决定的救助金额（元）</translation>
    </message>
    <message>
        <source>Assistance decided per case type (yuan)</source>
        <translation>各案件类型救助金额（元）</translation>
    </message>
    <message>
        <source>Export figures (xlsx)...</source>
        <translation>导出统计（xlsx）...</translation>
    </message>
    <message>
        <source>This year&apos;s table per model, with money and letters: the same as cluedesk-cli stats</source>
        <translation>本年度按模型统计的表格，含金额和文书情况（与 cluedesk-cli stats 相同）</translation>
    </message>
    <message>
        <source>Export figures</source>
        <translation>导出统计</translation>
    </message>
    <message>
        <source>figures-%1.xlsx</source>
        <translation>工作统计-%1.xlsx</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>&lt;p&gt;Supervision in %1: &lt;b&gt;%2&lt;/b&gt; suggestions issued, &lt;b&gt;%3&lt;/b&gt; corrected, &lt;b&gt;%4 yuan&lt;/b&gt; recovered. Letters: %5 issued, %6 replied, &lt;span style=&apos;color:%8&apos;&gt;&lt;b&gt;%7 overdue&lt;/b&gt;&lt;/span&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1年法律监督：制发检察建议 &lt;b&gt;%2&lt;/b&gt; 件，已纠正 &lt;b&gt;%3&lt;/b&gt; 件，追回 &lt;b&gt;%4 元&lt;/b&gt;。文书：制发 %5 份，收到回复 %6 份，&lt;span style=&apos;color:%8&apos;&gt;&lt;b&gt;逾期未回复 %7 份&lt;/b&gt;&lt;/span&gt;。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Supervision this year: from finding to correction</source>
        <translation>本年度法律监督：从线索到纠正</translation>
    </message>
    <message>
        <source>Suggestion issued</source>
        <translation>已制发检察建议</translation>
    </message>
    <message>
        <source>Corrected</source>
        <translation>已纠正</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>文书</translation>
    </message>
    <message>
        <source>Letters this year</source>
        <translation>本年度文书</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>已出具</translation>
    </message>
    <message>
        <source>Replied</source>
        <translation>已回复</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>逾期未回复</translation>
    </message>
</context>
<context>
    <name>cluedesk::ui::DataPoolScreen</name>
    <message>
        <source>&lt;h2&gt;Data pool&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;数据池&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Import lists...</source>
        <translation>导入名单……</translation>
    </message>
    <message>
        <source>Rows not imported</source>
        <translation>未导入的行</translation>
    </message>
    <message>
        <source>Withdraw version</source>
        <translation>撤回该版本</translation>
    </message>
    <message>
        <source>&lt;div style=&apos;font-size:15px; color:#444&apos;&gt;&lt;p&gt;&lt;b&gt;No datasets yet.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Import the lists you received from other bureaus:&lt;br&gt;drag the .xlsx, .xls or .csv files here, or click &lt;i&gt;Import lists...&lt;/i&gt;&lt;/p&gt;&lt;p style=&apos;color:#777&apos;&gt;Title rows, totals, GB18030 text and 15-digit IDs are handled; rows that cannot be used are kept and listed.&lt;/p&gt;&lt;/div&gt;</source>
        <translation>&lt;div style=&apos;font-size:15px; color:#444&apos;&gt;&lt;p&gt;&lt;b&gt;数据池还是空的。&lt;/b&gt;&lt;/p&gt;&lt;p&gt;请导入从其他部门收到的名单：&lt;br&gt;把 .xlsx、.xls 或 .csv 文件拖到这里，或点击&lt;i&gt;导入名单……&lt;/i&gt;&lt;/p&gt;&lt;p style=&apos;color:#777&apos;&gt;标题行、合计行、GB18030 编码和 15 位老身份证号都能处理；无法使用的行会保留并列出。&lt;/p&gt;&lt;/div&gt;</translation>
    </message>
    <message>
        <source>%1 current datasets with %2 rows; the pool is %3</source>
        <translation>当前 %1 个数据集，共 %2 行；数据池文件 %3</translation>
    </message>
    <message>
        <source>Import lists</source>
        <translation>导入名单</translation>
    </message>
    <message>
        <source>Cannot read the file</source>
        <translation>无法读取文件</translation>
    </message>
    <message>
        <source>Importing %1 file(s)...</source>
        <translation>正在导入 %1 个文件……</translation>
    </message>
    <message>
        <source>%1 rows read</source>
        <translation>已读取 %1 行</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>导入失败</translation>
    </message>
    <message>
        <source>Nothing was changed in the pool.</source>
        <translation>数据池未做任何改动。</translation>
    </message>
    <message>
        <source>Select a dataset version first.</source>
        <translation>请先选择一个数据集版本。</translation>
    </message>
    <message>
        <source>Withdraw dataset version %1? Screening will no longer use it; its rows stay in the pool for the record, and the previous version of that list becomes current again.</source>
        <translation>撤回数据集版本 %1？筛查将不再使用它；其数据仍留在数据池备查，该名单的上一版本重新成为当前版本。</translation>
    </message>
    <message>
        <source>Import lists (Ctrl+I)</source>
        <translation>导入名单（Ctrl+I）</translation>
    </message>
    <message numerus="yes">
        <source>&lt;span style=&apos;color:#B06000&apos;&gt;%n list(s) past their update cycle: ask for the latest before screening.&lt;/span&gt; </source>
        <translation>
            <numerusform>&lt;span style=&apos;color:#B06000&apos;&gt;%n 份名单已超过更新周期：筛查前请向有关部门索取最新名单。&lt;/span&gt; </numerusform>
        </translation>
    </message>
    <message>
        <source>Tables (*.xlsx *.xls *.csv *.txt *.xml *.htm *.html);;All files (*)</source>
        <translation>表格 (*.xlsx *.xls *.csv *.txt *.xml *.htm *.html);;所有文件 (*)</translation>
    </message>
    <message>
        <source>%1 rows read; building the search indexes...</source>
        <translation>已读取 %1 行；正在建立检索索引……</translation>
    </message>
    <message>
        <source>%1 rows read; saving to the pool...</source>
        <translation>已读取 %1 行；正在保存到数据池……</translation>
    </message>
</context>
<context>
    <name>cluedesk::ui::DatasetTableModel</name>
    <message>
        <source>Withdrawn</source>
        <translation>已撤回</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>当前</translation>
    </message>
    <message>
        <source>Superseded</source>
        <translation>已被取代</translation>
    </message>
    <message>
        <source>Double-click to see the rejected rows and why</source>
        <translation>双击查看未导入的行及原因</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>数据集</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>数据截至</translation>
    </message>
    <message>
        <source>Source files</source>
        <translation>来源文件</translation>
    </message>
    <message>
        <source>Rows read</source>
        <translation>读取行数</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>已导入</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>未导入</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Imported at</source>
        <translation>导入时间</translation>
    </message>
    <message>
        <source>By</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Current, out of date</source>
        <translation>当前（已过更新周期）</translation>
    </message>
    <message>
        <source>This list is updated %1; this version is %2 days past that. Ask the bureau for the latest list before screening.</source>
        <translation>该名单%1更新一次；此版本已超期%2天。筛查前请向有关部门索取最新名单。</translation>
    </message>
</context>
<context>
    <name>cluedesk::ui::FieldPackageDialog</name>
    <message>
        <source>Visit package</source>
        <translation>走访数据包</translation>
    </message>
    <message>
        <source>One-time passphrase of %1:</source>
        <translation>%1 的一次性密码短语：</translation>
    </message>
    <message>
        <source>Select the clues to visit on the Clues screen first.</source>
        <translation>请先在“线索”页选择要走访的线索。</translation>
    </message>
    <message>
        <source>Export visit package</source>
        <translation>导出走访数据包</translation>
    </message>
    <message>
        <source>visits-%1.cdvisit</source>
        <translation>走访-%1.cdvisit</translation>
    </message>
    <message>
        <source>Visit packages (*.cdvisit)</source>
        <translation>走访数据包 (*.cdvisit)</translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;%n person(s) exported to %1.&lt;/p&gt;&lt;p&gt;One-time passphrase:&lt;/p&gt;&lt;h2&gt;%2&lt;/h2&gt;&lt;p&gt;Write it down and give it to the visiting officer separately from the USB stick. It is shown only now.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;已将 %n 人导出到 %1。&lt;/p&gt;&lt;p&gt;一次性密码短语：&lt;/p&gt;&lt;h2&gt;%2&lt;/h2&gt;&lt;p&gt;请记下并与U盘分开交给走访人员。此密码只显示这一次。&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>Import returned visit package</source>
        <translation>导入带回的走访数据包</translation>
    </message>
    <message>
        <source>Visits added: %1, updated: %2; notes added: %3; already here: %4; conflicts to resolve: %5.</source>
        <translation>新增入户记录 %1 条，更新 %2 条；新增备注 %3 条；已存在 %4 条；待处理冲突 %5 条。</translation>
    </message>
    <message>
        <source>Open visit package</source>
        <translation>打开走访数据包</translation>
    </message>
    <message>
        <source>Household visits — %1</source>
        <translation>入户调查 —— %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号码</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>乡镇（街道）</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>走访次数</translation>
    </message>
    <message>
        <source>Record visit...</source>
        <translation>记录入户调查……</translation>
    </message>
    <message>
        <source>Add note...</source>
        <translation>添加备注……</translation>
    </message>
    <message>
        <source>&lt;p&gt;Visit %1 (%2): %3&lt;/p&gt;</source>
        <translation>&lt;p&gt;走访 %1（%2）：%3&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>添加备注</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>备注：</translation>
    </message>
</context>
<context>
    <name>cluedesk::ui::ImportDialog</name>
    <message>
        <source>Import lists</source>
        <translation>导入名单</translation>
    </message>
    <message>
        <source>&lt;b&gt;Files:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;文件：&lt;/b&gt;%1</translation>
    </message>
    <message>
        <source>Dataset type:</source>
        <translation>数据类型：</translation>
    </message>
    <message>
        <source>The date the list describes, e.g. the end of the month it was drawn up for</source>
        <translation>名单所反映的日期，例如编制月份的月末</translation>
    </message>
    <message>
        <source>List as of:</source>
        <translation>数据截至：</translation>
    </message>
    <message>
        <source>optional, e.g. a town that sends its own list</source>
        <translation>可不填，例如单独报送名单的乡镇</translation>
    </message>
    <message>
        <source>Group:</source>
        <translation>分组：</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Header in the file</source>
        <translation>文件中的表头</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>导入为</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>suggested from the headers</source>
        <translation>根据表头推荐</translation>
    </message>
    <message>
        <source>no type recognised from the headers: choose one and name the columns below</source>
        <translation>未能从表头识别数据类型：请选择类型并在下方指定各列</translation>
    </message>
    <message>
        <source> (sheet &quot;%1&quot;)</source>
        <translation>（工作表“%1”）</translation>
    </message>
    <message>
        <source>Header found in row %1%2. Rows above it are titles and are not imported. Check the columns below; change any that are wrong.</source>
        <translation>表头位于第 %1 行%2。其上方为标题行，不导入。请核对下方各列，如有错误请更正。</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#B03020&apos;&gt;No header for this type was recognised%1.&lt;/span&gt; Name at least the ID number column below; the first row with text is taken as the header.</source>
        <translation>&lt;span style=&apos;color:#B03020&apos;&gt;未识别出该类型的表头%1。&lt;/span&gt;请至少在下方指定身份证号码列；第一行有文字的行将作为表头。</translation>
    </message>
    <message>
        <source>(not a field: kept as an extra column)</source>
        <translation>（非标准字段：作为附加列保留）</translation>
    </message>
</context>
<context>
    <name>cluedesk::ui::ImportReportDialog</name>
    <message>
        <source>Import finished</source>
        <translation>导入完成</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Dataset version %1 imported&lt;/h3&gt;&lt;p&gt;Rows read &lt;b&gt;%2&lt;/b&gt; &amp;nbsp; imported &lt;b&gt;%3&lt;/b&gt; &amp;nbsp; &lt;span style=&apos;color:%6&apos;&gt;rejected &lt;b&gt;%4&lt;/b&gt;&lt;/span&gt; &amp;nbsp; skipped &lt;b&gt;%5&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;h3&gt;数据集版本 %1 已导入&lt;/h3&gt;&lt;p&gt;读取 &lt;b&gt;%2&lt;/b&gt; 行 &amp;nbsp; 导入 &lt;b&gt;%3&lt;/b&gt; 行 &amp;nbsp; &lt;span style=&apos;color:%6&apos;&gt;未导入 &lt;b&gt;%4&lt;/b&gt; 行&lt;/span&gt; &amp;nbsp; 跳过 &lt;b&gt;%5&lt;/b&gt; 行&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>示例</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>未导入</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>All rows not imported...</source>
        <translation>查看全部未导入的行……</translation>
    </message>
</context>
<context>
    <name>cluedesk::ui::LetterDialog</name>
    <message numerus="yes">
        <source>Write letter (%n person(s))</source>
        <translation>
            <numerusform>制作文书（%n 人）</numerusform>
        </translation>
    </message>
    <message>
        <source>Letter:</source>
        <translation>文书：</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>收件单位：</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>Reply by:</source>
        <translation>回复期限：</translation>
    </message>
    <message>
        <source>Requested measures (empty: the template&apos;s wording)</source>
        <translation>建议措施（留空则使用模板措辞）</translation>
    </message>
    <message>
        <source>Measures:</source>
        <translation>建议措施：</translation>
    </message>
    <message>
        <source>Print preview...</source>
        <translation>打印预览……</translation>
    </message>
    <message>
        <source>Issue and save PDF...</source>
        <translation>编号并保存 PDF……</translation>
    </message>
    <message>
        <source>%1〔%2〕(number when issued)</source>
        <translation>%1〔%2〕（出具时编号）</translation>
    </message>
    <message>
        <source>Letter %1 is registered, but %2 could not be written: %3. Save it again from the letter register.</source>
        <translation>文书 %1 已登记，但无法写入 %2：%3。请在文书登记簿中重新保存。</translation>
    </message>
    <message>
        <source>Save letter as PDF</source>
        <translation>将文书保存为 PDF</translation>
    </message>
    <message>
        <source>%1-%2.pdf</source>
        <translation>%1-%2.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Letter %1 issued and saved to %2.</source>
        <translation>文书 %1 已出具并保存到 %2。</translation>
    </message>
    <message>
        <source>Print letter</source>
        <translation>打印文书</translation>
    </message>
    <message>
        <source>The letter was not printed: %1</source>
        <translation>文书未能打印：%1</translation>
    </message>
</context>
<context>
    <name>cluedesk::ui::LettersScreen</name>
    <message>
        <source>Save PDF...</source>
        <translation>保存 PDF……</translation>
    </message>
    <message>
        <source>Print...</source>
        <translation>打印……</translation>
    </message>
    <message>
        <source>Mark void...</source>
        <translation>作废……</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>文号</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>文书</translation>
    </message>
    <message>
        <source>To</source>
        <translation>收件单位</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>By</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Save letter as PDF</source>
        <translation>将文书保存为 PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Save letter</source>
        <translation>保存文书</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Mark letter void</source>
        <translation>作废文书</translation>
    </message>
    <message>
        <source>Why is %1 void?</source>
        <translation>%1 作废的原因？</translation>
    </message>
    <message>
        <source>Print letter</source>
        <translation>打印文书</translation>
    </message>
    <message>
        <source>&lt;b&gt;Letter register&lt;/b&gt; — numbered per year without gaps; a void letter keeps its number. Write letters from the Clues screen after a decision; record each reply here. Letters past their reply date are shown in red.</source>
        <translation>&lt;b&gt;文书登记簿&lt;/b&gt; — 按年度连续编号，作废文书保留其文号。作出核查结论后在“线索”页制作文书；收到回复后在此登记。逾期未回复的文书以红色显示。</translation>
    </message>
    <message>
        <source>Record reply...</source>
        <translation>登记回复...</translation>
    </message>
    <message>
        <source>Reply due</source>
        <translation>回复期限</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>回复</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Record reply</source>
        <translation>登记回复</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>The letter was not printed: %1</source>
        <translation>文书未能打印：%1</translation>
    </message>
</context>
<context>
    <name>cluedesk::ui::LoginDialog</name>
    <message>
        <source>Log in — %1</source>
        <translation>登录 —— %1</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>用户名：</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <source>This pool is encrypted. Your own password opens it; you do not need the pool passphrase.</source>
        <translation>此数据池已加密。用您自己的密码即可打开，无需数据池口令。</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Use the pool passphrase…</source>
        <translation>使用数据池口令……</translation>
    </message>
</context>
<context>
    <name>cluedesk::ui::MainWindow</name>
    <message>
        <source>ClueDesk — %1</source>
        <translation>ClueDesk 线索台 —— %1</translation>
    </message>
    <message>
        <source>Data pool</source>
        <translation>数据池</translation>
    </message>
    <message>
        <source>User: %1</source>
        <translation>当前用户：%1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Import lists...</source>
        <translation>导入名单(&amp;I)……</translation>
    </message>
    <message>
        <source>&amp;Open pool...</source>
        <translation>打开数据池(&amp;O)……</translation>
    </message>
    <message>
        <source>&amp;New pool...</source>
        <translation>新建数据池(&amp;N)……</translation>
    </message>
    <message>
        <source>E&amp;xit</source>
        <translation>退出(&amp;X)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About ClueDesk</source>
        <translation>关于 ClueDesk(&amp;A)</translation>
    </message>
    <message>
        <source>Open pool</source>
        <translation>打开数据池</translation>
    </message>
    <message>
        <source>ClueDesk pools (*.pool);;All files (*)</source>
        <translation>ClueDesk 数据池 (*.pool);;所有文件 (*)</translation>
    </message>
    <message>
        <source>New pool</source>
        <translation>新建数据池</translation>
    </message>
    <message>
        <source>office.pool</source>
        <translation>本院数据池.pool</translation>
    </message>
    <message>
        <source>ClueDesk pools (*.pool)</source>
        <translation>ClueDesk 数据池 (*.pool)</translation>
    </message>
    <message>
        <source>About ClueDesk</source>
        <translation>关于 ClueDesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;ClueDesk %1&lt;/h3&gt;&lt;p&gt;A workstation for legal supervision screening models: import the lists of other bureaus, screen them, review the clues, visit, decide and write to other departments.&lt;/p&gt;&lt;p&gt;Works offline. Pool: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;ClueDesk 线索台 %1&lt;/h3&gt;&lt;p&gt;法律监督模型工作台：导入其他部门的名单，碰撞筛查，核查线索，入户走访，作出决定，向有关部门制发文书。&lt;/p&gt;&lt;p&gt;完全离线运行。数据池：%2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Clues</source>
        <translation>线索</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>文书</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>User: %1 (%2)</source>
        <translation>当前用户：%1（%2）</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#B00000&apos;&gt;Pool not encrypted&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#B00000&apos;&gt;数据池未加密&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Export visit package for selected clues...</source>
        <translation>为所选线索导出走访数据包……</translation>
    </message>
    <message>
        <source>Import returned visit package...</source>
        <translation>导入带回的走访数据包……</translation>
    </message>
    <message>
        <source>Open visit package (field laptop)...</source>
        <translation>打开走访数据包（外出笔记本）……</translation>
    </message>
    <message>
        <source>Conflicts from visit packages...</source>
        <translation>走访数据包冲突……</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>统计</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Case files</source>
        <translation>案卷材料</translation>
    </message>
    <message>
        <source>Add &amp;case files...</source>
        <translation>添加案卷(&amp;C)……</translation>
    </message>
    <message>
        <source>The pool</source>
        <translation>数据池</translation>
    </message>
    <message>
        <source>ClueDesk closes the pool now.</source>
        <translation>ClueDesk 现在关闭该数据池。</translation>
    </message>
</context>
<context>
    <name>cluedesk::ui::ModelsScreen</name>
    <message>
        <source>Run this model</source>
        <translation>运行此模型</translation>
    </message>
    <message>
        <source>Switch off</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>Import model...</source>
        <translation>导入模型……</translation>
    </message>
    <message>
        <source>Export model...</source>
        <translation>导出模型……</translation>
    </message>
    <message>
        <source>In plain words</source>
        <translation>模型说明</translation>
    </message>
    <message>
        <source>The model as JSON: change filters, keyword lists and steps; Check before saving. A built-in model is saved as the office&apos;s own copy under a new id.</source>
        <translation>模型的 JSON 定义：可修改筛选条件、关键词和步骤；保存前请先“检查”。内置模型将另存为本院的副本（新编号）。</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>检查</translation>
    </message>
    <message>
        <source>Save as office model</source>
        <translation>保存为本院模型</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>Import model</source>
        <translation>导入模型</translation>
    </message>
    <message>
        <source>Models (*.json)</source>
        <translation>模型 (*.json)</translation>
    </message>
    <message>
        <source>Export model</source>
        <translation>导出模型</translation>
    </message>
    <message>
        <source> (off)</source>
        <translation>（已停用）</translation>
    </message>
    <message>
        <source>built-in</source>
        <translation>内置</translation>
    </message>
    <message>
        <source>the office&apos;s own</source>
        <translation>本院自建</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Legal basis:&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;法律依据：&lt;/b&gt;%1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Switch on</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Not valid JSON at character %1: %2</source>
        <translation>第 %1 个字符处 JSON 格式错误：%2</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#1B6E20&apos;&gt;✔ The model is valid.&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#1B6E20&apos;&gt;✔ 模型有效。&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 was not imported: %2</source>
        <translation>%1 未导入：%2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Running the model...</source>
        <translation>正在运行模型……</translation>
    </message>
    <message>
        <source>%1 clues: %2 new, %3 still present, %4 gone.</source>
        <translation>共 %1 条线索：新发现 %2 条，仍在 %3 条，已不在 %4 条。</translation>
    </message>
    <message>
        <source>Thresholds and other values of the model, with their legal basis. Change a value here, then Check and Save as office model on the Edit page.</source>
        <translation>模型的阈值等参数及其法律依据。可在此修改取值，然后到“编辑”页点击“检查”并“另存为本院模型”。</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>参数</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>法律依据</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>参数</translation>
    </message>
    <message>
        <source>A table: change it on the Edit page.</source>
        <translation>表格参数：请在“编辑”页修改。</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#B00000&apos;&gt;✘ The JSON on the Edit page no longer matches this table; correct it there.&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#B00000&apos;&gt;✘ “编辑”页中的 JSON 已与此表不一致，请在该页更正。&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation>“%1”不是数字</translation>
    </message>
    <message>
        <source>Nothing this model reads changed since its run of %1, so it was not run again: its %2 clues stand.</source>
        <translation>该模型读取的名单和设置自 %1 的筛查以来没有变化，未重新运行：%2 条线索保持不变。</translation>
    </message>
    <message>
        <source>Value</source>
        <comment>a model parameter&apos;s value</comment>
        <translation>取值</translation>
    </message>
</context>
<context>
    <name>cluedesk::ui::PageViewer</name>
    <message>
        <source>Previous page (Page Up)</source>
        <translation>上一页（Page Up）</translation>
    </message>
    <message>
        <source>Next page (Page Down)</source>
        <translation>下一页（Page Down）</translation>
    </message>
    <message>
        <source>Page </source>
        <translation>第 </translation>
    </message>
    <message>
        <source>Full size</source>
        <translation>原始大小</translation>
    </message>
    <message>
        <source>Show the page at full size instead of fitted to the width</source>
        <translation>按原始大小显示页面，而不是适应宽度</translation>
    </message>
    <message>
        <source>of %1</source>
        <translation>页，共 %1 页</translation>
    </message>
    <message>
        <source>This page cannot be shown.</source>
        <translation>无法显示此页。</translation>
    </message>
</context>
<context>
    <name>cluedesk::ui::PassphraseDialog</name>
    <message>
        <source>Protect the new pool</source>
        <translation>为新数据池设置密码</translation>
    </message>
    <message>
        <source>Encrypt this pool</source>
        <translation>加密该数据池</translation>
    </message>
    <message>
        <source>Change the pool&apos;s passphrase</source>
        <translation>更改数据池密码</translation>
    </message>
    <message>
        <source>&lt;p&gt;The pool &lt;b&gt;%1&lt;/b&gt; will hold ID numbers, hardship and crime victims&apos; data. Everything in it is encrypted with this passphrase; without it nobody, not even ClueDesk, can read the file. Choose several unrelated words and keep the passphrase where only the office can find it: it cannot be recovered.&lt;/p&gt;</source>
        <translation>&lt;p&gt;数据池 &lt;b&gt;%1&lt;/b&gt; 将保存身份证号码、困难情况和刑事被害人的信息。其中的一切都用这个密码加密；没有它，任何人（包括 ClueDesk）都无法读取该文件。请用几个互不相关的词组成密码，并保存在只有本院能找到的地方：密码遗失后无法找回。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <source>Again:</source>
        <translation>再输一次：</translation>
    </message>
    <message>
        <source>Strength:</source>
        <translation>强度：</translation>
    </message>
    <message>
        <source>Create the pool unencrypted (not recommended)</source>
        <translation>创建不加密的数据池（不建议）</translation>
    </message>
    <message>
        <source>Anyone who gets the file, a copy or the laptop reads every person in it. Only for made-up data, or encrypt it later in Settings.</source>
        <translation>任何拿到该文件、副本或笔记本电脑的人都能读取其中每个人的信息。仅用于虚构数据，或稍后在“设置”中加密。</translation>
    </message>
    <message>
        <source>The two entries differ.</source>
        <translation>两次输入不一致。</translation>
    </message>
</context>
<context>
    <name>cluedesk::ui::PersonDialog</name>
    <message>
        <source>Person</source>
        <translation>人员档案</translation>
    </message>
    <message>
        <source>Record visit...</source>
        <translation>记录入户调查……</translation>
    </message>
    <message>
        <source>Calculate amount...</source>
        <translation>计算救助金额……</translation>
    </message>
    <message>
        <source>Show full ID number</source>
        <translation>显示完整身份证号</translation>
    </message>
    <message>
        <source>&lt;p&gt;Born %1, %2, age %3 · %4&lt;/p&gt;</source>
        <translation>&lt;p&gt;出生日期 %1，%2，%3 岁 · %4&lt;/p&gt;</translation>
    </message>
    <message>
        <source>male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>female</source>
        <translation>女</translation>
    </message>
    <message>
        <source>local or not unknown (set the county&apos;s ID prefix in Settings)</source>
        <translation>是否本地户籍未知（请在设置中填写本地身份证地区码）</translation>
    </message>
    <message>
        <source>local</source>
        <translation>本地户籍</translation>
    </message>
    <message>
        <source>not local</source>
        <translation>非本地户籍</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:#B00000&apos;&gt;&lt;b&gt;Already given judicial aid&lt;/b&gt; — the models do not propose this person again.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:#B00000&apos;&gt;&lt;b&gt;已获司法救助&lt;/b&gt; —— 模型不会再次推送此人。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Clues and decisions&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;线索与决定&lt;/h3&gt;</translation>
    </message>
    <message numerus="yes">
        <source>&lt;h3&gt;Lists (%n row(s))&lt;/h3&gt;</source>
        <translation>
            <numerusform>&lt;h3&gt;所在名单（%n 行）&lt;/h3&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>List</source>
        <translation>名单</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>数据截至</translation>
    </message>
    <message>
        <source>Name as written</source>
        <translation>原文姓名</translation>
    </message>
    <message>
        <source>ID as written</source>
        <translation>原文证件号</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Case files&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;案卷&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Case file %1, page %2: %3&lt;/p&gt;</source>
        <translation>&lt;p&gt;案卷 %1 第 %2 页：%3&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Household visits&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;入户调查&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:#666&apos;&gt;No visit recorded yet.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:#666&apos;&gt;尚未记录入户调查。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; by %2&lt;br/&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; 调查人：%2&lt;br/&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Assistance amounts&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;救助金额&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>yuan</source>
        <translation>元</translation>
    </message>
    <message>
        <source>decided</source>
        <translation>已决定</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Letters&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;文书&lt;/h3&gt;</translation>
    </message>
    <message>
        <source> (void)</source>
        <translation>（已作废）</translation>
    </message>
</context>
<context>
    <name>cluedesk::ui::RejectsDialog</name>
    <message>
        <source>Rows not imported — dataset version %1</source>
        <translation>未导入的行 —— 数据集版本 %1</translation>
    </message>
    <message>
        <source>Also show skipped rows (blank, totals, copies) and warnings</source>
        <translation>同时显示跳过的行（空行、合计行、重复行）和提示</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>工作表</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>As written</source>
        <translation>原文</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Export to Excel...</source>
        <translation>导出为 Excel……</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>未导入</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>Export rows</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>rejected-rows-%1.xlsx</source>
        <translation>未导入的行-%1.xlsx</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Rows not imported</source>
        <translation>未导入的行</translation>
    </message>
    <message>
        <source>Row as written</source>
        <translation>原始行内容</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>Possible match</source>
        <translation>可能的匹配</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号码</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Why it is near</source>
        <translation>相近之处</translation>
    </message>
    <message>
        <source>Found in</source>
        <translation>见于</translation>
    </message>
    <message>
        <source>This is the person: link the row</source>
        <translation>就是此人：关联该行</translation>
    </message>
    <message>
        <source>None of them</source>
        <translation>都不是此人</translation>
    </message>
    <message>
        <source>Linked to %1 (by %2)</source>
        <translation>已关联到 %1（%2 确认）</translation>
    </message>
    <message>
        <source>None is the person (%1)</source>
        <translation>均非此人（%1 确认）</translation>
    </message>
    <message numerus="yes">
        <source>%n possible match(es)</source>
        <translation>
            <numerusform>%n 个可能的匹配</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) rejected for an invalid ID have a person in the pool with the same name and an ID one edit away. Select a row to see them; nothing is linked until you confirm.</source>
        <translation>
            <numerusform>有 %n 行因身份证号码无效未导入，但数据池中有姓名相同、号码只差一处的人员。选中该行查看；未经您确认不会关联。</numerusform>
        </translation>
    </message>
    <message>
        <source>Rows rejected for an invalid ID show here the persons in the pool with the same name and an ID one edit away. None is waiting.</source>
        <translation>因身份证号码无效而未导入的行，会在此列出数据池中姓名相同、号码只差一处的人员。目前没有待确认的匹配。</translation>
    </message>
    <message>
        <source>A prosecutor confirms or dismisses matches.</source>
        <translation>匹配须由检察官确认或驳回。</translation>
    </message>
    <message>
        <source>No one in the pool has this name with an ID one edit away.</source>
        <translation>数据池中没有同名且号码只差一处的人员。</translation>
    </message>
    <message>
        <source>Not linked</source>
        <translation>未关联</translation>
    </message>
    <message numerus="yes">
        <source>Linked to %1 %2: %n row(s) of this list; the next screening uses them.</source>
        <translation>
            <numerusform>已关联到 %1 %2：本名单 %n 行；下次筛查即使用。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have other reasons to be rejected and stay out.</source>
        <translation>
            <numerusform>其中 %n 行另有未导入原因，仍不导入。</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <source>Reason</source>
        <comment>why a row was not imported</comment>
        <translation>原因</translation>
    </message>
    <message>
        <source>The match with %1 %2 is recorded.</source>
        <translation>已记录与 %1 %2 的匹配。</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have another broken ID number and are imported once that one is matched too.</source>
        <translation>
            <numerusform>其中 %n 行还有另一个有误的身份证号码，待其也匹配后即导入。</numerusform>
        </translation>
    </message>
    <message>
        <source>Matched to %1 (by %2); imported once the row&apos;s other broken ID is matched</source>
        <translation>已匹配为 %1（%2 确认）；该行另一个有误的身份证号码也匹配后即导入</translation>
    </message>
    <message>
        <source>Matched to %1 (by %2); other reasons keep the row out</source>
        <translation>已匹配为 %1（%2 确认）；该行另有未导入原因，仍不导入</translation>
    </message>
</context>
<context>
    <name>cluedesk::ui::ReplyDialog</name>
    <message>
        <source>Record reply to %1</source>
        <translation>登记 %1 的回复</translation>
    </message>
    <message>
        <source>Replied on:</source>
        <translation>回复日期：</translation>
    </message>
    <message>
        <source>What the department did, e.g. 已停发养老金并追回多发金额</source>
        <translation>对方单位的处理情况，例如：已停发养老金并追回多发金额</translation>
    </message>
    <message>
        <source>Reply:</source>
        <translation>回复内容：</translation>
    </message>
    <message>
        <source>(no file)</source>
        <translation>（无附件）</translation>
    </message>
    <message>
        <source>Attach the reply...</source>
        <translation>附上回复文件...</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>Record reply</source>
        <translation>登记回复</translation>
    </message>
    <message>
        <source>The department&apos;s reply</source>
        <translation>对方单位的回复</translation>
    </message>
    <message>
        <source>Replies (*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.doc *.docx);;All files (*)</source>
        <translation>回复文件 (*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.doc *.docx);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>cluedesk::ui::SettingsScreen</name>
    <message>
        <source>Office</source>
        <translation>本院信息</translation>
    </message>
    <message>
        <source>County:</source>
        <translation>县（市、区）：</translation>
    </message>
    <message>
        <source>ID region prefix (local people):</source>
        <translation>本地身份证地区码：</translation>
    </message>
    <message>
        <source>Office name (letters):</source>
        <translation>院名（用于文书）：</translation>
    </message>
    <message>
        <source>Short name for letter numbers:</source>
        <translation>文号简称：</translation>
    </message>
    <message>
        <source>Contact for letters:</source>
        <translation>文书联系人：</translation>
    </message>
    <message>
        <source>Parameter region:</source>
        <translation>救助参数适用地区：</translation>
    </message>
    <message>
        <source>Annual assistance budget (yuan):</source>
        <translation>年度司法救助预算（元）：</translation>
    </message>
    <message>
        <source>The first six digits of local ID numbers, e.g. 330382</source>
        <translation>本地身份证号码的前六位，例如 330382</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Parameter sets for assistance amounts</source>
        <translation>救助金额计算参数</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>参数方案</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>From</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <source>Benchmark</source>
        <translation>救助基准</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Import parameter set...</source>
        <translation>导入参数方案……</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Locked until</source>
        <translation>锁定至</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Add user...</source>
        <translation>添加用户……</translation>
    </message>
    <message>
        <source>built-in</source>
        <translation>内置</translation>
    </message>
    <message>
        <source>the office&apos;s own</source>
        <translation>本院自建</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>active</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>The ID region prefix has six digits, e.g. 330382.</source>
        <translation>身份证地区码为六位数字，例如 330382。</translation>
    </message>
    <message>
        <source>Import parameter set</source>
        <translation>导入参数方案</translation>
    </message>
    <message>
        <source>Parameter sets (*.json)</source>
        <translation>参数方案 (*.json)</translation>
    </message>
    <message>
        <source>Add user</source>
        <translation>添加用户</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>用户名：</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>角色：</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <source>Password again:</source>
        <translation>再次输入密码：</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>加密</translation>
    </message>
    <message>
        <source>This pool is encrypted (XChaCha20-Poly1305; key from the passphrase with Argon2id).</source>
        <translation>该数据池已加密（XChaCha20-Poly1305；密钥由密码经 Argon2id 派生）。</translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:#B00000&apos;&gt;This pool is not encrypted.&lt;/b&gt; Anyone with the file reads every person in it.</source>
        <translation>&lt;b style=&apos;color:#B00000&apos;&gt;该数据池未加密。&lt;/b&gt;任何拿到该文件的人都能读取其中每个人的信息。</translation>
    </message>
    <message>
        <source>Change passphrase...</source>
        <translation>更改密码……</translation>
    </message>
    <message>
        <source>Encrypt this pool...</source>
        <translation>加密该数据池……</translation>
    </message>
    <message>
        <source>The pool now opens only with the new passphrase.</source>
        <translation>该数据池现在只能用新密码打开。</translation>
    </message>
    <message>
        <source>The pool is encrypted now. Backups and copies made before are not: delete them.</source>
        <translation>该数据池已加密。此前的备份和副本仍未加密：请删除它们。</translation>
    </message>
    <message>
        <source>Former region codes:</source>
        <translation>历史区划代码：</translation>
    </message>
    <message>
        <source>Codes the county had before a renaming or merger, separated by commas: people born then carry them in their ID numbers. A household address naming the county also makes a person local.</source>
        <translation>本县（市、区）更名或合并前使用的区划代码，用逗号分隔：当时出生的人身份证号码仍带有该代码。户籍地址写明本县（市、区）的人员也视为本地人员。</translation>
    </message>
    <message>
        <source>Former region codes have six digits each, separated by commas, e.g. 330322, 330325.</source>
        <translation>历史区划代码每个为六位数字，用逗号分隔，例如 330322, 330325。</translation>
    </message>
</context>
<context>
    <name>cluedesk::ui::StatusDialog</name>
    <message>
        <source>Change status</source>
        <translation>变更状态</translation>
    </message>
    <message numerus="yes">
        <source>Change status of %n clue(s)</source>
        <translation>
            <numerusform>变更 %n 条线索的状态</numerusform>
        </translation>
    </message>
    <message>
        <source>Now:</source>
        <translation>当前：</translation>
    </message>
    <message>
        <source>New status:</source>
        <translation>新状态：</translation>
    </message>
    <message>
        <source>What was found and why (required for a decision; it is quoted in letters)</source>
        <translation>核查发现的情况及理由（作出决定时必填；将写入文书）</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>理由：</translation>
    </message>
    <message>
        <source>A decision needs a reason: say what was found.</source>
        <translation>作出决定须写明理由：请说明核查发现的情况。</translation>
    </message>
    <message>
        <source> yuan</source>
        <translation> 元</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Money recovered:</source>
        <translation>挽回损失：</translation>
    </message>
</context>
<context>
    <name>cluedesk::ui::TaskRunner</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancelling...</source>
        <translation>正在取消……</translation>
    </message>
</context>
<context>
    <name>cluedesk::ui::VisitDialog</name>
    <message>
        <source>Household visit</source>
        <translation>入户调查</translation>
    </message>
    <message>
        <source>Visit date:</source>
        <translation>调查日期：</translation>
    </message>
    <message>
        <source>Who visited, e.g. 王检察官、李书记员</source>
        <translation>调查人员，例如 王检察官、李书记员</translation>
    </message>
    <message>
        <source>Visitors:</source>
        <translation>调查人员：</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>关系</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>年龄</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>情况</translation>
    </message>
    <message>
        <source>Add member</source>
        <translation>添加家庭成员</translation>
    </message>
    <message>
        <source>Family:</source>
        <translation>家庭成员：</translation>
    </message>
    <message>
        <source>As told, e.g. 务农，年收入约八千元</source>
        <translation>据本人陈述，例如 务农，年收入约八千元</translation>
    </message>
    <message>
        <source>Income:</source>
        <translation>收入情况：</translation>
    </message>
    <message>
        <source> yuan</source>
        <translation> 元</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>不详</translation>
    </message>
    <message>
        <source>Household income per month:</source>
        <translation>家庭月收入：</translation>
    </message>
    <message>
        <source>Illness or disability:</source>
        <translation>疾病或残疾：</translation>
    </message>
    <message>
        <source>Housing:</source>
        <translation>住房情况：</translation>
    </message>
    <message>
        <source>Urgent needs:</source>
        <translation>急需解决的困难：</translation>
    </message>
    <message>
        <source>The officer&apos;s conclusion; it is quoted in letters</source>
        <translation>调查结论；将写入文书</translation>
    </message>
    <message>
        <source>Conclusion:</source>
        <translation>调查结论：</translation>
    </message>
    <message>
        <source>Say who visited and what they concluded.</source>
        <translation>请填写调查人员和调查结论。</translation>
    </message>
</context>
</TS>
