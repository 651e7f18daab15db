"""import_items: encodings, every bad row named, nothing half-written, idempotent upserts."""

import io
import zipfile
from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from PIL import Image as PILImage

from collection.importer import run_import
from collection.models import Item, ItemCollection

HEADER = (
    "identifier,title,description,creator,date,date_start,date_end,place,latitude,longitude,"
    "subjects,type,format,source,rights,credit,language,collection,images,alt_text,"
    "transcription,status"
)
INC_EDU = "http://rightsstatements.org/vocab/InC-EDU/1.0/"


def row(identifier="QJ-1", title="东溪老街", **kw):
    values = dict.fromkeys(HEADER.split(","), "")
    values.update(identifier=identifier, title=title, type="photograph", rights=INC_EDU)
    values.update(kw)
    return ",".join(values[c] for c in HEADER.split(","))


def write(tmp_path, lines, encoding="utf-8", name="items.csv", header=HEADER):
    path = tmp_path / name
    path.write_bytes(("\n".join([header, *lines]) + "\n").encode(encoding))
    return path


def png_bytes(colour=(200, 40, 30)):
    buffer = io.BytesIO()
    PILImage.new("RGB", (40, 30), colour).save(buffer, "PNG")
    return buffer.getvalue()


def run(path, *args):
    out, err = StringIO(), StringIO()
    call_command("import_items", str(path), *args, stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gb18030"])
def test_encodings_are_detected(site, tmp_path, encoding):
    path = write(
        tmp_path,
        [row(title="綦江农民版画", place="东溪镇", subjects="版画|古镇")],
        encoding=encoding,
    )
    out, _ = run(path)
    assert "1 created" in out
    item = Item.objects.get(identifier="QJ-1")
    assert item.title == "綦江农民版画"
    assert item.place.name == "东溪镇"
    assert sorted(s.name for s in item.subjects.all()) == ["古镇", "版画"]


def test_chinese_headers_and_labels_are_accepted(site, tmp_path):
    header = "标识符,题名,类型,版权,日期,语种,责任者,地点"
    path = write(tmp_path, [f"QJ-9,戏单,手稿,{INC_EDU},1940年代,中文,甲|乙,东溪镇"], header=header)
    run(path)
    item = Item.objects.get(identifier="QJ-9")
    assert (item.item_type, item.object_language, item.date_start, item.date_end) == (
        "manuscript",
        "zh",
        1940,
        1949,
    )
    assert item.creators == "甲\n乙"


def test_every_bad_row_is_named_and_nothing_is_written(site, tmp_path):
    lines = [
        row("QJ-1"),
        row("", "无编号"),
        row("QJ-3", ""),
        row("qj-1", "重复"),
        row("QJ-5", date_start="1990", date_end="1980"),
        row("QJ-6", date_start="民国"),
        row("QJ-7", latitude="95", longitude="106"),
        row("QJ-8", type="雕塑"),
        row("QJ-9", rights="http://example.org/licence"),
        row("QJ-10", images="missing.jpg", alt_text="缺失"),
        row("QJ-11", images="notes.txt", alt_text="不是图片"),
        row("QJ-12", images="a.png"),
    ]
    images = tmp_path / "images"
    images.mkdir()
    (images / "notes.txt").write_text("not an image")
    (images / "a.png").write_bytes(png_bytes())
    path = write(tmp_path, lines)
    with pytest.raises(CommandError, match="nothing was imported"):
        run(path, "--images", str(images))
    assert Item.objects.count() == 0
    assert ItemCollection.objects.count() == 0
    report = run_import(path, images=images)
    lines = [str(e) for e in report.errors]
    assert lines == [
        "row 3, identifier: missing identifier",
        "row 4, title: missing title",
        "row 5, identifier: identifier qj-1 is repeated from row 2",
        "row 6, date_start: date_start 1990 is after date_end 1980",
        "row 7, date_start: not a year: “民国”",
        "row 8, latitude: must be between -90 and 90",
        "row 9, type: unknown type “雕塑” (use one of photograph, print, painting, manuscript, "
        "letter, map, newspaper, book, poster, object, audio, video)",
        "row 10, rights: not a known rightsstatements.org or Creative Commons URI: "
        "“http://example.org/licence”",
        "row 11, images: image file missing.jpg is missing",
        "row 12, images: image file notes.txt is not an image",
        "row 13, alt_text: alt text missing for image a.png",
    ]


def test_errors_in_chinese_when_the_terminal_is_chinese(site, tmp_path, monkeypatch):
    monkeypatch.setenv("LANG", "zh_CN.UTF-8")
    path = write(tmp_path, [row("QJ-1", "")])
    err = StringIO()
    with pytest.raises(CommandError):
        call_command("import_items", str(path), stdout=StringIO(), stderr=err)
    assert err.getvalue().strip() == "第2行，题名：缺少题名"


def test_second_run_changes_nothing_and_a_changed_row_makes_a_revision(site, tmp_path):
    path = write(tmp_path, [row("QJ-1", "甲"), row("QJ-2", "乙")])
    run(path, "--publish")
    out, _ = run(path, "--publish")
    assert "0 created, 0 updated, 2 unchanged" in out and "Nothing changed" in out
    item = Item.objects.get(identifier="QJ-1")
    revisions = item.revisions.count()
    changed = write(tmp_path, [row("qj-1", "甲（修订）"), row("QJ-2", "乙")])
    out, _ = run(changed, "--publish")
    assert "0 created, 1 updated, 1 unchanged" in out
    item.refresh_from_db()
    assert item.title == "甲（修订）"
    assert item.identifier == "QJ-1"  # the canonical spelling is kept
    assert item.revisions.count() == revisions + 1
    assert Item.objects.filter(identifier__iexact="qj-1").count() == 1


def test_items_are_drafts_unless_published(client, site, tmp_path):
    path = write(tmp_path, [row("QJ-1", "草稿"), row("QJ-2", "已发布", status="published")])
    run(path)
    assert not Item.objects.get(identifier="QJ-1").live
    assert client.get("/zh-hans/items/QJ-1/").status_code == 404
    # Published rows are visible and searchable at once.
    assert client.get("/zh-hans/items/QJ-2/").status_code == 200
    assert "已发布" in client.get("/zh-hans/search/?q=发布").content.decode()


def test_new_collections_subjects_and_places_are_created_and_reported(site, tmp_path):
    path = write(tmp_path, [row(collection="老照片", subjects="街巷", place="赶水镇")])
    out, _ = run(path, "--collection", "新入藏")
    assert "New collections: 老照片, 新入藏" in out
    assert "New subjects: 街巷" in out and "New places: 赶水镇" in out
    item = Item.objects.get(identifier="QJ-1")
    assert sorted(c.title for c in item.collections.all()) == ["新入藏", "老照片"]
    out, _ = run(path, "--collection", "新入藏")
    assert "New collections" not in out


def test_coordinates_belong_to_each_item(site, tmp_path):
    path = write(
        tmp_path,
        [
            row("QJ-1", place="东溪镇", latitude="28.78", longitude="106.64"),
            row("QJ-2", place="东溪镇", latitude="28.781", longitude="106.642"),
        ],
    )
    run(path)
    a, b = Item.objects.order_by("identifier")
    assert a.place_id == b.place_id
    assert (str(a.latitude), str(b.latitude)) == ("28.780000", "28.781000")


def test_images_from_a_folder_and_from_a_zip(site, tmp_path):
    folder = tmp_path / "imgs"
    folder.mkdir()
    (folder / "a.png").write_bytes(png_bytes())
    archive = tmp_path / "imgs.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.writestr("batch/b.png", png_bytes((10, 10, 200)))
    run(
        write(tmp_path, [row("QJ-1", images="a.png", alt_text="红色方块")]), "--images", str(folder)
    )
    run(
        write(tmp_path, [row("QJ-2", images="b.png", alt_text="蓝色方块")], name="b.csv"),
        "--images",
        str(archive),
    )
    first = Item.objects.get(identifier="QJ-1").images.get()
    second = Item.objects.get(identifier="QJ-2").images.get()
    assert (first.alt_text, first.image.width) == ("红色方块", 40)
    assert second.alt_text == "蓝色方块"


def test_english_file_creates_translations(client, site, tmp_path):
    run(write(tmp_path, [row("QJ-1", "东溪老街", status="published")]))
    english = write(
        tmp_path, [row("qj-1", "Old street in Dongxi", status="published")], name="en.csv"
    )
    out, _ = run(english, "--locale", "en")
    assert "1 created" in out
    assert "Old street in Dongxi" in client.get("/en/items/QJ-1/").content.decode()
    out, _ = run(english, "--locale", "en")
    assert "1 unchanged" in out
    unknown = write(tmp_path, [row("QJ-404", "Nothing")], name="x.csv")
    with pytest.raises(CommandError):
        run(unknown, "--locale", "en")


def test_dry_run_writes_nothing(site, tmp_path):
    out, _ = run(write(tmp_path, [row("QJ-1", collection="新专题")]), "--dry-run")
    assert "1 created" in out and "Dry run" in out
    assert Item.objects.count() == 0
    assert not ItemCollection.objects.filter(title="新专题").exists()


def test_xlsx(site, tmp_path):
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(["标识符", "题名", "类型", "版权", "起始年"])
    sheet.append(["QJ-X-1", "地图", "地图", INC_EDU, 1940])
    path = tmp_path / "items.xlsx"
    book.save(path)
    run(path)
    item = Item.objects.get(identifier="QJ-X-1")
    assert (item.item_type, item.date_start) == ("map", 1940)


def test_a_file_without_identifier_and_title_columns_is_refused(site, tmp_path):
    path = write(tmp_path, ["a,b"], header="foo,bar")
    with pytest.raises(CommandError, match="identifier and title"):
        run(path)


def test_the_documented_sample_imports_cleanly(site):
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent / "docs" / "samples"
    out, _ = run(root / "items-sample.csv", "--images", str(root / "images"))
    assert "3 rows (utf-8-sig): 3 created" in out
    second = Item.objects.get(identifier="QJ-2024-002")
    assert [i.alt_text for i in second.images.all()] == ["示例版画：田野与农民", "示例版画背面"]
    assert not second.live and Item.objects.get(identifier="QJ-2024-001").live
