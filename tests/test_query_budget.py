"""Public pages cost a fixed number of queries, however many items or blocks they show."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from exhibits.models import ChapterPage, ExhibitionPage

from .factories import ImageFactory, make_collection, make_item

# Ceilings for a warm request (renditions already made). They do not depend on content size.
BUDGET = {"home": 20, "exhibition": 20, "chapter": 25, "item": 22, "items": 12, "collection": 14}


def count_queries(client, url):
    client.get(url)  # warm: renditions are created on first view
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(ctx.captured_queries)


def build(home, index, n):
    prints = make_collection(f"set-{n}", f"专题{n}")
    items = [make_item(f"QJ-{n}-{i}", f"条目{i}", images=2, collections=[prints]) for i in range(n)]
    exhibition = ExhibitionPage(
        title=f"展览{n}", slug=f"ex-{n}", hero_image=ImageFactory(), hero_alt="图"
    )
    index.add_child(instance=exhibition)
    exhibition.save_revision().publish()
    body = []
    for item in items:
        body.append(("heading", f"节{item.pk}"))
        body.append(("item", {"item": item, "caption": ""}))
    body.append(("gallery", {"title": "", "items": items}))
    chapter = ChapterPage(title="章", slug="c", body=body)
    exhibition.add_child(instance=chapter)
    chapter.save_revision().publish()
    for extra in range(n):
        sibling = ChapterPage(title=f"章{extra}", slug=f"c{extra}", body=[])
        exhibition.add_child(instance=sibling)
        sibling.save_revision().publish()
    home.highlighted_items = [("item", item) for item in items]
    home.featured_exhibitions = [("exhibition", exhibition)]
    home.save_revision().publish()
    return {
        "home": "/en/",
        "exhibition": f"/zh-hans/exhibitions/ex-{n}/",
        "chapter": f"/zh-hans/exhibitions/ex-{n}/c/",
        "item": f"/en/items/QJ-{n}-0/",
        "items": "/zh-hant/items/",
        "collection": f"/en/collections/set-{n}/",
    }


@pytest.mark.parametrize("page", sorted(BUDGET))
def test_query_count_is_flat_and_within_budget(client, home, exhibitions_index, page):
    small = build(home, exhibitions_index, 2)
    small_count = count_queries(client, small[page])
    large = build(home, exhibitions_index, 8)
    large_count = count_queries(client, large[page])
    assert large_count == small_count, f"{page}: {small_count} queries for 2, {large_count} for 8"
    assert large_count <= BUDGET[page], f"{page}: {large_count} > {BUDGET[page]}"
