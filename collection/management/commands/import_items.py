import os

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.utils import translation
from django.utils.translation import gettext as _

from collection.importer import ImportFileError, run_import


def interface_language() -> str:
    """Chinese messages (第N行) when the terminal's locale is Chinese, English otherwise."""
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(name, "").lower()
        if value:
            if value.startswith("zh"):
                hant = any(tag in value for tag in ("tw", "hk", "mo", "hant"))
                return "zh-hant" if hant else "zh-hans"
            return "en"
    return "en"


class Command(BaseCommand):
    help = (
        "Import items from a CSV (UTF-8 or GB18030) or XLSX file. A file with any error imports "
        "nothing. See docs/import.md."
    )

    def add_arguments(self, parser):
        parser.add_argument("file")
        parser.add_argument("--images", help="folder or ZIP file holding the image files")
        parser.add_argument(
            "--locale",
            default=settings.LANGUAGE_CODE,
            choices=[code for code, _name in settings.LANGUAGES],
            help="language of the file's texts; other than zh-hans it creates translations",
        )
        parser.add_argument("--collection", help="add every item to this collection")
        parser.add_argument("--publish", action="store_true", help="publish the items")
        parser.add_argument(
            "--dry-run", action="store_true", help="check and report; write nothing"
        )

    def handle(self, *args, **options):
        translation.activate(interface_language())
        try:
            report = run_import(
                options["file"],
                images=options["images"],
                language_code=options["locale"],
                collection=options["collection"],
                publish=options["publish"],
                dry_run=options["dry_run"],
            )
        except ImportFileError as exc:
            raise CommandError(str(exc)) from exc
        for error in report.errors:
            self.stderr.write(str(error))
        if report.errors:
            raise CommandError(
                _("%(count)s errors in %(file)s; nothing was imported.")
                % {"count": len(report.errors), "file": options["file"]}
            )
        if report.ignored_headers:
            self.stdout.write(
                _("Ignored columns: %(names)s") % {"names": ", ".join(report.ignored_headers)}
            )
        for label, names in (
            (_("New collections"), report.new_collections),
            (_("New subjects"), report.new_subjects),
            (_("New places"), report.new_places),
        ):
            if names:
                self.stdout.write(f"{label}: {', '.join(names)}")
        summary = _(
            "%(rows)s rows (%(encoding)s): %(created)s created, %(updated)s updated, "
            "%(unchanged)s unchanged."
        ) % {
            "rows": report.rows,
            "encoding": report.encoding,
            "created": len(report.created),
            "updated": len(report.updated),
            "unchanged": len(report.unchanged),
        }
        if report.dry_run:
            summary += " " + _("Dry run: nothing was written.")
        elif report.changed_nothing:
            summary += " " + _("Nothing changed.")
        self.stdout.write(summary)
