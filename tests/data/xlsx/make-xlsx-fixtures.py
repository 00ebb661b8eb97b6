#!/usr/bin/python3
"""Writes the .xlsx fixtures the reader tests read, with openpyxl (python3-openpyxl), so that
ClueDesk's reader is tested on files another program wrote and its writer is not testing itself.
Run: /usr/bin/python3 tests/data/xlsx/make-xlsx-fixtures.py  (commit the files it writes)."""
import datetime, os, zipfile
import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))


def save(wb, name):
    path = os.path.join(HERE, name)
    wb.save(path)
    print("wrote", path)


def shaped():
    """Two sheets: a merged title, shared strings with markup characters, an ID as text, a real
    date, a number, and an ID that Excel turned into a number."""
    wb = openpyxl.Workbook()
    wb.properties.created = datetime.datetime(2024, 7, 1)
    ws = wb.active
    ws.title = "名单"
    ws.append(["标题"])
    ws.merge_cells("A1:C1")
    ws.append(["姓名", "身份证号码", "日期"])
    ws.append(["A&B <x>", "330382198705061238", datetime.date(2024, 2, 29)])
    ws.cell(3, 3).number_format = "yyyy-mm-dd"
    ws.append([12.5, 330382198705061238])
    second = wb.create_sheet("二")
    second.append(["x"])
    save(wb, "openpyxl-shaped.xlsx")


def long_list():
    """20,000 rows, for the tests that cut or corrupt a file."""
    wb = openpyxl.Workbook()
    wb.properties.created = datetime.datetime(2024, 7, 1)
    ws = wb.active
    ws.title = "S"
    ws.append(["姓名", "身份证号码"])
    for i in range(20000):
        ws.append([f"人员{i}", str(i * 7919 % 1000003)])
    save(wb, "openpyxl-20000-rows.xlsx")


def huge_cell():
    """A cell of two million characters and a normal row. Excel and openpyxl stop at 32,767, so
    the sheet part openpyxl wrote is rewritten with Python's zipfile: what a broken exporter
    sends."""
    wb = openpyxl.Workbook()
    wb.properties.created = datetime.datetime(2024, 7, 1)
    ws = wb.active
    ws.title = "S"
    ws.append(["a", "HUGE-CELL"])
    ws.append(["b", "ok"])
    save(wb, "openpyxl-huge-cell.xlsx")
    path = os.path.join(HERE, "openpyxl-huge-cell.xlsx")
    with zipfile.ZipFile(path) as z:
        parts = {n: z.read(n) for n in z.namelist()}
    sheet = "xl/worksheets/sheet1.xml"
    parts[sheet] = parts[sheet].replace(b"HUGE-CELL", ("字" * (2 * 1024 * 1024)).encode())
    assert len(parts[sheet]) > 6_000_000
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for n, data in parts.items():
            z.writestr(n, data)


def rewrite(src, dst, change):
    """Copies an .xlsx with Python's zipfile, letting change(name, data) alter each part."""
    with zipfile.ZipFile(os.path.join(HERE, src)) as z:
        parts = {n: z.read(n) for n in z.namelist()}
    with zipfile.ZipFile(os.path.join(HERE, dst), "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        for n, data in parts.items():
            z.writestr(n, change(n, data))
    print("wrote", os.path.join(HERE, dst))


def zip_bomb():
    """A sheet that unpacks to 300 MB of blanks from a few hundred KB: refused unread."""
    def blow_up(name, data):
        if name != "xl/worksheets/sheet1.xml":
            return data
        return data.replace(b"<sheetData>", b"<sheetData>" + b" " * (300 * 1024 * 1024))
    rewrite("openpyxl-shaped.xlsx", "bomb.xlsx", blow_up)


def lying_size():
    """A sheet part whose header says it unpacks to 200 bytes; it unpacks to far more."""
    path = os.path.join(HERE, "lying-size.xlsx")
    rewrite("openpyxl-20000-rows.xlsx", "lying-size.xlsx", lambda n, d: d)
    with open(path, "rb") as f:
        data = bytearray(f.read())
    name = b"xl/worksheets/sheet1.xml"
    # local header (PK\3\4, size at +22) and central directory entry (PK\1\2, size at +24)
    for sig, off in ((b"PK\x03\x04", 22), (b"PK\x01\x02", 24)):
        at = 0
        while True:
            at = data.find(sig, at)
            if at < 0:
                break
            name_at = at + (30 if sig == b"PK\x03\x04" else 46)
            if data[name_at:name_at + len(name)] == name:
                data[at + off:at + off + 4] = (200).to_bytes(4, "little")
            at += 4
    with open(path, "wb") as f:
        f.write(data)


if __name__ == "__main__":
    shaped()
    long_list()
    huge_cell()
    zip_bomb()
    lying_size()
