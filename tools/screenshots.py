"""Take the README's screenshots in headless Chromium from a running site.

    make screenshots          # serves the demo on a spare port and shoots it

Writes docs/screenshots/{home,chapter,item,item-zh-hant}.jpg (desktop, full page) and
*-phone.jpg (360px wide, first screen).
"""

import sys
from pathlib import Path

from playwright.sync_api import sync_playwright

OUT = Path(__file__).resolve().parent.parent / "docs" / "screenshots"
PAGES = {
    "home": "/zh-hans/",
    "chapter": "/zh-hans/exhibitions/farmers-prints/onto-the-national-stage/",
    "item": "/en/items/QJ-P-004/",
    "item-zh-hant": "/zh-hant/items/QJ-D-013/",
}
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def shoot(base: str) -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=ARGS)
        for name, path in PAGES.items():
            for suffix, viewport in (("", (1280, 860)), ("-phone", (360, 780))):
                context = browser.new_context(
                    viewport={"width": viewport[0], "height": viewport[1]},
                    device_scale_factor=1,
                )
                page = context.new_page()
                page.goto(base + path, wait_until="networkidle")
                # Load lazy images before a full-page shot.
                page.evaluate(
                    "document.querySelectorAll('img[loading=lazy]')"
                    ".forEach(img => img.loading = 'eager')"
                )
                page.wait_for_load_state("networkidle")
                page.screenshot(
                    path=str(OUT / f"{name}{suffix}.jpg"),
                    full_page=suffix == "",
                    type="jpeg",
                    quality=78,
                )
                context.close()
        browser.close()


if __name__ == "__main__":
    shoot(sys.argv[1] if len(sys.argv) > 1 else "http://127.0.0.1:8000")
