"""Language codes, Accept-Language negotiation and the Simplified-to-Traditional fallback."""

from functools import lru_cache

from django.conf import settings
from django.utils.translation import get_language
from django.utils.translation.trans_real import parse_accept_lang_header

DEFAULT_LANGUAGE = "zh-hans"
TRADITIONAL = "zh-hant"

HTML_LANG = {"zh-hans": "zh-Hans", "en": "en", "zh-hant": "zh-Hant"}
OG_LOCALE = {"zh-hans": "zh_CN", "en": "en_US", "zh-hant": "zh_TW"}
NATIVE_NAMES = {"zh-hans": "简体中文", "en": "English", "zh-hant": "繁體中文"}
_TRADITIONAL_MARKERS = ("hant", "tw", "hk", "mo")


def language_codes() -> list[str]:
    return [code for code, _name in settings.LANGUAGES]


def current_language() -> str:
    lang = (get_language() or DEFAULT_LANGUAGE).lower()
    return lang if lang in language_codes() else DEFAULT_LANGUAGE


def pick_localized(zh_hans: str, en: str = "", zh_hant: str = "") -> str:
    """The text for the reader's language from a record that holds all three; English falls
    back to Simplified, Traditional to Simplified converted by OpenCC."""
    lang = current_language()
    if lang == "en":
        return en or zh_hans
    if lang == TRADITIONAL:
        return zh_hant or to_traditional(zh_hans)
    return zh_hans


def html_lang(code: str) -> str:
    return HTML_LANG.get(code, code)


def language_from_accept(header: str) -> str:
    """zh-TW/zh-HK/zh-MO/zh-Hant* -> zh-hant, en* -> en, other Chinese -> zh-hans.

    Tags are taken in the reader's order of preference; a language we do not serve is skipped,
    and with no match at all the default (zh-hans) wins.
    """
    for tag, _q in parse_accept_lang_header(header or ""):
        parts = tag.lower().replace("_", "-").split("-")
        if parts[0] == "zh":
            if any(p in _TRADITIONAL_MARKERS for p in parts[1:]):
                return TRADITIONAL
            return DEFAULT_LANGUAGE
        if parts[0] == "en":
            return "en"
    return DEFAULT_LANGUAGE


@lru_cache(maxsize=2)
def _converter(config: str):
    import opencc

    return opencc.OpenCC(config)


def to_traditional(text: str) -> str:
    """Automatic Simplified -> Traditional conversion (OpenCC), used only for fallbacks."""
    if not text:
        return text
    return _converter("s2t").convert(str(text))


def to_simplified(text: str) -> str:
    """Traditional -> Simplified, so a query typed in Traditional finds Simplified records."""
    if not text:
        return text
    return _converter("t2s").convert(str(text))
