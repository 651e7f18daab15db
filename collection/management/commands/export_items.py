import sys
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand

from collection.exporter import copy_images, export, item_records


class Command(BaseCommand):
    help = (
        "Export the items of one language with the import columns (drafts included), to standard "
        "output unless --output is given."
    )

    def add_arguments(self, parser):
        parser.add_argument("--format", choices=["csv", "xlsx", "json"], default="csv")
        parser.add_argument(
            "--locale",
            default=settings.LANGUAGE_CODE,
            choices=[code for code, _name in settings.LANGUAGES],
        )
        parser.add_argument("--output", help="file to write (default: standard output)")
        parser.add_argument("--images", help="also copy the original image files to this folder")

    def handle(self, *args, **options):
        data = export(item_records(options["locale"]), options["format"])
        if options["output"]:
            Path(options["output"]).write_bytes(data)
        elif options["format"] == "xlsx":
            sys.stdout.buffer.write(data)
        else:
            self.stdout.write(data.decode("utf-8"), ending="")
        if options["images"]:
            copied = copy_images(options["locale"], Path(options["images"]))
            self.stderr.write(f"{copied} image files copied to {options['images']}")
