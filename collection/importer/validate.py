"""Turn source rows into clean values, or into every error, named by row and column."""

import re
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from django.utils import translation
from django.utils.translation import gettext as _

from core.i18n import to_traditional

from ..vocabularies import ItemType, Rights
from .columns import split_multi
from .images import ImageSource, check_image

LANGUAGE_NAMES = {
    "中文": "zh",
    "汉语": "zh",
    "漢語": "zh",
    "简体中文": "zh-Hans",
    "繁体中文": "zh-Hant",
    "繁體中文": "zh-Hant",
    "英文": "en",
    "英语": "en",
    "日文": "ja",
    "无": "zxx",
    "无语言内容": "zxx",
}
LANGUAGE_CODE = re.compile(r"^[a-zA-Z]{2,3}(-[A-Za-z0-9]{2,8})*$")
STATUS = {
    "published": True,
    "publish": True,
    "发布": True,
    "已发布": True,
    "draft": False,
    "草稿": False,
    "": None,
}

COLUMN_LABELS_ZH = {
    "identifier": "标识符",
    "title": "题名",
    "description": "描述",
    "creator": "责任者",
    "date": "日期",
    "date_start": "起始年",
    "date_end": "截止年",
    "place": "地点",
    "latitude": "纬度",
    "longitude": "经度",
    "subjects": "主题",
    "type": "类型",
    "format": "载体形态",
    "source": "来源",
    "rights": "版权",
    "credit": "致谢",
    "language": "语种",
    "collection": "专题",
    "images": "图片",
    "alt_text": "替代文字",
    "transcription": "转录",
    "status": "状态",
}


@dataclass
class RowError:
    row: int
    column: str
    reason: str

    def __str__(self):
        language = translation.get_language() or ""
        column = self.column
        if language.startswith("zh"):
            column = COLUMN_LABELS_ZH.get(self.column, self.column)
            if language == "zh-hant":
                column = to_traditional(column)
        return _("row %(row)s, %(column)s: %(reason)s") % {
            "row": self.row,
            "column": column,
            "reason": self.reason,
        }


@dataclass
class ImageSpec:
    name: str
    alt_text: str
    data: bytes = b""


@dataclass
class ItemRow:
    row: int
    identifier: str
    title: str
    description: str = ""
    creators: list[str] = field(default_factory=list)
    date_text: str = ""
    date_start: int | None = None
    date_end: int | None = None
    place: str = ""
    latitude: Decimal | None = None
    longitude: Decimal | None = None
    subjects: list[str] = field(default_factory=list)
    item_type: str = ""
    physical_description: str = ""
    source: str = ""
    rights: str = ""
    credit_line: str = ""
    object_language: str = ""
    collections: list[str] = field(default_factory=list)
    images: list[ImageSpec] = field(default_factory=list)
    transcription: str = ""
    publish: bool | None = None


def _type_lookup() -> dict[str, str]:
    lookup = {}
    for value, label in ItemType.choices:
        lookup[value] = value
        lookup[str(label).lower()] = value
        for language in ("zh-hans", "zh-hant"):
            with translation.override(language):
                lookup[str(label)] = value
    return lookup


def normalize_rights(value: str) -> str | None:
    uri = value.strip()
    if uri.startswith("https://"):
        uri = "http://" + uri[len("https://") :]
    if uri and not uri.endswith("/"):
        uri += "/"
    return uri if uri in Rights.values else None


def years_from_text(text: str) -> tuple[int | None, int | None]:
    """1930年代 / 1930s -> (1930, 1939); 1950-1960 -> (1950, 1960); c. 1985 -> (1985, 1985)."""
    decade = re.search(r"(\d{3})0\s*(年代|s\b)", text)
    if decade:
        start = int(decade.group(1)) * 10
        return start, start + 9
    years = [int(y) for y in re.findall(r"(?<!\d)(\d{4})(?!\d)", text)]
    if len(years) >= 2:
        return min(years), max(years)
    if len(years) == 1:
        return years[0], years[0]
    return None, None


