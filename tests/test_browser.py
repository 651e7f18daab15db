"""Headless Chromium (Debian's) through Playwright: pages load with no console error and no
failed request, in each language. Screenshots go to test-artifacts/ for people to look at."""

import os
from pathlib import Path

import pytest

from core.site_structure import ensure_site_structure

from .conftest import chromium_path
from .factories import make_item

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

ARTIFACTS = Path(__file__).resolve().parent.parent / "test-artifacts"
LAUNCH_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    # Playwright's sync API runs an event loop in this thread; the ORM calls made by the test
    # itself are still synchronous.
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium_path(), args=LAUNCH_ARGS)
        yield browser
        browser.close()
    os.environ.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)


@pytest.fixture
def content():
    from exhibits.models import ChapterPage, ExhibitionIndexPage, ExhibitionPage

    from .test_pages import every_block

    ensure_site_structure()
    items = [make_item(f"QJ-B-00{n}", "綦江农民版画", images=2) for n in range(1, 4)]
    index = ExhibitionIndexPage.objects.get(locale__language_code="zh-hans")
    exhibition = ExhibitionPage(title="展览", slug="ex")
    index.add_child(instance=exhibition)
    exhibition.save_revision().publish()
    chapter = ChapterPage(title="章", slug="ch", body=every_block(items))
    exhibition.add_child(instance=chapter)
    chapter.save_revision().publish()
    return items[0]


def axe_violations(page):
    from axe_playwright_python.sync_playwright import Axe

    tags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
    result = Axe().run(page, options={"runOnly": {"type": "tag", "values": tags}})
    return [(v["id"], [n["target"] for n in v["nodes"]][:3]) for v in result.response["violations"]]


def open_page(browser, url, width=390, height=844, scheme="light", javascript=True):
    """Open `url` on a phone-sized viewport; return the page and every problem seen."""
    context = browser.new_context(
        viewport={"width": width, "height": height},
        color_scheme=scheme,
        java_script_enabled=javascript,
    )
    page = context.new_page()
    problems = []
    page.on("console", lambda m: m.type == "error" and problems.append(f"console: {m.text}"))
    page.on("pageerror", lambda e: problems.append(f"page error: {e}"))
    page.on("requestfailed", lambda r: problems.append(f"failed: {r.url} {r.failure}"))
    origin = "/".join(url.split("/")[:3])
    page.on(
        "request",
        lambda r: (
            r.url.startswith((origin, "data:")) or problems.append(f"external request: {r.url}")
        ),
    )
    page.on(
        "response",
        lambda r: r.status >= 400 and problems.append(f"HTTP {r.status}: {r.url}"),
    )
    page.goto(url, wait_until="networkidle")
    return page, problems


def test_public_pages_in_chromium(browser, live_server, content):
    """One test, so the live server's database is set up once (each transactional test
    flushes it). Each step names what it checks."""
    ARTIFACTS.mkdir(exist_ok=True)
    for prefix, lang in (("zh-hans", "zh-Hans"), ("en", "en"), ("zh-hant", "zh-Hant")):
        page, problems = open_page(browser, f"{live_server.url}/{prefix}/")
        assert page.locator("html").get_attribute("lang") == lang, prefix
        assert page.locator(".site-nav a").count() == 4, prefix
        page.screenshot(path=str(ARTIFACTS / f"home-{prefix}.png"), full_page=True)
        assert problems == [], f"home {prefix}: {problems}"

    # The item page, in the Traditional fallback, loads its images.
    page, problems = open_page(browser, f"{live_server.url}/zh-hant/items/QJ-B-001/", 1280, 900)
    assert page.locator("h1").inner_text() == "綦江農民版畫"
    first = page.locator(".item-page__images img").first
    assert first.evaluate("img => img.complete && img.naturalWidth > 0")
    page.screenshot(path=str(ARTIFACTS / "item-zh-hant.png"), full_page=True)
    assert problems == [], f"item: {problems}"

    # The keyboard reaches the skip link first, then the language switcher.
    page, problems = open_page(browser, f"{live_server.url}/zh-hans/")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.className") == "skip-link"
    for _ in range(12):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.getAttribute('hreflang')") == "en":
            break
    page.keyboard.press("Enter")
    page.wait_for_url(f"{live_server.url}/en/")
    assert page.locator("html").get_attribute("lang") == "en"
    assert problems == [], f"keyboard: {problems}"

    # A chapter reads without JavaScript; with it, then-and-now becomes a slider.
    chapter = f"{live_server.url}/zh-hans/exhibitions/ex/ch/"
    page, problems = open_page(browser, chapter, javascript=False)
    assert page.locator(".then-now__range").count() == 0
    assert page.locator(".then-now img").count() == 2
    assert page.locator(".transcript").is_visible()
    assert problems == [], f"no-JS chapter: {problems}"
    page, problems = open_page(browser, chapter)
    slider = page.locator(".then-now__range")
    slider.fill("20")
    split = page.locator("[data-then-now]").evaluate("f => f.style.getPropertyValue('--split')")
    assert split == "20%"
    assert problems == [], f"chapter: {problems}"

    # WCAG 2.1 AA by axe-core, in light and dark mode, on the pages with the most parts.
    for path in (
        "/zh-hans/",
        "/zh-hans/exhibitions/ex/ch/",
        "/zh-hant/items/QJ-B-001/",
        "/en/items/",
    ):
        for scheme in ("light", "dark"):
            page, problems = open_page(browser, f"{live_server.url}{path}", 1280, 900, scheme)
            assert axe_violations(page) == [], f"{path} ({scheme})"
            assert problems == [], f"{path}: {problems}"
    page.screenshot(path=str(ARTIFACTS / "items-en-dark.png"), full_page=True)

    # Nothing scrolls sideways on a 360px phone.
    for path in (
        "/zh-hans/",
        "/en/items/QJ-B-001/",
        "/zh-hans/items/",
        "/zh-hans/exhibitions/ex/ch/",
    ):
        page, problems = open_page(browser, f"{live_server.url}{path}", 360, 740)
        overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
        assert overflow <= 0, f"{path} scrolls sideways by {overflow}px"
        assert problems == [], f"{path}: {problems}"
