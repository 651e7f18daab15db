from django.urls import path

from . import views

app_name = "collection"

urlpatterns = [
    path("items/", views.item_list, name="item_list"),
    path("items/<str:identifier>/", views.item_detail, name="item_detail"),
    path("collections/", views.collection_list, name="collection_list"),
    path("collections/<slug:slug>/", views.collection_detail, name="collection_detail"),
    path("search/", views.search, name="search"),
]
