from django.conf import settings
from django.http import HttpResponseRedirect
from django.shortcuts import render
from django.utils import translation
from django.utils.cache import patch_vary_headers
from django.views.decorators.http import require_safe

from .i18n import language_codes, language_from_accept


@require_safe
def root_redirect(request):
    """`/` -> `/{lang}/`, by the language the reader chose before, else Accept-Language."""
    chosen = request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME, "").lower()
    lang = (
        chosen
        if chosen in language_codes()
        else language_from_accept(request.headers.get("Accept-Language", ""))
    )
    response = HttpResponseRedirect(f"/{lang}/")
    patch_vary_headers(response, ("Accept-Language", "Cookie"))
    return response


def _language_of_path(request):
    first = request.path.lstrip("/").split("/", 1)[0].lower()
    return first if first in language_codes() else None


def page_not_found(request, exception=None):
    lang = _language_of_path(request)
    if lang:
        translation.activate(lang)
    return render(request, "404.html", {"request_path": request.path}, status=404)


def server_error(request):
    lang = _language_of_path(request)
    if lang:
        translation.activate(lang)
    return render(request, "500.html", status=500)


def serve_media(request, path):
    """MEDIA_URL for laptops and tests (SERVE_MEDIA); production serves media elsewhere."""
    from django.views.static import serve

    return serve(request, path, document_root=settings.MEDIA_ROOT)
