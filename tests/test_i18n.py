import pytest
from bs4 import BeautifulSoup

from core.i18n import language_from_accept, to_traditional


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("zh-TW,zh;q=0.9", "zh-hant"),
        ("zh-HK", "zh-hant"),
        ("zh-Hant-TW;q=1", "zh-hant"),
        ("zh-MO", "zh-hant"),
        ("en-US,en;q=0.9", "en"),
        ("en-GB", "en"),
        ("zh-CN,zh;q=0.9,en;q=0.8", "zh-hans"),
        ("fr-FR,en;q=0.5", "en"),
        ("fr-FR", "zh-hans"),
        ("", "zh-hans"),
        ("de;q=0.9,zh-TW;q=0.8", "zh-hant"),
    ],
)
def test_accept_language_mapping(header, expected):
    assert language_from_accept(header) == expected


@pytest.mark.parametrize(
    ("header", "target"),
    [("zh-TW", "/zh-hant/"), ("en-US", "/en/"), ("zh-CN", "/zh-hans/"), ("ja", "/zh-hans/")],
)
def test_root_redirects_by_accept_language(client, site, header, target):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE=header)
    assert response.status_code == 302
    assert response["Location"] == target
    assert "Accept-Language" in response["Vary"]


def test_root_prefers_the_language_the_reader_chose(client, site):
    client.cookies["django_language"] = "en"
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="zh-TW")
    assert response["Location"] == "/en/"


def _soup(response):
    return BeautifulSoup(response.content, "html.parser")


@pytest.mark.parametrize(
    ("prefix", "html_lang", "title"),
    [
        ("zh-hans", "zh-Hans", "綦江记忆"),
        ("en", "en", "Qijiang Memory"),
        ("zh-hant", "zh-Hant", "綦江記憶"),
    ],
)
def test_empty_site_answers_in_three_languages(client, site, prefix, html_lang, title):
    for path in ("", "exhibitions/", "items/", "collections/", "search/?q=x"):
        response = client.get(f"/{prefix}/{path}")
        assert response.status_code == 200, path
        assert _soup(response).html["lang"] == html_lang
    home = _soup(client.get(f"/{prefix}/"))
    assert home.h1.get_text() == title


def test_home_has_hreflang_for_every_translation_and_x_default(client, site):
    soup = _soup(client.get("/en/"))
    links = {
        link["hreflang"]: link["href"]
        for link in soup.find_all("link", rel="alternate")
        if link.get("hreflang")
    }
    assert links == {
        "zh-Hans": "http://testserver/zh-hans/",
        "en": "http://testserver/en/",
        "zh-Hant": "http://testserver/zh-hant/",
        "x-default": "http://testserver/zh-hans/",
    }


def test_hreflang_lists_only_translations_that_exist(client, exhibitions_index):
    from exhibits.models import ExhibitionPage

    page = ExhibitionPage(title="只有中文", slug="only-zh")
    exhibitions_index.add_child(instance=page)
    page.save_revision().publish()
    soup = _soup(client.get("/zh-hans/exhibitions/only-zh/"))
    hreflangs = [link["hreflang"] for link in soup.find_all("link", hreflang=True)]
    assert hreflangs == ["zh-Hans", "x-default"]
    # The switcher sends readers of other languages to their home page.
    switcher = {a["hreflang"]: a["href"] for a in soup.select(".lang-switch a")}
    assert switcher == {"en": "/en/", "zh-Hant": "/zh-hant/"}


def test_language_switcher_keeps_the_reader_on_the_same_page(client, site):
    soup = _soup(client.get("/zh-hans/exhibitions/"))
    switcher = {a["hreflang"]: a["href"] for a in soup.select(".lang-switch a")}
    assert switcher == {"en": "/en/exhibitions/", "zh-Hant": "/zh-hant/exhibitions/"}
    current = soup.select_one(".lang-switch [aria-current]")
    assert current.get_text() == "简体中文"


@pytest.mark.parametrize(
    ("prefix", "heading"),
    [("zh-hans", "找不到此页面"), ("en", "Page not found"), ("zh-hant", "找不到此頁面")],
)
def test_404_in_the_readers_language(client, site, prefix, heading):
    for path in (f"/{prefix}/no-such-page/", f"/{prefix}/items/NO-SUCH-ITEM/"):
        response = client.get(path)
        assert response.status_code == 404
        soup = _soup(response)
        assert soup.h1.get_text() == heading
        assert soup.html["lang"] == {"zh-hans": "zh-Hans", "en": "en", "zh-hant": "zh-Hant"}[prefix]


def test_interface_strings_are_translated(client, site):
    nav = {
        prefix: [a.get_text() for a in _soup(client.get(f"/{prefix}/")).select(".site-nav a")]
        for prefix in ("zh-hans", "en", "zh-hant")
    }
    assert nav["en"] == ["Exhibitions", "Items", "Collections", "Search"]
    assert nav["zh-hans"] == ["展览", "藏品", "专题", "搜索"]
    assert nav["zh-hant"] == ["展覽", "藏品", "專題", "搜尋"]


def test_opencc_conversion():
    assert to_traditional("綦江农民版画") == "綦江農民版畫"
    assert to_traditional("") == ""
