#!/usr/bin/env python3
"""Fills translations/cluedesk_zh_CN.ts from the table below (source text -> Simplified Chinese).

Run after `cmake --build build --target update_translations`; entries not in the table stay
unfinished, and tests/ui checks that no GUI string is left unfinished.
"""
import sys
import xml.etree.ElementTree as ET

ZH = {
    # common
    "ClueDesk": "ClueDesk 线索台",
    "Red": "红色", "Orange": "橙色", "Yellow": "黄色",
    "New": "新发现", "Gone": "已不在", "Present": "仍在",
    "Grade": "等级", "Status": "状态", "Name": "姓名", "ID number": "身份证号码", "Town": "乡镇（街道）",
    "Model": "模型", "Last run": "最近一次", "Reason": "理由", "yuan": "元", " yuan": " 元",
    "List": "名单", "File": "文件", "Row": "行", "As of": "数据截至", "Name as written": "原文姓名",
    "ID as written": "原文证件号", "Date": "日期", "By": "经办人", "To": "收件单位", "Number": "文号",
    "Letter": "文书", "Persons": "人员", "Kind": "类别", "Rows": "行数", "Example": "示例",
    "Rejected": "未导入", "Skipped": "已跳过", "Warning": "提示", "Sheet": "工作表", "Column": "列",
    "As written": "原文", "PDF (*.pdf)": "PDF 文件 (*.pdf)", "Cancel": "取消", "Cancelling...": "正在取消……",
    "decided": "已决定", "draft": "草稿", " (void)": "（已作废）", "male": "男", "female": "女",
    "local": "本地户籍", "not local": "非本地户籍", "status": "状态", "note": "备注",
    # calculator
    "Assistance amount": "救助金额计算", "Parameter set:": "参数方案：", "Case type:": "案件类型：",
    "Hardship band:": "困难程度：", "Hardship coefficient:": "困难系数：",
    "Additional groups (k, 0 = no):": "附加救助对象（系数，0 为不属于）：", "Victim's fault:": "被害人过错：",
    "Save as draft": "存为草稿", "Decide this amount": "确定此金额",
    "%1 to %2; 0 when the person is not in this group": "%1 至 %2；不属于该类对象时为 0",
    "The inputs are not complete yet.": "输入项尚未填写完整。",
    # clues
    "Run all models": "运行全部模型",
    "Screen the current lists with every enabled model (F5)": "用全部已启用的模型碰撞当前名单（F5）",
    "New in last run": "仅看最近新发现", "Name or ID number": "姓名或身份证号",
    "<b>Evidence</b> — the rows that made this clue fire": "<b>证据</b> —— 触发该线索的数据行",
    "<b>History</b>": "<b>办理记录</b>", "Change status...": "变更状态……", "Add note...": "添加备注……",
    "Person, visit and amount...": "人员、走访与金额……", "Open the person's profile (Enter)": "打开人员档案（回车）",
    "Write letter...": "制作文书……",
    "<div style='font-size:15px; color:#444'><p><b>No clues yet.</b></p><p>Import this month's lists on the Data pool screen, then press <b>Run all models</b> (F5).</p><p>Every person a model finds appears here with the rows that made it fire.</p></div>":
        "<div style='font-size:15px; color:#444'><p><b>还没有线索。</b></p><p>请先在“数据池”导入本月收到的名单，再点击<b>运行全部模型</b>（F5）。</p><p>模型发现的每个人都会列在这里，并附上触发线索的数据行。</p></div>",
    "All models": "全部模型", "All grades": "全部等级", "Open (not yet decided)": "待办（尚未决定）",
    "All statuses": "全部状态", "All towns": "全部乡镇", "%1 of %2 clues": "%1 / 共 %2 条线索",
    "<h3>%1 <small>%2</small></h3><p>%3</p><p style='color:#666'>%4 · first found %5 · %6</p>":
        "<h3>%1 <small>%2</small></h3><p>%3</p><p style='color:#666'>%4 · 首次发现 %5 · %6</p>",
    "%n clue(s) selected": "已选 %n 条线索",
    "<p><b>%1</b> · %2 · row %3 · %4<br/><span style='color:#444'>%5</span></p>":
        "<p><b>%1</b> · %2 · 第 %3 行 · %4<br/><span style='color:#444'>%5</span></p>",
    "<p style='color:#666'>Nothing recorded yet.</p>": "<p style='color:#666'>尚无记录。</p>",
    "Change status": "变更状态",
    "The selected clues have different statuses. Select clues with the same status to change them together.":
        "所选线索的状态不同。请选择状态相同的线索一起变更。",
    "Add note": "添加备注", "Note:": "备注：", "Running the screening models...": "正在运行筛查模型……",
    "Screening": "模型筛查",
    # data pool
    "<h2>Data pool</h2>": "<h2>数据池</h2>", "Import lists...": "导入名单……", "Rows not imported": "未导入的行",
    "Withdraw version": "撤回该版本",
    "<div style='font-size:15px; color:#444'><p><b>No datasets yet.</b></p><p>Import the lists you received from other bureaus:<br>drag the .xlsx, .xls or .csv files here, or click <i>Import lists...</i></p><p style='color:#777'>Title rows, totals, GB18030 text and 15-digit IDs are handled; rows that cannot be used are kept and listed.</p></div>":
        "<div style='font-size:15px; color:#444'><p><b>数据池还是空的。</b></p><p>请导入从其他部门收到的名单：<br>把 .xlsx、.xls 或 .csv 文件拖到这里，或点击<i>导入名单……</i></p><p style='color:#777'>标题行、合计行、GB18030 编码和 15 位老身份证号都能处理；无法使用的行会保留并列出。</p></div>",
    "%1 current datasets with %2 rows; the pool is %3": "当前 %1 个数据集，共 %2 行；数据池文件 %3",
    "Import lists": "导入名单", "Tables (*.xlsx *.xls *.csv *.txt *.xml *.htm *.html);;All files (*)": "表格 (*.xlsx *.xls *.csv *.txt *.xml *.htm *.html);;所有文件 (*)",
    "Cannot read the file": "无法读取文件", "Importing %1 file(s)...": "正在导入 %1 个文件……",
    "%1 rows read": "已读取 %1 行", "Import failed": "导入失败", "Nothing was changed in the pool.": "数据池未做任何改动。",
    "Select a dataset version first.": "请先选择一个数据集版本。",
    "Withdraw dataset version %1? Screening will no longer use it; its rows stay in the pool for the record, and the previous version of that list becomes current again.":
        "撤回数据集版本 %1？筛查将不再使用它；其数据仍留在数据池备查，该名单的上一版本重新成为当前版本。",
    "Withdrawn": "已撤回", "Current": "当前", "Superseded": "已被取代",
    "Double-click to see the rejected rows and why": "双击查看未导入的行及原因",
    "Dataset": "数据集", "Source files": "来源文件", "Rows read": "读取行数", "Imported": "已导入", "State": "状态",
    "Imported at": "导入时间",
    # import dialog
    "<b>Files:</b> %1": "<b>文件：</b>%1", "Dataset type:": "数据类型：",
    "The date the list describes, e.g. the end of the month it was drawn up for": "名单所反映的日期，例如编制月份的月末",
    "List as of:": "数据截至：", "optional, e.g. a town that sends its own list": "可不填，例如单独报送名单的乡镇",
    "Group:": "分组：", "Header in the file": "文件中的表头", "Imported as": "导入为", "Import": "导入",
    "suggested from the headers": "根据表头推荐",
    "no type recognised from the headers: choose one and name the columns below": "未能从表头识别数据类型：请选择类型并在下方指定各列",
    ' (sheet "%1")': "（工作表“%1”）",
    "Header found in row %1%2. Rows above it are titles and are not imported. Check the columns below; change any that are wrong.":
        "表头位于第 %1 行%2。其上方为标题行，不导入。请核对下方各列，如有错误请更正。",
    "<span style='color:#B03020'>No header for this type was recognised%1.</span> Name at least the ID number column below; the first row with text is taken as the header.":
        "<span style='color:#B03020'>未识别出该类型的表头%1。</span>请至少在下方指定身份证号码列；第一行有文字的行将作为表头。",
    "(not a field: kept as an extra column)": "（非标准字段：作为附加列保留）",
    "Import finished": "导入完成",
    "<h3>Dataset version %1 imported</h3><p>Rows read <b>%2</b> &nbsp; imported <b>%3</b> &nbsp; <span style='color:%6'>rejected <b>%4</b></span> &nbsp; skipped <b>%5</b></p>":
        "<h3>数据集版本 %1 已导入</h3><p>读取 <b>%2</b> 行 &nbsp; 导入 <b>%3</b> 行 &nbsp; <span style='color:%6'>未导入 <b>%4</b> 行</span> &nbsp; 跳过 <b>%5</b> 行</p>",
    "All rows not imported...": "查看全部未导入的行……",
    # letters
    "Write letter (%n person(s))": "制作文书（%n 人）", "Letter:": "文书：", "To:": "收件单位：", "Date:": "日期：",
    "Reply by:": "回复期限：", "Requested measures (empty: the template's wording)": "建议措施（留空则使用模板措辞）",
    "Measures:": "建议措施：", "Print preview...": "打印预览……", "Issue and save PDF...": "编号并保存 PDF……",
    "%1〔%2〕(number when issued)": "%1〔%2〕（出具时编号）",
    "Letter %1 is registered, but %2 could not be written: %3. Save it again from the letter register.":
        "文书 %1 已登记，但无法写入 %2：%3。请在文书登记簿中重新保存。",
    "Save letter as PDF": "将文书保存为 PDF", "%1-%2.pdf": "%1-%2.pdf", "Letter %1 issued and saved to %2.": "文书 %1 已出具并保存到 %2。",
    "<b>Letter register</b> — numbered per year without gaps; a void letter keeps its number. Write letters from the Clues screen after a decision.":
        "<b>文书登记簿</b> —— 按年度连续编号、不留空号；作废的文书保留其文号。作出核查决定后，在“线索”页制作文书。",
    "Save PDF...": "保存 PDF……", "Print...": "打印……", "Mark void...": "作废……", "Void: %1": "已作废：%1",
    "Issued": "已出具", "Save letter": "保存文书", "%1 could not be written: %2": "无法写入 %1：%2",
    "Mark letter void": "作废文书", "Why is %1 void?": "%1 作废的原因？",
    # main window
    "ClueDesk — %1": "ClueDesk 线索台 —— %1", "Data pool": "数据池", "User: %1": "当前用户：%1", "&File": "文件(&F)",
    "&Import lists...": "导入名单(&I)……", "&Open pool...": "打开数据池(&O)……", "&New pool...": "新建数据池(&N)……",
    "E&xit": "退出(&X)", "&Help": "帮助(&H)", "&About ClueDesk": "关于 ClueDesk(&A)", "Open pool": "打开数据池",
    "ClueDesk pools (*.pool);;All files (*)": "ClueDesk 数据池 (*.pool);;所有文件 (*)", "New pool": "新建数据池",
    "office.pool": "本院数据池.pool", "ClueDesk pools (*.pool)": "ClueDesk 数据池 (*.pool)", "About ClueDesk": "关于 ClueDesk",
    "<h3>ClueDesk %1</h3><p>A workstation for legal supervision screening models: import the lists of other bureaus, screen them, review the clues, visit, decide and write to other departments.</p><p>Works offline. Pool: %2</p>":
        "<h3>ClueDesk 线索台 %1</h3><p>法律监督模型工作台：导入其他部门的名单，碰撞筛查，核查线索，入户走访，作出决定，向有关部门制发文书。</p><p>完全离线运行。数据池：%2</p>",
    "Clues": "线索", "Letters": "文书",
    # person
    "Person": "人员档案", "Record visit...": "记录入户调查……", "Calculate amount...": "计算救助金额……",
    "Show full ID number": "显示完整身份证号", "<p>Born %1, %2, age %3 · %4</p>": "<p>出生日期 %1，%2，%3 岁 · %4</p>",
    "local or not unknown (set the county's ID prefix in Settings)": "是否本地户籍未知（请在设置中填写本地身份证地区码）",
    "<p style='color:#B00000'><b>Already given judicial aid</b> — the models do not propose this person again.</p>":
        "<p style='color:#B00000'><b>已获司法救助</b> —— 模型不会再次推送此人。</p>",
    "<h3>Clues and decisions</h3>": "<h3>线索与决定</h3>", "<h3>Lists (%n row(s))</h3>": "<h3>所在名单（%n 行）</h3>",
    "<h3>Case files</h3>": "<h3>案卷</h3>", "<p>Case file %1, page %2: %3</p>": "<p>案卷 %1 第 %2 页：%3</p>",
    "<h3>Household visits</h3>": "<h3>入户调查</h3>", "<p style='color:#666'>No visit recorded yet.</p>": "<p style='color:#666'>尚未记录入户调查。</p>",
    "<p><b>%1</b> by %2<br/>": "<p><b>%1</b> 调查人：%2<br/>", "<h3>Assistance amounts</h3>": "<h3>救助金额</h3>",
    "<h3>Letters</h3>": "<h3>文书</h3>",
    # rejects
    "Rows not imported — dataset version %1": "未导入的行 —— 数据集版本 %1",
    "Also show skipped rows (blank, totals, copies) and warnings": "同时显示跳过的行（空行、合计行、重复行）和提示",
    "Export to Excel...": "导出为 Excel……", "Export rows": "导出", "rejected-rows-%1.xlsx": "未导入的行-%1.xlsx",
    "Excel workbook (*.xlsx)": "Excel 工作簿 (*.xlsx)", "Row as written": "原始行内容", "Export failed": "导出失败",
    # status dialog
    "Change status of %n clue(s)": "变更 %n 条线索的状态", "Now:": "当前：", "New status:": "新状态：",
    "What was found and why (required for a decision; it is quoted in letters)": "核查发现的情况及理由（作出决定时必填；将写入文书）",
    "Reason:": "理由：", "A decision needs a reason: say what was found.": "作出决定须写明理由：请说明核查发现的情况。",
    # visit
    "Household visit": "入户调查", "Visit date:": "调查日期：", "Who visited, e.g. 王检察官、李书记员": "调查人员，例如 王检察官、李书记员",
    "Visitors:": "调查人员：", "Relation": "关系", "Age": "年龄", "Situation": "情况", "Add member": "添加家庭成员",
    "Family:": "家庭成员：", "As told, e.g. 务农，年收入约八千元": "据本人陈述，例如 务农，年收入约八千元", "Income:": "收入情况：",
    "not known": "不详", "Household income per month:": "家庭月收入：", "Illness or disability:": "疾病或残疾：",
    "Housing:": "住房情况：", "Urgent needs:": "急需解决的困难：",
    "The officer's conclusion; it is quoted in letters": "调查结论；将写入文书", "Conclusion:": "调查结论：",
    "Say who visited and what they concluded.": "请填写调查人员和调查结论。",
    # security and field packages
    "Wrong passphrase. Passphrase for %1:": "密码短语错误。请输入 %1 的密码短语：", "Passphrase for %1:": "请输入 %1 的密码短语：",
    "Action, e.g. login, person, clue.status": "操作，例如 login、person、clue.status", "User": "用户",
    "Subject or detail contains": "对象或详情包含", "Filter": "筛选", "Verify the chain": "校验日志链",
    "No.": "序号", "When": "时间", "Who": "操作人", "Action": "操作", "Subject": "对象", "Detail": "详情",
    "<span style='color:#1B6E20'>✔ The audit log is whole: %1 entries, each following the one before.</span>":
        "<span style='color:#1B6E20'>✔ 审计日志完整：共 %1 条，逐条相连。</span>",
    "<span style='color:#B00000'><b>✘ The audit log was tampered with:</b> %1</span>": "<span style='color:#B00000'><b>✘ 审计日志被篡改：</b>%1</span>",
    "Conflicts from visit packages": "走访数据包冲突",
    "The same thing was changed at the office and in the field. Nothing was overwritten: choose which version to keep; the other stays on record.":
        "同一内容在院内和现场都被修改过。系统未覆盖任何一方：请选择保留哪个版本，另一版本仍留档备查。",
    "Clue": "线索", "At the office": "院内", "In the field": "现场", "Keep the office's version": "保留院内版本",
    "Keep the field's version": "保留现场版本", "Visit changed in both places": "入户记录两边都有修改",
    "Clue decided meanwhile": "期间线索已作决定", "visits recorded against status %1": "现场记录时线索状态为 %1",
    "Visit package": "走访数据包", "One-time passphrase of %1:": "%1 的一次性密码短语：",
    "Select the clues to visit on the Clues screen first.": "请先在“线索”页选择要走访的线索。",
    "Export visit package": "导出走访数据包", "visits-%1.cdvisit": "走访-%1.cdvisit", "Visit packages (*.cdvisit)": "走访数据包 (*.cdvisit)",
    "<p>%n person(s) exported to %1.</p><p>One-time passphrase:</p><h2>%2</h2><p>Write it down and give it to the visiting officer separately from the USB stick. It is shown only now.</p>":
        "<p>已将 %n 人导出到 %1。</p><p>一次性密码短语：</p><h2>%2</h2><p>请记下并与U盘分开交给走访人员。此密码只显示这一次。</p>",
    "Import returned visit package": "导入带回的走访数据包",
    "Visits added: %1, updated: %2; notes added: %3; already here: %4; conflicts to resolve: %5.":
        "新增入户记录 %1 条，更新 %2 条；新增备注 %3 条；已存在 %4 条；待处理冲突 %5 条。",
    "Open visit package": "打开走访数据包", "Household visits — %1": "入户调查 —— %1", "Visits": "走访次数",
    "<p>Visit %1 (%2): %3</p>": "<p>走访 %1（%2）：%3</p>", "Log in — %1": "登录 —— %1", "User:": "用户名：", "Password:": "密码：",
    "Audit log": "审计日志", "User: %1 (%2)": "当前用户：%1（%2）", "<span style='color:#B00000'>Pool not encrypted</span>": "<span style='color:#B00000'>数据池未加密</span>",
    "Export visit package for selected clues...": "为所选线索导出走访数据包……", "Import returned visit package...": "导入带回的走访数据包……",
    "Open visit package (field laptop)...": "打开走访数据包（外出笔记本）……", "Conflicts from visit packages...": "走访数据包冲突……",
    # models, dashboard, settings
    "no annual budget set (Settings)": "尚未设置年度预算（见“设置”）",
    "%1 of %2 yuan of the annual budget used (%3%)": "已使用年度预算 %2 元中的 %1 元（%3%）",
    "<h2>%1</h2><p>Assistance decided in %1: <b>%2 yuan</b>; %3. Average time from clue to decision: <b>%4</b>.</p>":
        "<h2>%1 年</h2><p>%1 年已决定救助金额：<b>%2 元</b>；%3。线索从发现到作出决定平均用时：<b>%4</b>。</p>",
    "%1 days": "%1 天", "no decisions yet": "尚无决定", "Clues per model and grade": "各模型线索数（按等级）",
    "From clue to help": "从线索到救助", "Found": "发现", "Being verified or further": "已开始核查", "Decided": "已作决定",
    "Assisted": "已救助", "Yuan": "元", "Assistance decided per month (yuan)": "每月决定的救助金额（元）",
    "Assistance decided per case type (yuan)": "各案件类型救助金额（元）", "Models": "模型", "Dashboard": "统计",
    "Settings": "设置", "Run this model": "运行此模型", "Switch off": "停用", "Switch on": "启用",
    "Import model...": "导入模型……", "Export model...": "导出模型……", "In plain words": "模型说明", "Edit": "编辑",
    "The model as JSON: change filters, keyword lists and steps; Check before saving. A built-in model is saved as the office's own copy under a new id.":
        "模型的 JSON 定义：可修改筛选条件、关键词和步骤；保存前请先“检查”。内置模型将另存为本院的副本（新编号）。",
    "Check": "检查", "Save as office model": "保存为本院模型", "Import model": "导入模型", "Models (*.json)": "模型 (*.json)",
    "Export model": "导出模型", " (off)": "（已停用）", "built-in": "内置", "the office's own": "本院自建",
    "<p><b>Legal basis:</b> %1</p>": "<p><b>法律依据：</b>%1</p>", "Not valid JSON at character %1: %2": "第 %1 个字符处 JSON 格式错误：%2",
    "<span style='color:#1B6E20'>✔ The model is valid.</span>": "<span style='color:#1B6E20'>✔ 模型有效。</span>",
    "Cannot read %1: %2": "无法读取 %1：%2", "%1 was not imported: %2": "%1 未导入：%2", "Cannot write %1: %2": "无法写入 %1：%2",
    "Running the model...": "正在运行模型……", "%1 clues: %2 new, %3 still present, %4 gone.": "共 %1 条线索：新发现 %2 条，仍在 %3 条，已不在 %4 条。",
    "Office": "本院信息", "County:": "县（市、区）：", "ID region prefix (local people):": "本地身份证地区码：",
    "Office name (letters):": "院名（用于文书）：", "Short name for letter numbers:": "文号简称：", "Contact for letters:": "文书联系人：",
    "Parameter region:": "救助参数适用地区：", "Annual assistance budget (yuan):": "年度司法救助预算（元）：",
    "The first six digits of local ID numbers, e.g. 330382": "本地身份证号码的前六位，例如 330382", "Save": "保存",
    "Parameter sets for assistance amounts": "救助金额计算参数", "Set": "参数方案", "Region": "地区", "From": "起始日期",
    "Benchmark": "救助基准", "Origin": "来源", "Import parameter set...": "导入参数方案……", "Users": "用户", "Role": "角色",
    "Locked until": "锁定至", "Add user...": "添加用户……", "disabled": "已停用", "active": "正常",
    "The ID region prefix has six digits, e.g. 330382.": "身份证地区码为六位数字，例如 330382。",
    "Import parameter set": "导入参数方案", "Parameter sets (*.json)": "参数方案 (*.json)", "Add user": "添加用户", "Role:": "角色：",
    "Password again:": "再次输入密码：", "The two passwords differ.": "两次输入的密码不一致。",
    # case files
    "none": "无", "Case number": "案号", "Document": "文书类型", "Charge": "罪名", "Victim": "被害人", "Injury": "伤情",
    "Disability grade": "伤残等级", "Keyword": "关键词", "<h2>Case files</h2>": "<h2>案卷材料</h2>",
    "Add case files...": "添加案卷……", "Add PDFs or scans (Ctrl+Shift+O); or drag files and folders here":
        "添加 PDF 或扫描件（Ctrl+Shift+O）；也可以把文件或文件夹拖到这里",
    "Add folder...": "添加文件夹……", "Correct victim...": "更正被害人……",
    "Correct the name or ID number of the selected victim (Ctrl+E)": "更正所选被害人的姓名或身份证号码（Ctrl+E）",
    "Only files with extractions to review": "只看有待核对内容的案卷", "Pages": "页数", "Read by": "识别方式",
    "Victims": "被害人", "To review": "待核对", "Added": "添加", "Page": "页", "Value": "内容",
    "Where it was read": "原文位置", "Confidence": "置信度", "Review": "核对", "<b>Text read from the page</b>": "<b>本页识别文字</b>",
    "<b>Facts</b> — click one to see its page; double-click a victim marked red to correct it":
        "<b>提取要素</b> —— 单击查看所在页；双击标红的被害人进行更正",
    "<div style='font-size:15px; color:#444'><p><b>No case files yet.</b></p><p>Drag PDFs, scans or whole folders here, or click <i>Add case files...</i></p><p style='color:#777'>Pages with a text layer are read directly, scans by OCR in Chinese. Case number, charge, victims with ID numbers, injury and compensation or understanding words are picked out; victims go to the victims list for the models.</p></div>":
        "<div style='font-size:15px; color:#444'><p><b>还没有案卷材料。</b></p><p>把 PDF、扫描件或整个文件夹拖到这里，或点击<i>添加案卷……</i></p><p style='color:#777'>有文字层的页面直接读取，扫描页用中文 OCR 识别。系统提取案号、罪名、被害人及身份证号码、伤情、赔偿或谅解等词语；被害人进入被害人名单，供模型碰撞。</p></div>",
    "fact": "要素", "Case file %1, %2, %3 bytes": "案卷 %1，%2，%3 字节", "text layer": "文字层", "OCR": "OCR 识别",
    "text layer %1, OCR %2": "文字层 %1 页，OCR %2 页", "%1 by %2": "%1 %2",
    "%1 case files, %2 pages (%3 read by OCR); %4 extractions wait for review":
        "共 %1 份案卷、%2 页（OCR 识别 %3 页）；%4 项提取内容待核对",
    "(no valid ID)": "（无有效证件号）", "Select a case file to see its pages.": "请选择一份案卷查看其页面。",
    "The pages show ID numbers in full, and your role reads masked ID numbers only. The text and the facts beside are masked.":
        "页面上的身份证号码是完整的，而您的角色只能查看脱敏号码。右侧文字和提取要素已脱敏显示。",
    "Page %1, read by OCR (confidence %2)": "第 %1 页，OCR 识别（置信度 %2）", "Page %1, text layer": "第 %1 页，文字层",
    "Correct victim": "更正被害人",
    "Select a victim in the facts list first; the victims the reader was not sure of are marked red.":
        "请先在提取要素中选择一名被害人；识别把握不大的被害人已标红。",
    "%1 is now in the victims list. Run the models (F5 on the Clues screen) to screen the victim.":
        "%1 已进入被害人名单。请运行模型（在“线索”界面按 F5）进行碰撞。",
    "Add case files": "添加案卷", "Case files (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.bmp);;All files (*)":
        "案卷材料 (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.bmp);;所有文件 (*)",
    "Add every case file in a folder": "添加文件夹中的全部案卷",
    "No PDFs or scans (PNG, JPEG, TIFF, BMP) were found in:\n%1": "以下位置没有找到 PDF 或扫描件（PNG、JPEG、TIFF、BMP）：\n%1",
    "Reading %n case file(s)...": "正在读取 %n 份案卷……", "%1: not found": "%1：找不到",
    "%1 (file %2 of %3)": "%1（第 %2 份，共 %3 份）",
    "%1 (file %2 of %3)\npage %4 read by %5 — %6 of %7 pages": "%1（第 %2 份，共 %3 份）\n第 %4 页已读取（%5）—— 已完成 %6/%7 页",
    "%1: %2 pages, grade %3, %4 victims%5": "%1：%2 页，等级 %3，被害人 %4 名%5", ", %1 to review": "，%1 项待核对",
    "%1 of %2 case files added: %3 pages, %4 of them read by OCR.": "已添加 %1 份案卷（共 %2 份）：%3 页，其中 OCR 识别 %4 页。",
    "%1 extractions wait for your review: they are marked red in the facts list.": "%1 项提取内容待您核对，已在提取要素中标红。",
    "Cancelled: the file being read and the files after it were not added.": "已取消：正在读取的案卷及其后的案卷未添加。",
    "Not added:": "未添加：", "<p>Page %1 reads:</p><blockquote>%2</blockquote><p>%3</p>": "<p>第 %1 页原文：</p><blockquote>%2</blockquote><p>%3</p>",
    "18 characters, as written on the page": "18 位，按页面上的写法录入", "Name:": "姓名：", "ID number:": "身份证号码：",
    "Save correction": "保存更正", "<span style='color:#1E7B34'>Valid ID number: born %1, %2.</span>":
        "<span style='color:#1E7B34'>身份证号码有效：出生于 %1，%2。</span>",
    "Import lists (Ctrl+I)": "导入名单（Ctrl+I）", "Case files": "案卷材料", "Add &case files...": "添加案卷(&C)……",
    "Previous page (Page Up)": "上一页（Page Up）", "Next page (Page Down)": "下一页（Page Down）", "Page ": "第 ",
    "Full size": "原始大小", "Show the page at full size instead of fitted to the width": "按原始大小显示页面，而不是适应宽度",
    "of %1": "页，共 %1 页", "This page cannot be shown.": "无法显示此页。",
    # core messages the GUI shows (errors, reject reasons, validation)
    'Log in first: this pool has users.':
        '请先登录：此数据池已设置用户。',
    'Your role (%1) may not do this; it needs: %2.':
        '您的角色（%1）无权执行此操作；需要：%2。',
    'unknown case type "%1"; parameter set %2 has: %3':
        '未知案件类型“%1”；参数方案 %2 包含：%3',
    'unknown hardship band "%1"; expected one of: %2':
        '未知困难程度“%1”；应为以下之一：%2',
    'the hardship coefficient %1 is outside the "%2" band; expected %3 to %4':
        '困难系数 %1 超出“%2”档的范围；应为 %3 至 %4',
    'unknown additional group "%1"':
        '未知附加救助对象“%1”',
    'the additional coefficient %1 for "%2" is outside %3 to %4':
        '“%2”的附加系数 %1 超出 %3 至 %4 的范围',
    'unknown fault preset "%1"':
        '未知过错预设“%1”',
    'the fault coefficient must lie between 0 and 1':
        '过错系数应在 0 到 1 之间',
    'entry %1 is missing: the log jumps from %2 to %3':
        '第 %1 条记录缺失：日志从 %2 跳到了 %3',
    'entry %1 does not follow the entry before it':
        '第 %1 条记录与前一条记录衔接不上',
    'entry %1 was changed after it was written':
        '第 %1 条记录在写入后被修改过',
    'the newest entries were removed: the log ends at %1, but entry %2 was written':
        '最新的记录被删除：日志止于第 %1 条，但曾写入第 %2 条',
    '%1 yuan is %2% %3 the median of past decisions for this case type (%4 yuan); check the coefficients or record why':
        '%1 元%3该类案件以往决定金额中位数（%4 元）%2%；请核对系数或记录理由',
    'above':
        '高于',
    'below':
        '低于',
    'page %1 of %2 cannot be rendered':
        '%2 的第 %1 页无法渲染',
    'Reading %1 was cancelled; nothing was added.':
        '已取消读取 %1；未添加任何内容。',
    '%1 is empty (0 bytes).':
        '%1 是空文件（0 字节）。',
    '%1 is damaged: it is not a readable PDF. Ask for the file again or scan the paper file.':
        '%1 已损坏：不是可读取的 PDF。请重新索取文件或扫描纸质材料。',
    '%1 is password-protected; open it with the password, save an unprotected copy and add that.':
        '%1 有密码保护；请用密码打开，另存一份无密码的副本后再添加。',
    '%1 has no pages.':
        '%1 没有页面。',
    '%1 is neither a PDF nor a scanned image (PNG, JPEG, TIFF); expected a case document.':
        '%1 既不是 PDF 也不是扫描图像（PNG、JPEG、TIFF）；应为案卷材料。',
    '%1 is damaged: the image cannot be decoded.':
        '%1 已损坏：图像无法解码。',
    '%1 was already added (as %2, case file %3, on %4).':
        '%1 已添加过（名为 %2，案卷 %3，添加于 %4）。',
    '%1 could not be stored; nothing was changed: %2':
        '%1 无法保存，未做任何更改：%2',
    'There is no extracted fact %1.':
        '不存在提取要素 %1。',
    'Fact %1 is not a victim.':
        '要素 %1 不是被害人。',
    'the mapping names field "%1", which type "%2" does not have':
        '映射中的字段“%1”在类型“%2”中不存在',
    'the mapping names column "%1", which the header row %2 does not have':
        '映射中的列“%1”在第 %2 行表头中不存在',
    '%1 is not a valid mapping file: %2 at character %3; expected a JSON object like {"columns": {"身份证": "id_number"}}':
        '%1 不是有效的映射文件：第 %3 个字符处%2；应为形如 {"columns": {"身份证": "id_number"}} 的 JSON 对象',
    'Cannot read the mapping file %1: %2':
        '无法读取映射文件 %1：%2',
    'The passphrase is too short; use at least 8 characters.':
        '口令太短；请至少使用 8 个字符。',
    'Not enough memory to derive the key.':
        '内存不足，无法派生密钥。',
    '%1 is empty (0 bytes); expected a table with a header row.':
        '%1 是空文件（0 字节）；应为带表头行的表格。',
    'Unknown encoding "%1"; expected utf-8, gb18030 (also gbk) or utf-16le.':
        '未知编码“%1”；应为 utf-8、gb18030（或 gbk）或 utf-16le。',
    '%1 is not a text table: it contains binary data. Expected CSV text, .xlsx or .xls.':
        '%1 不是文本表格：含有二进制数据。应为 CSV 文本、.xlsx 或 .xls。',
    'This system cannot decode %1 text.':
        '本系统无法解码 %1 编码的文本。',
    'the row is longer than %1 characters and was cut; expected one record per line':
        '该行超过 %1 个字符，已截断；应每行一条记录',
    'a quote (") opened in this row is never closed, so the row was read as plain text; expected quotes in pairs':
        '该行的引号（"）没有闭合，已按普通文本读取；引号应成对出现',
    'a cell is longer than %1 characters and was cut':
        '有单元格超过 %1 个字符，已截断',
    'the row holds bytes that are not valid %1 text; expected one encoding for the whole file (choose it with --encoding)':
        '该行含有不是有效 %1 文本的字节；整个文件应使用同一种编码（可用 --encoding 指定）',
    '"%1" is a built-in dataset type; give your type another id.':
        '“%1”是内置的数据类型；请为您的类型另取一个标识。',
    'There is no active dataset version %1.':
        '不存在有效的数据集版本 %1。',
    'dataset type id "%1" is invalid; expected lowercase letters, digits, - or _ (e.g. "town-subsidies")':
        '数据类型标识“%1”无效；应由小写字母、数字、- 或 _ 组成（例如“town-subsidies”）',
    'dataset type "%1" has no title':
        '数据类型“%1”没有名称',
    'dataset type "%1": field name "%2" is invalid; expected lowercase letters, digits, - or _':
        '数据类型“%1”：字段名“%2”无效；应由小写字母、数字、- 或 _ 组成',
    'dataset type "%1": field "%2" is defined twice':
        '数据类型“%1”：字段“%2”重复定义',
    'dataset type "%1", field "%2": kind "%3" is unknown; expected text, longtext, name, id, date, month, amount, number, org (an organisation\'s name) or case (a case number)':
        '数据类型“%1”，字段“%2”：未知种类“%3”；应为 text、longtext、name、id、date、month、amount、number、org（单位名称）或 case（案号）',
    'dataset type "%1", field "%2" lists no column names':
        '数据类型“%1”，字段“%2”没有列出列名',
    'dataset type "%1" has no fields':
        '数据类型“%1”没有字段',
    'dataset type "%1": person role "%2" is invalid':
        '数据类型“%1”：人员角色“%2”无效',
    'dataset type "%1", role "%2": "%3" is not a field of kind id':
        '数据类型“%1”，角色“%2”：“%3”不是证件号类字段',
    'dataset type "%1", role "%2": "%3" is not a field of kind name':
        '数据类型“%1”，角色“%2”：“%3”不是姓名类字段',
    'dataset type "%1" names no person role; expected at least one with an id field':
        '数据类型“%1”没有人员角色；至少应有一个带证件号字段的角色',
    'a keyword category has no id':
        '有关键词类别没有标识',
    "no ID number found near the victim's name":
        '被害人姓名附近没有找到身份证号码',
    'OCR confidence %1% on page %2 is low; check against the page':
        '第 %2 页 OCR 置信度仅 %1%；请对照原页核对',
    '%1 (page %2: "%3")':
        '%1（第 %2 页：“%3”）',
    'OCR confidence %1% is low; check the name and ID against the page':
        'OCR 置信度仅 %1%；请对照原页核对姓名和身份证号码',
    'no compensation, mediation or understanding found':
        '未发现赔偿、调解或谅解',
    '%1 is not a readable visit package: %2':
        '%1 不是可读取的走访包：%2',
    'Choose the clues to visit first.':
        '请先选择要走访的线索。',
    'There is no clue %1.':
        '不存在线索 %1。',
    'it does not start like a ClueDesk visit package':
        '文件开头不像 ClueDesk 走访包',
    'Wrong passphrase for %1, or the file was changed.':
        '%1 的口令错误，或文件已被改动。',
    'The clue is not in this package.':
        '该线索不在此走访包中。',
    'The visit date "%1" is not a date; expected YYYY-MM-DD.':
        '走访日期“%1”不是日期；应为 YYYY-MM-DD。',
    'There is no visit %1 in this package.':
        '此走访包中没有走访记录 %1。',
    'The note is empty.':
        '备注为空。',
    'This package was not exported from this pool.':
        '此走访包不是从本数据池导出的。',
    'The package could not be merged; nothing was changed: %1':
        '走访包无法合并，未做任何更改：%1',
    'Keep "office" or "field".':
        '请选择保留“office”（院内）或“field”（外勤）。',
    'There is no open conflict %1.':
        '不存在未处理的冲突 %1。',
    '%1 is an HTML table larger than 512 MB; save it as .xlsx or .csv first.':
        '%1 是超过 512 MB 的 HTML 表格；请先另存为 .xlsx 或 .csv。',
    'OCR read "%1"; corrected to %2 because the check character then validates':
        'OCR 识别为“%1”；已更正为 %2，因为更正后校验码正确',
    'the ID number is empty; expected 18 characters (or a 15-digit legacy number)':
        '身份证号码为空；应为 18 位（或 15 位旧号码）',
    '"%1" looks like an ID number that Excel stored as a number, so its last digits are lost; expected the ID as text (ask the sender to format the column as text)':
        '“%1”像是被 Excel 存成数字的身份证号码，末几位已丢失；身份证号码应以文本形式保存（请发送单位把该列设为文本格式）',
    '"%1" is not an ID number; expected 17 digits followed by a digit or X':
        '“%1”不是身份证号码；应为 17 位数字加 1 位数字或 X',
    '"%1" has %2 characters; expected 18 (or a 15-digit legacy number)':
        '“%1”有 %2 位；应为 18 位（或 15 位旧号码）',
    '"%1" starts with %2, which is no province code; expected a region code such as 33xxxx':
        '“%1”以 %2 开头，不是省级代码；应为 33xxxx 这样的地区码',
    '"%1" holds no possible birth date (characters 7-14); expected YYYYMMDD':
        '“%1”第 7–14 位不是有效的出生日期；应为 YYYYMMDD',
    '"%1" fails its check character (GB 11643); a digit is probably mistyped':
        '“%1”校验码不符（GB 11643）；可能有一位数字录错',
    ', row %1':
        '，第 %1 行',
    ', column %1':
        '，第 %1 列',
    'blank row':
        '空行',
    'the same person and facts as %1; imported once':
        '与 %1 的人员和内容相同；只导入一次',
    '%1 row %2':
        '%1 第 %2 行',
    '%1 [%2] row %3':
        '%1 [%2] 第 %3 行',
    'the sheet cannot be opened':
        '工作表无法打开',
    '%1: no header row for "%2" found in the first %3 rows; expected columns such as %4. Use a mapping file (--mapping) to name the columns.':
        '%1：前 %3 行中没有找到“%2”的表头行；应有 %4 等列。请用映射文件（--mapping）指定各列。',
    'Sheet skipped: %1':
        '已跳过工作表：%1',
    '%1: used the column mapping corrected for this layout before':
        '%1：沿用了此前为该格式更正过的列映射',
    '%1: the header in row %2 has no ID number column for %3; expected a column such as %4.':
        '%1：第 %2 行表头中没有%3的身份证号码列；应有 %4 这样的列。',
    '%1: header found in row %2; the rows above it are titles':
        '%1：表头在第 %2 行；其上各行为标题',
    '%1: %2 blank rows after the last data row were ignored':
        '%1：最后一行数据之后的 %2 个空行已忽略',
    '%1 has no sheet "%2"; its sheets are: %3':
        '%1 中没有工作表“%2”；其工作表为：%3',
    '%1: no sheet has a header for "%2". %3':
        '%1：没有工作表含有“%2”的表头。%3',
    'Unknown dataset type "%1"; expected one of: %2':
        '未知数据类型“%1”；应为以下之一：%2',
    'No file to import.':
        '没有要导入的文件。',
    '%1 was already imported (as %2, dataset version %3 of type %4, on %5); the same file is not imported twice.':
        '%1 已导入过（名为 %2，%4 类数据集版本 %3，导入于 %5）；同一文件不重复导入。',
    '%1 is given twice (the same content).':
        '%1 重复给出（内容相同）。',
    'Import cancelled; nothing was changed.':
        '已取消导入；未做任何更改。',
    'The import failed and nothing was changed: %1':
        '导入失败，未做任何更改：%1',
    'unknown letter template "%1"; expected one of: %2':
        '未知文书模板“%1”；应为以下之一：%2',
    'a letter needs at least one clue':
        '文书至少需要一条线索',
    'a %1 needs the department it is addressed to':
        '%1需要填写收件单位',
    '(office name: set office.name)':
        '（院名：请在设置中填写 office.name）',
    'there is no clue %1':
        '不存在线索 %1',
    'clue %1 (%2) is "%3": record a verification decision (%4) before writing a %5 about this person':
        '线索 %1（%2）当前为“%3”：为此人制作%5之前，请先记录核实决定（%4）',
    'a %1 is about one person; give one clue':
        '%1只针对一人；请只选一条线索',
    'a %1 needs the decided amount: calculate it and decide it first (cluedesk-cli calc --clue %2 ... --decide)':
        '%1需要已确定的救助金额：请先计算并确定金额（cluedesk-cli calc --clue %2 ... --decide）',
    'The letter cannot be drawn on this device.':
        '无法在此设备上绘制文书。',
    'The PDF came out empty.':
        '生成的 PDF 为空。',
    'The letter could not be made, and no number was used: %1':
        '文书未能生成，文号未被占用：%1',
    'The letter could not be registered: %1':
        '文书未能登记：%1',
    'Say why the letter is void.':
        '请说明作废理由。',
    'There is no issued letter %1.':
        '不存在已制发的文书 %1。',
    '%1 is not a valid model file: %2 at character %3':
        '%1 不是有效的模型文件：第 %3 个字符处%2',
    'model id "%1" is invalid; expected lowercase letters, digits, - or _':
        '模型标识“%1”无效；应由小写字母、数字、- 或 _ 组成',
    'model "%1" has no title':
        '模型“%1”没有名称',
    'model "%1", step "%2"':
        '模型“%1”，步骤“%2”',
    '%1: unknown filter "%2"; expected one of %3':
        '%1：未知筛选条件“%2”；应为 %3 之一',
    '%1: field "%2" does not exist in dataset type "%3"':
        '%1：数据类型“%3”中没有字段“%2”',
    '%1: filter "%2" needs a field':
        '%1：筛选条件“%2”需要指定字段',
    '%1: filter "%2" on "%3" lists no values':
        '%1：对“%3”的筛选条件“%2”没有列出取值',
    '%1: filter "%2" needs years > 0':
        '%1：筛选条件“%2”需要年数大于 0',
    '%1: filter "%2" needs at_field (a date field of the rows) or at (a date)':
        '%1：筛选条件“%2”需要 at_field（行中的日期字段）或 at（日期）',
    'model "%1" has no steps':
        '模型“%1”没有步骤',
    'model "%1": step id "%2" is empty or used twice':
        '模型“%1”：步骤标识“%2”为空或重复',
    '%1: unknown kind "%2"; expected one of %3':
        '%1：未知步骤类型“%2”；应为 %3 之一',
    '%1: %2 "%3" is not an earlier step':
        '%1：%2“%3”不是前面的步骤',
    '%1: a source needs at least one dataset type':
        '%1：数据来源至少需要一种数据类型',
    '%1: unknown dataset type "%2"':
        '%1：未知数据类型“%2”',
    '%1: dataset type "%2" has no person role "%3"':
        '%1：数据类型“%2”没有人员角色“%3”',
    '%1: %2 needs at least two steps in "of"':
        '%1：%2 的“of”中至少需要两个步骤',
    '%1: subtract needs at least one step in "minus"':
        '%1：subtract 的“minus”中至少需要一个步骤',
    '%1: %2 is missing':
        '%1：缺少 %2',
    '%1: field "%2" (%3) does not exist in dataset type "%4"':
        '%1：数据类型“%4”中没有字段“%2”（%3）',
    '%1: count needs min >= 1':
        '%1：count 需要 min 不小于 1',
    '%1: relations needs "start" and "end" filters':
        '%1：relations 需要“start”和“end”筛选条件',
    'model "%1": output.from "%2" is not a step':
        '模型“%1”：output.from“%2”不是步骤',
    'model "%1": default_grade "%2" is not red, orange or yellow':
        '模型“%1”：default_grade“%2”不是 red、orange 或 yellow',
    'model "%1": a grade rule names step "%2", which does not exist':
        '模型“%1”：分级规则引用的步骤“%2”不存在',
    'model "%1": grade test "%2" is unknown; expected one of %3':
        '模型“%1”：未知分级检验“%2”；应为 %3 之一',
    'model "%1": grade "%2" is not red, orange or yellow':
        '模型“%1”：等级“%2”不是 red、orange 或 yellow',
    'model "%1" has no reason text in its output':
        '模型“%1”的输出中没有理由文字',
    '"%1" is a built-in model; save your version under another id.':
        '“%1”是内置模型；请用另一个标识保存您的版本。',
    'There is no model "%1".':
        '不存在模型“%1”。',
    '"%1" is a built-in model; it can be switched off, not removed.':
        '“%1”是内置模型；只能停用，不能删除。',
    'There is no office model "%1".':
        '不存在本院模型“%1”。',
    'Tesseract could not load the "%1" language data; install tesseract-ocr-chi-sim (scripts/setup.sh does)':
        'Tesseract 无法加载“%1”语言数据；请安装 tesseract-ocr-chi-sim（scripts/setup.sh 会安装）',
    'Reading cancelled.':
        '已取消读取。',
    'Tesseract could not read the page.':
        'Tesseract 无法识别该页。',
    'the parameter set has no id':
        '参数方案没有标识',
    'parameter set "%1"':
        '参数方案“%1”',
    '%1: effective_from is not a date; expected YYYY-MM-DD':
        '%1：effective_from 不是日期；应为 YYYY-MM-DD',
    '%1: benchmark.amount must be a positive amount in yuan':
        '%1：benchmark.amount 应为以元计的正数金额',
    '%1: %2 "%3" has no valid coefficient':
        '%1：%2“%3”没有有效系数',
    '%1: %2 is empty':
        '%1：%2 为空',
    '%1: %2 "%3" needs 0 <= min <= max':
        '%1：%2“%3”需要 0 ≤ min ≤ max',
    '%1: additional_rule must be "highest" or "sum"':
        '%1：additional_rule 应为“highest”或“sum”',
    '%1: cap needs months and monthly_wage':
        '%1：cap 需要 months 和 monthly_wage',
    '"%1" is a built-in parameter set; give yours another id.':
        '“%1”是内置参数方案；请为您的方案另取一个标识。',
    'There is no pool at %1. Create one with --create, or check the path.':
        '%1 处没有数据池。请用 --create 新建，或检查路径。',
    '%1 is a folder; expected a pool file.':
        '%1 是文件夹；应为数据池文件。',
    '%1 is an SQLite database but not a ClueDesk pool.':
        '%1 是 SQLite 数据库，但不是 ClueDesk 数据池。',
    'Cannot open the pool %1: %2':
        '无法打开数据池 %1：%2',
    '%1 is encrypted: give its passphrase (CLUEDESK_PASSPHRASE or --passphrase-file).':
        '%1 已加密：请提供口令（CLUEDESK_PASSPHRASE 或 --passphrase-file）。',
    '%1 is not encrypted; encrypt it first with: cluedesk-cli pool encrypt':
        '%1 未加密；请先用 cluedesk-cli pool encrypt 加密',
    'Wrong passphrase for %1 (or its first page is damaged). Nothing was changed.':
        '%1 的口令错误（或其首页已损坏）。未做任何更改。',
    'A page of %1 failed its integrity check: the file was changed outside ClueDesk or is damaged. Restore it from a backup.':
        '%1 有页面未通过完整性校验：文件在 ClueDesk 之外被改动或已损坏。请从备份恢复。',
    '%1 already exists; choose a new file name.':
        '%1 已存在；请另选文件名。',
    "The pool's page size is not 4096 bytes; run VACUUM with page_size 4096 first.":
        '数据池的页面大小不是 4096 字节；请先以 page_size 4096 执行 VACUUM。',
    'The copy could not be written: %1':
        '副本未能写入：%1',
    'The copy failed its check: %1':
        '副本未通过校验：%1',
    '%1 is already encrypted.':
        '%1 已经加密。',
    '"%1" is not a review status; expected one of %2':
        '“%1”不是审查状态；应为 %2 之一',
    'A clue that is "%1" cannot become "%2"; from "%1" it can become: %3':
        '处于“%1”的线索不能变为“%2”；从“%1”可以变为：%3',
    'nothing (final)':
        '无（已终结）',
    'A decision needs a reason: say why the clue is "%1".':
        '作出决定需要理由：请说明线索为何是“%1”。',
    'Record the amount first: an assisted clue needs a decided calculation (cluedesk-cli calc --clue %1 ... --decide)':
        '请先确定金额：已救助的线索需要一份已确定的计算（cluedesk-cli calc --clue %1 ... --decide）',
    '%1 is empty; this list needs it for every row':
        '%1 为空；该名单每行都需要此项',
    '%1 "%2" is not a date; expected e.g. 2023-03-05, 2023/3/5, 2023年3月5日 or 202303':
        '%1“%2”不是日期；应如 2023-03-05、2023/3/5、2023年3月5日 或 202303',
    '%1 "%2" gives only year and month; kept as %3':
        '%1“%2”只有年月；按 %3 保存',
    '%1 "%2" is not a number; expected e.g. 1234.50, 1,234 or 1234元':
        '%1“%2”不是数字；应如 1234.50、1,234 或 1234元',
    "the %1's ID number is empty; expected 18 characters":
        '%1的身份证号码为空；应为 18 位',
    'the %1 "%2" is an organisation (credit code %3), not a person; the row is kept without this person':
        '%1“%2”是单位（统一社会信用代码 %3），不是个人；该行保留，但不含此人',
    "%1's ID: %2":
        '%1的身份证号码：%2',
    '15-digit ID %1 upgraded to %2 (the text as written is kept)':
        '15 位身份证号码 %1 已升位为 %2（原文照录保留）',
    'the header is repeated here (as in files printed page by page)':
        '此处重复了表头（按页打印的文件常见）',
    'a total row (合计/总计), not a person':
        '合计行（合计/总计），不是人员',
    'a title, note or signature line without an ID number, not a person':
        '没有身份证号码的标题、备注或落款行，不是人员',
    '%1 is required but the file has no column for it':
        '%1 是必填项，但文件中没有对应的列',
    'no person in this row has a valid ID number, so it cannot be matched with other lists':
        '该行没有人员有有效的身份证号码，无法与其他名单碰撞',
    'This pool was written by a newer ClueDesk (schema %1; this program knows up to %2). Update ClueDesk to open it.':
        '此数据池由更新版本的 ClueDesk 写入（结构版本 %1；本程序最高支持 %2）。请升级 ClueDesk 后打开。',
    'no current list of "%1" in the pool; the model ran without it':
        '数据池中没有当前的“%1”名单；模型在缺少该名单的情况下运行',
    'Screening cancelled; nothing was changed.':
        '已取消碰撞；未做任何更改。',
    'Screening with "%1" failed and nothing was changed: %2':
        '用“%1”碰撞失败，未做任何更改：%2',
    'model "%1" tells local from non-local people, but the county\'s ID region prefix is not set (cluedesk-cli settings set county.prefix 330382)':
        '模型“%1”需要区分本地和外地人员，但尚未设置本县身份证地区码（在设置中填写，或 cluedesk-cli settings set county.prefix 330382）',
    '%1 does not exist or is not a file.':
        '%1 不存在或不是文件。',
    '%1 is a PDF document; add it under Case files. Lists are expected as .xlsx, .xls or .csv.':
        '%1 是 PDF 文档；请在“案卷材料”中添加。名单应为 .xlsx、.xls 或 .csv。',
    'The password is too short; use at least %1 characters.':
        '密码太短；请至少使用 %1 个字符。',
    'Not enough memory to hash the password.':
        '内存不足，无法计算密码散列。',
    'The first user must be an administrator.':
        '第一个用户必须是管理员。',
    '"%1" is not a role; expected one of %2':
        '“%1”不是角色；应为 %2 之一',
    'There is already a user called "%1" (or the name is empty).':
        '已有名为“%1”的用户（或用户名为空）。',
    'There is no user "%1".':
        '不存在用户“%1”。',
    'Wrong user name or password.':
        '用户名或密码错误。',
    'This user is disabled; ask the administrator.':
        '该用户已停用；请联系管理员。',
    'Too many failed logins: this user is locked until %1, or until the administrator unlocks it.':
        '登录失败次数过多：该用户已锁定至 %1，或由管理员解锁。',
    '"%1" is not a valid ID number.':
        '“%1”不是有效的身份证号码。',
    'There is no visit %1.':
        '不存在走访记录 %1。',
    'the file cannot be opened':
        '文件无法打开',
    'there is not enough memory to read it':
        '内存不足，无法读取',
    'it is not an Excel 97-2003 workbook':
        '不是 Excel 97-2003 工作簿',
    'the file is truncated or damaged':
        '文件不完整或已损坏',
    'it holds no workbook (perhaps a Word or other Office file)':
        '其中没有工作簿（可能是 Word 或其他 Office 文件）',
    'it uses a character set FreeXL cannot convert':
        '使用了 FreeXL 无法转换的字符集',
    'the workbook is damaged (FreeXL error %1)':
        '工作簿已损坏（FreeXL 错误 %1）',
    '%1 cannot be read as .xls: %2. Re-save it in Excel/WPS as .xlsx if it opens there.':
        '%1 无法按 .xls 读取：%2。如能在 Excel/WPS 中打开，请另存为 .xlsx。',
    '%1 is password-protected; open it in Excel/WPS, remove the password and save it again.':
        '%1 有密码保护；请在 Excel/WPS 中打开，去掉密码后重新保存。',
    '%1 has no worksheets.':
        '%1 没有工作表。',
    '%1: the sheet "%2" cannot be read; the file is damaged.':
        '%1：工作表“%2”无法读取；文件已损坏。',
    'column %1 cannot be read':
        '第 %1 列无法读取',
    '%1: the .xls reader stopped on this file (it is damaged, or made to break readers); nothing more was read from it. Open it in Excel/WPS and save it as .xlsx.':
        '%1：.xls 读取程序在此文件上中止（文件已损坏，或被构造成破坏读取程序）；未再读取其中内容。请在 Excel/WPS 中打开并另存为 .xlsx。',
    'The .xls reader %1 cannot be started: %2. Reinstall ClueDesk.':
        '无法启动 .xls 读取程序 %1：%2。请重新安装 ClueDesk。',
    'the reader stopped on it (damaged, or made to break readers)':
        '读取程序在此中止（文件已损坏，或被构造成破坏读取程序）',
    'its sheet names cannot be read':
        '其工作表名称无法读取',
    '%1 is damaged: it is not a complete .xlsx (zip) file. Ask for the file again or re-save it in Excel/WPS.':
        '%1 已损坏：不是完整的 .xlsx（zip）文件。请重新索取文件，或在 Excel/WPS 中重新保存。',
    '%1 is a zip file but not an Excel workbook (no xl/workbook.xml); expected .xlsx.':
        '%1 是 zip 文件，但不是 Excel 工作簿（没有 xl/workbook.xml）；应为 .xlsx。',
    '%1 is damaged: its workbook part cannot be read (%2).':
        '%1 已损坏：工作簿部分无法读取（%2）。',
    '%1 is damaged: its shared strings cannot be read (%2).':
        '%1 已损坏：共享字符串无法读取（%2）。',
    '%1: the sheet "%2" is missing from the file (%3); the file is damaged.':
        '%1：文件中缺少工作表“%2”（%3）；文件已损坏。',
    'a cell refers to shared string %1, which the file does not have':
        '有单元格引用了文件中不存在的共享字符串 %1',
    '%1, sheet "%2": the file breaks off or is damaged after row %3 (%4); rows up to there were read.':
        '%1，工作表“%2”：文件在第 %3 行之后中断或损坏（%4）；此前各行已读取。',
    'Cannot write %1':
        '无法写入 %1',
    # data protection (issue 12)
    'the mark of where the keyed chain begins was changed': '标记密钥链起点的记录被改动过',
    'entry %1 is not the one recorded outside the pool (on a backup or a letter): the log was rewritten':
        '第 %1 条与数据池外留存的记录（备份或文书上）不一致：日志被改写过',
    'entry %1, recorded outside the pool, is no longer in the log': '数据池外留存的第 %1 条已不在日志中',
    'The key parameters in the file are out of range; it is damaged.': '文件中的密钥参数超出范围；文件已损坏。',
    'The package was refused, nothing was merged: %1': '走访包被拒收，未合并任何内容：%1',
    'visit %1 is for a clue the package did not carry': '走访记录 %1 所属的线索不在该走访包中',
    'visit %1 did not leave with this package': '走访记录 %1 并非随该走访包导出',
    'a note is for a clue the package did not carry': '有备注所属的线索不在该走访包中',
    'There is no user "%1" to take the package.': '没有名为“%1”的用户可以领取走访包。',
    '%1 was not written encrypted; it has been deleted.': '%1 未以加密方式写入，已删除。',
    'The copy was not written encrypted; it was deleted.': '副本未以加密方式写入，已删除。',
    'The backup is written, but not the audit head beside it: %1': '备份已写入，但旁边的审计链头未能写入：%1',
    'Could not replace %1 with its re-encrypted copy %2: %3': '无法用重新加密的副本 %2 替换 %1：%3',
    '%1 Nothing of the unfinished step was saved; what was saved before is kept. (%2)':
        '%1 未完成的这一步没有保存任何内容；此前已保存的数据都在。（%2）',
    'The disk is full (or a file-size limit was reached).': '磁盘已满（或达到了文件大小上限）。',
    'The pool file cannot be written: it or its folder is read-only.': '数据池文件无法写入：文件或其所在文件夹是只读的。',
    'The pool is in use by another ClueDesk or program; try again when it is done.':
        '数据池正被另一个 ClueDesk 或其他程序使用；请稍后再试。',
    'The pool file is damaged; restore it from a backup.': '数据池文件已损坏；请从备份恢复。',
    'The pool file or its companion files cannot be opened or created.': '数据池文件或其附属文件无法打开或创建。',
    'A page of the pool failed its integrity check: the file was changed outside ClueDesk or is damaged; restore it from a backup.':
        '数据池有一页未通过完整性校验：文件在 ClueDesk 之外被改动过或已损坏；请从备份恢复。',
    'The pool could not be read or written (a disk error, a full disk or a file-size limit).':
        '数据池无法读写（磁盘错误、磁盘已满或达到文件大小上限）。',
    'The pool could not be read or written.': '数据池无法读写。',
    'An internal error stopped this step: %1': '内部错误中止了这一步：%1',
    'Print letter': '打印文书',
    'The pool': '数据池',
    'ClueDesk closes the pool now.': 'ClueDesk 现在关闭该数据池。',
    'Too short: use at least 8 characters, better several words.': '太短：至少 8 个字符，最好是几个词。',
    'Too easy to guess (common words, names, dates or keyboard runs). Add more unrelated words.':
        '太容易被猜中（常用词、姓名、日期或键盘连续键）。请再加几个互不相关的词。',
    'Fair. One or two more unrelated words make it strong.': '尚可。再加一两个不相关的词会更安全。',
    'Good.': '较强。',
    'Strong.': '很强。',
    'Protect the new pool': '为新数据池设置密码',
    'Encrypt this pool': '加密该数据池',
    "Change the pool's passphrase": '更改数据池密码',
    "<p>The pool <b>%1</b> will hold ID numbers, hardship and crime victims' data. Everything in it is encrypted with this passphrase; without it nobody, not even ClueDesk, can read the file. Choose several unrelated words and keep the passphrase where only the office can find it: it cannot be recovered.</p>":
        '<p>数据池 <b>%1</b> 将保存身份证号码、困难情况和刑事被害人的信息。其中的一切都用这个密码加密；没有它，任何人（包括 ClueDesk）都无法读取该文件。请用几个互不相关的词组成密码，并保存在只有本院能找到的地方：密码遗失后无法找回。</p>',
    'Passphrase:': '密码：',
    'Again:': '再输一次：',
    'Strength:': '强度：',
    'Create the pool unencrypted (not recommended)': '创建不加密的数据池（不建议）',
    'Anyone who gets the file, a copy or the laptop reads every person in it. Only for made-up data, or encrypt it later in Settings.':
        '任何拿到该文件、副本或笔记本电脑的人都能读取其中每个人的信息。仅用于虚构数据，或稍后在“设置”中加密。',
    'The two entries differ.': '两次输入不一致。',
    'Encryption': '加密',
    'This pool is encrypted (XChaCha20-Poly1305; key from the passphrase with Argon2id).':
        '该数据池已加密（XChaCha20-Poly1305；密钥由密码经 Argon2id 派生）。',
    "<b style='color:#B00000'>This pool is not encrypted.</b> Anyone with the file reads every person in it.":
        "<b style='color:#B00000'>该数据池未加密。</b>任何拿到该文件的人都能读取其中每个人的信息。",
    'Change passphrase...': '更改密码……',
    'Encrypt this pool...': '加密该数据池……',
    'The pool now opens only with the new passphrase.': '该数据池现在只能用新密码打开。',
    'The pool is encrypted now. Backups and copies made before are not: delete them.':
        '该数据池已加密。此前的备份和副本仍未加密：请删除它们。',
    # per-user key slots
    "The keyring %1 is damaged (%2); open the pool with its passphrase.": "密钥环 %1 已损坏（%2）；请用数据池口令打开数据池。",
    "Cannot read the keyring %1: %2": "无法读取密钥环 %1：%2",
    "not a ClueDesk keyring": "不是 ClueDesk 密钥环",
    'slot of "%1"': '“%1”的密钥槽',
    "Cannot remove the keyring %1.": "无法删除密钥环 %1。",
    "Cannot write the keyring %1: %2": "无法写入密钥环 %1：%2",
    "The keyring of %1 is busy; try again.": "%1 的密钥环正被占用；请稍后再试。",
    "%1 is not an encrypted pool.": "%1 不是加密的数据池。",
    "The password is right, but the keyring beside %1 belongs to another copy of the pool. Open it with the pool passphrase; the administrator then sets the users' passwords again.": "密码正确，但 %1 旁的密钥环属于该数据池的另一份副本。请用数据池口令打开；之后由管理员重新设置各用户的密码。",
    "The pool is re-encrypted, but its keyring %1 could not be replaced: users log in with the passphrase until the administrator sets their passwords again.": "数据池已重新加密，但无法替换其密钥环 %1：在管理员重新设置用户密码之前，用户须使用数据池口令登录。",
    "%1 is encrypted: log in with your user name and password, or give the pool passphrase.": "%1 已加密：请用您的用户名和密码登录，或提供数据池口令。",
    "This pool has users: log in with your user name and password.": "此数据池已设置用户：请用您的用户名和密码登录。",
    "This pool is encrypted. Your own password opens it; you do not need the pool passphrase.": "此数据池已加密。用您自己的密码即可打开，无需数据池口令。",
    "Log in": "登录",
    "Use the pool passphrase…": "使用数据池口令……",
    # organisations
    'the unified social credit code is empty; expected 18 characters': '统一社会信用代码为空；应为 18 位',
    '"%1" is not 18 characters long; expected a unified social credit code (GB 32100)': '“%1”不是 18 位；应为统一社会信用代码（GB 32100）',
    '"%1" holds characters a unified social credit code cannot have; expected digits and capitals without I, O, S, V, Z, and digits in places 3-8': '“%1”含有统一社会信用代码中不能出现的字符；应为数字和大写字母（不含 I、O、S、V、Z），第 3–8 位应为数字',
    '"%1" fails its check character (GB 32100); a character is probably mistyped': '“%1”校验码不符（GB 32100）；可能有一位录错',
    # model language: group, not_role_of
    '%1: filter "%2" lists no roles': '%1：筛选条件“%2”没有列出人员角色',
    '%1: group needs min >= 1 and min_share from 0 to 1': '%1：分组步骤的 min 应不小于 1，min_share 应在 0 到 1 之间',
    # model expressions
    'an operator or the end': '运算符或表达式结尾',
    'a number': '数字',
    'a closing quote': '右引号',
    "a field, a number, 'text' or an operator": "字段、数字、'文字'或运算符",
    'expression "%1", character %2: expected %3': '表达式“%1”第 %2 个字符处：应为%3',
    "a field, a number or 'text'": "字段、数字或'文字'",
    'a function: year, days or abs': '函数：year、days 或 abs',
    'a field after "with."': '“with.”之后应为字段名',
    '%1: "with.%2" needs a "with" step': '%1：使用“with.%2”需要指定 with 步骤',
    # model language v2 and the parameters table
    'dataset type "%1", field "%2": kind "%3" is unknown; expected text, longtext, name, id, date, month, amount, number, org (an organisation\'s name), case (a case number) or credit_code (a unified social credit code)':
        '数据类型“%1”的字段“%2”：类别“%3”无法识别；应为 text、longtext、name、id、date、month、amount、number、org（单位名称）、case（案号）或 credit_code（统一社会信用代码）',
    "a function: year, month, days, abs, contains or empty": "函数：year、month、days、abs、contains 或 empty",
    'a field after "%1."': "“%1.”之后的字段名",
    '%1: "$%2" is not a parameter of the model (a number or a text)': "%1：“$%2”不是本模型的参数（数值或文字）",
    'model "%1": parameter name "%2" is invalid or used twice': "模型“%1”：参数名“%2”无效或重复",
    'model "%1": parameter "%2" needs a value (a number, a text or a table)': "模型“%1”：参数“%2”缺少取值（数值、文字或表格）",
    'model "%1": every row of table "%2" needs words and at_least > 0': "模型“%1”：表格“%2”的每一行都需要关键词（words）和大于 0 的金额（at_least）",
    '%1: key field "%2" does not exist in dataset type "%3"': "%1：数据类型“%3”没有对象字段“%2”",
    '%1: subject "%2" is unknown; expected one of %3': "%1：对象类别“%2”无法识别；应为 %3 之一",
    '%1: "join" and "absent" need a "with" step': "%1：“join”和“absent”需要指定对照步骤（with）",
    '%1: rekey needs either "key" (fields) or "roles" (persons)': "%1：转换对象（rekey）需要指定“key”（字段）或“roles”（人员角色）之一",
    '%1: key field "%2" does not exist in any list of "%3"': "%1：“%3”的名单中都没有对象字段“%2”",
    '%1: table "%2" is not a table among the model\'s parameters': "%1：“%2”不是本模型参数中的表格",
    '%1, %2: unknown key "%3"; expected one of %4': "%1，%2：无法识别的键“%3”；应为 %4 之一",
    "model": "模型",
    'model "%1", step "%2": %3 "$%4" is not a number among the parameters': "模型“%1”步骤“%2”：%3 引用的“$%4”不是数值参数",
    "%1: %2": "%1：%2",
    "Thresholds and other values of the model, with their legal basis. Change a value here, then Check and Save as office model on the Edit page.":
        "模型的阈值等参数及其法律依据。可在此修改取值，然后到“编辑”页点击“检查”并“另存为本院模型”。",
    "Parameter": "参数", "Unit": "单位", "Legal basis": "法律依据", "Parameters": "参数",
    "A table: change it on the Edit page.": "表格参数：请在“编辑”页修改。",
    "<span style='color:#B00000'>✘ The JSON on the Edit page no longer matches this table; correct it there.</span>":
        "<span style='color:#B00000'>✘ “编辑”页中的 JSON 已与此表不一致，请在该页更正。</span>",
    '"%1" is not a number': "“%1”不是数字",
    "ID number / case": "身份证号 / 案号",
    "This clue is about a case, an organisation or an auction lot, not a person": "该线索的对象是案件、单位或拍卖标的，不是个人",
    "%1 (as written)": "%1（原文）",
    "with.FIELD inside sum()": "sum() 中只能是 with.字段",
    "a function: year, month, days, abs, contains, empty, sum or casenumber": "函数：year、month、days、abs、contains、empty、sum 或 casenumber",
    # supervision review path
    'model "%1": workflow "%2" is unknown; expected aid or supervision': "模型“%1”：办理流程“%2”无法识别；应为 aid（司法救助）或 supervision（监督）",
    '"%1" is not a review status of this clue; expected one of %2': "“%1”不是该线索可用的办理状态；应为 %2 之一",
    'An amount recovered is recorded when a clue becomes "%1", and cannot be negative': "挽回损失金额在线索变为“%1”时登记，且不能为负数",
    " (%1 yuan recovered)": "（挽回损失 %1 元）",
    "The selected clues have different statuses or review paths. Select clues of one kind with the same status to change them together.":
        "所选线索的状态或办理流程不同。请选择同一类、同一状态的线索一并变更。",
    "none": "无",
    "Money recovered:": "挽回损失：",
    "%1: age, local and role filters need persons; this step's subjects are %2": "%1：年龄、本地户籍和角色条件只适用于人员；该步骤的对象是 %2",
    '%1: a source is about the persons in "roles" or about its "key", not both': "%1：数据来源以“roles”中的人员或以“key”字段为对象，二者只能选一",
    '%1: no list of "%2" has the person role "%3"': "%1：“%2”的名单中都没有人员角色“%3”",
    "clue %1 (%2) follows the %3 path; a %4 is not written about such clues": "线索%1（%2）属于%3类线索，不能制作%4",
    'clue %1 (%2) is "%3": record a verification decision (%4) before writing a %5 about it': "线索%1（%2）当前为“%3”：请先作出核查结论（%4），再制作%5",
    "A reply to %1 cannot be dated before the letter (%2).": "%1 的回复日期不能早于文书日期（%2）。",
    "Say what the department replied.": "请填写对方单位的回复内容。",
    "The reply could not be recorded: %1": "回复未能登记：%1",
    "Letter": "文书",
    "<b>Letter register</b> — numbered per year without gaps; a void letter keeps its number. Write letters from the Clues screen after a decision; record each reply here. Letters past their reply date are shown in red.": "<b>文书登记簿</b> — 按年度连续编号，作废文书保留其文号。作出核查结论后在“线索”页制作文书；收到回复后在此登记。逾期未回复的文书以红色显示。",
    "Record reply...": "登记回复...",
    "%1 could not be read: %2": "无法读取 %1：%2",
    "Reply due": "回复期限",
    "Reply": "回复",
    "Record reply": "登记回复",
    "Record reply to %1": "登记 %1 的回复",
    "Replied on:": "回复日期：",
    "What the department did, e.g. 已停发养老金并追回多发金额": "对方单位的处理情况，例如：已停发养老金并追回多发金额",
    "Reply:": "回复内容：",
    "(no file)": "（无附件）",
    "Attach the reply...": "附上回复文件...",
    "File:": "文件：",
    "The department's reply": "对方单位的回复",
    "Replies (*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.doc *.docx);;All files (*)": "回复文件 (*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.doc *.docx);;所有文件 (*)",
    'model "%1", step "%2": values "$%3" is not a text among the parameters': "模型“%1”步骤“%2”：values“$%3”不是参数中的文本",
    "the county is not set, so local and non-local people cannot be told apart (set county.prefix, county.historic_codes and county.name)": "未设置本县（市、区），无法区分本地和外地人员（请设置身份证地区码、历史区划代码和县市名称）",
    "Former region codes:": "历史区划代码：",
    "Codes the county had before a renaming or merger, separated by commas: people born then carry them in their ID numbers. A household address naming the county also makes a person local.": "本县（市、区）更名或合并前使用的区划代码，用逗号分隔：当时出生的人身份证号码仍带有该代码。户籍地址写明本县（市、区）的人员也视为本地人员。",
    "Former region codes have six digits each, separated by commas, e.g. 330322, 330325.": "历史区划代码每个为六位数字，用逗号分隔，例如 330322, 330325。",
    "monthly": "每月", "quarterly": "每季度", "yearly": "每年", "every %1 days": "每%1天",
    'dataset type "%1": update_cycle_days cannot be negative': "名单类型“%1”：update_cycle_days 不能为负数",
    "<span style='color:#B06000'>%n list(s) past their update cycle: ask for the latest before screening.</span> ": "<span style='color:#B06000'>%n 份名单已超过更新周期：筛查前请向有关部门索取最新名单。</span> ",
    "Current, out of date": "当前（已过更新周期）",
    "This list is updated %1; this version is %2 days past that. Ask the bureau for the latest list before screening.": "该名单%1更新一次；此版本已超期%2天。筛查前请向有关部门索取最新名单。",
    "Export figures (xlsx)...": "导出统计（xlsx）...",
    "This year's table per model, with money and letters: the same as cluedesk-cli stats": "本年度按模型统计的表格，含金额和文书情况（与 cluedesk-cli stats 相同）",
    "Export figures": "导出统计",
    "figures-%1.xlsx": "工作统计-%1.xlsx",
    "Excel workbook (*.xlsx)": "Excel 工作簿 (*.xlsx)",
    "<p>Supervision in %1: <b>%2</b> suggestions issued, <b>%3</b> corrected, <b>%4 yuan</b> recovered. Letters: %5 issued, %6 replied, <span style='color:%8'><b>%7 overdue</b></span>.</p>": "<p>%1年法律监督：制发检察建议 <b>%2</b> 件，已纠正 <b>%3</b> 件，追回 <b>%4 元</b>。文书：制发 %5 份，收到回复 %6 份，<span style='color:%8'><b>逾期未回复 %7 份</b></span>。</p>",
    "Supervision this year: from finding to correction": "本年度法律监督：从线索到纠正",
    "Suggestion issued": "已制发检察建议",
    "Corrected": "已纠正",
    "Letters this year": "本年度文书",
    "Replied": "已回复",
    "Overdue": "逾期未回复",
    "%1: benchmark.average_of_last needs that many published years, each with a positive amount": "%1：benchmark.average_of_last 需要相应年数的公布数据，且每年金额为正数",
    "%1 <span style='color:#1A7F37'>(from the pool)</span>": "%1 <span style='color:#1A7F37'>（据数据池名单）</span>",
    "In the pool: %1, %2. Filled in at the lowest k; change it or set 0 if it does not apply.": "数据池中：%1，%2。已按最低系数填入；如不适用请修改或设为0。",
    "; its region code %1 is not in GB/T 2260 either": "；其地区码%1也不在GB/T 2260代码表中",
    "digits %1 and %2 swapped": "第%1、%2位数字颠倒",
    "digit %1 misread (a look-alike digit)": "第%1位为形近数字误读",
    "digit %1 differs": "第%1位数字不同",
    "only the check character differs": "仅校验码不同",
    "a digit missing at %1": "第%1位处漏录一位数字",
    "one digit too many at %1": "第%1位处多录一位数字",
    "%1 (15-digit legacy number)": "%1（15位旧号码）",
    "There is no rejected row %1 (see: rejects).": "没有编号为%1的未导入行（见：rejects）。",
    "Row %1 is not about an invalid ID with a name beside it, so there is nothing to match.": "第%1条不是附有姓名的无效身份证号码，无可匹配的人员。",
    "%1; same name": "%1；姓名相同",
    "%1 (%2) %3 row %4": "%1（%2）%3 第%4行",
    "; %n rows in all": "；共%n行",
    "Row %1 is already linked to a person.": "第%1条已关联到人员。",
    "%1 is not one of the possible matches for row %2 (the same name with an ID one edit away from \"%3\"); a different person is linked by importing a corrected file.": "%1 不是第%2条的可能匹配（须姓名相同、身份证号码与“%3”只差一处）；如是其他人，请导入更正后的文件。",
    "the %1's ID %2 has region code %3, which is not in GB/T 2260 (the list ends around 2015: a county created since, or a mistyped code); the row is kept": "%1的身份证号码%2的地区码%3不在GB/T 2260代码表中（该表收录至2015年前后：可能是此后新设的区县，也可能是录入错误）；该行已导入",
    "Possible matches in the pool (same name, ID one edit away):": "数据池中的可能匹配（姓名相同，身份证号码只差一处）：",
    "Take this person's ID": "采用此人的身份证号码",
    "Possible match": "可能的匹配",
    "Why it is near": "相近之处",
    "Found in": "见于",
    "This is the person: link the row": "就是此人：关联该行",
    "None of them": "都不是此人",
    "Linked to %1 (by %2)": "已关联到 %1（%2 确认）",
    "None is the person (%1)": "均非此人（%1 确认）",
    "Rows rejected for an invalid ID show here the persons in the pool with the same name and an ID one edit away. None is waiting.": "因身份证号码无效而未导入的行，会在此列出数据池中姓名相同、号码只差一处的人员。目前没有待确认的匹配。",
    "A prosecutor confirms or dismisses matches.": "匹配须由检察官确认或驳回。",
    "No one in the pool has this name with an ID one edit away.": "数据池中没有同名且号码只差一处的人员。",
    "Not linked": "未关联",
    "Not saved": "未保存",
    "%n possible match(es)": "%n 个可能的匹配",
    "%n row(s) rejected for an invalid ID have a person in the pool with the same name and an ID one edit away. Select a row to see them; nothing is linked until you confirm.": "有 %n 行因身份证号码无效未导入，但数据池中有姓名相同、号码只差一处的人员。选中该行查看；未经您确认不会关联。",
    "Linked to %1 %2: %n row(s) of this list; the next screening uses them.": "已关联到 %1 %2：本名单 %n 行；下次筛查即使用。",
    "%n row(s) have other reasons to be rejected and stay out.": "其中 %n 行另有未导入原因，仍不导入。",
    "Fact %1 is not a person.": "第%1项不是人员。",
    "\"%1\" is no role; expected one of %2.": "“%1”不是诉讼身份；应为 %2 之一。",
    "Give the person's name as the page shows it.": "请按页面所写填写此人姓名。",
    "an ID number with no name before it in its sentence": "身份证号码所在句中前面没有姓名",
    "no phrase says who %1 is (victim, defendant, relative, witness); check the page": "文中没有说明%1的身份（被害人、被告人、近亲属、证人），请对照原页核实",
    "no ID number found near the relative's name": "近亲属姓名附近未找到身份证号码",
    "(no name)": "（无姓名）",
    "Correct a person": "更正人员",
    "Select a victim or another person in the facts list first; the ones the reader was not sure of are marked red.": "请先在要素列表中选择被害人或其他人员；识别没有把握的以红色标出。",
    "%1 is now in the victims list. Run the models (F5 on the Clues screen) to screen the person.": "%1 已列入被害人名单。请运行模型（线索页按 F5）进行筛查。",
    "%1 is recorded as %2.": "%1 已登记为%2。",
    "Correct a person read from the case file": "更正从卷宗识别出的人员",
    "the decision tree is more than 20 levels deep": "判定树超过20层",
    "the decision tree names grade \"%1\"; expected red, orange, yellow or \"\" (none)": "判定树中的等级“%1”无效；应为 red、orange、yellow 或 \"\"（不预警）",
    "a node of the decision tree needs \"grade\", or \"if\", \"then\" and \"else\"": "判定树的节点须有 \"grade\"，或同时有 \"if\"、\"then\" 和 \"else\"",
    "a charge profile has no charge": "罪名要点缺少罪名",
    "%1: yes": "%1：是",
    "%1: no": "%1：否",
    "Decision: %1": "判定：%1",
    "Charge profile %1": "罪名要点 %1",
    "no compensation, settlement or understanding found": "未见赔偿、和解或谅解",
    "%1: warning_grades needs a grade (red, orange, yellow) with min <= max multiples of the benchmark": "%1：warning_grades 每项须有等级（red、orange、yellow）及救助基准倍数 min ≤ max",
    "%1 – %2 yuan (%3: benchmark %4 × %5–%6)": "%1 – %2 元（%3：救助基准 %4 元 × %5–%6）",
    "Suggested aid: %1": "建议救助幅度：%1",
    "Correct a person...": "更正人员……",
    "<b>Facts</b> — click one to see its page; double-click a person marked red to correct them": "<b>提取要素</b> —— 单击查看所在页；双击标红的人员进行更正",
    "Screening done: %1 models ran.": "筛查完成：运行了 %1 个模型。",
    "Screening done: %1 ran; %2 not run again, since nothing they read changed after their last run (their clues stand).":
        "筛查完成：运行了 %1 个模型；另有 %2 个模型读取的名单和设置自上次筛查以来没有变化，未重新运行（线索保持不变）。",
    "Nothing this model reads changed since its run of %1, so it was not run again: its %2 clues stand.":
        "该模型读取的名单和设置自 %1 的筛查以来没有变化，未重新运行：%2 条线索保持不变。",
    "%1 looks like an HTML table but cannot be read as HTML.": "%1 看起来是 HTML 表格，但无法按 HTML 读取。",
    "%1 is an Excel 2003 XML spreadsheet but is damaged before its first worksheet (%2).":
        "%1 是 Excel 2003 XML 电子表格，但在第一个工作表之前已损坏（%2）。",
    "%1 is an Excel 2003 XML spreadsheet without worksheets.": "%1 是 Excel 2003 XML 电子表格，但没有工作表。",
    "Clue %1: %2": "线索 %1：%2",
    "The note was not saved on %1 of %2 clues:\n%3": "%2 条线索中有 %1 条未能保存备注：\n%3",
    "The letter was not printed: %1": "文书未能打印：%1",
}


def main(path):
    tree = ET.parse(path)
    filled = missing = 0
    for ctx in tree.getroot():
        for m in ctx.findall("message"):
            source = m.find("source").text or ""
            tr = m.find("translation")
            if source not in ZH:
                if tr.get("type") == "unfinished":
                    missing += 1
                continue
            text = ZH[source]
            for child in list(tr):
                tr.remove(child)
            if m.get("numerus") == "yes":
                tr.text = None
                form = ET.SubElement(tr, "numerusform")
                form.text = text
            else:
                tr.text = text
            tr.attrib.pop("type", None)
            filled += 1
    body = ET.tostring(tree.getroot(), encoding="unicode")
    with open(path, "w", encoding="utf-8") as f:
        f.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n")
    print(f"{path}: {filled} translated from the table, {missing} still unfinished")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "translations/cluedesk_zh_CN.ts")
