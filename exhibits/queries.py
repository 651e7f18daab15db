from django.contrib.contenttypes.models import ContentType
from wagtail.models import Page, ReferenceIndex

from core.pages import localize_pages


def exhibitions_using(item, language_code):
    """Live, public exhibitions whose pages (or chapters) show any translation of `item`.

    Uses Wagtail's reference index, which records what each saved page points at, so this is
    a fixed number of queries however many exhibitions there are.
    """
    from collection.models import Item

    from .models import ChapterPage, ExhibitionPage

    item_ids = [
        str(pk)
        for pk in Item.objects.filter(translation_key=item.translation_key).values_list(
            "pk", flat=True
        )
    ]
    page_ids = ReferenceIndex.objects.filter(
        to_content_type=ContentType.objects.get_for_model(Item),
        to_object_id__in=item_ids,
        base_content_type=ContentType.objects.get_for_model(Page),
    ).values_list("object_id", flat=True)
    pages = Page.objects.filter(pk__in=[int(i) for i in page_ids]).live().public()
    paths = set()
    for page in pages.filter(content_type=ContentType.objects.get_for_model(ChapterPage)).only(
        "path"
    ):
        paths.add(page.path[: -Page.steplen])
    exhibitions = list(
        ExhibitionPage.objects.live().public().filter(path__in=paths)
        | ExhibitionPage.objects.live().public().filter(pk__in=pages.values("pk"))
    )
    unique = {e.translation_key: e for e in exhibitions}
    return localize_pages(list(unique.values()), language_code, ExhibitionPage)
