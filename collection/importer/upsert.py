"""Write validated rows: create, update (with a revision) or leave unchanged, by identifier."""

import hashlib
import io
from html import escape

from anyascii import anyascii
from django.core.files.images import ImageFile
from django.utils.text import slugify
from wagtail.images import get_image_model

from core.i18n import DEFAULT_LANGUAGE

from ..models import Item, ItemCollection, ItemImage, Place, Subject
from .validate import ItemRow

NEUTRAL_FIELDS = (
    "date_start",
    "date_end",
    "latitude",
    "longitude",
    "item_type",
    "rights",
    "object_language",
)


def as_rich_text(text: str) -> str:
    """Plain text becomes paragraphs; text that is already HTML is kept."""
    text = (text or "").strip()
    if not text or text.startswith("<"):
        return text
    paragraphs = [p.strip() for p in text.replace("\r\n", "\n").split("\n\n") if p.strip()]
    return "".join(f"<p>{escape(p).replace(chr(10), '<br/>')}</p>" for p in paragraphs)


class Upserter:
    def __init__(self, locale, publish=False, collection=None, user=None, dry_run=False):
        self.locale = locale
        self.is_default = locale.language_code == DEFAULT_LANGUAGE
        self.publish = publish
        self.collection = collection
        self.user = user
        self.dry_run = dry_run
        self.new_collections: list[str] = []
        self.new_subjects: list[str] = []
        self.new_places: list[str] = []
        self._collections: dict[str, ItemCollection] = {}
        self._subjects: dict[str, Subject] = {}
        self._places: dict[str, Place] = {}

    # -- vocabularies ---------------------------------------------------------------------
    def _term(self, model, name, cache, new_names):
        """A vocabulary term by name, regardless of case; created (and reported) if new."""
        key = name.lower()
        if key not in cache:
            term = model.objects.filter(name__iexact=name).first()
            if term is None:
                term = model.objects.create(name=name)
                new_names.append(name)
            cache[key] = term
        return cache[key]

    def place(self, name):
        return self._term(Place, name, self._places, self.new_places) if name else None

    def subject(self, name):
        return self._term(Subject, name, self._subjects, self.new_subjects)

    def item_collection(self, name):
        key = name.lower()
        if key not in self._collections:
            found = (
                ItemCollection.objects.filter(
                    locale__language_code=DEFAULT_LANGUAGE, title__iexact=name
                ).first()
                or ItemCollection.objects.filter(
                    locale__language_code=DEFAULT_LANGUAGE, slug=name
                ).first()
            )
            if found is None:
                found = ItemCollection(
                    title=name, slug=self._free_slug(name), locale=self._default_locale()
                )
                found.save()
                found.save_revision(user=self.user).publish()
                self.new_collections.append(name)
            self._collections[key] = found
        return self._collections[key]

    def _default_locale(self):
        from wagtail.models import Locale

        return Locale.objects.get(language_code=DEFAULT_LANGUAGE)

    def _free_slug(self, name):
        base = slugify(anyascii(name))[:70] or "collection"
        slug, n = base, 1
        while ItemCollection.objects.filter(slug=slug).exists():
            n += 1
            slug = f"{base}-{n}"
        return slug

    # -- images ---------------------------------------------------------------------------
    def wagtail_image(self, spec):
        Image = get_image_model()
        digest = hashlib.sha1(spec.data).hexdigest()
        existing = Image.objects.filter(title=spec.name, file_hash=digest).first()
        if existing:
            return existing
        image = Image(title=spec.name, file=ImageFile(io.BytesIO(spec.data), name=spec.name))
        image.save()
        return image

    # -- rows -----------------------------------------------------------------------------
    def desired_texts(self, row: ItemRow) -> dict:
        return {
            "title": row.title,
            "description": as_rich_text(row.description),
            "creators": "\n".join(row.creators),
            "date_text": row.date_text,
            "physical_description": row.physical_description,
            "source": row.source,
            "credit_line": row.credit_line,
            "transcription": row.transcription,
        }

    def wants_live(self, row: ItemRow) -> bool:
        return row.publish if row.publish is not None else self.publish

    def apply(self, row: ItemRow) -> str:
        if self.is_default:
            return self.apply_source(row)
        return self.apply_translation(row)

    def _current(self, item):
        """What the editor shows: the latest revision when there are unpublished changes."""
        if item.has_unpublished_changes:
            return item.get_latest_revision_as_object()
        return item

    @staticmethod
    def _published_as_wanted(stored: Item, live: bool) -> bool:
        """Nothing to publish: not asked to, or the live version is already the latest."""
        return not live or (stored.live and not stored.has_unpublished_changes)

    def _write(self, current: Item, created: bool, live: bool) -> str:
        """Every change is a revision; published when the row or the command asks for it."""
        if created:
            current.save()
        revision = current.save_revision(user=self.user, clean=False)
        if live:
            revision.publish(user=self.user)
        return "created" if created else "updated"

    def apply_source(self, row: ItemRow) -> str:
        item = Item.objects.filter(identifier__iexact=row.identifier, locale=self.locale).first()
        created = item is None
        if created:
            item = Item(identifier=row.identifier, locale=self.locale, live=False)
        current = item if created else self._current(item)
        desired = {**self.desired_texts(row), **{f: getattr(row, f) for f in NEUTRAL_FIELDS}}
        place = self.place(row.place)
        subjects = [self.subject(name) for name in row.subjects]
        names = row.collections + ([self.collection] if self.collection else [])
        collections = [self.item_collection(name) for name in dict.fromkeys(names)]
        images = [(spec.name, spec.alt_text) for spec in row.images]
        current_images = (
            [] if created else [(i.image.title, i.alt_text) for i in current.images.all()]
        )
        live = self.wants_live(row)

        if not created:
            same = (
                all(getattr(current, k) == v for k, v in desired.items())
                and current.place_id == (place.pk if place else None)
                and {s.pk for s in current.subjects.all()} == {s.pk for s in subjects}
                and {c.pk for c in current.collections.all()} >= {c.pk for c in collections}
                and current_images == images
                and self._published_as_wanted(item, live)
            )
            if same:
                return "unchanged"

        for key, value in desired.items():
            setattr(current, key, value)
        current.place = place
        current.subjects = subjects
        if not created:
            collections = list(
                {c.pk: c for c in [*current.collections.all(), *collections]}.values()
            )
        current.collections = collections
        if not self.dry_run and (created or current_images != images):
            current.images = [
                ItemImage(
                    image=self.wagtail_image(spec),
                    alt_text=spec.alt_text,
                    locale=self.locale,
                    sort_order=position,
                )
                for position, spec in enumerate(row.images)
            ]
        return self._write(current, created, live)

    def apply_translation(self, row: ItemRow) -> str:
        source = Item.objects.get(
            identifier__iexact=row.identifier, locale__language_code=DEFAULT_LANGUAGE
        )
        translated = source.get_translation_or_none(self.locale)
        created = translated is None
        if created:
            translated = source.copy_for_translation(self.locale)
            translated.live = False
        current = translated if created else self._current(translated)
        desired = self.desired_texts(row)
        alts = [spec.alt_text for spec in row.images]
        live = self.wants_live(row)
        if not created:
            same = (
                all(getattr(current, k) == v for k, v in desired.items())
                and (not alts or [i.alt_text for i in current.images.all()][: len(alts)] == alts)
                and self._published_as_wanted(translated, live)
            )
            if same:
                return "unchanged"
        for key, value in desired.items():
            setattr(current, key, value)
        images = list(current.images.all())
        for image, alt in zip(images, alts, strict=False):
            image.alt_text = alt
        current.images = images
        return self._write(current, created, live)
