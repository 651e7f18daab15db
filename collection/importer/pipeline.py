"""read -> validate -> upsert. Either every row is written, or (on any error) none is."""

from dataclasses import dataclass, field

from django.db import transaction
from django.utils.translation import gettext as _
from wagtail.models import Locale

from core.i18n import DEFAULT_LANGUAGE

from ..models import Item
from .images import ImageSource
from .reader import read_file
from .upsert import Upserter
from .validate import RowError, Validator


@dataclass
class ImportReport:
    encoding: str = ""
    rows: int = 0
    created: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)
    new_collections: list[str] = field(default_factory=list)
    new_subjects: list[str] = field(default_factory=list)
    new_places: list[str] = field(default_factory=list)
    ignored_headers: list[str] = field(default_factory=list)
    dry_run: bool = False

    @property
    def ok(self) -> bool:
        return not self.errors

    @property
    def changed_nothing(self) -> bool:
        return self.ok and not self.created and not self.updated


def run_import(
    path,
    images=None,
    language_code: str = DEFAULT_LANGUAGE,
    collection: str | None = None,
    publish: bool = False,
    dry_run: bool = False,
    user=None,
) -> ImportReport:
    source = read_file(path)
    report = ImportReport(
        encoding=source.encoding,
        rows=len(source.rows),
        dry_run=dry_run,
        ignored_headers=source.unknown_headers,
    )
    validator = Validator(ImageSource(images))
    rows = validator.validate(source.rows)
    locale = Locale.objects.get(language_code=language_code)
    if language_code != DEFAULT_LANGUAGE:
        known = {
            i.lower()
            for i in Item.objects.filter(locale__language_code=DEFAULT_LANGUAGE).values_list(
                "identifier", flat=True
            )
        }
        for row in rows:
            if row.identifier.lower() not in known:
                validator.error(
                    row.row,
                    "identifier",
                    _("no item %(identifier)s in Simplified Chinese to translate; import it first")
                    % {"identifier": row.identifier},
                )
    report.errors = sorted(validator.errors, key=lambda e: (e.row, e.column))
    if report.errors:
        return report

    with transaction.atomic():
        upserter = Upserter(
            locale, publish=publish, collection=collection, user=user, dry_run=dry_run
        )
        for row in rows:
            outcome = upserter.apply(row)
            getattr(report, outcome).append(row.identifier)
        report.new_collections = upserter.new_collections
        report.new_subjects = upserter.new_subjects
        report.new_places = upserter.new_places
        if dry_run:
            transaction.set_rollback(True)
    return report
