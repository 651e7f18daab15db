"""Curators' side: the admin's item screens, the chooser, and the translatable snippets."""

import pytest
from django.contrib.auth import get_user_model

from collection.models import Item

from .factories import make_item


@pytest.fixture
def curator(db):
    return get_user_model().objects.create_superuser("curator", "c@example.org", "pw")


@pytest.fixture
def admin_client(client, curator, site):
    client.force_login(curator)
    return client


def test_item_listing_edit_and_chooser(admin_client):
    from core.translation import translate_instance

    item = make_item("QJ-ADM-1", "后台条目")
    translate_instance(item, "en", {"后台条目": "Admin item"})
    listing = admin_client.get("/admin/snippets/collection/item/")
    assert listing.status_code == 200
    body = listing.content.decode()
    # Every language's version is listed, each row labelled with its language.
    from bs4 import BeautifulSoup

    rows = {
        " ".join(row.get_text(" ", strip=True).split())
        for row in BeautifulSoup(body, "html.parser").select("tbody tr")
    }
    assert any("Admin item" in r and "English" in r for r in rows), rows
    assert any("后台条目" in r and "简体中文" in r for r in rows), rows
    english = admin_client.get("/admin/snippets/collection/item/?locale=en").content.decode()
    assert "Admin item" in english and "后台条目" not in english
    edit = admin_client.get(f"/admin/snippets/collection/item/edit/{item.pk}/")
    assert edit.status_code == 200
    body = edit.content.decode()
    for field in ("identifier", "date_start", "latitude", "rights", "images-TOTAL_FORMS"):
        assert f'name="{field}"' in body
    chooser = admin_client.get("/admin/snippets/choose/collection/item/")
    assert chooser.status_code == 200
    assert "后台条目" in chooser.json()["html"]


def test_item_has_revisions_drafts_and_preview(admin_client):
    item = make_item("QJ-ADM-2", "已发布")
    item.title = "草稿标题"
    item.save_revision()
    item.refresh_from_db()
    assert item.title == "已发布"  # the draft does not touch the live record
    assert item.has_unpublished_changes
    assert item.revisions.count() == 2
    preview = admin_client.get(f"/admin/snippets/collection/item/preview/{item.pk}/")
    assert preview.status_code in (200, 405)
    history = admin_client.get(f"/admin/snippets/collection/item/history/{item.pk}/")
    assert history.status_code == 200


def test_translate_action_is_offered_for_items(admin_client):
    item = make_item("QJ-ADM-3", "可翻译")
    response = admin_client.get(f"/admin/localize/submit/snippet/collection/item/{item.pk}/")
    assert response.status_code == 200
    assert "zh-hant" in response.content.decode() or "繁體中文" in response.content.decode()


def test_creating_an_item_in_the_admin_keeps_it_a_draft(admin_client):
    from wagtail.models import Locale

    data = {
        "identifier": "QJ-NEW-1",
        "title": "新条目",
        "item_type": "photograph",
        "rights": "http://rightsstatements.org/vocab/CNE/1.0/",
        "description": '{"blocks": [], "entityMap": {}}',
        "locale": Locale.objects.get(language_code="zh-hans").pk,
        "images-TOTAL_FORMS": "0",
        "images-INITIAL_FORMS": "0",
        "images-MIN_NUM_FORMS": "0",
        "images-MAX_NUM_FORMS": "1000",
    }
    response = admin_client.post("/admin/snippets/collection/item/add/?locale=zh-hans", data)
    assert response.status_code == 302, response.content.decode()[:2000]
    item = Item.objects.get(identifier="QJ-NEW-1")
    assert item.live is False
