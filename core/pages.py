"""What every public page type shares: hreflang links, the switcher, localized lookups."""

from django.utils.translation import gettext_lazy as _

from .alternates import page_links


class LocalizedPageMixin:
    """Adds `alternates`, `x_default` and `switcher` to the template context."""

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(page_links(request, self))
        return context


def localize_pages(pages, language_code, model):
    """The live, public translation of each page in `language_code`, else the page itself.

    Returns (page, is_fallback) pairs in the given order, in one query.
    """
    pages = [p for p in pages if p is not None]
    if not pages:
        return []
    found = {
        p.translation_key: p
        for p in model.objects.live()
        .public()
        .filter(
            translation_key__in=[p.translation_key for p in pages],
            locale__language_code=language_code,
        )
        .select_related("locale")
    }
    result = []
    for page in pages:
        local = found.get(page.translation_key)
        if local is not None:
            result.append((local, False))
        elif page.live:
            result.append((page, True))
    return result


def localize_snippets(objects, language_code, model, select_related=(), prefetch_related=()):
    """Like `localize_pages` for translatable snippets that have a `live` flag."""
    objects = list(objects)
    if not objects:
        return []
    found = {
        o.translation_key: o
        for o in model.objects.filter(
            translation_key__in=[o.translation_key for o in objects],
            locale__language_code=language_code,
            live=True,
        )
        .select_related(*select_related)
        .prefetch_related(*prefetch_related)
    }
    return [(found.get(o.translation_key, o), o.translation_key not in found) for o in objects]


FALLBACK_NOTICE = _("This has not been translated into your language yet.")
