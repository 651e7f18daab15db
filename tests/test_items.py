import pytest
from bs4 import BeautifulSoup
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from collection.models import Item
from collection.vocabularies import Rights
from core.translation import translate_instance
from exhibits.models import ChapterPage, ExhibitionPage

from .factories import PlaceFactory, SubjectFactory, coords, make_collection, make_item


def soup(response):
    return BeautifulSoup(response.content, "html.parser")


@pytest.fixture
def item(site):
    return make_item(
        "QJ-P-001",
        "丰收的田野",
        creators="李四\n王五",
        place=PlaceFactory(name="东溪镇", name_en="Dongxi"),
        subjects=[SubjectFactory(name="版画", name_en="Prints")],
        physical_description="纸本套色木刻",
        credit_line="綦江区图书馆藏",
        source="綦江区图书馆地方文献部",
        transcription="第一行\n第二行",
        **coords(28.78, 106.64),
    )


def test_item_permalink_shows_images_metadata_rights_and_credit(client, item):
    response = client.get("/zh-hans/items/QJ-P-001/")
    assert response.status_code == 200
    page = soup(response)
    assert page.h1.get_text() == "丰收的田野"
    img = page.select_one(".item-page__images img")
    assert img["alt"] == "丰收的田野 图1"
    assert "srcset" in img.attrs
    metadata = page.select_one(".metadata").get_text(" ", strip=True)
    for expected in (
        "QJ-P-001",
        "李四; 王五",
        "1985年",
        "东溪镇",
        "28.7800",
        "版画",
        "纸本套色木刻",
        "綦江区图书馆藏",
    ):
        assert expected in metadata
    license_link = page.find("a", rel="license")
    assert license_link["href"] == Rights.INC_EDU
    assert page.find("link", rel="license")["href"] == Rights.INC_EDU
    assert "第二行" in page.select_one(".transcription").get_text()


def test_identifier_matches_case_insensitively_and_redirects_to_canonical(client, item):
    response = client.get("/en/items/qj-p-001/")
    assert response.status_code == 301
    assert response["Location"] == "/en/items/QJ-P-001/"


def test_unknown_identifier_is_404(client, item):
    assert client.get("/zh-hans/items/QJ-P-999/").status_code == 404


def test_draft_item_never_leaks(client, site):
    make_item("QJ-DRAFT-1", "草稿条目", live=False)
    assert client.get("/zh-hans/items/QJ-DRAFT-1/").status_code == 404
    listing = client.get("/zh-hans/items/").content.decode()
    assert "草稿条目" not in listing
    assert "草稿条目" not in client.get("/zh-hans/search/?q=草稿").content.decode()


def test_unpublished_translation_falls_back_to_default_language(client, item):
    translated = translate_instance(item, "en", {"丰收的田野": "Fields at harvest"})
    translated.unpublish()
    page = soup(client.get("/en/items/QJ-P-001/"))
    assert page.h1.get_text() == "丰收的田野"
    assert page.select_one(".notice--fallback")


def test_english_translation_is_shown_with_english_labels(client, item):
    translate_instance(
        item, "en", {"丰收的田野": "Fields at harvest", "纸本套色木刻": "Colour woodcut"}
    )
    page = soup(client.get("/en/items/QJ-P-001/"))
    assert page.h1.get_text() == "Fields at harvest"
    assert page.select_one(".notice--fallback") is None
    metadata = page.select_one(".metadata").get_text(" ", strip=True)
    assert "Colour woodcut" in metadata
    assert "Dongxi" in metadata and "Prints" in metadata
    hreflangs = {link["hreflang"] for link in page.find_all("link", hreflang=True)}
    assert hreflangs == {"zh-Hans", "en", "x-default"}


def test_missing_english_translation_shows_chinese_with_visible_notice(client, item):
    response = client.get("/en/items/QJ-P-001/")
    assert response.status_code == 200
    page = soup(response)
    assert page.h1.get_text() == "丰收的田野"
    notice = page.select_one(".notice--fallback").get_text()
    assert "not been translated" in notice
    assert page.select_one("article.item-page")["lang"] == "zh-Hans"
    # The switcher still offers the item in every language.
    switcher = {a["hreflang"]: a["href"] for a in page.select(".lang-switch a")}
    assert switcher["zh-Hant"] == "/zh-hant/items/QJ-P-001/"


def test_traditional_fallback_is_converted_with_opencc_and_labelled(client, item):
    page = soup(client.get("/zh-hant/items/QJ-P-001/"))
    assert page.h1.get_text() == "豐收的田野"
    assert page.select_one(".item-page__images img")["alt"] == "豐收的田野 圖1"
    assert "自動轉換" in page.select_one(".notice--fallback").get_text()
    assert page.select_one("article.item-page")["lang"] == "zh-Hant"


def test_identifier_unique_regardless_of_case(site, item):
    duplicate = Item(
        identifier="qj-p-001", title="x", item_type="print", rights=Rights.CNE, locale=item.locale
    )
    with pytest.raises(ValidationError) as excinfo:
        duplicate.full_clean()
    assert "identifier" in excinfo.value.message_dict
    with pytest.raises(IntegrityError), transaction.atomic():
        duplicate.save()


