"""The one place that drives wagtail-localize from code (site set-up, demo content, importers).

Curators translate in the admin; code that creates content in several languages goes through
the same machinery, so every translation it makes is a normal wagtail-localize translation that
translators can open, correct and re-sync.
"""

from collections.abc import Callable, Mapping

from django.db import transaction
from wagtail.models import Locale
from wagtail_localize.models import (
    StringSegment,
    StringTranslation,
    Translation,
    TranslationSource,
)

Translator = Mapping[str, str] | Callable[[str], str | None]


def _lookup(translator: Translator, text: str) -> str | None:
    if callable(translator):
        return translator(text)
    return translator.get(text)


@transaction.atomic
def translate_instance(instance, language_code: str, translator: Translator, publish=True):
    """Create or update the `language_code` translation of a page or translatable snippet.

    Every source string the translator knows is stored as a wagtail-localize string
    translation; strings it does not know fall back to the source text. Returns the
    translated instance.
    """
    locale = Locale.objects.get(language_code=language_code)
    source, _created = TranslationSource.get_or_create_from_instance(instance)
    if not _created:
        source.update_from_db()
    translation, _ = Translation.objects.get_or_create(
        source=source, target_locale=locale, defaults={"enabled": True}
    )
    segments = StringSegment.objects.filter(source=source).select_related("string", "context")
    for segment in segments:
        target = _lookup(translator, segment.string.data)
        if target:
            StringTranslation.objects.update_or_create(
                translation_of=segment.string,
                locale=locale,
                context=segment.context,
                defaults={"data": target},
            )
    # wagtail-localize defers publishing to transaction.on_commit, which publishes a stale
    # copy when more is written in the same transaction (e.g. a page's children): save a draft
    # and publish it here, synchronously, instead.
    translation.save_target(publish=False)
    translated = instance.get_translation(locale)
    if publish:
        translated.get_latest_revision().publish()
        translated.refresh_from_db()
    return translated
