from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import LiveStatusTagColumn, LocaleColumn
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .models import Item, ItemCollection, Place, Subject


class ItemViewSet(SnippetViewSet):
    model = Item
    icon = "image"
    menu_label = _("Items")
    list_display = [
        "identifier",
        "title",
        "item_type",
        "date_text",
        LocaleColumn(label=_("language")),
        LiveStatusTagColumn(),
    ]
    list_filter = ["item_type", "live"]
    search_fields = ["identifier", "title"]
    ordering = ["identifier"]
    list_per_page = 50


class ItemCollectionViewSet(SnippetViewSet):
    model = ItemCollection
    icon = "folder-open-inverse"
    menu_label = _("Collections")
    list_display = ["title", "slug", LocaleColumn(label=_("language")), LiveStatusTagColumn()]


class SubjectViewSet(SnippetViewSet):
    model = Subject
    icon = "tag"
    list_display = ["name", "name_en", "name_zh_hant"]
    search_fields = ["name", "name_en"]


class PlaceViewSet(SnippetViewSet):
    model = Place
    icon = "site"
    list_display = ["name", "name_en", "name_zh_hant"]
    search_fields = ["name", "name_en"]


class CollectionGroup(SnippetViewSetGroup):
    items = (ItemViewSet, ItemCollectionViewSet, SubjectViewSet, PlaceViewSet)
    menu_icon = "folder-inverse"
    menu_label = _("Collection")
    menu_name = "collection"


register_snippet(CollectionGroup)
