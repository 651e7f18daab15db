"""Controlled lists: item types and rights statements (one canonical URI per item)."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class ItemType(models.TextChoices):
    PHOTOGRAPH = "photograph", _("Photograph")
    PRINT = "print", _("Print")
    PAINTING = "painting", _("Painting")
    MANUSCRIPT = "manuscript", _("Manuscript")
    LETTER = "letter", _("Letter")
    MAP = "map", _("Map")
    NEWSPAPER = "newspaper", _("Newspaper")
    BOOK = "book", _("Book")
    POSTER = "poster", _("Poster")
    OBJECT = "object", _("Object")
    AUDIO = "audio", _("Audio")
    VIDEO = "video", _("Video")


_RS = "http://rightsstatements.org/vocab/{}/1.0/"
_CC = "http://creativecommons.org/licenses/{}/4.0/"


class Rights(models.TextChoices):
    """rightsstatements.org and Creative Commons, in the `http://` form IIIF expects."""

    INC = _RS.format("InC"), _("In Copyright")
    INC_EDU = _RS.format("InC-EDU"), _("In Copyright – Educational Use Permitted")
    INC_NC = _RS.format("InC-NC"), _("In Copyright – Non-Commercial Use Permitted")
    INC_RUU = _RS.format("InC-RUU"), _("In Copyright – Rights-holder(s) Unlocatable")
    NOC_CR = _RS.format("NoC-CR"), _("No Copyright – Contractual Restrictions")
    NOC_NC = _RS.format("NoC-NC"), _("No Copyright – Non-Commercial Use Only")
    NOC_OKLR = _RS.format("NoC-OKLR"), _("No Copyright – Other Known Legal Restrictions")
    CNE = _RS.format("CNE"), _("Copyright Not Evaluated")
    UND = _RS.format("UND"), _("Copyright Undetermined")
    NKC = _RS.format("NKC"), _("No Known Copyright")
    CC_BY = _CC.format("by"), _("Creative Commons Attribution 4.0")
    CC_BY_SA = _CC.format("by-sa"), _("Creative Commons Attribution-ShareAlike 4.0")
    CC_BY_NC = _CC.format("by-nc"), _("Creative Commons Attribution-NonCommercial 4.0")
    CC_BY_NC_SA = (
        _CC.format("by-nc-sa"),
        _("Creative Commons Attribution-NonCommercial-ShareAlike 4.0"),
    )
    CC_BY_ND = _CC.format("by-nd"), _("Creative Commons Attribution-NoDerivatives 4.0")
    CC_BY_NC_ND = (
        _CC.format("by-nc-nd"),
        _("Creative Commons Attribution-NonCommercial-NoDerivatives 4.0"),
    )
    CC0 = "http://creativecommons.org/publicdomain/zero/1.0/", _("CC0 1.0 Public Domain Dedication")
    PDM = "http://creativecommons.org/publicdomain/mark/1.0/", _("Public Domain Mark 1.0")


OBJECT_LANGUAGES = {
    "zh": _("Chinese"),
    "zh-Hans": _("Chinese (Simplified)"),
    "zh-Hant": _("Chinese (Traditional)"),
    "en": _("English"),
    "zxx": _("No linguistic content"),
}
