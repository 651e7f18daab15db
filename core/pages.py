"""What every public page type shares: hreflang links, the switcher, localized lookups."""

from django.db.models import Q

from .alternates import page_links


class LocalizedPageMixin:
    """Adds `alternates`, `x_default` and `switcher` to the template context."""

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(page_links(request, self))
        return context


def localize_pages(pages, language_code, model):
    """The live, public translation of each page in `language_code`, else the page itself if
    it is live and public. Returns (page, is_fallback) pairs in the given order, in one query;
    drafts and private pages are left out.
    """
    pages = [p for p in pages if p is not None]
    if not pages:
        return []
    visible = (
        model.objects.live()
        .public()
        .filter(
            Q(
                translation_key__in=[p.translation_key for p in pages],
                locale__language_code=language_code,
            )
            | Q(pk__in=[p.pk for p in pages])
        )
        .select_related("locale")
    )
    local, own = {}, {}
    for page in visible:
        if page.locale.language_code == language_code:
            local[page.translation_key] = page
        own[page.pk] = page
    result = []
    for page in pages:
        if page.translation_key in local:
            result.append((local[page.translation_key], False))
        elif page.pk in own:
            result.append((own[page.pk], True))
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