class Validator:
    def __init__(self, images: ImageSource):
        self.images = images
        self.types = _type_lookup()
        self.errors: list[RowError] = []

    def error(self, row, column, reason):
        self.errors.append(RowError(row, column, reason))

    def year(self, row, column, value):
        if not value:
            return None
        try:
            return int(value)
        except ValueError:
            self.error(row, column, _("not a year: “%(value)s”") % {"value": value})
            return None

    def coordinate(self, row, column, value, limit):
        if not value:
            return None
        try:
            number = Decimal(value)
        except InvalidOperation:
            self.error(row, column, _("not a number: “%(value)s”") % {"value": value})
            return None
        if not -limit <= number <= limit:
            self.error(
                row, column, _("must be between -%(limit)s and %(limit)s") % {"limit": limit}
            )
            return None
        return number.quantize(Decimal("0.000001"))

    def validate(self, source_rows) -> list[ItemRow]:
        seen: dict[str, int] = {}
        items = []
        for source in source_rows:
            item = self.validate_row(source.number, source.values, seen)
            if item is not None:
                items.append(item)
        return items

    def validate_row(self, n, v, seen) -> ItemRow | None:
        before = len(self.errors)
        identifier = v.get("identifier", "")
        title = v.get("title", "")
        if not identifier:
            self.error(n, "identifier", _("missing identifier"))
        else:
            key = identifier.lower()
            if key in seen:
                self.error(
                    n,
                    "identifier",
                    _("identifier %(identifier)s is repeated from row %(row)s")
                    % {"identifier": identifier, "row": seen[key]},
                )
            else:
                seen[key] = n
        if not title:
            self.error(n, "title", _("missing title"))

        date_text = v.get("date", "")
        start = self.year(n, "date_start", v.get("date_start", ""))
        end = self.year(n, "date_end", v.get("date_end", ""))
        if start is None and end is None and date_text:
            start, end = years_from_text(date_text)
        if start is not None and end is not None and start > end:
            self.error(
                n,
                "date_start",
                _("date_start %(start)s is after date_end %(end)s") % {"start": start, "end": end},
            )

        latitude = self.coordinate(n, "latitude", v.get("latitude", ""), 90)
        longitude = self.coordinate(n, "longitude", v.get("longitude", ""), 180)
        if bool(v.get("latitude")) != bool(v.get("longitude")):
            self.error(
                n,
                "longitude" if v.get("latitude") else "latitude",
                _("give both latitude and longitude, or neither"),
            )

        raw_type = v.get("type", "")
        item_type = self.types.get(raw_type) or self.types.get(raw_type.lower())
        if not item_type:
            self.error(
                n,
                "type",
                _("unknown type “%(value)s” (use one of %(choices)s)")
                % {"value": raw_type, "choices": ", ".join(ItemType.values)},
            )

        raw_rights = v.get("rights", "")
        rights = normalize_rights(raw_rights)
        if not rights:
            self.error(
                n,
                "rights",
                _("not a known rightsstatements.org or Creative Commons URI: “%(value)s”")
                % {"value": raw_rights},
            )

        raw_language = v.get("language", "")
        language = LANGUAGE_NAMES.get(raw_language, raw_language)
        if language and not LANGUAGE_CODE.match(language):
            self.error(n, "language", _("unknown language “%(value)s”") % {"value": raw_language})

        raw_status = v.get("status", "").strip().lower()
        if raw_status not in STATUS:
            self.error(
                n,
                "status",
                _("unknown status “%(value)s” (use published or draft)")
                % {"value": v.get("status", "")},
            )

        images = self.check_images(n, v)
        if len(self.errors) > before:
            return None
        return ItemRow(
            row=n,
            identifier=identifier,
            title=title,
            description=v.get("description", ""),
            creators=split_multi(v.get("creator", "")),
            date_text=date_text,
            date_start=start,
            date_end=end,
            place=v.get("place", ""),
            latitude=latitude,
            longitude=longitude,
            subjects=split_multi(v.get("subjects", "")),
            item_type=item_type,
            physical_description=v.get("format", ""),
            source=v.get("source", ""),
            rights=rights,
            credit_line=v.get("credit", ""),
            object_language=language,
            collections=split_multi(v.get("collection", "")),
            images=images,
            transcription=v.get("transcription", ""),
            publish=STATUS.get(raw_status),
        )

    def check_images(self, n, v) -> list[ImageSpec]:
        names = split_multi(v.get("images", ""))
        alts = [a.strip() for a in (v.get("alt_text", "") or "").split("|")]
        specs = []
        for index, name in enumerate(names):
            alt = alts[index] if index < len(alts) else ""
            if not alt:
                self.error(n, "alt_text", _("alt text missing for image %(name)s") % {"name": name})
            data = self.images.read(name)
            if data is None:
                self.error(n, "images", _("image file %(name)s is missing") % {"name": name})
                continue
            problem = check_image(data)
            if problem:
                self.error(
                    n,
                    "images",
                    _("image file %(name)s %(problem)s") % {"name": name, "problem": problem},
                )
                continue
            specs.append(ImageSpec(name, alt, data))
        return specs
