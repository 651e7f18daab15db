from django.core.paginator import Paginator
from django.db.models import Q
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from core.alternates import build_links, view_links
from core.i18n import DEFAULT_LANGUAGE, current_language, language_codes, to_simplified
from core.pages import localize_snippets
from exhibits.queries import exhibitions_using

from .models import Item, ItemCollection
from .resolve import public_collections, public_items, resolve_items
from .vocabularies import OBJECT_LANGUAGES, ItemType

PAGE_SIZE = 24


def _page_of(request, queryset):
    paginator = Paginator(queryset, PAGE_SIZE)
    return paginator.get_page(request.GET.get("page"))


def item_detail(request, identifier):
    source = public_items().filter(identifier__iexact=identifier).first()
    if source is None:
        raise Http404(_("No item has the identifier %(identifier)s.") % {"identifier": identifier})
    if source.identifier != identifier:
        return redirect(source.get_url(current_language()), permanent=True)
    lang = current_language()
    [item] = resolve_items([source], lang)
    translated_langs = set(
        Item.objects.filter(translation_key=source.translation_key, live=True).values_list(
            "locale__language_code", flat=True
        )
    )
    links = build_links(
        request,
        {code: source.get_url(code) for code in language_codes() if code in translated_langs},
        switch_urls={code: source.get_url(code) for code in language_codes()},
    )
    context = {
        "item": item,
        "exhibitions": exhibitions_using(source, lang),
        "object_language_label": OBJECT_LANGUAGES.get(item.object_language, item.object_language),
        "page_title": item.title,
        **links,
    }
    return render(request, "collection/item_detail.html", context)


def item_list(request):
    lang = current_language()
    items = public_items().order_by("date_start", "identifier")
    item_type = request.GET.get("type", "")
    if item_type in ItemType.values:
        items = items.filter(item_type=item_type)
    else:
        item_type = ""
    page = _page_of(request, items)
    context = {
        "page_obj": page,
        "items": resolve_items(page.object_list, lang),
        "item_types": ItemType.choices,
        "current_type": item_type,
        "page_title": _("Items"),
        **view_links(request),
    }
    return render(request, "collection/item_list.html", context)


def collection_list(request):
    context = {
        "collections": public_collections(current_language()),
        "page_title": _("Collections"),
        **view_links(request),
    }
    return render(request, "collection/collection_list.html", context)


def collection_detail(request, slug):
    lang = current_language()
    source = (
        ItemCollection.objects.filter(locale__language_code=DEFAULT_LANGUAGE, live=True, slug=slug)
        .select_related("cover_image")
        .first()
    )
    if source is None:
        raise Http404(_("No such collection."))
    [(collection, is_fallback)] = localize_snippets([source], lang, ItemCollection)
    page = _page_of(request, public_items().filter(collections=source).order_by("date_start"))
    context = {
        "collection": collection,
        "is_fallback": is_fallback,
        "page_obj": page,
        "items": resolve_items(page.object_list, lang),
        "page_title": collection.title,
        **view_links(request),
    }
    return render(request, "collection/collection_detail.html", context)


def search(request):
    """Title matches for now; full-text Chinese search comes with the search issue."""
    from wagtail.models import Page

    lang = current_language()
    query = request.GET.get("q", "").strip()[:200]
    items, pages = [], []
    if query:
        variants = {query, to_simplified(query)}
        title_matches = Q()
        for variant in variants:
            title_matches |= Q(title__icontains=variant)
        translated_keys = Item.objects.filter(
            title_matches, locale__language_code=lang, live=True
        ).values("translation_key")
        matches = (
            public_items()
            .filter(
                title_matches | Q(identifier__iexact=query) | Q(translation_key__in=translated_keys)
            )
            .order_by("identifier")[:50]
        )
        items = resolve_items(matches, lang)
        pages = list(
            Page.objects.live()
            .public()
            .filter(locale__language_code=lang, depth__gt=2)
            .filter(title_matches)
            .specific()[:20]
        )
    context = {
        "query": query,
        "items": items,
        "pages": pages,
        "page_title": _("Search"),
        **view_links(request),
    }
    return render(request, "collection/search.html", context)
