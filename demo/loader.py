"""Creates the sample site in three languages. Safe to run again: it only adds what is missing."""

import io

from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from django.db.models import Q
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Locale, Site

from core.i18n import DEFAULT_LANGUAGE, to_traditional
from core.models import LibrarySettings
from core.site_structure import ensure_site_structure
from core.translation import translate_instance
from exhibits.models import ChapterPage, ExhibitionIndexPage, ExhibitionPage
from home.models import ContentPage, HomePage

from . import data
from .audio import tones
from .collection_loader import CollectionLoader
from .exhibitions import CONTENT_PAGES, EXHIBITIONS
from .images import draw
from .texts import T

DEMO_USER = "curator"
DEMO_PASSWORD = "qijiang-demo-2026"
OTHER_LANGUAGES = ("en", "zh-hant")


def translator(language_code):
    if language_code == "zh-hant":
        return to_traditional
    return T.en.get


class DemoLoader(CollectionLoader):
    def __init__(self, stdout=None):
        self.stdout = stdout
        self.created = {"images": 0, "items": 0, "pages": 0}
        self.images = {}
        self.items = {}
        self.documents = {}

    @staticmethod
    def translator(language_code):
        return translator(language_code)

    def log(self, message):
        if self.stdout:
            self.stdout.write(message)

    # -- media -----------------------------------------------------------------------------
    def image(self, kind, seed, title):
        key = (kind, seed)
        if key in self.images:
            return self.images[key]
        Image = get_image_model()
        # The file name is the stable key: titles repeat (an item's several images).
        file_name = f"demo-{kind}-{seed}"
        full_title = f"示例 {title}"
        stem = f"original_images/{file_name}"
        image = Image.objects.filter(Q(file=f"{stem}.jpg") | Q(file__startswith=f"{stem}_")).first()
        if image is None:
            image = Image(
                title=full_title,
                file=ImageFile(io.BytesIO(draw(kind, seed)), name=f"{file_name}.jpg"),
            )
            image.save()
            self.created["images"] += 1
        self.images[key] = image
        return image

    def audio(self, key):
        if key in self.documents:
            return self.documents[key]
        Document = get_document_model()
        title = f"示例录音 {key}"
        doc = Document.objects.filter(title=title).first()
        if doc is None:
            doc = Document(title=title)
            doc.file.save(f"demo-{key}.wav", ContentFile(tones(int(key[-1]))), save=False)
            doc.save()
        self.documents[key] = doc
        return doc

    # -- pages -----------------------------------------------------------------------------
    def stream(self, body):
        blocks = []
        for block_type, value in body:
            if block_type in ("heading", "rich_text"):
                blocks.append((block_type, value))
            elif block_type == "item":
                blocks.append(
                    (
                        "item",
                        {
                            "item": self.items[value["item"]],
                            "caption": value["caption"],
                            "size": "wide",
                        },
                    )
                )
            elif block_type == "gallery":
                blocks.append(
                    (
                        "gallery",
                        {"title": value["title"], "items": [self.items[i] for i in value["items"]]},
                    )
                )
            elif block_type == "then_and_now":
                blocks.append(
                    (
                        "then_and_now",
                        {
                            "then_image": self.image(*value["then"], value["then_label"]),
                            "then_alt": value["then_alt"],
                            "then_label": value["then_label"],
                            "now_image": self.image(*value["now"], value["now_label"]),
                            "now_alt": value["now_alt"],
                            "now_label": value["now_label"],
                            "caption": value["caption"],
                        },
                    )
                )
            elif block_type == "quote":
                blocks.append(("quote", value))
            elif block_type == "timeline":
                blocks.append(
                    (
                        "timeline",
                        {
                            "title": value["title"],
                            "entries": [
                                {"date_label": d, "year": y, "text": t}
                                for d, y, t in value["entries"]
                            ],
                        },
                    )
                )
            elif block_type == "map":
                places = []
                for key in value["places"]:
                    zh, en, lat, lon = data.PLACES[key]
                    T(zh, en)
                    places.append({"name": zh, "latitude": lat, "longitude": lon, "note": ""})
                blocks.append(
                    (
                        "map",
                        {"title": value["title"], "places": places, "caption": value["caption"]},
                    )
                )
            elif block_type == "media":
                from wagtail.rich_text import RichText

                blocks.append(
                    (
                        "media",
                        {
                            "title": value["title"],
                            "kind": "audio",
                            "file": self.audio(value["audio"]),
                            "transcript": RichText(value["transcript"]),
                        },
                    )
                )
            elif block_type == "footnotes":
                blocks.append(
                    ("footnotes", {"notes": [{"text": t, "url": u} for t, u in value["notes"]]})
                )
            else:
                raise ValueError(f"unknown demo block {block_type}")
        return blocks

    def publish_and_translate(self, page):
        page.save_revision().publish()
        self.created["pages"] += 1
        for code in OTHER_LANGUAGES:
            translate_instance(page, code, translator(code))

    def exhibitions(self, index_page):
        made = []
        for spec in EXHIBITIONS:
            exhibition = (
                ExhibitionPage.objects.child_of(index_page).filter(slug=spec["slug"]).first()
            )
            if exhibition is None:
                exhibition = ExhibitionPage(
                    title=spec["title"],
                    slug=spec["slug"],
                    subtitle=spec["subtitle"],
                    hero_image=self.image(*spec["hero"], spec["title"]),
                    hero_alt=spec["hero_alt"],
                    introduction=spec["introduction"],
                    curators=spec["curators"],
                    venue=spec["venue"],
                )
                index_page.add_child(instance=exhibition)
                exhibition.save_revision().publish()
                self.created["pages"] += 1
                for chapter_spec in spec["chapters"]:
                    chapter = ChapterPage(
                        title=chapter_spec["title"],
                        slug=chapter_spec["slug"],
                        summary=chapter_spec["summary"],
                        body=self.stream(chapter_spec["body"]),
                    )
                    exhibition.add_child(instance=chapter)
                    chapter.save_revision().publish()
                    self.created["pages"] += 1
                for code in OTHER_LANGUAGES:
                    translate_instance(exhibition, code, translator(code))
                    for chapter in ChapterPage.objects.child_of(exhibition):
                        translate_instance(chapter, code, translator(code))
            made.append(exhibition)
        return made

    def content_pages(self, home):
        for slug, title, intro, paragraphs in CONTENT_PAGES:
            if ContentPage.objects.child_of(home).filter(slug=slug).exists():
                continue
            page = ContentPage(
                title=title,
                slug=slug,
                intro=intro,
                show_in_menus=True,
                body=[("rich_text", T.rich(*paragraphs))],
            )
            home.add_child(instance=page)
            self.publish_and_translate(page)

    def home(self, home, exhibitions):
        if home.highlighted_items:
            return
        home.intro = T.rich(
            T(
                "照片、农民版画、手稿、地图、报纸和口述历史：区图书馆的地方文献，在线浏览、检索、引用和教学。",
                "Photographs, farmers' prints, manuscripts, maps, newspapers and oral histories: "
                "the district library's local-history collection, to browse, search, cite and "
                "teach with.",
            )
        )
        home.hero_image = self.image("hero", 3, "首页")
        home.hero_alt = T(
            "套色木刻风格的示例横幅：田野、河流和村庄",
            "Sample banner in the style of a colour woodcut: fields, a river and a village",
        )
        home.featured_exhibitions = [("exhibition", e) for e in exhibitions]
        home.highlighted_items = [
            ("item", self.items[i])
            for i in (
                "QJ-P-001",
                "QJ-D-002",
                "QJ-P-004",
                "QJ-D-009",
                "QJ-W-002",
                "QJ-P-014",
                "QJ-D-003",
                "QJ-W-009",
            )
        ]
        home.save_revision().publish()
        for code in OTHER_LANGUAGES:
            translate_instance(home, code, translator(code))

    def settings(self, site):
        settings = LibrarySettings.for_site(site)
        settings.name = settings.name or "綦江区图书馆"
        settings.name_en = settings.name_en or "Qijiang District Library"
        settings.address = settings.address or "重庆市綦江区（示例地址）"
        settings.address_en = settings.address_en or "Qijiang District, Chongqing (sample address)"
        settings.icp_number = settings.icp_number or "渝ICP备00000000号-1（示例）"
        settings.psb_number = settings.psb_number or "渝公网安备50011002000000号（示例）"
        settings.show_sample_notice = True
        settings.save()

    def user(self):
        User = get_user_model()
        user, created = User.objects.get_or_create(
            username=DEMO_USER,
            defaults={
                "email": "curator@example.org",
                "first_name": "示例",
                "last_name": "馆员",
                "is_staff": True,
                "is_superuser": True,
            },
        )
        if created:
            user.set_password(DEMO_PASSWORD)
            user.save()
        return user

    def run(self):
        ensure_site_structure()
        locale = Locale.objects.get(language_code=DEFAULT_LANGUAGE)
        home = HomePage.objects.get(locale=locale)
        index_page = ExhibitionIndexPage.objects.child_of(home).get()
        self.vocabularies()
        self.collections(locale)
        self.item_rows(locale)
        exhibitions = self.exhibitions(index_page)
        self.content_pages(home)
        self.home(HomePage.objects.get(pk=home.pk), exhibitions)
        self.settings(Site.objects.get(is_default_site=True))
        self.user()
        return self.created
