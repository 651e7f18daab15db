import pytest
from bs4 import BeautifulSoup
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model
from wagtail.rich_text import RichText

from exhibits.models import ChapterPage, ExhibitionIndexPage, ExhibitionPage
from home.models import ContentPage, HomePage

from .factories import ImageFactory, make_item


def soup(response):
    return BeautifulSoup(response.content, "html.parser")


def every_block(items):
    doc = get_document_model()(title="rec")
    doc.file.save("rec.wav", ContentFile(b"RIFF0000WAVE"), save=True)
    return [
        ("heading", "开篇"),
        ("rich_text", "<p>正文段落</p>"),
        ("item", {"item": items[0], "caption": "自定义说明", "size": "wide"}),
        ("gallery", {"title": "画廊", "items": items[1:3]}),
        (
            "then_and_now",
            {
                "then_image": ImageFactory(),
                "then_alt": "旧貌",
                "then_label": "1985",
                "now_image": ImageFactory(),
                "now_alt": "新颜",
                "now_label": "2024",
                "caption": "",
            },
        ),
        ("quote", {"text": "一句引文", "attribution": "某人", "source": "某书"}),
        (
            "timeline",
            {
                "title": "年表",
                "entries": [{"date_label": "1984年1月", "year": 1984, "text": "北京展出"}],
            },
        ),
        ("heading", "地图"),
        (
            "map",
            {
                "title": "",
                "places": [
                    {"name": "东溪镇", "latitude": 28.78, "longitude": 106.64, "note": ""},
                    {"name": "赶水镇", "latitude": 28.76, "longitude": 106.73, "note": "近似"},
                ],
                "caption": "",
            },
        ),
        (
            "media",
            {
                "title": "口述",
                "kind": "audio",
                "file": doc,
                "transcript": RichText("<p>文字稿内容</p>"),
            },
        ),
        ("footnotes", {"notes": [{"text": "来源一", "url": "https://example.org/a"}]}),
    ]


@pytest.fixture
def exhibition(exhibitions_index):
    items = [make_item(f"QJ-{n}", f"条目{n}") for n in range(1, 4)]
    exhibition = ExhibitionPage(
        title="刀刻的田野",
        slug="prints",
        subtitle="副标题",
        hero_image=ImageFactory(),
        hero_alt="英雄图",
        curators="策展人甲",
    )
    exhibitions_index.add_child(instance=exhibition)
    exhibition.save_revision().publish()
    for n, (slug, title) in enumerate([("one", "源流"), ("two", "走向全国"), ("three", "传承")]):
        body = every_block(items) if n == 1 else [("item", {"item": items[n], "caption": ""})]
        chapter = ChapterPage(title=title, slug=slug, summary=f"{title}摘要", body=body)
        exhibition.add_child(instance=chapter)
        chapter.save_revision().publish()
    return exhibition


def test_exhibition_page_lists_chapters(client, exhibition):
    page = soup(client.get("/zh-hans/exhibitions/prints/"))
    assert page.h1.get_text() == "刀刻的田野"
    assert [t.get_text() for t in page.select(".chapter-list__title")] == [
        "源流",
        "走向全国",
        "传承",
    ]
    assert page.select_one(".exhibition-hero__media img")["alt"] == "英雄图"
    assert "策展人甲" in page.select_one(".facts").get_text()


def test_chapter_renders_every_block_type(client, exhibition):
    response = client.get("/zh-hans/exhibitions/prints/two/")
    assert response.status_code == 200
    page = soup(response)
    assert page.select_one(".item-figure__caption").get_text() == "自定义说明"
    assert page.select_one(".item-figure a")["href"] == "/zh-hans/items/QJ-1/"
    assert [c.get_text() for c in page.select(".gallery__caption")] == ["条目2", "条目3"]
    assert [img["alt"] for img in page.select(".then-now img")] == ["旧貌", "新颜"]
    assert page.select_one(".quote blockquote").get_text(strip=True) == "一句引文"
    assert page.select_one(".timeline__date").get_text() == "1984年1月"
    markers = page.select(".map__marker text")
    assert [m.get_text() for m in markers] == ["东溪镇", "赶水镇"]
    assert page.select_one(".map svg")["role"] == "img"
    assert page.select_one(".media audio")["src"].endswith(".wav")
    assert "文字稿内容" in page.select_one(".transcript").get_text()
    assert page.select_one(".footnotes a")["href"] == "https://example.org/a"


def test_chapter_table_of_contents_and_previous_next(client, exhibition):
    page = soup(client.get("/zh-hans/exhibitions/prints/two/"))
    toc = [(a.get_text(), a["href"]) for a in page.select(".toc a")]
    assert [text for text, _ in toc] == ["开篇", "地图"]
    for _text, href in toc:
        assert page.find(id=href[1:]) is not None
    assert page.select_one("a[rel=prev]")["href"] == "/zh-hans/exhibitions/prints/one/"
    assert page.select_one("a[rel=next]")["href"] == "/zh-hans/exhibitions/prints/three/"
    first = soup(client.get("/zh-hans/exhibitions/prints/one/"))
    assert first.select_one("a[rel=prev]") is None


def test_unpublished_chapter_is_not_navigable_and_404(client, exhibition):
    three = ChapterPage.objects.get(slug="three")
    three.unpublish()
    page = soup(client.get("/zh-hans/exhibitions/prints/two/"))
    assert page.select_one("a[rel=next]") is None
    assert client.get("/zh-hans/exhibitions/prints/three/").status_code == 404


def test_item_block_with_a_draft_item_renders_nothing(client, exhibition):
    from collection.models import Item

    item = Item.objects.get(identifier="QJ-1")
    item.unpublish()
    page = soup(client.get("/zh-hans/exhibitions/prints/two/"))
    assert page.select_one(".item-figure") is None
    assert "条目1" not in page.get_text()


