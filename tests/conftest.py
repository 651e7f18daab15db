import os
import shutil

import pytest

from core.site_structure import ensure_site_structure


@pytest.fixture
def site(db):
    """The empty three-language site that `migrate` creates (home and exhibitions index)."""
    ensure_site_structure()
    from wagtail.models import Site

    return Site.objects.get(is_default_site=True)


@pytest.fixture
def home(site):
    from home.models import HomePage

    return HomePage.objects.get(locale__language_code="zh-hans")


@pytest.fixture
def exhibitions_index(site):
    from exhibits.models import ExhibitionIndexPage

    return ExhibitionIndexPage.objects.get(locale__language_code="zh-hans")


def chromium_path():
    return shutil.which("chromium") or (
        "/usr/bin/chromium" if os.path.exists("/usr/bin/chromium") else None
    )


def pytest_collection_modifyitems(config, items):
    """Browser tests need Debian's chromium; without it they skip and say how to enable them,
    except in CI (REQUIRE_BROWSER=1), where a missing browser is a failure."""
    try:
        import playwright  # noqa: F401

        have_playwright = True
    except ImportError:
        have_playwright = False
    if chromium_path() and have_playwright:
        return
    reason = (
        "Chromium not found: install Debian's chromium and fonts-noto-cjk "
        "(sudo apt-get install chromium fonts-noto-cjk) to run the browser tests"
    )
    for item in items:
        if "browser" in item.keywords:
            if os.environ.get("REQUIRE_BROWSER") == "1":
                item.add_marker(
                    pytest.mark.xfail(reason="browser required in CI", strict=True, run=False)
                )
                raise pytest.UsageError(f"REQUIRE_BROWSER=1 but {reason}")
            item.add_marker(pytest.mark.skip(reason=reason))


@pytest.fixture(autouse=True)
def _media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture(autouse=True)
def _english_off(settings):
    """Tests start from a clean language state."""
    from django.utils import translation

    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.deactivate()
