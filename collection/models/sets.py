from django.contrib.contenttypes.fields import GenericRelation
from django.db import models
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import DraftStateMixin, RevisionMixin, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField


class ItemCollection(
    DraftStateMixin, RevisionMixin, TranslatableMixin, index.Indexed, models.Model
):
    """A curated set of items (the project's own, not Wagtail's media collections)."""

    title = models.CharField(_("title"), max_length=255)
    slug = models.SlugField(
        _("slug"), max_length=80, help_text=_("Part of the web address; keep it stable.")
    )
    description = RichTextField(_("description"), blank=True)
    cover_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("cover image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    cover_alt = models.CharField(_("cover image alt text"), max_length=300, blank=True)
    sort_order = models.IntegerField(_("sort order"), default=0)

    _revisions = GenericRelation("wagtailcore.Revision", related_query_name="item_collection")

    translatable_fields = [
        TranslatableField("title"),
        SynchronizedField("slug"),
        TranslatableField("description"),
        SynchronizedField("cover_image"),
        TranslatableField("cover_alt"),
        SynchronizedField("sort_order"),
    ]
    search_fields = [
        index.SearchField("title"),
        index.AutocompleteField("title"),
        index.FilterField("locale"),
    ]
    panels = [
        FieldPanel("title"),
        FieldPanel("slug"),
        FieldPanel("description"),
        FieldPanel("cover_image"),
        FieldPanel("cover_alt"),
        FieldPanel("sort_order"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("collection")
        verbose_name_plural = _("collections")
        ordering = ["sort_order", "title"]
        constraints = [
            models.UniqueConstraint(fields=["slug", "locale"], name="collection_set_slug_unique")
        ]

    def __str__(self):
        return self.title

    @property
    def revisions(self):
        return self._revisions

    def get_url(self, language_code=None):
        lang = language_code or self.locale.language_code
        with translation.override(lang):
            return reverse("collection:collection_detail", kwargs={"slug": self.slug})
