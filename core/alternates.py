"""hreflang links and the language switcher.

`alternates` lists the translations that exist (for `<link rel="alternate" hreflang>`), plus
x-default; `switcher` offers every language and keeps the reader on the same page or item when
a translation exists, else sends them to that language's home page.
"""

from dataclasses import dataclass

from django.conf import settings
from django.urls import translate_url
from django.utils import translation
from wagtail.models import Site

from .i18n import DEFAULT_LANGUAGE, NATIVE_NAMES, current_language, html_lang


@dataclass(frozen=True)
class LanguageLink:
    code: str
    url: str
    available: bool = True

    @property
    def hreflang(self) -> str:
        return html_lang(self.code)

    @property
    def name(self) -> str:
        return NATIVE_NAMES.get(self.code, self.code)

    @property
    def is_current(self) -> bool:
        return self.code == current_language()


def _home_urls(request) -> dict[str, str]:
    cache = getattr(request, "_qj_home_urls", None)
    if cache is None:
        site = Site.find_for_request(request)
        cache = {}
        if site is not None:
            for page in site.root_page.get_translations(inclusive=True).select_related("locale"):
                cache[page.locale.language_code] = page.get_url(request)
        request._qj_home_urls = cache
    return cache


def build_links(request, urls: dict[str, str], switch_urls: dict[str, str] | None = None) -> dict:
    """`urls` maps language code -> relative URL of the translations that exist.

    `switch_urls` may offer the switcher more than the translations that exist, e.g. an item
    page, which every language can show (with a visible fallback).
    """
    absolute = {code: request.build_absolute_uri(url) for code, url in urls.items() if url}
    alternates = [
        LanguageLink(code, absolute[code]) for code, _ in settings.LANGUAGES if code in absolute
    ]
    x_default = absolute.get(DEFAULT_LANGUAGE) or (alternates[0].url if alternates else "")
    homes = _home_urls(request)
    switcher = []
    offered = {**urls, **(switch_urls or {})}
    for code, _name in settings.LANGUAGES:
        if code in offered:
            switcher.append(LanguageLink(code, offered[code], available=code in urls))
        else:
            fallback = homes.get(code) or f"/{code}/"
            switcher.append(LanguageLink(code, fallback, available=False))
    return {"alternates": alternates, "x_default": x_default, "switcher": switcher}


def page_links(request, page) -> dict:
    urls = {}
    for p in page.get_translations(inclusive=True).live().select_related("locale"):
        url = p.get_url(request)
        if url:
            urls[p.locale.language_code] = url
    return build_links(request, urls)


def view_links(request, available_codes=None) -> dict:
    """For Django views under i18n_patterns: the same path in each available language."""
    path = request.path
    codes = available_codes or [code for code, _ in settings.LANGUAGES]
    urls = {}
    for code in codes:
        with translation.override(code):
            urls[code] = translate_url(path, code)
    return build_links(request, urls)
