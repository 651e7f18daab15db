from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting

from .i18n import pick_localized


@register_setting(icon="site")
class LibrarySettings(BaseSiteSetting):
    """The library's identity and the filing numbers sites hosted in mainland China must show."""

    name = models.CharField(_("library name (Simplified Chinese)"), max_length=120, blank=True)
    name_en = models.CharField(_("library name (English)"), max_length=120, blank=True)
    name_zh_hant = models.CharField(
        _("library name (Traditional Chinese)"),
        max_length=120,
        blank=True,
        help_text=_("Leave empty to convert the Simplified name automatically."),
    )
    address = models.CharField(_("address (Simplified Chinese)"), max_length=255, blank=True)
    address_en = models.CharField(_("address (English)"), max_length=255, blank=True)
    address_zh_hant = models.CharField(
        _("address (Traditional Chinese)"), max_length=255, blank=True
    )
    phone = models.CharField(_("telephone"), max_length=40, blank=True)
    email = models.EmailField(_("email"), blank=True)
    icp_number = models.CharField(
        _("ICP filing number"),
        max_length=64,
        blank=True,
        help_text=_("For example 渝ICP备12345678号. Linked to beian.miit.gov.cn."),
    )
    psb_number = models.CharField(
        _("public security filing number"),
        max_length=64,
        blank=True,
        help_text=_("For example 渝公网安备50011002000000号. Linked to the national registry."),
    )

    show_sample_notice = models.BooleanField(
        _("show the sample-content notice"),
        default=False,
        help_text=_("On while the site shows demonstration content."),
    )

    panels = [
        FieldPanel("show_sample_notice"),
        MultiFieldPanel(
            [FieldPanel("name"), FieldPanel("name_en"), FieldPanel("name_zh_hant")],
            heading=_("Name"),
        ),
        MultiFieldPanel(
            [FieldPanel("address"), FieldPanel("address_en"), FieldPanel("address_zh_hant")],
            heading=_("Address"),
        ),
        MultiFieldPanel([FieldPanel("phone"), FieldPanel("email")], heading=_("Contact")),
        MultiFieldPanel(
            [FieldPanel("icp_number"), FieldPanel("psb_number")], heading=_("Filing numbers")
        ),
    ]

    class Meta:
        verbose_name = _("library settings")

    @property
    def display_name(self) -> str:
        return pick_localized(self.name, self.name_en, self.name_zh_hant)

    @property
    def display_address(self) -> str:
        return pick_localized(self.address, self.address_en, self.address_zh_hant)

    @property
    def psb_record_code(self) -> str:
        """The digits of the public-security number, which the registry's URL takes."""
        return "".join(ch for ch in self.psb_number if ch.isdigit())
