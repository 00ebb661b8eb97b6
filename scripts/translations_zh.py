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
    "Import lists": "导入名单", "Tables (*.xlsx *.xls *.csv *.txt);;All files (*)": "表格 (*.xlsx *.xls *.csv *.txt);;所有文件 (*)",
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
