"""`load_demo` fills the site as the README promises, and is safe to run again."""

from collections import Counter

import pytest
from django.core.management import call_command

from collection.models import Item, ItemCollection
from exhibits.blocks import ChapterStreamBlock
from exhibits.models import ChapterPage, ExhibitionPage

LANGUAGES = ("zh-hans", "en", "zh-hant")


@pytest.fixture
def demo(db, site, monkeypatch):
    # Full-size drawings are checked in test_demo_images; small ones keep this test quick.
    import demo.loader as loader
    from tests.factories import image_file

    monkeypatch.setattr(loader, "draw", lambda kind, seed: image_file().read())
    call_command("load_demo", stdout=open("/dev/null", "w"))


def test_demo_content_covers_what_the_issue_asks(demo, client):
    for lang in LANGUAGES:
        exhibitions = ExhibitionPage.objects.live().filter(locale__language_code=lang)
        assert exhibitions.count() >= 2
        for exhibition in exhibitions:
            chapters = ChapterPage.objects.child_of(exhibition).live()
            assert chapters.count() >= 3
            for chapter in chapters:
                assert chapter.referenced_items(), f"{chapter} features no item"

    used = {
        block.block_type
        for c in ChapterPage.objects.filter(locale__language_code="zh-hans")
        for block in c.body
    }
    assert used == set(ChapterStreamBlock.base_blocks)

    items = Item.objects.filter(locale__language_code="zh-hans", live=True)
    assert items.count() >= 40
    assert len(Counter(items.values_list("item_type", flat=True))) >= 5
    assert ItemCollection.objects.filter(locale__language_code="zh-hans", live=True).count() >= 3
    decades = {year // 10 for year in items.values_list("date_start", flat=True)}
    assert len(decades) >= 5
    places = items.exclude(latitude=None).values_list("place__name", flat=True).distinct()
    assert len(set(places)) >= 15
    for item in items:
        assert all(image.alt_text.strip() for image in item.images.all())

    for lang in LANGUAGES:
        for path in (
            "",
            "exhibitions/",
            "exhibitions/farmers-prints/",
            "exhibitions/farmers-prints/roots/",
            "exhibitions/dongxi/guild-halls/",
            "items/QJ-P-001/",
            "collections/farmers-prints/",
            "about/",
        ):
            assert client.get(f"/{lang}/{path}").status_code == 200, f"/{lang}/{path}"
    english = client.get("/en/exhibitions/farmers-prints/").content.decode()
    assert "Fields Carved in Wood" in english
    assert "Sample content" in english


def test_load_demo_twice_changes_nothing(demo):
    from wagtail.images import get_image_model

    images = get_image_model().objects
    counts = (
        Item.objects.count(),
        ExhibitionPage.objects.count(),
        ChapterPage.objects.count(),
        images.count(),
    )
    assert images.values("file").distinct().count() == images.count()
    call_command("load_demo", stdout=open("/dev/null", "w"))
    assert (
        Item.objects.count(),
        ExhibitionPage.objects.count(),
        ChapterPage.objects.count(),
        images.count(),
    ) == counts
