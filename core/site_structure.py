"""The empty, working site that `migrate` leaves behind: locales, home and exhibitions index.

This is what a library deploys to production before adding content, so it must not depend on
the demo content.
"""

import logging

from django.conf import settings
from django.db import connection

from .i18n import DEFAULT_LANGUAGE, to_traditional

logger = logging.getLogger(__name__)

SITE_TITLES = {
    "綦江记忆": {"en": "Qijiang Memory"},
    "展览": {"en": "Exhibitions"},
}


def _translator(language_code):
    def translate(text):
        if language_code == "zh-hant":
            return to_traditional(text)
        return SITE_TITLES.get(text, {}).get(language_code)

    return translate


def ensure_site_structure(*args, **kwargs):
    """Idempotent: creates only what is missing."""
    from wagtail.models import Locale, Page, Site

    from core.translation import translate_instance
    from exhibits.models import ExhibitionIndexPage
    from home.models import HomePage

    tables = connection.introspection.table_names()
    if HomePage._meta.db_table not in tables or "wagtail_localize_translation" not in tables:
        return

    for code, _name in settings.LANGUAGES:
        Locale.objects.get_or_create(language_code=code)
    default_locale = Locale.objects.get(language_code=DEFAULT_LANGUAGE)

    home = HomePage.objects.filter(locale=default_locale).first()
    if home is None:
        root = Page.get_first_root_node()
        if root is None:
            return
        # Wagtail's own migration leaves a "Welcome" placeholder; the library's home replaces it.
        for page in root.get_children().exact_type(Page):
            if page.slug == "home" and not page.get_children().exists():
                page.delete()
        home = HomePage(title="綦江记忆", slug="home", locale=default_locale)
        root.add_child(instance=home)
        home.save_revision().publish()
        logger.info("Created the home page")
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        Site.objects.create(
            hostname="localhost",
            port=80,
            root_page=home,
            is_default_site=True,
            site_name="綦江记忆",
        )
    elif site.root_page_id != home.pk:
        site.root_page = home
        site.site_name = site.site_name or "綦江记忆"
        site.save()

    index = ExhibitionIndexPage.objects.child_of(home).first()
    if index is None:
        index = ExhibitionIndexPage(title="展览", slug="exhibitions", locale=default_locale)
        home.add_child(instance=index)
        index.save_revision().publish()

    for code, _name in settings.LANGUAGES:
        if code == DEFAULT_LANGUAGE:
            continue
        for page in (home, index):
            page.refresh_from_db()
            if not page.has_translation(Locale.objects.get(language_code=code)):
                translate_instance(page, code, _translator(code))