@pytest.mark.parametrize(
    ("fields", "field_in_error"),
    [
        ({"date_start": 1990, "date_end": 1980}, "date_end"),
        ({"latitude": 91, "longitude": 10}, "latitude"),
        ({"latitude": 10, "longitude": 181}, "longitude"),
        ({"latitude": 10}, "longitude"),
        ({"rights": "http://example.com/my-licence"}, "rights"),
        ({"item_type": "statue"}, "item_type"),
    ],
)
def test_bad_item_metadata_is_rejected_with_the_field_named(site, fields, field_in_error):
    values = {"identifier": "QJ-X-1", "title": "x", "item_type": "print", "rights": Rights.CNE}
    values.update(fields)
    item = Item(locale_id=1, **values)
    with pytest.raises(ValidationError) as excinfo:
        item.full_clean()
    assert field_in_error in excinfo.value.message_dict


def test_audio_needs_a_transcript(site):
    from django.core.files.base import ContentFile
    from wagtail.documents import get_document_model

    doc = get_document_model()(title="rec")
    doc.file.save("rec.wav", ContentFile(b"RIFF"), save=True)
    item = Item(
        identifier="QJ-A-1",
        title="录音",
        item_type="audio",
        rights=Rights.CNE,
        media=doc,
        locale_id=1,
    )
    with pytest.raises(ValidationError) as excinfo:
        item.full_clean()
    assert "media_transcript" in excinfo.value.message_dict


def test_item_images_need_alt_text(site):
    from collection.models import ItemImage

    from .factories import ImageFactory

    image = ItemImage(image=ImageFactory(), alt_text="  ")
    with pytest.raises(ValidationError):
        image.full_clean(exclude=["item", "locale", "translation_key"])


def test_item_page_lists_the_live_exhibitions_that_use_it(client, item, exhibitions_index):
    live = ExhibitionPage(title="展览甲", slug="a")
    exhibitions_index.add_child(instance=live)
    live.save_revision().publish()
    chapter = ChapterPage(
        title="第一章", slug="one", body=[("item", {"item": item, "caption": ""})]
    )
    live.add_child(instance=chapter)
    chapter.save_revision().publish()
    draft = ExhibitionPage(title="草稿展览", slug="b", live=False)
    exhibitions_index.add_child(instance=draft)
    draft_chapter = ChapterPage(title="草稿章", slug="two", body=[("item", {"item": item})])
    draft.add_child(instance=draft_chapter)
    draft_chapter.save_revision().publish()

    page = soup(client.get("/zh-hans/items/QJ-P-001/"))
    names = [a.get_text() for a in page.select(".item-page__meta .plain-list a")]
    assert names == ["展览甲"]


def test_collection_page_lists_its_live_items(client, site):
    prints = make_collection("prints", "版画")
    make_item("QJ-1", "甲", collections=[prints])
    make_item("QJ-2", "乙", collections=[prints], live=False)
    make_item("QJ-3", "丙")
    page = soup(client.get("/zh-hans/collections/prints/"))
    assert [h.get_text() for h in page.select(".card__title")] == ["甲"]
    assert client.get("/zh-hans/collections/nope/").status_code == 404
    make_collection("hidden", "隐藏", live=False)
    assert client.get("/zh-hans/collections/hidden/").status_code == 404


def test_item_list_filters_by_type(client, site):
    make_item("QJ-1", "版画甲", item_type="print")
    make_item("QJ-2", "照片乙", item_type="photograph")
    page = soup(client.get("/en/items/?type=photograph"))
    assert [h.get_text() for h in page.select(".card__title")] == ["照片乙"]
    # A missing English translation is flagged on the card.
    assert page.select_one(".card__flag").get_text() == "Not yet translated"


def test_search_finds_title_matches_inside_words(client, site):
    make_item("QJ-1", "綦江农民版画展")
    make_item("QJ-2", "老照片")
    page = soup(client.get("/zh-hans/search/?q=版画"))
    assert [h.get_text() for h in page.select(".card__title")] == ["綦江农民版画展"]


def test_search_in_traditional_finds_simplified_records(client, site):
    make_item("QJ-1", "綦江农民版画展")
    page = soup(client.get("/zh-hant/search/?q=版畫"))
    assert [h.get_text() for h in page.select(".card__title")] == ["綦江農民版畫展"]


def test_item_page_names_its_collections_in_the_readers_language(client, site):
    prints = make_collection("prints", "版画")
    translate_instance(prints, "en", {"版画": "Prints"})
    make_item("QJ-C-1", "甲", collections=[prints])
    page = soup(client.get("/en/items/QJ-C-1/"))
    links = page.select(".metadata a[href*='/collections/']")
    assert [(a.get_text(), a["href"]) for a in links] == [("Prints", "/en/collections/prints/")]


@pytest.mark.parametrize(
    ("date_text", "start", "end", "shown"),
    [
        ("1985年", 1985, 1985, "1985年"),
        ("1930年代", 1930, 1939, "1930年代 (1930–1939)"),
        ("民国二十年", 1931, 1931, "民国二十年 (1931)"),
        ("c. 1985", 1985, None, "c. 1985"),
    ],
)
def test_item_date_shows_normalized_years_only_when_they_add_something(
    client, site, date_text, start, end, shown
):
    make_item("QJ-DT-1", "日期", date_text=date_text, date_start=start, date_end=end)
    page = soup(client.get("/zh-hans/items/QJ-DT-1/"))
    row = next(d for d in page.select(".metadata > div") if d.dt.get_text() == "日期")
    assert row.dd.get_text(" ", strip=True) == shown
