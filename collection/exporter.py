"""Export items with the import columns, so that export -> import -> export is the identity."""

import csv
import io
import json
import shutil
from pathlib import Path

from django.db.models import Prefetch

from core.i18n import DEFAULT_LANGUAGE

from .importer.columns import COLUMNS, MULTI_SEPARATOR
from .models import Item, ItemImage

IMAGE_SUFFIXES = (".jpg", ".jpeg", ".png", ".gif", ".webp", ".tif", ".tiff", ".avif", ".heic")


def image_file_name(image) -> str:
    """The name an import would use: the title when the import set it, else the stored name."""
    title = (image.title or "").strip()
    if title.lower().endswith(IMAGE_SUFFIXES) and "/" not in title:
        return title
    return Path(image.file.name).name


def _editor_view(item: Item) -> Item:
    """Drafts included: what the editor shows, i.e. the latest revision if it is newer."""
    return item.get_latest_revision_as_object() if item.has_unpublished_changes else item


def item_records(language_code: str = DEFAULT_LANGUAGE):
    """One dict per item of the locale, keyed by the import columns, in identifier order."""
    images = Prefetch("images", queryset=ItemImage.objects.select_related("image"))
    items = (
        Item.objects.filter(locale__language_code=language_code)
        .select_related("place")
        .prefetch_related(images, "subjects", "collections")
        .order_by("identifier")
    )
    sources = {}
    if language_code != DEFAULT_LANGUAGE:
        sources = {
            s.translation_key: s
            for s in Item.objects.filter(locale__language_code=DEFAULT_LANGUAGE)
            .select_related("place")
            .prefetch_related("subjects", "collections")
        }
    for stored in items:
        item = _editor_view(stored)
        neutral = sources.get(item.translation_key, item)
        item_images = list(item.images.all())
        yield {
            "identifier": item.identifier,
            "title": item.title,
            "description": item.description,
            "creator": item.creator_list,
            "date": item.date_text,
            "date_start": "" if neutral.date_start is None else str(neutral.date_start),
            "date_end": "" if neutral.date_end is None else str(neutral.date_end),
            "place": neutral.place.name if neutral.place else "",
            "latitude": "" if neutral.latitude is None else str(neutral.latitude),
            "longitude": "" if neutral.longitude is None else str(neutral.longitude),
            "subjects": sorted(s.name for s in neutral.subjects.all()),
            "type": neutral.item_type,
            "format": item.physical_description,
            "source": item.source,
            "rights": neutral.rights,
            "credit": item.credit_line,
            "language": neutral.object_language,
            "collection": sorted(c.title for c in neutral.collections.all()),
            "images": [image_file_name(i.image) for i in item_images],
            "alt_text": [i.alt_text for i in item_images],
            "transcription": item.transcription,
            "status": "published" if stored.live else "draft",
        }


def _flat(record: dict) -> list[str]:
    return [
        MULTI_SEPARATOR.join(v) if isinstance(v, list) else (v or "")
        for v in (record[c] for c in COLUMNS)
    ]


def export(records, fmt: str) -> bytes:
    records = list(records)
    if fmt == "json":
        return (json.dumps(records, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
    if fmt == "xlsx":
        from openpyxl import Workbook

        book = Workbook()
        sheet = book.active
        sheet.title = "items"
        sheet.append(COLUMNS)
        for record in records:
            sheet.append(_flat(record))
        buffer = io.BytesIO()
        book.save(buffer)
        return buffer.getvalue()
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(COLUMNS)
    for record in records:
        writer.writerow(_flat(record))
    return buffer.getvalue().encode("utf-8")  # UTF-8 without BOM


def copy_images(language_code: str, directory: Path) -> int:
    """Copy the original (master) files of the locale's item images into `directory`."""
    directory.mkdir(parents=True, exist_ok=True)
    copied = 0
    for image_row in ItemImage.objects.filter(
        item__locale__language_code=language_code
    ).select_related("image"):
        target = directory / image_file_name(image_row.image)
        if target.exists():
            continue
        with image_row.image.file.open("rb") as source, target.open("wb") as out:
            shutil.copyfileobj(source, out)
        copied += 1
    return copied
