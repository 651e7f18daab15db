"""Read a CSV or XLSX file into rows numbered as the spreadsheet shows them (header = row 1)."""

import csv
import io
from dataclasses import dataclass
from pathlib import Path

from django.utils.translation import gettext as _

from .columns import canonical

# What Chinese Excel writes ("CSV (逗号分隔)") is GBK; GB18030 is its superset.
ENCODINGS = ("utf-8-sig", "gb18030")


class ImportFileError(Exception):
    """The file as a whole cannot be read: nothing row-specific to report."""


@dataclass
class SourceRow:
    number: int
    values: dict[str, str]


@dataclass
class SourceFile:
    columns: list[str]
    rows: list[SourceRow]
    encoding: str
    unknown_headers: list[str]


def decode(data: bytes) -> tuple[str, str]:
    """UTF-8 (with or without BOM) or GB18030, detected without asking."""
    for encoding in ENCODINGS:
        try:
            return data.decode(encoding), encoding
        except UnicodeDecodeError:
            continue
    raise ImportFileError(_("The file is neither UTF-8 nor GB18030/GBK text."))


def _table_from_csv(data: bytes) -> tuple[list[list[str]], str]:
    text, encoding = decode(data)
    try:
        dialect = csv.Sniffer().sniff(text[:4096], delimiters=",\t;")
    except csv.Error:
        dialect = csv.excel
    return [row for row in csv.reader(io.StringIO(text), dialect)], encoding


def _table_from_xlsx(data: bytes) -> list[list[str]]:
    from openpyxl import load_workbook

    try:
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for a broken file
        message = _("The spreadsheet cannot be opened: %(error)s") % {"error": exc}
        raise ImportFileError(message) from exc
    sheet = book.worksheets[0]
    table = []
    for row in sheet.iter_rows(values_only=True):
        table.append(["" if cell is None else _cell_text(cell) for cell in row])
    book.close()
    return table


def _cell_text(cell) -> str:
    if isinstance(cell, float) and cell.is_integer():
        return str(int(cell))
    return str(cell)


def read_file(path: Path | str) -> SourceFile:
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        message = _("Cannot read %(path)s: %(error)s") % {"path": path, "error": exc}
        raise ImportFileError(message) from exc
    if path.suffix.lower() in (".xlsx", ".xlsm") or data[:2] == b"PK":
        table, encoding = _table_from_xlsx(data), "xlsx"
    else:
        table, encoding = _table_from_csv(data)
    if not table or not any(cell.strip() for cell in table[0]):
        raise ImportFileError(_("The file has no header row."))
    header = [canonical(cell) for cell in table[0]]
    unknown = [cell for cell, name in zip(table[0], header, strict=True) if cell and not name]
    if "identifier" not in header or "title" not in header:
        raise ImportFileError(
            _("The header row must name the identifier and title columns (标识符, 题名).")
        )
    rows = []
    for offset, cells in enumerate(table[1:], start=2):
        if not any((cell or "").strip() for cell in cells):
            continue  # blank lines are not rows
        values = {}
        for name, cell in zip(header, cells, strict=False):
            if name:
                values[name] = (cell or "").strip()
        rows.append(SourceRow(offset, values))
    return SourceFile([h for h in header if h], rows, encoding, unknown)
