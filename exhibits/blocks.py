"""The blocks a chapter is written with. Each renders from templates/components/blocks/."""

import uuid

from django.core.exceptions import ValidationError
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageChooserBlock
from wagtail.snippets.blocks import SnippetChooserBlock

RICH_FEATURES = ["bold", "italic", "link", "ol", "ul", "h3", "h4", "blockquote", "document-link"]


class HeadingBlock(blocks.CharBlock):
    """A section heading; chapters list them in their table of contents."""

    class Meta:
        icon = "title"
        template = "components/blocks/heading.html"
        label = _("Section heading")

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        context["anchor"] = heading_anchor(value)
        return context


def heading_anchor(text: str) -> str:
    return "s-" + (slugify(text, allow_unicode=True) or "section")


def _resolved(parent_context, item):
    """The public, localized form of a chosen item (None for a draft or deleted item)."""
    if item is None or parent_context is None:
        return None
    return parent_context.get("resolved_items", {}).get(item.pk)


class ItemBlock(blocks.StructBlock):
    item = SnippetChooserBlock("collection.Item", label=_("Item"))
    caption = blocks.CharBlock(
        required=False, label=_("Caption"), help_text=_("Leave empty to use the item's title.")
    )
    size = blocks.ChoiceBlock(
        choices=[("wide", _("Wide")), ("normal", _("Normal"))], default="wide", label=_("Size")
    )

    class Meta:
        icon = "image"
        template = "components/blocks/item.html"
        label = _("Item")

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        context["resolved"] = _resolved(parent_context, value.get("item"))
        return context


class GalleryBlock(blocks.StructBlock):
    title = blocks.CharBlock(required=False, label=_("Title"))
    items = blocks.ListBlock(SnippetChooserBlock("collection.Item"), min_num=2, label=_("Items"))

    class Meta:
        icon = "grip"
        template = "components/blocks/gallery.html"
        label = _("Item gallery")

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        resolved = (_resolved(parent_context, item) for item in value.get("items", []))
        context["resolved_list"] = [r for r in resolved if r is not None]
        return context


class ThenAndNowBlock(blocks.StructBlock):
    then_image = ImageChooserBlock(label=_("Then: image"))
    then_alt = blocks.CharBlock(label=_("Then: alt text"))
    then_label = blocks.CharBlock(label=_("Then: label"), help_text=_("e.g. 1985"))
    now_image = ImageChooserBlock(label=_("Now: image"))
    now_alt = blocks.CharBlock(label=_("Now: alt text"))
    now_label = blocks.CharBlock(label=_("Now: label"), help_text=_("e.g. 2024"))
    caption = blocks.CharBlock(required=False, label=_("Caption"))

    class Meta:
        icon = "image"
        template = "components/blocks/then_and_now.html"
        label = _("Then and now")


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("Quotation"))
    attribution = blocks.CharBlock(required=False, label=_("Attribution"))
    source = blocks.CharBlock(required=False, label=_("Source"))

    class Meta:
        icon = "openquote"
        template = "components/blocks/quote.html"
        label = _("Quote")


class TimelineEntryBlock(blocks.StructBlock):
    date_label = blocks.CharBlock(label=_("Date as shown"), help_text=_("e.g. 1984年1月"))
    year = blocks.IntegerBlock(label=_("Year (for ordering)"))
    text = blocks.TextBlock(label=_("What happened"))


class TimelineBlock(blocks.StructBlock):
    title = blocks.CharBlock(required=False, label=_("Title"))
    entries = blocks.ListBlock(TimelineEntryBlock(), min_num=1, label=_("Entries"))

    class Meta:
        icon = "time"
        template = "components/blocks/timeline.html"
        label = _("Timeline")


class MapPlaceBlock(blocks.StructBlock):
    name = blocks.CharBlock(label=_("Place name"))
    latitude = blocks.FloatBlock(min_value=-90, max_value=90, label=_("Latitude (WGS-84)"))
    longitude = blocks.FloatBlock(min_value=-180, max_value=180, label=_("Longitude (WGS-84)"))
    note = blocks.CharBlock(required=False, label=_("Note"))


class MapBlock(blocks.StructBlock):
    title = blocks.CharBlock(required=False, label=_("Title"))
    places = blocks.ListBlock(MapPlaceBlock(), min_num=1, label=_("Places"))
    caption = blocks.CharBlock(required=False, label=_("Caption"))

    class Meta:
        icon = "site"
        template = "components/blocks/map.html"
        label = _("Map")

    def get_context(self, value, parent_context=None):
        from core.maps import MAP_SIZE, project_points

        context = super().get_context(value, parent_context)
        context["map_id"] = f"map-{uuid.uuid4().hex[:8]}"
        context.update(MAP_SIZE)
        context["points"] = project_points(
            [(p["latitude"], p["longitude"], p["name"], p.get("note", "")) for p in value["places"]]
        )
        return context


class MediaBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"))
    kind = blocks.ChoiceBlock(
        choices=[("audio", _("Audio")), ("video", _("Video"))], default="audio", label=_("Kind")
    )
    file = DocumentChooserBlock(label=_("File"))
    transcript = blocks.RichTextBlock(
        features=RICH_FEATURES, label=_("Transcript"), help_text=_("Required (WCAG 1.2.1).")
    )

    class Meta:
        icon = "media"
        template = "components/blocks/media.html"
        label = _("Audio or video")

    def clean(self, value):
        value = super().clean(value)
        if not value.get("transcript") or not value["transcript"].source.strip():
            raise ValidationError(_("Audio and video need a transcript."))
        return value


class FootnoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("Note"))
    url = blocks.URLBlock(required=False, label=_("Source link"))


class FootnotesBlock(blocks.StructBlock):
    notes = blocks.ListBlock(FootnoteBlock(), min_num=1, label=_("Notes"))

    class Meta:
        icon = "list-ol"
        template = "components/blocks/footnotes.html"
        label = _("Footnotes")


class TextBlock(blocks.RichTextBlock):
    def __init__(self, **kwargs):
        super().__init__(features=RICH_FEATURES, **kwargs)

    class Meta:
        icon = "doc-full"
        label = _("Text")
        template = "components/blocks/rich_text.html"


class ChapterStreamBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    rich_text = TextBlock()
    item = ItemBlock()
    gallery = GalleryBlock()
    then_and_now = ThenAndNowBlock()
    quote = QuoteBlock()
    timeline = TimelineBlock()
    map = MapBlock()
    media = MediaBlock()
    footnotes = FootnotesBlock()


class PlainStreamBlock(blocks.StreamBlock):
    """For About, Visit, Contact, Privacy and the accessibility statement."""

    heading = HeadingBlock()
    rich_text = TextBlock()
    quote = QuoteBlock()
    map = MapBlock()
