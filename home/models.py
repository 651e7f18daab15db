from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index
from wagtail.snippets.blocks import SnippetChooserBlock

from collection.resolve import public_collections, resolve_item_refs
from core.i18n import current_language
from core.pages import LocalizedPageMixin, localize_pages
from exhibits.blocks import PlainStreamBlock
from exhibits.models import ExhibitionPage


class HomePage(LocalizedPageMixin, Page):
    intro = RichTextField(_("introduction"), blank=True)
    hero_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("hero image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    hero_alt = models.CharField(_("hero image alt text"), max_length=300, blank=True)
    featured_exhibitions = StreamField(
        [("exhibition", blocks.PageChooserBlock(page_type="exhibits.ExhibitionPage"))],
        verbose_name=_("featured exhibitions"),
        blank=True,
        help_text=_("Empty: the newest exhibitions are shown."),
    )
    highlighted_items = StreamField(
        [("item", SnippetChooserBlock("collection.Item"))],
        verbose_name=_("highlighted items"),
        blank=True,
    )

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        MultiFieldPanel([FieldPanel("hero_image"), FieldPanel("hero_alt")], heading=_("Hero")),
        FieldPanel("featured_exhibitions"),
        FieldPanel("highlighted_items"),
    ]
    parent_page_types = ["wagtailcore.Page"]
    subpage_types = ["exhibits.ExhibitionIndexPage", "home.ContentPage"]
    template = "home/home_page.html"

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        lang = current_language()
        chosen = [block.value for block in self.featured_exhibitions]
        if not chosen:
            chosen = list(
                ExhibitionPage.objects.live()
                .public()
                .filter(locale=self.locale)
                .order_by("-first_published_at")[:3]
            )
        featured = localize_pages(chosen, lang, ExhibitionPage)
        exhibition_ids = [page.pk for page, _fallback in featured]
        with_images = (
            ExhibitionPage.objects.filter(pk__in=exhibition_ids)
            .select_related("hero_image")
            .prefetch_related("hero_image__renditions")
        )
        by_id = {p.pk: p for p in with_images}
        context["featured_exhibitions"] = [
            (by_id[page.pk], fallback) for page, fallback in featured if page.pk in by_id
        ]
        items = [block.value for block in self.highlighted_items]
        resolved = resolve_item_refs(items, lang)
        context["highlighted_items"] = [resolved[i.pk] for i in items if i and i.pk in resolved]
        context["collections"] = public_collections(lang)
        context["content_pages"] = ContentPage.objects.child_of(self).live().public().in_menu()
        return context


class ContentPage(LocalizedPageMixin, Page):
    """About, Visit, Contact, Privacy, the accessibility statement."""

    intro = models.TextField(_("introduction"), blank=True)
    body = StreamField(PlainStreamBlock(), verbose_name=_("body"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    search_fields = Page.search_fields + [index.SearchField("intro"), index.SearchField("body")]
    parent_page_types = ["home.HomePage", "home.ContentPage"]
    subpage_types = ["home.ContentPage"]
    template = "home/content_page.html"

    class Meta:
        verbose_name = _("content page")
