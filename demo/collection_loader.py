"""Sample vocabularies, collections and items (see data.py), with their translations."""

from decimal import Decimal

from collection.models import Item, ItemCollection, ItemImage, Place, Subject
from core.translation import translate_instance

from . import data
from .texts import T

OTHER_LANGUAGES = ("en", "zh-hant")


class CollectionLoader:
    """Mixed into DemoLoader, which provides image(), audio() and translator()."""

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
                    translate_instance(obj, code, self.translator(code))
            self.sets[slug] = obj

    def item_rows(self, locale):
        for index, row in enumerate(data.ITEMS):
            (
                identifier,
                item_type,
                title,
                title_en,
                date_zh,
                date_en,
                start,
                end,
                place,
                sets,
                subjects,
                translated,
            ) = row
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
                    f"{title_en} (sample picture{', second view' if n else ''}): "
                    f"a {noun_en} drawn by the computer",
                )
                images.append(
                    ItemImage(
                        image=self.image(image_kind, index * 7 + n, title),
                        alt_text=alt,
                        locale=locale,
                        sort_order=n,
                    )
                )
            item = Item(
                locale=locale,
                identifier=identifier,
                title=title,
                item_type=item_type,
                description=description,
                creators=T("佚名（示例）", "Unknown (sample)")
                if item_type != "audio"
                else T("示例受访者（虚构）", "A sample interviewee (fictional)"),
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
                    "(Sample transcription) The full text of the original goes here, "
                    "for search and for screen readers.",
                )
            if item_type == "audio":
                item.media = self.audio(f"audio-{1 + index % 2}")
                item.media_transcript = T(
                    "（示例录音，只有几个音调，没有人声。）\n采访者：请讲讲您记得的事。\n受访者（虚构）：那时候……",
                    "(A sample recording: a few tones, no voice.)\n"
                    "Interviewer: Please tell us what you remember.\n"
                    "Interviewee (fictional): Back then…",
                )
            item.save()
            item.save_revision().publish()
            self.created["items"] += 1
            if translated:
                for code in OTHER_LANGUAGES:
                    translate_instance(item, code, self.translator(code))
            self.items[identifier] = item
