from django.conf import settings

from .i18n import OG_LOCALE, current_language, html_lang


def site_context(request):
    lang = current_language()
    return {
        "LANG": lang,
        "HTML_LANG": html_lang(lang),
        "OG_LOCALE": OG_LOCALE[lang],
        "MAP_TILE_PROVIDER": settings.MAP_TILE_PROVIDER,
        # Tianditu's browser key is public by design (it is restricted by referrer).
        "MAP_TILE_KEY": settings.TIANDITU_KEY if settings.MAP_TILE_PROVIDER == "tianditu" else "",
    }


def _exhibitions_url():
    from exhibits.models import ExhibitionIndexPage

    index = (
        ExhibitionIndexPage.objects.live().filter(locale__language_code=current_language()).first()
    )
    return index.url if index else ""


def navigation(request):
    from django.utils.functional import SimpleLazyObject

    return {"EXHIBITIONS_URL": SimpleLazyObject(_exhibitions_url)}
