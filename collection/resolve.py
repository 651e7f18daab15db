"""Items as readers see them: the translation in the reader's language, else a visible fallback.

Every public listing starts from live default-language items (the authority for
language-neutral facts) and overlays the live translations in one more query, so a page of N
items costs a fixed number of queries.
"""

from functools import cached_property

from django.db.models import Prefetch

from core.i18n import DEFAULT_LANGUAGE, TRADITIONAL, to_traditional

from .models import Item, ItemImage

TEXT_FIELDS = (
    "title",
    "creators",
    "date_text",
    "physical_description",
    "source",
    "credit_line",
    "transcription",
    "media_transcript",
)


def _images_prefetch():
    return Prefetch(
        "images",
        queryset=ItemImage.objects.select_related("image").prefetch_related("image__renditions"),
    )


def public_items():
    """Live items in the default language: the public catalogue."""
    return (
        Item.objects.filter(locale__language_code=DEFAULT_LANGUAGE, live=True)
        .select_related("locale", "place")
        .prefetch_related(_images_prefetch())
    )


class ResolvedItem:
    """An item in one language. Texts come from the translation when one is live; otherwise
    from the default-language item, converted to Traditional characters for zh-hant readers."""

    def __init__(self, original: Item, translated: Item | None, language_code: str):
        self.original = original
        self.translated = translated
        self.language_code = language_code

    def __getattr__(self, name):
        if name in TEXT_FIELDS:
            return self._text(name)
        raise AttributeError(name)

    @property
    def is_fallback(self) -> bool:
        return self.translated is None and self.language_code != DEFAULT_LANGUAGE

    @property
    def is_auto_converted(self) -> bool:
        return self.is_fallback and self.language_code == TRADITIONAL

    @property
    def text_item(self) -> Item:
        return self.translated or self.original

    def _text(self, name):
        value = getattr(self.text_item, name)
        return to_traditional(value) if self.is_auto_converted else value

    @property
    def description(self):
        return self._text("description")

    @property
    def creator_list(self) -> list[str]:
        return [line.strip() for line in self.creators.splitlines() if line.strip()]

    # Language-neutral facts come from the default-language item.
    identifier = property(lambda self: self.original.identifier)
    item_type = property(lambda self: self.original.item_type)
    date_start = property(lambda self: self.original.date_start)
    date_end = property(lambda self: self.original.date_end)
    latitude = property(lambda self: self.original.latitude)
    longitude = property(lambda self: self.original.longitude)
    has_coordinates = property(lambda self: self.original.has_coordinates)
    rights = property(lambda self: self.original.rights)
    object_language = property(lambda self: self.original.object_language)
    media = property(lambda self: self.original.media)
    place = property(lambda self: self.original.place)
    translation_key = property(lambda self: self.original.translation_key)
    pk = property(lambda self: self.original.pk)

    @property
    def date_range_label(self) -> str:
        """The normalized years, e.g. "1930–1939", or "1984" for a single year."""
        start, end = self.date_start, self.date_end
        if start is None:
            return ""
        return str(start) if end in (None, start) else f"{start}–{end}"

    def get_item_type_display(self):
        return self.original.get_item_type_display()

    def get_rights_display(self):
        return self.original.get_rights_display()

    @cached_property
    def subjects(self):
        return list(self.original.subjects.all())

    @cached_property
    def collections(self):
        from core.pages import localize_snippets

        from .models import ItemCollection

        sets = self.original.collections.filter(live=True)
        return [c for c, _fallback in localize_snippets(sets, self.language_code, ItemCollection)]

    @cached_property
    def images(self) -> list:
        images = list(self.text_item.images.all())
        if not images and self.translated is not None:
            images = list(self.original.images.all())
        if self.is_auto_converted:
            for img in images:
                img.alt_text = to_traditional(img.alt_text)
                img.caption = to_traditional(img.caption)
        return images

    @property
    def primary_image(self):
        images = self.images
        return images[0] if images else None

    @property
    def url(self) -> str:
        return self.original.get_url(self.language_code)

    def __str__(self):
        return f"{self.identifier} {self.title}"


def resolve_items(sources, language_code: str) -> list[ResolvedItem]:
    """Pair default-language items with their live translations in `language_code`."""
    sources = list(sources)
    if language_code == DEFAULT_LANGUAGE or not sources:
        return [ResolvedItem(s, None, language_code) for s in sources]
    translations = {
        t.translation_key: t
        for t in Item.objects.filter(
            translation_key__in=[s.translation_key for s in sources],
            locale__language_code=language_code,
            live=True,
        ).prefetch_related(_images_prefetch())
    }
    return [ResolvedItem(s, translations.get(s.translation_key), language_code) for s in sources]


def resolve_item_refs(items, language_code: str) -> dict[int, ResolvedItem]:
    """Map any item (in any language, e.g. chosen in a page block) to its resolved public form.

    Keys are the given items' primary keys; items whose default-language version is not
    live are left out, so drafts never leak through a page that points at them.
    """
    items = [i for i in items if i is not None]
    if not items:
        return {}
    keys = {i.translation_key for i in items}
    sources = public_items().filter(translation_key__in=keys)
    resolved = {r.translation_key: r for r in resolve_items(sources, language_code)}
    return {i.pk: resolved[i.translation_key] for i in items if i.translation_key in resolved}


def public_collections(language_code: str):
    """Live collections as (collection, is_fallback) pairs in the reader's language, with their
    cover images and renditions fetched up front."""
    from core.pages import localize_snippets

    from .models import ItemCollection

    sources = (
        ItemCollection.objects.filter(locale__language_code=DEFAULT_LANGUAGE, live=True)
        .select_related("cover_image")
        .prefetch_related("cover_image__renditions")
    )
    return localize_snippets(
        sources,
        language_code,
        ItemCollection,
        select_related=["cover_image"],
        prefetch_related=["cover_image__renditions"],
    )
