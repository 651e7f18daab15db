from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from collection.resolve import resolve_item_refs
from core.i18n import current_language
from core.pages import LocalizedPageMixin

from .blocks import ChapterStreamBlock, heading_anchor


class ExhibitionIndexPage(LocalizedPageMixin, Page):
    intro = RichTextField(_("introduction"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["exhibits.ExhibitionPage"]
    max_count_per_parent = 1
    template = "exhibits/exhibition_index_page.html"

    class Meta:
        verbose_name = _("exhibitions index")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["exhibitions"] = (
            ExhibitionPage.objects.child_of(self)
            .live()
            .public()
            .select_related("hero_image")
            .prefetch_related("hero_image__renditions")
        )
        return context


class ExhibitionPage(LocalizedPageMixin, Page):
    subtitle = models.CharField(_("subtitle"), max_length=255, blank=True)
    hero_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("hero image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    hero_alt = models.CharField(_("hero image alt text"), max_length=300, blank=True)
    introduction = RichTextField(_("introduction"), blank=True)
    curators = models.CharField(_("curators"), max_length=255, blank=True)
    venue = models.CharField(
        _("physical venue"), max_length=255, blank=True, help_text=_("If shown in a gallery too.")
    )
    start_date = models.DateField(_("opens"), null=True, blank=True)
    end_date = models.DateField(_("closes"), null=True, blank=True)

    content_panels = Page.content_panels + [
        FieldPanel("subtitle"),
        MultiFieldPanel([FieldPanel("hero_image"), FieldPanel("hero_alt")], heading=_("Hero")),
        FieldPanel("introduction"),
        FieldPanel("curators"),
        MultiFieldPanel(
            [
                FieldPanel("venue"),
                FieldRowPanel([FieldPanel("start_date"), FieldPanel("end_date")]),
            ],
            heading=_("In the library"),
        ),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("subtitle"),
        index.SearchField("introduction"),
    ]
    parent_page_types = ["exhibits.ExhibitionIndexPage"]
    subpage_types = ["exhibits.ChapterPage"]
    template = "exhibits/exhibition_page.html"

    class Meta:
        verbose_name = _("exhibition")

    def clean(self):
        super().clean()
        from django.core.exceptions import ValidationError

        if self.hero_image_id and not self.hero_alt.strip():
            raise ValidationError({"hero_alt": _("The hero image needs alt text.")})
        if self.start_date and self.end_date and self.start_date > self.end_date:
            raise ValidationError({"end_date": _("An exhibition cannot close before it opens.")})

    def public_chapters(self):
        return ChapterPage.objects.child_of(self).live().public().specific()

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["chapters"] = list(self.public_chapters())
        return context


class ChapterPage(LocalizedPageMixin, Page):
    summary = models.TextField(_("summary"), blank=True)
    body = StreamField(ChapterStreamBlock(), verbose_name=_("body"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("summary"), FieldPanel("body")]
    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("body"),
    ]
    parent_page_types = ["exhibits.ExhibitionPage"]
    subpage_types: list[str] = []
    template = "exhibits/chapter_page.html"

    class Meta:
        verbose_name = _("chapter")

    def referenced_items(self):
        items = []
        for block in self.body:
            if block.block_type == "item":
                items.append(block.value["item"])
            elif block.block_type == "gallery":
                items.extend(block.value["items"])
        return items

    def table_of_contents(self):
        return [
            {"text": block.value, "anchor": heading_anchor(block.value)}
            for block in self.body
            if block.block_type == "heading"
        ]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        exhibition = self.get_parent().specific
        chapters = list(exhibition.public_chapters()) if exhibition else []
        position = next((i for i, c in enumerate(chapters) if c.pk == self.pk), None)
        context.update(
            {
                "exhibition": exhibition,
                "chapters": chapters,
                "previous_chapter": chapters[position - 1]
                if position is not None and position > 0
                else None,
                "next_chapter": chapters[position + 1]
                if position is not None and position + 1 < len(chapters)
                else None,
                "chapter_number": (position + 1) if position is not None else None,
                "toc": self.table_of_contents(),
                "resolved_items": resolve_item_refs(self.referenced_items(), current_language()),
            }
        )
        return context
