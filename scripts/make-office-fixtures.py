#!/usr/bin/env python3
"""Writes tests/data/office/*.fods (flat OpenDocument spreadsheets with exact cell types) and
converts them with LibreOffice into the .xls and .xlsx fixtures the reader tests use. These are
files a real office suite wrote, not ClueDesk's own writer. Dev-only: needs libreoffice-calc.
Run: python3 scripts/make-office-fixtures.py  (commit the .xls/.xlsx it produces)."""
import os, subprocess, sys
from xml.sax.saxutils import escape

OUT = os.path.join(os.path.dirname(__file__), "..", "tests", "data", "office")

def cell(v):
    if v is None:
        return "<table:table-cell/>"
    kind, val = v if isinstance(v, tuple) else ("s", v)
    if kind == "s":
        return f'<table:table-cell office:value-type="string"><text:p>{escape(val)}</text:p></table:table-cell>'
    if kind == "f":
        return f'<table:table-cell office:value-type="float" office:value="{val}"><text:p>{val}</text:p></table:table-cell>'
    if kind == "d":
        return f'<table:table-cell table:style-name="date" office:value-type="date" office:date-value="{val}"><text:p>{val}</text:p></table:table-cell>'
    if kind == "merge":
        return f'<table:table-cell table:number-columns-spanned="{val[1]}" office:value-type="string"><text:p>{escape(val[0])}</text:p></table:table-cell>' + "<table:covered-table-cell/>" * (val[1] - 1)
    raise ValueError(kind)

def sheet(name, rows):
    body = "".join("<table:table-row>" + "".join(cell(c) for c in r) + "</table:table-row>" for r in rows)
    return f'<table:table table:name="{escape(name)}">{body}</table:table>'

def fods(sheets):
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
            'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
            'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
            'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
            'xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0" '
            'office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">'
            '<office:automatic-styles>'
            '<number:date-style style:name="isodate"><number:year number:style="long"/><number:text>-</number:text>'
            '<number:month number:style="long"/><number:text>-</number:text><number:day number:style="long"/></number:date-style>'
            '<style:style style:name="date" style:family="table-cell" style:data-style-name="isodate"/>'
            '</office:automatic-styles><office:body><office:spreadsheet>'
            + "".join(sheet(n, r) for n, r in sheets) +
            '</office:spreadsheet></office:body></office:document>')

HEADER = ["序号", "案号", "案由", "被害人姓名", "被害人身份证号码", "受理日期", "案情摘要"]
victims = [
    [("merge", ("2023年乐清市刑事案件被害人名单", 7))],
    ["填报单位：乐清市人民检察院", None, None, None, "统计日期：2023年12月31日"],
    HEADER,
    [("f", 1), "乐检刑诉〔2023〕101号", "故意伤害", "张三", "330382198705061238", ("d", "2023-03-05"), "被告人持械将被害人打成轻伤二级，未赔偿。"],
    [("f", 2), "乐检刑诉〔2023〕102号", "交通肇事", "陳麗華  ", "110105491231002", "2023年4月6日", "肇事后逃逸，被害人重伤。"],
    [("f", 3), "乐检刑诉〔2023〕103号", "故意伤害", "李四", ("f", "330382198705061254"), "2023/5/7", "双方达成调解协议。"],
    [None],
    [("f", 4), "乐检刑诉〔2023〕104号", "盗窃", "王五", "510101199003074519", "20230608", "被盗手机一部。"],
    [("f", 5), "乐检刑诉〔2023〕104号", "盗窃", "王五", "510101199003074519", "20230608", "被盗手机一部。"],
    [("f", 6), "乐检刑诉〔2023〕105号", "故意伤害", "赵六", "33038219870506123X", "2023.07.09", "被害人轻伤一级。"],
    ["合计", "5件", None, None, None, None, None],
    ["制表人：陈某", None, None, "审核人：周某"],
]
notes = [["说明：本表由案管部门导出，仅供内部使用。"], ["联系电话：0577-00000000"]]
second = [
    HEADER,
    [("f", 7), "乐检刑诉〔2023〕201号", "故意伤害", "钱七", "11010519491231002x", ("d", "2023-09-01"), "被害人死亡。"],
    [("f", 8), "乐检刑诉〔2023〕202号", "交通肇事", "孙八", "３３０３８２２００８０２２９００１６", "202310", "被害人为未成年人。"],
]

def resident_id(birth, sequence):
    """A valid 18-digit ID of region 330382 (GB 11643 check character)."""
    first17 = "330382" + birth.strftime("%Y%m%d") + "%03d" % (sequence % 1000)
    weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return first17 + "10X98765432"[sum(int(d) * w for d, w in zip(first17, weights)) % 11]

def long_list():
    """1,200 rows of a subsistence list, more than two of the importer's batches: every 97th
    row (from the 6th) blank, every 89th (from the 8th) a copy of the first, the rest person i,
    born 1950-01-01 + i days. ImporterTest derives the same rows by the same rule."""
    import datetime
    rows = [["姓名", "身份证号码", "月保障金额"]]
    for i in range(1200):
        if i > 0 and i % 97 == 5:
            rows.append([None])
        elif i > 0 and i % 89 == 7:
            rows.append(["人0", resident_id(datetime.date(1950, 1, 1), 1), ("f", 400)])
        else:
            birth = datetime.date(1950, 1, 1) + datetime.timedelta(days=i)
            rows.append([f"人{i}", resident_id(birth, i % 500 + 1), ("f", 400)])
    return rows

def main():
    os.makedirs(OUT, exist_ok=True)
    src = os.path.join(OUT, "victims-office.fods")
    with open(src, "w", encoding="utf-8") as f:
        f.write(fods([("被害人名单", victims), ("说明", notes), ("第二批", second)]))
    for fmt, filt in (("xls", "xls:MS Excel 97"), ("xlsx", "xlsx:Calc MS Excel 2007 XML")):
        subprocess.run(["soffice", "--headless", "--convert-to", filt, "--outdir", OUT, src], check=True,
                       stdout=subprocess.DEVNULL)
    # The long list is derived, not hand-written: only its .xls is kept.
    src = os.path.join(OUT, "list-office.fods")
    with open(src, "w", encoding="utf-8") as f:
        f.write(fods([("低保名单", long_list())]))
    subprocess.run(["soffice", "--headless", "--convert-to", "xls:MS Excel 97", "--outdir", OUT, src], check=True,
                   stdout=subprocess.DEVNULL)
    os.remove(src)
    print("wrote", sorted(os.listdir(OUT)))

if __name__ == "__main__":
    sys.exit(main())
