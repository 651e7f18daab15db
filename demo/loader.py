"""Creates the sample site in three languages. Safe to run again: it only adds what is missing."""

from django.contrib.auth import get_user_model
import io
from decimal import Decimal

from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Locale, Site

from collection.models import Item, ItemCollection, ItemImage, Place, Subject
from core.i18n import DEFAULT_LANGUAGE, to_traditional
from core.models import LibrarySettings
from core.site_structure import ensure_site_structure
from core.translation import translate_instance
from exhibits.models import ChapterPage, ExhibitionIndexPage, ExhibitionPage
from home.models import ContentPage, HomePage

from . import data
from .audio import tones
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


class DemoLoader:
    def __init__(self, stdout=None):
        self.stdout = stdout
        self.created = {"images": 0, "items": 0, "pages": 0}
        self.images = {}
        self.items = {}
        self.documents = {}

    def log(self, message):
        if self.stdout:
            self.stdout.write(message)

    # -- media -----------------------------------------------------------------------------
    def image(self, kind, seed, title):
        key = (kind, seed)
        if key in self.images:
            return self.images[key]
        Image = get_image_model()
        full_title = f"示例 {title}"
        image = Image.objects.filter(title=full_title).first()
        if image is None:
            image = Image(
                title=full_title,
                file=ImageFile(io.BytesIO(draw(kind, seed)), name=f"demo-{kind}-{seed}.jpg"),
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

    # -- collection ------------------------------------------------------------------------
    def vocabularies(self):
        self.places = {}
        for key, (zh, en, _lat, _lon) in data.PLACES.items():
            self.places[key], _ = Place.objects.get_or_create(name=zh, defaults={"name_en": en})
        self.subjects = {}
        for key, (zh, en) in data.SUBJECTS.items():
            self.subjects[key], _ = Subject.objects.get_or_create(name=zh, defaults={"name_en": en})

    def collections(self, locale):
        self.sets = {}
        for index, (slug, title, description, cover_kind) in enumerate(data.COLLECTIONS):
            obj = ItemCollection.objects.filter(slug=slug, locale=locale).first()
            if obj is None:
                obj = ItemCollection(
                    slug=slug,
                    title=title,
                    description=T.rich(description),
                    cover_image=self.image(cover_kind, 100 + index, title),
                    cover_alt=f"{title}的示例封面图",
                    sort_order=index,
                    locale=locale,
                )
                T(obj.cover_alt, f"Sample cover picture for {T.en[title]}")
                obj.save()
                obj.save_revision().publish()
                for code in OTHER_LANGUAGES:
                    translate_instance(obj, code, translator(code))
            self.sets[slug] = obj

    def item_rows(self, locale):
        for index, row in enumerate(data.ITEMS):
            (identifier, item_type, title, title_en, date_zh, date_en, start, end, place,
             sets, subjects, translated) = row
            existing = Item.objects.filter(identifier__iexact=identifier, locale=locale).first()
            if existing:
                self.items[identifier] = existing
                continue
            noun_zh, noun_en = data.TYPE_NOUN[item_type]
            T(title, title_en)
            T(date_zh, date_en)
            description = T.rich(
                T(
                    f"示例条目：《{title}》。这是一件由程序绘制的演示{noun_zh}，用来展示此类藏品在本站的样子，并非真实馆藏。",
                    f"Sample entry: “{title_en}”. A demonstration {noun_en} drawn by the computer "
                    "to show how such an item looks on this site; not a real holding.",
                )
            )
            phys_zh, phys_en = data.PHYSICAL[item_type]
            T(phys_zh, phys_en)
            zh_place, _en, lat, lon = data.PLACES[place]
            # Items of one town carry their own points: nudge each a little, deterministically.
            nudge = ((index * 37) % 11 - 5) / 1000
            images = []
            image_kind = "audio" if item_type == "audio" else item_type
            for n in range(1 if index % 3 else 2):
                alt = T(
                    f"{title}（示例图像{'，第二幅' if n else ''}）：程序绘制的{noun_zh}",
                    f"{title_en} (sample picture{', second view' if n else ''}): a {noun_en} drawn by the computer",
                )
                images.append(
                    ItemImage(image=self.image(image_kind, index * 7 + n, title), alt_text=alt,
                              locale=locale)
                )
            item = Item(
                locale=locale,
                identifier=identifier,
                title=title,
                item_type=item_type,
                description=description,
                creators=T("佚名（示例）", "Unknown (sample)") if item_type != "audio" else T("示例受访者（虚构）", "A sample interviewee (fictional)"),
                date_text=date_zh,
                date_start=start,
                date_end=end,
                place=self.places[place],
                latitude=Decimal(f"{lat + nudge:.6f}"),
                longitude=Decimal(f"{lon - nudge:.6f}"),
                physical_description=phys_zh,
                source=T("綦江区图书馆（示例）", "Qijiang District Library (sample)"),
                rights=data.rights_for(index),
                credit_line=T("綦江区图书馆藏，示例数据", "Qijiang District Library, sample data"),
                object_language=data.object_language_for(item_type),
                images=images,
                subjects=[self.subjects[s] for s in subjects],
                collections=[self.sets[s] for s in sets],
            )
            if item_type in {"manuscript", "letter", "newspaper", "book"}:
                item.transcription = T(
                    "（示例转录）此处为原件文字的全文转录，供检索和朗读。",
                    "(Sample transcription) The full text of the original goes here, for search and for screen readers.",
                )
            if item_type == "audio":
                item.media = self.audio(f"audio-{1 + index % 2}")
                item.media_transcript = T(
                    "（示例录音，只有几个音调，没有人声。）\n采访者：请讲讲您记得的事。\n受访者（虚构）：那时候……",
                    "(A sample recording: a few tones, no voice.)\nInterviewer: Please tell us what you remember.\nInterviewee (fictional): Back then…",
                )
            item.save()
            item.save_revision().publish()
            self.created["items"] += 1
            if translated:
                for code in OTHER_LANGUAGES:
                    translate_instance(item, code, translator(code))
            self.items[identifier] = item

    # -- pages -----------------------------------------------------------------------------
    def stream(self, body):
        blocks = []
        for block_type, value in body:
            if block_type in ("heading", "rich_text"):
                blocks.append((block_type, value))
            elif block_type == "item":
                blocks.append(("item", {"item": self.items[value["item"]],
                                        "caption": value["caption"], "size": "wide"}))
            elif block_type == "gallery":
                blocks.append(("gallery", {"title": value["title"],
                                           "items": [self.items[i] for i in value["items"]]}))
            elif block_type == "then_and_now":
                blocks.append(("then_and_now", {
                    "then_image": self.image(*value["then"], value["then_label"]),
                    "then_alt": value["then_alt"], "then_label": value["then_label"],
                    "now_image": self.image(*value["now"], value["now_label"]),
                    "now_alt": value["now_alt"], "now_label": value["now_label"],
                    "caption": value["caption"],
                }))
            elif block_type == "quote":
                blocks.append(("quote", value))
            elif block_type == "timeline":
                blocks.append(("timeline", {"title": value["title"], "entries": [
                    {"date_label": d, "year": y, "text": t} for d, y, t in value["entries"]]}))
            elif block_type == "map":
                places = []
                for key in value["places"]:
                    zh, en, lat, lon = data.PLACES[key]
                    T(zh, en)
                    places.append({"name": zh, "latitude": lat, "longitude": lon, "note": ""})
                blocks.append(("map", {"title": value["title"], "places": places,
                                       "caption": value["caption"]}))
            elif block_type == "media":
                from wagtail.rich_text import RichText

                blocks.append(("media", {"title": value["title"], "kind": "audio",
                                         "file": self.audio(value["audio"]),
                                         "transcript": RichText(value["transcript"])}))
            elif block_type == "footnotes":
                blocks.append(("footnotes", {"notes": [{"text": t, "url": u}
                                                       for t, u in value["notes"]]}))
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
            exhibition = ExhibitionPage.objects.child_of(index_page).filter(slug=spec["slug"]).first()
            if exhibition is None:
                exhibition = ExhibitionPage(
                    title=spec["title"], slug=spec["slug"], subtitle=spec["subtitle"],
                    hero_image=self.image(*spec["hero"], spec["title"]), hero_alt=spec["hero_alt"],
                    introduction=spec["introduction"], curators=spec["curators"], venue=spec["venue"],
                )
                index_page.add_child(instance=exhibition)
                exhibition.save_revision().publish()
                self.created["pages"] += 1
                for chapter_spec in spec["chapters"]:
                    chapter = ChapterPage(
                        title=chapter_spec["title"], slug=chapter_spec["slug"],
                        summary=chapter_spec["summary"], body=self.stream(chapter_spec["body"]),
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
            page = ContentPage(title=title, slug=slug, intro=intro, show_in_menus=True,
                               body=[("rich_text", T.rich(*paragraphs))])
            home.add_child(instance=page)
            self.publish_and_translate(page)

    def home(self, home, exhibitions):
        if home.highlighted_items:
            return
        home.intro = T.rich(T(
            "照片、农民版画、手稿、地图、报纸和口述历史：区图书馆的地方文献，在线浏览、检索、引用和教学。",
            "Photographs, farmers' prints, manuscripts, maps, newspapers and oral histories: the district "
            "library's local-history collection, to browse, search, cite and teach with.",
        ))
        home.hero_image = self.image("hero", 3, "首页")
        home.hero_alt = T("套色木刻风格的示例横幅：田野、河流和村庄", "Sample banner in the style of a colour woodcut: fields, a river and a village")
        home.featured_exhibitions = [("exhibition", e) for e in exhibitions]
        home.highlighted_items = [("item", self.items[i]) for i in (
            "QJ-P-001", "QJ-D-002", "QJ-P-004", "QJ-D-009", "QJ-W-002", "QJ-P-014", "QJ-D-003", "QJ-W-009")]
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
            defaults={"email": "curator@example.org", "first_name": "示例", "last_name": "馆员",
                      "is_staff": True, "is_superuser": True},
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
