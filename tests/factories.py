"""Factories for tests: real images, published items and a small exhibition."""

import io
from decimal import Decimal

import factory
from django.core.files.images import ImageFile
from PIL import Image as PILImage
from wagtail.images import get_image_model
from wagtail.models import Locale

from collection.models import Item, ItemCollection, ItemImage, Place, Subject
from collection.vocabularies import ItemType, Rights


def image_file(name="test.png", size=(64, 48), colour=(168, 42, 34)):
    buffer = io.BytesIO()
    PILImage.new("RGB", size, colour).save(buffer, "PNG")
    return ImageFile(io.BytesIO(buffer.getvalue()), name=name)


class ImageFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = get_image_model()

    title = factory.Sequence(lambda n: f"image {n}")
    file = factory.LazyAttribute(lambda o: image_file(f"{o.title.replace(' ', '-')}.png"))


class PlaceFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Place

    name = factory.Sequence(lambda n: f"地点{n}")
    name_en = factory.Sequence(lambda n: f"Place {n}")


class SubjectFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Subject

    name = factory.Sequence(lambda n: f"主题{n}")
    name_en = factory.Sequence(lambda n: f"Subject {n}")


def default_locale():
    return Locale.objects.get(language_code="zh-hans")


def make_item(identifier="QJ-T-001", title="测试条目", live=True, images=1, **fields):
    """A saved item in the default language; published (with a revision) unless live=False."""
    defaults = {
        "item_type": ItemType.PRINT,
        "rights": Rights.INC_EDU,
        "date_text": "1985年",
        "date_start": 1985,
        "date_end": 1985,
        "description": "<p>描述</p>",
    }
    defaults.update(fields)
    subjects = defaults.pop("subjects", [])
    collections = defaults.pop("collections", [])
    item = Item(
        identifier=identifier,
        title=title,
        locale=fields.pop("locale", None) or default_locale(),
        images=[
            ItemImage(image=ImageFactory(), alt_text=f"{title} 图{n + 1}", sort_order=n)
            for n in range(images)
        ],
        subjects=subjects,
        collections=collections,
        **defaults,
    )
    item.live = live
    item.save()
    revision = item.save_revision()
    if live:
        revision.publish()
    item.refresh_from_db()
    return item


def make_collection(slug="prints", title="版画", live=True):
    obj = ItemCollection(slug=slug, title=title, locale=default_locale(), live=live)
    obj.save()
    if live:
        obj.save_revision().publish()
    return obj


def coords(lat, lon):
    return {"latitude": Decimal(str(lat)), "longitude": Decimal(str(lon))}
