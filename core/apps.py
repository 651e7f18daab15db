from django.apps import AppConfig
from django.db.models.signals import post_migrate


class CoreConfig(AppConfig):
    name = "core"
    verbose_name = "Qijiang Memory core"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from .site_structure import ensure_site_structure

        # After `migrate` the site exists in all three languages, empty but working.
        post_migrate.connect(ensure_site_structure, sender=self)
