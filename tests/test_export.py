"""export_items: the import columns in import order, drafts included, and a clean round trip."""

import csv
import io
import json
from io import StringIO
from pathlib import Path

from django.core.management import call_command
from wagtail.images import get_image_model

from collection.importer.columns import COLUMNS
from collection.models import Item, ItemCollection, Place, Subject

SAMPLES = Path(__file__).resolve().parent.parent / "docs" / "samples"


def export(*args):
    out = StringIO()
    call_command("export_items", *args, stdout=out, stderr=StringIO())
    return out.getvalue()


def load_sample():
    call_command(
        "import_items",
        str(SAMPLES / "items-sample.csv"),
        "--images",
        str(SAMPLES / "images"),
        stdout=StringIO(),
        stderr=StringIO(),
    )


def test_csv_has_the_import_columns_and_drafts(site):
    load_sample()
    text = export()
    assert not text.startswith("\ufeff")
    rows = list(csv.reader(io.StringIO(text)))
    assert rows[0] == COLUMNS and rows[0][:2] == ["identifier", "title"]
    by_id = {r[0]: dict(zip(COLUMNS, r, strict=True)) for r in rows[1:]}
    assert by_id["QJ-2024-002"]["status"] == "draft"
    assert by_id["QJ-2024-002"]["creator"] == "李四|王五"
    assert by_id["QJ-2024-002"]["images"] == "qj-2024-002.jpg|qj-2024-002-verso.jpg"


def test_round_trip_through_an_empty_database(site, tmp_path):
    load_sample()
    first = tmp_path / "first.csv"
    images = tmp_path / "images"
    call_command(
        "export_items",
        "--output",
        str(first),
        "--images",
        str(images),
        stdout=StringIO(),
        stderr=StringIO(),
    )
    assert sorted(p.name for p in images.iterdir()) == [
        "qj-2024-001.jpg",
        "qj-2024-002-verso.jpg",
        "qj-2024-002.jpg",
    ]
    for model in (Item, ItemCollection, Subject, Place, get_image_model()):
        model.objects.all().delete()
    call_command(
        "import_items", str(first), "--images", str(images), stdout=StringIO(), stderr=StringIO()
    )
    second = tmp_path / "second.csv"
    call_command("export_items", "--output", str(second), stdout=StringIO(), stderr=StringIO())
    assert second.read_bytes() == first.read_bytes()


def test_json_and_xlsx(site, tmp_path):
    load_sample()
    records = json.loads(export("--format", "json"))
    assert list(records[0]) == COLUMNS
    assert records[1]["subjects"] == ["农业", "版画"]
    path = tmp_path / "items.xlsx"
    call_command("export_items", "--format", "xlsx", "--output", str(path), stdout=StringIO())
    from openpyxl import load_workbook

    sheet = load_workbook(path).active
    assert [c.value for c in sheet[1]] == COLUMNS
    assert sheet.max_row == 4


def test_translations_export_their_own_texts(site, tmp_path):
    load_sample()
    english = tmp_path / "en.csv"
    english.write_text(
        "identifier,title,type,rights\n"
        "QJ-2024-001,Old street (sample),photograph,http://rightsstatements.org/vocab/InC-EDU/1.0/\n",
        encoding="utf-8",
    )
    call_command("import_items", str(english), "--locale", "en", stdout=StringIO())
    rows = list(csv.DictReader(io.StringIO(export("--locale", "en"))))
    assert [(r["identifier"], r["title"], r["place"]) for r in rows] == [
        ("QJ-2024-001", "Old street (sample)", "东溪镇")
    ]
