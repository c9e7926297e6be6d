#!/usr/bin/env python3
"""The exported accessible pages in a real browser (Debian's Chromium, headless), for what only
layout can tell: every page of the bundled catalog reflows at 320 CSS pixels wide (1280 pixels at
400 % zoom, WCAG 2.1 reflow) without sideways scrolling of the page, anything wider scrolls inside
a labelled region that the keyboard can reach, and the keyboard focus is visible on every stop.

    tests/lib/site_in_browser_test.py build/app/painatlas-cli
"""

import os
import pathlib
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1] / "web"))
from chromium import Browser  # noqa: E402

# The page's own width against the viewport's, and what overflows sideways inside it: a region
# that scrolls must be focusable and named, or keyboard and screen-reader users cannot reach it.
LAYOUT = """(() => {
  const root = document.documentElement;
  const wide = [];
  for (const element of document.querySelectorAll('body *')) {
    const style = getComputedStyle(element);
    if (element.scrollWidth <= element.clientWidth + 1) continue;
    if (style.overflowX !== 'auto' && style.overflowX !== 'scroll') continue;
    wide.push({tag: element.tagName, tabindex: element.getAttribute('tabindex'),
               role: element.getAttribute('role'),
               name: element.getAttribute('aria-label') || element.getAttribute('aria-labelledby')});
  }
  return {page: root.scrollWidth, viewport: innerWidth, wide};
})()"""

# The element the keyboard is on, and whether it shows it: an outline of 2 px or more.
FOCUSED = """(() => {
  const element = document.activeElement;
  if (!element || element === document.body) return null;
  const style = getComputedStyle(element);
  return {tag: element.tagName, text: (element.textContent || '').trim().slice(0, 40),
          outline: style.outlineStyle, width: parseFloat(style.outlineWidth)};
})()"""


def load(page, url):
    page.navigate(url)
    page.wait_for(f"document.readyState === 'complete' && location.href === {url!r}",
                  what=url)


def main():
    cli = sys.argv[1] if len(sys.argv) > 1 else "build/app/painatlas-cli"
    failures = []
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="painatlas-site-") as scratch:
        site = pathlib.Path(scratch) / "site"
        subprocess.run([cli, "export-site", str(site)], check=True, stdout=subprocess.DEVNULL)
        pages = sorted(site.rglob("*.html"))
        with Browser(window=(320, 800)) as browser:
            page = browser.new_page(320, 800)
            regions = 0
            for path in pages:
                name = path.relative_to(site).as_posix()
                load(page, path.as_uri())
                layout = page.evaluate(LAYOUT)
                if layout["page"] > layout["viewport"]:
                    failures.append(f"{name}: {layout['page']} px wide at {layout['viewport']} px")
                for region in layout["wide"]:
                    regions += 1
                    if region["tabindex"] != "0" or not region["name"]:
                        failures.append(f"{name}: a {region['tag']} scrolls sideways but is not "
                                        f"a focusable, named region ({region})")
            # Keyboard focus, by pressing Tab as a reader would, on one page of each kind.
            kinds = ["index.html", "glossary.html", "compare.html",
                     next(p for p in pages if p.parent.name == "techniques"),
                     next(p for p in pages if p.parent.name == "conditions"),
                     next(p for p in pages if p.name.endswith(".patient.html")
                          and p.parent.name == "conditions")]
            stops = 0
            for kind in kinds:
                path = site / kind if isinstance(kind, str) else kind
                name = path.relative_to(site).as_posix()
                load(page, path.as_uri())
                for _ in range(25):
                    page.key("Tab", "Tab", 9)
                    focused = page.evaluate(FOCUSED)
                    if focused is None:
                        break
                    stops += 1
                    if focused["outline"] == "none" or focused["width"] < 2:
                        failures.append(f"{name}: no visible focus on {focused}")
            page.close()
    for failure in failures:
        print("FAIL ", failure)
    print(f"{len(pages)} pages at 320 px, {regions} scrolling regions, {stops} focus stops "
          f"checked in {time.monotonic() - started:.1f} s: "
          f"{'all fine' if not failures else f'{len(failures)} problems'}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