def test_map_projects_points_inside_the_canvas():
    from core.maps import HEIGHT, WIDTH, project_points

    points = project_points(
        [(28.78, 106.64, "东溪", ""), (29.15, 106.62, "石角", ""), (28.76, 106.73, "赶水", "")]
    )
    for p in points:
        assert 0 < p.x < WIDTH and 0 < p.y < HEIGHT
    north = next(p for p in points if p.label == "石角")
    assert north.y == min(p.y for p in points)  # north is up


def test_tree_rules(db):
    assert ExhibitionPage.parent_page_types == ["exhibits.ExhibitionIndexPage"]
    assert ChapterPage.parent_page_types == ["exhibits.ExhibitionPage"]
    assert ChapterPage.can_create_at(ExhibitionPage()) is True
    assert ChapterPage.can_create_at(HomePage()) is False
    assert ExhibitionPage.can_create_at(HomePage()) is False
    assert ExhibitionIndexPage.subpage_types == ["exhibits.ExhibitionPage"]
    assert ContentPage.can_create_at(HomePage()) is True


def test_home_shows_featured_exhibitions_items_and_search(client, home, exhibition):
    from collection.models import Item

    home.highlighted_items = [("item", Item.objects.get(identifier="QJ-2"))]
    home.save_revision().publish()
    page = soup(client.get("/zh-hans/"))
    assert [h.get_text() for h in page.select(".exhibition-card__title")] == ["刀刻的田野"]
    assert [h.get_text() for h in page.select(".card__title")] == ["条目2"]
    assert page.select_one("form[role=search]")["action"] == "/zh-hans/search/"


def test_content_page(client, home):
    page = ContentPage(
        title="关于本站",
        slug="about",
        intro="简介",
        body=[("rich_text", "<p>正文</p>")],
        show_in_menus=True,
    )
    home.add_child(instance=page)
    page.save_revision().publish()
    html = soup(client.get("/zh-hans/about/"))
    assert html.h1.get_text() == "关于本站"
    assert "正文" in html.get_text()
    home_html = soup(client.get("/zh-hans/"))
    assert "关于本站" in [a.get_text() for a in home_html.select(".about-links a")]


def test_footer_shows_filing_numbers_linked_to_registries(client, site):
    from core.models import LibrarySettings

    settings = LibrarySettings.for_site(site)
    settings.name = "綦江区图书馆"
    settings.icp_number = "渝ICP备12345678号"
    settings.psb_number = "渝公网安备50011002000001号"
    settings.save()
    footer = soup(client.get("/zh-hant/")).select_one(".site-footer")
    links = {a.get_text(): a["href"] for a in footer.select(".site-footer__filings a")}
    assert links["渝ICP备12345678号"] == "https://beian.miit.gov.cn/"
    assert links["渝公网安备50011002000001号"].endswith("code=50011002000001")
    assert "綦江區圖書館" in footer.get_text()


def test_private_or_draft_exhibitions_never_reach_the_home_page(client, home, exhibition):
    from wagtail.models import PageViewRestriction

    secret = ExhibitionPage(title="内部展览", slug="secret")
    exhibition.get_parent().add_child(instance=secret)
    secret.save_revision().publish()
    PageViewRestriction.objects.create(page=secret, restriction_type="login")
    draft = ExhibitionPage(title="未发布展览", slug="draft", live=False)
    exhibition.get_parent().add_child(instance=draft)
    home.featured_exhibitions = [("exhibition", p) for p in (secret, draft, exhibition)]
    home.save_revision().publish()
    for path in ("/zh-hans/", "/zh-hans/exhibitions/", "/zh-hans/search/?q=展览"):
        text = soup(client.get(path)).get_text()
        assert "内部展览" not in text and "未发布展览" not in text, path
    titles = [h.get_text() for h in soup(client.get("/zh-hans/")).select(".exhibition-card__title")]
    assert titles == ["刀刻的田野"]


def test_map_labels_avoid_their_neighbours_and_the_edge():
    from core.maps import project_points

    # Dongxi and Ganshui are close: one label goes left so they do not overlap.
    points = {
        p.label: p
        for p in project_points(
            [
                (28.78, 106.64, "东溪镇", ""),
                (28.76, 106.73, "赶水镇", ""),
                (29.15, 106.62, "石角镇", ""),
                (29.07, 106.84, "永城镇", ""),
            ]
        )
    }
    assert points["东溪镇"].label_anchor == "end"
    assert points["赶水镇"].label_anchor == "start"
    assert points["永城镇"].x > points["石角镇"].x
    # The easternmost of a wider spread sits near the right edge: its label goes left.
    wide = project_points(
        [(29.0, 106.5, "西", ""), (29.0, 107.5, "东", ""), (29.1, 107.0, "中", "")]
    )
    assert wide[1].x > 0.7 * 600 and wide[1].label_anchor == "end"


def test_maps_contact_no_tile_server_unless_configured(client, exhibition, settings):
    page = soup(client.get("/zh-hans/exhibitions/prints/two/"))
    assert page.select_one("[data-map]").get("data-tiles") is None
    assert "leaflet" not in str(page.head)
    settings.MAP_TILE_PROVIDER = "tianditu"
    settings.TIANDITU_KEY = "browser-key"
    page = soup(client.get("/zh-hans/exhibitions/prints/two/"))
    figure = page.select_one("[data-map]")
    assert figure["data-tiles"] == "tianditu" and figure["data-tiles-key"] == "browser-key"
    scripts = [s["src"] for s in page.head.find_all("script")]
    assert scripts[0].startswith("/static/vendor/leaflet/leaflet")
