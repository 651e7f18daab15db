from django.db import models
from django.db.models.functions import Lower
from django.utils.translation import gettext_lazy as _
from wagtail.search import index

from core.i18n import pick_localized


class MultilingualLabel(index.Indexed, models.Model):
    """A vocabulary term with its label in each site language on one record.

    Terms are shared by all translations of an item (like a SKOS concept with a prefLabel
    per language), so an item's subjects and place never drift apart between languages.
    """

    name = models.CharField(_("name (Simplified Chinese)"), max_length=200)
    name_en = models.CharField(_("name (English)"), max_length=200, blank=True)
    name_zh_hant = models.CharField(
        _("name (Traditional Chinese)"),
        max_length=200,
        blank=True,
        help_text=_("Leave empty to convert the Simplified name automatically."),
    )

    search_fields = [
        index.SearchField("name"),
        index.SearchField("name_en"),
        index.AutocompleteField("name"),
    ]

    class Meta:
        abstract = True
        ordering = ["name"]

    def __str__(self):
        return self.name

    @property
    def label(self) -> str:
        return pick_localized(self.name, self.name_en, self.name_zh_hant)


class Subject(MultilingualLabel):
    class Meta(MultilingualLabel.Meta):
        verbose_name = _("subject")
        verbose_name_plural = _("subjects")
        constraints = [
            models.UniqueConstraint(Lower("name"), name="collection_subject_name_ci_unique")
        ]


class Place(MultilingualLabel):
    """A place name as a label; coordinates belong to each item, not to the place."""

    class Meta(MultilingualLabel.Meta):
        verbose_name = _("place")
        verbose_name_plural = _("places")
        constraints = [
            models.UniqueConstraint(Lower("name"), name="collection_place_name_ci_unique")
        ]
