from django.contrib.contenttypes.fields import GenericRelation
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models.functions import Lower
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    ObjectList,
    TabbedInterface,
)
from wagtail.fields import RichTextField
from wagtail.models import (
    DraftStateMixin,
    LockableMixin,
    Orderable,
    PreviewableMixin,
    RevisionMixin,
    TranslatableMixin,
    WorkflowMixin,
)
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from ..vocabularies import ItemType, Rights

IDENTIFIER_HELP = _(
    "Accession number, e.g. QJ-1985-001. Unique regardless of letter case; it is the item's "
    "permanent web address, so do not change it once published."
)


class Item(
    WorkflowMixin,
    DraftStateMixin,
    LockableMixin,
    RevisionMixin,
    PreviewableMixin,
    TranslatableMixin,
    index.Indexed,
    ClusterableModel,
):
    """One digitized object. Items are many, imported in bulk, and served by their own routes.

    Language-neutral facts (identifier, dates, coordinates, type, rights, subjects, place,
    collections) are read from the default-language item; the texts from each translation.
    """

    identifier = models.CharField(_("identifier"), max_length=64, help_text=IDENTIFIER_HELP)
    title = models.CharField(_("title"), max_length=255)
    description = RichTextField(_("description"), blank=True)
    creators = models.TextField(_("creators"), blank=True, help_text=_("One per line."))
    date_text = models.CharField(
        _("date as written"),
        max_length=100,
        blank=True,
        help_text=_("As the source gives it: 民国二十年, 1930年代, c. 1985."),
    )
    date_start = models.SmallIntegerField(_("earliest year"), null=True, blank=True)
    date_end = models.SmallIntegerField(_("latest year"), null=True, blank=True)
    place = models.ForeignKey(
        "collection.Place",
        verbose_name=_("place"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="items",
    )
    latitude = models.DecimalField(
        _("latitude (WGS-84)"),
        max_digits=9,
        decimal_places=6,
        null=True,
        blank=True,
        validators=[MinValueValidator(-90), MaxValueValidator(90)],
    )
    longitude = models.DecimalField(
        _("longitude (WGS-84)"),
        max_digits=9,
        decimal_places=6,
        null=True,
        blank=True,
        validators=[MinValueValidator(-180), MaxValueValidator(180)],
    )
    subjects = ParentalManyToManyField(
        "collection.Subject", verbose_name=_("subjects"), blank=True, related_name="items"
    )
    collections = ParentalManyToManyField(
        "collection.ItemCollection",
        verbose_name=_("collections"),
        blank=True,
        related_name="items",
    )
    item_type = models.CharField(_("type"), max_length=20, choices=ItemType.choices)
    physical_description = models.TextField(_("physical description"), blank=True)
    source = models.CharField(_("source / holding institution"), max_length=255, blank=True)
    rights = models.CharField(_("rights"), max_length=100, choices=Rights.choices)
    credit_line = models.CharField(_("credit line"), max_length=255, blank=True)
    object_language = models.CharField(
        _("language of the object"),
        max_length=35,
        blank=True,
        help_text=_("BCP 47 code: zh, zh-Hans, zh-Hant, en; zxx for none."),
    )
    transcription = models.TextField(_("transcription"), blank=True)
    media = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("audio or video file"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    media_transcript = models.TextField(
        _("audio/video transcript"),
        blank=True,
        help_text=_("Required with an audio or video file (WCAG 1.2.1)."),
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    _revisions = GenericRelation("wagtailcore.Revision", related_query_name="item")
    workflow_states = GenericRelation(
        "wagtailcore.WorkflowState",
        content_type_field="base_content_type",
        object_id_field="object_id",
        related_query_name="item",
        for_concrete_model=False,
    )

    translatable_fields = [
        SynchronizedField("identifier"),
        TranslatableField("title"),
        TranslatableField("description"),
        TranslatableField("creators"),
        TranslatableField("date_text"),
        SynchronizedField("date_start"),
        SynchronizedField("date_end"),
        SynchronizedField("place"),
        SynchronizedField("latitude"),
        SynchronizedField("longitude"),
        SynchronizedField("item_type"),
        TranslatableField("physical_description"),
        TranslatableField("source"),
        SynchronizedField("rights"),
        TranslatableField("credit_line"),
        SynchronizedField("object_language"),
        TranslatableField("transcription"),
        SynchronizedField("media"),
        TranslatableField("media_transcript"),
        TranslatableField("images"),
    ]

    search_fields = [
        index.SearchField("title", boost=3),
        index.AutocompleteField("title"),
        index.SearchField("identifier"),
        index.SearchField("description"),
        index.SearchField("creators"),
        index.SearchField("transcription"),
        index.FilterField("locale"),
        index.FilterField("live"),
        index.FilterField("item_type"),
    ]

    edit_handler = TabbedInterface(
        [
            ObjectList(
                [
                    FieldPanel("identifier"),
                    FieldPanel("title"),
                    FieldPanel("item_type"),
                    FieldPanel("description"),
                    FieldPanel("creators"),
                    MultiFieldPanel(
                        [
                            FieldPanel("date_text"),
                            FieldRowPanel([FieldPanel("date_start"), FieldPanel("date_end")]),
                        ],
                        heading=_("Date"),
                    ),
                    MultiFieldPanel(
                        [
                            FieldPanel("place"),
                            FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")]),
                        ],
                        heading=_("Place"),
                    ),
                    FieldPanel("subjects"),
                    FieldPanel("collections"),
                ],
                heading=_("Description"),
            ),
            ObjectList(
                [InlinePanel("images", heading=_("Images"), label=_("image"), min_num=0)],
                heading=_("Images"),
            ),
            ObjectList(
                [
                    FieldPanel("physical_description"),
                    FieldPanel("source"),
                    FieldPanel("rights"),
                    FieldPanel("credit_line"),
                    FieldPanel("object_language"),
                ],
                heading=_("Rights and physical"),
            ),
            ObjectList(
                [
                    FieldPanel("transcription"),
                    FieldPanel("media"),
                    FieldPanel("media_transcript"),
                ],
                heading=_("Text and media"),
            ),
        ]
    )

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("item")
        verbose_name_plural = _("items")
        ordering = ["identifier"]
        constraints = [
            models.UniqueConstraint(
                Lower("identifier"), "locale", name="collection_item_identifier_ci_unique"
            )
        ]
        indexes = [models.Index(fields=["locale", "live"])]

    def __str__(self):
        return f"{self.identifier} {self.title}"

    @property
    def revisions(self):
        return self._revisions

    def clean(self):
        super().clean()
        errors = {}
        if self.date_start is not None and self.date_end is not None:
            if self.date_start > self.date_end:
                errors["date_end"] = _("The latest year cannot be before the earliest year.")
        if (self.latitude is None) != (self.longitude is None):
            errors["longitude"] = _("Give both latitude and longitude, or neither.")
        if self.media_id and not self.media_transcript.strip():
            errors["media_transcript"] = _("Audio and video need a transcript.")
        if self.identifier:
            self.identifier = self.identifier.strip()
            clash = Item.objects.filter(
                identifier__iexact=self.identifier, locale_id=self.locale_id
            ).exclude(pk=self.pk)
            if self.locale_id and clash.exists():
                errors["identifier"] = _("Another item already has this identifier.")
        if errors:
            raise ValidationError(errors)

    def get_url(self, language_code=None):
        lang = language_code or self.locale.language_code
        with translation.override(lang):
            return reverse("collection:item_detail", kwargs={"identifier": self.identifier})

    get_absolute_url = get_url

    def get_preview_template(self, request, mode_name):
        return "collection/item_detail.html"

    def get_preview_context(self, request, mode_name):
        from ..resolve import ResolvedItem

        context = super().get_preview_context(request, mode_name)
        translation.activate(self.locale.language_code)
        context.update(
            {"item": ResolvedItem(self, self, self.locale.language_code), "is_preview": True}
        )
        return context

    @property
    def creator_list(self) -> list[str]:
        return [line.strip() for line in self.creators.splitlines() if line.strip()]

    @property
    def has_coordinates(self) -> bool:
        return self.latitude is not None and self.longitude is not None


class ItemImage(TranslatableMixin, Orderable):
    """An ordered image of an item; alt text is required and translated with the item."""

    item = ParentalKey(Item, related_name="images", on_delete=models.CASCADE)
    image = models.ForeignKey(
        "wagtailimages.Image", verbose_name=_("image"), on_delete=models.CASCADE, related_name="+"
    )
    alt_text = models.CharField(
        _("alt text"),
        max_length=300,
        help_text=_("What the image shows, for readers who cannot see it."),
    )
    caption = models.CharField(_("caption"), max_length=255, blank=True)

    panels = [FieldPanel("image"), FieldPanel("alt_text"), FieldPanel("caption")]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("item image")

    def clean(self):
        super().clean()
        if not (self.alt_text or "").strip():
            raise ValidationError({"alt_text": _("Every image needs alt text.")})
