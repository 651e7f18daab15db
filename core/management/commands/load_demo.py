from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "Load the sample exhibitions, items and pages in all three languages (safe to re-run)."

    def handle(self, *args, **options):
        from demo.loader import DEMO_PASSWORD, DEMO_USER, DemoLoader

        created = DemoLoader(stdout=self.stdout).run()
        if any(created.values()):
            self.stdout.write(
                self.style.SUCCESS(
                    "Demo content loaded: {items} items, {pages} pages, {images} images.".format(
                        **created
                    )
                )
            )
        else:
            self.stdout.write("Demo content already present; nothing to add.")
        self.stdout.write(
            f"Demo curator login for /admin/: username '{DEMO_USER}', password '{DEMO_PASSWORD}' "
            "(for a local demonstration only)."
        )
