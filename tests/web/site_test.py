#!/usr/bin/env python3
"""The browser build, tested in headless Chromium against build-web/site/ served on 127.0.0.1.

Every check goes through the page as a person would use it: the address, key presses, taps.
What the program shows is read through its test hooks (the rendered text, and where labelled
items are), which answer only on pages opened with #painatlas-test. Screenshots are kept in
build-web/test-artefacts/.

    tests/web/site_test.py [--site build-web/site] [--artefacts DIR] [unittest options]
    tests/web/site_test.py --readme-screenshots   the same, then the README's browser
                                                  screenshots copied from the artefacts
"""

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
import unittest
from pathlib import Path
from urllib.parse import urlparse

sys.path.insert(0, str(Path(__file__).resolve().parent))
from chromium import Browser, decode_png  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
SITE = ROOT / "build-web" / "site"
ARTEFACTS = ROOT / "build-web" / "test-artefacts"
TEST_HASH = "#painatlas-test"
PATIENT_LINK = "?select=vertebroplasty&audience=patient"
TITLE = "Percutaneous vertebroplasty — Pain Atlas"
WIDE = dict(width=1280, height=800, scale=1, mobile=False)
PHONE = dict(width=390, height=844, scale=3, mobile=True)


class SiteServer:
    """scripts/serve-site on a free port, logging every request."""

    def __init__(self, folder, gzip=False, isolated=False):
        self.directory = tempfile.mkdtemp(prefix="painatlas-serve-")
        self.log = os.path.join(self.directory, "requests.log")
        port_file = os.path.join(self.directory, "port")
        command = [sys.executable, str(ROOT / "scripts" / "serve-site"), str(folder), "--port",
                   "0", "--log", self.log, "--port-file", port_file]
        if gzip:
            command.append("--gzip")
        if isolated:
            command.append("--isolated")
        self.process = subprocess.Popen(command)
        deadline = time.monotonic() + 10
        while not os.path.exists(port_file) or not os.path.getsize(port_file):
            if time.monotonic() > deadline or self.process.poll() is not None:
                raise RuntimeError("the site server did not start")
            time.sleep(0.05)
        with open(port_file, encoding="utf-8") as port:
            self.origin = f"http://127.0.0.1:{port.read()}"

    def requests(self):
        """(path, status, body bytes) of every request so far."""
        if not os.path.exists(self.log):
            return []
        with open(self.log, encoding="utf-8") as log:
            return [(fields[1], int(fields[2]), int(fields[3]))
                    for fields in (line.split() for line in log) if len(fields) == 4]

    def requested_paths(self):
        return [path for path, _, _ in self.requests()]

    def close(self):
        self.process.terminate()
        self.process.wait(timeout=10)


def screenshot_stats(png):
    """Size, the share of pixels unlike the most common colour, and how many colours there are."""
    width, height, channels, rows = decode_png(png)
    counts = {}
    step = max(1, width // 320)  # a sample is enough to tell a drawn page from a blank one
    for row in rows[::step]:
        for x in range(0, width * channels, channels * step):
            colour = row[x:x + 3]
            counts[colour] = counts.get(colour, 0) + 1
    total = sum(counts.values())
    background = max(counts.values())
    return width, height, 1 - background / total, len(counts)


class PainAtlasPage:
    """The program in one tab, with the helpers the tests share."""

    def __init__(self, browser, server, viewport):
        self.page = browser.new_page(viewport["width"], viewport["height"], viewport["scale"],
                                     viewport["mobile"])
        self.server = server
        self.viewport = viewport

    def open(self, query=""):
        self.front()
        self.page.navigate(self.server.origin + "/" + query + TEST_HASH)
        self.wait_started()

    def front(self):
        """Makes this the tab in view: a tab in the background gets no animation frames."""
        self.page.send("Page.bringToFront")

    def wait_started(self):
        self.page.wait_for("window.painatlasTest && painatlasTest.milestones['first-frame'] "
                           "&& painatlasTest.text().length > 0", 90, "the first frame")

    def text(self):
        return self.page.evaluate("painatlasTest.text()")

    def items(self):
        return self.page.evaluate("painatlasTest.items()")

    def wait_text(self, needle, present=True, timeout=20):
        expression = f"painatlasTest.text().includes({json.dumps(needle)})"
        if not present:
            expression = "!" + expression
        self.page.wait_for(expression, timeout, f"{needle!r} {'shown' if present else 'gone'}")

    def find(self, label_part, timeout=10):
        """The first item whose label contains `label_part` (ImGui labels: "text###id")."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            for item in self.items():
                if label_part in item["label"]:
                    return item
            time.sleep(0.05)
        labels = [item["label"] for item in self.items()]
        raise AssertionError(f"no item labelled {label_part!r} among {labels[:60]}")

    def tap(self, label_part):
        self.front()
        item = self.find(label_part)
        x, y = item["x"] + item["w"] / 2, item["y"] + item["h"] / 2
        if self.viewport["mobile"]:
            self.page.tap(x, y)
        else:
            self.page.click(x, y)
            # The pointer moves off, as a hand does, so nothing stays highlighted under it; not
            # before the program has drawn the click (ImGui 1.86 reads the pointer each frame).
            time.sleep(0.25)
            self.page.send("Input.dispatchMouseEvent", {"type": "mouseMoved", "x": 2,
                                                         "y": self.viewport["height"] - 2})
        time.sleep(0.15)

    def has_item(self, label_part):
        return any(label_part in item["label"] for item in self.items())

    def accept_disclaimer(self):
        # The first-start disclaimer is a window of its own (the rendered text is the main
        # window's): it is found by its button.
        self.find("I understand", timeout=20)
        self.tap("I understand")
        self.page.wait_for("!painatlasTest.items().some(i => i.label.includes('I understand'))",
                           10, "the disclaimer to close")

    def title(self):
        return self.page.evaluate("document.title")

    def address(self):
        return self.page.evaluate("location.search")

    def settle(self, seconds=0.3):
        time.sleep(seconds)

    def screenshot(self, name):
        png = self.page.screenshot()
        ARTEFACTS.mkdir(parents=True, exist_ok=True)
        (ARTEFACTS / name).write_bytes(png)
        return png

    def wait_store_idle(self):
        self.page.wait_for("painatlasTest.storeIdle()", 20, "the store to be written")


class BrowserTestCase(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.server = SiteServer(SITE)

    @classmethod
    def tearDownClass(cls):
        cls.server.close()

    def setUp(self):
        self.browser = Browser()  # a fresh profile: empty storage, no service worker

    def tearDown(self):
        self.browser.close()

    def tab(self, viewport=WIDE):
        return PainAtlasPage(self.browser, self.server, viewport)

    def check_screenshot(self, tab, name):
        """Takes the screenshot `name` and checks it shows a drawn page at the right size."""
        tab.settle()
        width, height, drawn, colours = screenshot_stats(tab.screenshot(name))
        viewport = tab.viewport
        # Drawn at the device pixel ratio: sharp text on a phone's screen.
        self.assertEqual((width, height), (viewport["width"] * viewport["scale"],
                                           viewport["height"] * viewport["scale"]))
        self.assertGreater(drawn, 0.03, "the page looks blank")
        self.assertGreater(colours, 50, "too few colours for text on a page")


class DeepLinks(BrowserTestCase):
    def open_patient_link(self, viewport, screenshot):
        """The patient view of vertebroplasty from a link, checked and photographed."""
        tab = self.tab(viewport)
        tab.open(PATIENT_LINK)
        tab.page.wait_for(f"document.title === {json.dumps(TITLE)}", 20, "the technique's title")
        self.assertEqual(tab.title(), TITLE)
        tab.accept_disclaimer()
        text = tab.text()
        self.assertIn("Percutaneous vertebroplasty", text)
        self.assertIn("What it is", text)  # the patient register's first section
        self.assertIn("Why it is offered", text)
        self.check_screenshot(tab, screenshot)
        return tab, text

    def test_PatientLink_OpensThePatientViewOfTheTechnique_Wide(self):
        _, text = self.open_patient_link(WIDE, "wide-patient-vertebroplasty.png")
        self.assertIn("What it treats", text)  # three panes side by side: the filters too

    def test_PatientLink_OpensThePatientViewOfTheTechnique_Phone(self):
        tab, text = self.open_patient_link(PHONE, "phone-patient-vertebroplasty.png")
        self.assertNotIn("What it treats", text, "a phone shows one pane, not the filters too")
        back = tab.find("results###back-to-results")
        self.assertGreaterEqual(back["h"], 40, "touch targets are at least 40 CSS pixels tall")

    def test_UnknownIdsInTheLink_AreIgnoredWithANotice(self):
        tab = self.tab(WIDE)
        tab.open("?select=no-such-technique&filter=indication:no-such-thing&theme=purple")
        self.assertEqual(tab.title(), "Pain Atlas")
        tab.accept_disclaimer()
        text = tab.text()
        self.assertIn("50 techniques", text)  # the program, with the whole catalog
        self.assertIn("it was ignored", text)  # the notice in the footer
        self.assertEqual(tab.page.exceptions, [])

    def test_FilterAndSearchLinks_AreApplied(self):
        tab = self.tab(WIDE)
        tab.open("?q=stellate&filter=category:sympathetic")
        tab.accept_disclaimer()
        text = tab.text()
        self.assertIn("Stellate ganglion block", text)
        self.assertIn("1 of 50 techniques", text)

    def test_TheAddressFollowsTheReader_AndBackReturns(self):
        tab = self.tab(PHONE)
        tab.open(PATIENT_LINK)
        tab.accept_disclaimer()
        tab.tap("results###back-to-results")
        tab.wait_text("Each with its type and bleeding risk")  # the results, in the patient register
        self.assertEqual(tab.address(), "?select=vertebroplasty&audience=patient")
        rows = [item for item in tab.items() if item["label"] == "##row"]
        self.assertGreater(len(rows), 3)
        tab.page.tap(rows[0]["x"] + rows[0]["w"] / 2, rows[0]["y"] + rows[0]["h"] / 2)
        tab.page.wait_for("location.search.includes('select=') && "
                          "!location.search.includes('vertebroplasty')", 10, "a new address")
        opened = tab.title()
        self.assertNotEqual(opened, TITLE)
        tab.page.evaluate("history.back()")
        tab.page.wait_for(f"document.title === {json.dumps(TITLE)}", 10, "back to the first")
        tab.page.evaluate("history.forward()")
        tab.page.wait_for(f"document.title === {json.dumps(opened)}", 10, "forward again")


CONDITION_LINK = "?condition=sciatica&audience=patient"  # a synonym: the guide's term is resolved
CONDITION_TITLE = "Sciatica: the options — Pain Atlas"
MAP_TITLE = "Where does it hurt? — Pain Atlas"


class ConditionAndMapViews(BrowserTestCase):
    def open_condition_link(self, viewport, screenshot):
        """The patient guide to sciatica from a link, checked and photographed."""
        tab = self.tab(viewport)
        tab.open(CONDITION_LINK)
        self.assertEqual(tab.title(), CONDITION_TITLE)
        tab.accept_disclaimer()
        tab.wait_text("Your options for sciatica")
        text = tab.text()
        self.assertIn("Get help at once if", text)  # the warning signs, in plain words
        self.assertIn("Your options, usually tried in this order", text)
        # The address names the guide by its own id, in the patient register.
        self.assertEqual(tab.address(),
                         "?view=condition&condition=lumbar-radiculopathy&audience=patient")
        self.check_screenshot(tab, screenshot)
        self.assertEqual(tab.page.exceptions, [])
        return tab

    def test_ConditionLink_OpensTheGuide_Wide(self):
        self.open_condition_link(WIDE, "wide-patient-sciatica-guide.png")

    def test_ConditionLink_OpensTheGuide_Phone(self):
        self.open_condition_link(PHONE, "phone-patient-sciatica-guide.png")

    def open_map_link(self, viewport, screenshot):
        tab = self.tab(viewport)
        tab.open("?view=map&region=knee")
        self.assertEqual(tab.title(), MAP_TITLE)
        tab.accept_disclaimer()
        tab.wait_text("Genicular")  # the techniques for the knee, listed with the body
        self.assertIn("Knee osteoarthritis", tab.text())  # and its condition guide
        self.assertEqual(tab.address(), "?view=map&region=knee")
        self.check_screenshot(tab, screenshot)

    def test_MapLink_ShowsTheArea_Wide(self):
        self.open_map_link(WIDE, "wide-map-knee.png")

    def test_MapLink_ShowsTheArea_Phone(self):
        self.open_map_link(PHONE, "phone-map-knee.png")

    def test_TheAddressFollowsTheMapAndTheGuides(self):
        tab = self.tab(WIDE)
        tab.open()
        tab.accept_disclaimer()
        tab.tap(" Where does it hurt?")
        tab.page.wait_for(f"document.title === {json.dumps(MAP_TITLE)}", 10, "the map")
        self.assertEqual(tab.address(), "?view=map")
        tab.tap(" Guides")
        tab.page.wait_for("location.search === '?view=condition'", 10, "the guides' address")
        tab.wait_text("Condition guides")
        tab.tap("Lumbar radiculopathy")
        tab.page.wait_for("location.search.includes('condition=lumbar-radiculopathy')", 10,
                          "the guide's address")
        self.assertEqual(tab.title(), "Lumbar radiculopathy: the options — Pain Atlas")


# A stand-in for the browser's speechSynthesis, installed before the page's scripts run: headless
# Chromium has no voice. It records what it is asked to say; each utterance starts at once and
# ends only when cancelled, as a long paragraph would.
FAKE_SPEECH = """
(() => {
  const said = [];
  let cancelled = 0;
  const voices = %s;
  const fake = {
    getVoices: () => voices,
    speak(utterance) {
      said.push(utterance);
      if (said.length === 1) setTimeout(() => utterance.onstart && utterance.onstart(), 0);
    },
    cancel() { cancelled += 1; },
    pause() {}, resume() {},
    addEventListener() {},
  };
  Object.defineProperty(window, "speechSynthesis", { value: fake, configurable: true });
  window.SpeechSynthesisUtterance = function (text) { this.text = text; this.rate = 1; };
  window.fakeSpeech = { said: () => said.map((u) => u.text), cancelled: () => cancelled };
})();
"""


class ReadAloud(BrowserTestCase):
    def open_guide(self, voices):
        tab = self.tab(WIDE)
        tab.page.send("Page.addScriptToEvaluateOnNewDocument",
                      {"source": FAKE_SPEECH % json.dumps(voices)})
        tab.open(CONDITION_LINK)
        tab.accept_disclaimer()
        tab.wait_text("Your options for sciatica")
        return tab

    def test_WithAVoice_TheGuideIsReadAloud_AndStops(self):
        tab = self.open_guide([{"name": "Test voice", "lang": "en-GB"}])
        tab.tap(" Read aloud")
        tab.page.wait_for("fakeSpeech.said().length > 0", 10, "the guide to be read")
        said = tab.page.evaluate("fakeSpeech.said()")
        self.assertGreater(len(said), 3, "one utterance per paragraph")
        self.assertTrue(any("Sciatica" in paragraph for paragraph in said), said[:3])
        tab.find(" Pause")  # while it speaks, the bar offers pause and stop
        tab.tap(" Stop")
        tab.page.wait_for("fakeSpeech.cancelled() > 0", 10, "speech to be cancelled")
        tab.find(" Read aloud")

    def test_WithoutAVoice_TheButtonIsGreyedOut(self):
        tab = self.open_guide([])
        tab.tap(" Read aloud")
        tab.settle(0.5)
        self.assertEqual(tab.page.evaluate("fakeSpeech.said()"), [])
        self.assertFalse(tab.has_item(" Pause"))


class WebPages(BrowserTestCase):
    def test_OpenAsAWebPage_OpensTheCopyInTheSite_InANewTab(self):
        tab = self.tab(WIDE)
        tab.open(PATIENT_LINK)
        tab.accept_disclaimer()
        tab.tap("Help")
        tab.tap("Open as a web page")
        page = "/pages/techniques/vertebroplasty.patient.html"
        deadline = time.monotonic() + 15
        while time.monotonic() < deadline:
            targets = self.browser.send("Target.getTargets")["targetInfos"]
            opened = [t for t in targets if t["type"] == "page" and t["url"].endswith(page)]
            if opened and (page, 200) in [(path, status) for path, status, _ in
                                          self.server.requests()]:
                break
            time.sleep(0.1)
        else:
            self.fail(f"no tab opened {page}; tabs: {[t['url'] for t in targets]}")
        self.assertTrue((SITE / page.lstrip("/")).is_file())


class Storage(BrowserTestCase):
    def test_ABookmark_SurvivesAReload(self):
        tab = self.tab(WIDE)
        tab.open(PATIENT_LINK)
        tab.accept_disclaimer()
        tab.tap(" Bookmark")
        tab.wait_text("Bookmarked")
        tab.wait_store_idle()
        tab.page.evaluate("location.reload()")
        tab.wait_started()
        tab.wait_text("Bookmarked")
        self.assertFalse(tab.has_item("I understand"), "the disclaimer was accepted once")

    def test_TwoTabs_KeepEachOthersBookmarks(self):
        first, second = self.tab(WIDE), self.tab(WIDE)
        first.open("?select=vertebroplasty")
        first.accept_disclaimer()
        first.wait_store_idle()
        second.open("?select=kyphoplasty")
        second.wait_text("Balloon kyphoplasty")
        second.tap(" Bookmark")
        second.wait_text("Bookmarked")
        second.wait_store_idle()
        first.tap(" Bookmark")  # the first tab never reloaded
        first.wait_text("Bookmarked")
        first.wait_store_idle()
        # A third tab reads what was stored: both bookmarks, neither erased by the other tab.
        third = self.tab(WIDE)
        third.open("?select=kyphoplasty")
        third.wait_text("Bookmarked")
        third.open("?select=vertebroplasty")
        third.wait_text("Bookmarked")


class Touch(BrowserTestCase):
    def test_TappingTheSearchBox_FocusesTheTextFieldForTheKeyboard(self):
        tab = self.tab(PHONE)
        tab.open()
        tab.accept_disclaimer()
        tab.tap("##search")
        tab.page.wait_for("document.activeElement && document.activeElement.id === 'text-input'",
                          5, "the hidden text field to have focus")
        tab.page.send("Input.insertText", {"text": "knee"})
        tab.page.wait_for("location.search === '?q=knee'", 10, "the search in the address")
        tab.wait_text("Genicular")

    def test_DraggingTheList_ScrollsIt(self):
        tab = self.tab(PHONE)
        tab.open()
        tab.accept_disclaimer()
        def visible_rows():
            return [item for item in tab.items() if item["label"] == "##row" and item["h"] > 4]

        before = visible_rows()
        self.assertGreater(len(before), 3)
        start = before[len(before) // 2]
        tab.page.drag(start["x"] + 50, start["y"] + start["h"] / 2, 0, -300)
        tab.settle()
        after = visible_rows()
        self.assertNotEqual([row["id"] for row in after], [row["id"] for row in before],
                            "the list did not move")
        # The row that was under the finger moved up with it, by about the drag.
        moved = [row for row in after if row["id"] == start["id"]]
        if moved:
            self.assertAlmostEqual(start["y"] - moved[0]["y"], 300, delta=40)
        self.assertEqual(tab.address(), "", "a drag is not a tap")


class OlderBrowsers(BrowserTestCase):
    """A browser that lacks what the program needs gets a plain explanation, not a blank page."""

    def explanation_in(self, pretend):
        tab = self.tab(WIDE)
        tab.page.send("Page.addScriptToEvaluateOnNewDocument", {"source": pretend})
        tab.front()
        tab.page.navigate(self.server.origin + "/" + TEST_HASH)
        tab.page.wait_for("document.readyState === 'complete'", 30, "the page")
        tab.settle(1.0)
        shown = tab.page.evaluate(
            "!document.getElementById('status').classList.contains('hidden')")
        # The same content as plain web pages is offered, and the link leads to them.
        pages = tab.page.evaluate("(() => { const p = document.getElementById('status-pages'); "
                                  "return p.hidden ? '' : p.querySelector('a').href; })()")
        self.assertTrue(pages.endswith("/pages/index.html"), pages)
        self.assertTrue((SITE / "pages" / "index.html").is_file())
        return shown, tab.page.evaluate("document.getElementById('status-text').textContent")

    def test_WithoutWebAssemblyExceptions_TheReaderIsToldTheBrowserIsTooOld(self):
        # WebAssembly that validates no try/catch, as before Chrome 95, Firefox 100, Safari 15.2.
        shown, text = self.explanation_in(
            "const validate = WebAssembly.validate; WebAssembly.validate = (bytes) => "
            "!Array.from(bytes).includes(25) && validate(bytes);")
        self.assertTrue(shown)
        self.assertIn("too old to run Pain Atlas", text)
        self.assertIn("current version of Firefox, Chrome, Edge or Safari", text)

    def test_WithoutWebGL2_TheReaderIsToldWhy(self):
        shown, text = self.explanation_in("delete window.WebGL2RenderingContext;")
        self.assertTrue(shown)
        self.assertIn("cannot draw with WebGL 2", text)


class SelfContained(BrowserTestCase):
    def test_EveryRequest_IsServedFromTheSite(self):
        tab = self.tab(WIDE)
        tab.open(PATIENT_LINK)
        tab.accept_disclaimer()
        tab.settle(1.0)
        origin = urlparse(self.server.origin)
        for url in tab.page.requests:
            parsed = urlparse(url)
            if parsed.scheme in ("data", "blob", "about"):
                continue
            self.assertEqual((parsed.scheme, parsed.netloc), (origin.scheme, origin.netloc),
                             f"the page asked another site for {url}")
        served = self.server.requested_paths()
        self.assertTrue(served)
        for path in served:
            name = urlparse(path).path.lstrip("/") or "index.html"
            self.assertTrue((SITE / name).is_file(), f"{path} is not in {SITE}")

    def test_AfterTheFirstVisit_TheSiteWorksOffline(self):
        server = SiteServer(SITE)  # its own, to be stopped
        try:
            tab = PainAtlasPage(self.browser, server, WIDE)
            tab.open(PATIENT_LINK)
            tab.page.wait_for("navigator.serviceWorker.ready.then(r => !!r.active)", 30,
                              "the service worker")
            tab.page.wait_for("caches.keys().then(k => Promise.all(k.map(n => caches.open(n)"
                              ".then(c => c.keys())))).then(l => l.flat().length >= 11)", 30,
                              "the site's files in the cache")
        finally:
            server.close()
        tab.page.evaluate("location.reload()")
        tab.wait_started()
        # The title follows the link a frame after the first one is drawn: wait for it, or the
        # check races the program (it failed so in one of three runs here).
        tab.page.wait_for(f"document.title === {json.dumps(TITLE)}", 20,
                          "the technique's title after the reload")
        self.assertEqual(tab.title(), TITLE)

    def test_ThePage_IsValidHtml(self):
        result = subprocess.run(["tidy", "-q", "-e", str(SITE / "index.html")],
                                capture_output=True, text=True)
        self.assertLess(result.returncode, 2, result.stderr)  # 1 means warnings only
        self.assertNotIn("Error:", result.stderr)


# The README's screenshots of the browser version, from this harness's artefacts.
README_SCREENSHOTS = {
    "wide-patient-vertebroplasty.png": "web-wide.png",
    "phone-patient-vertebroplasty.png": "web-phone.png",
    "wide-patient-sciatica-guide.png": "web-wide-guide.png",
    "phone-patient-sciatica-guide.png": "web-phone-guide.png",
    "phone-map-knee.png": "web-phone-map.png",
}


def copy_readme_screenshots():
    folder = ROOT / "assets" / "screenshots"
    for artefact, name in README_SCREENSHOTS.items():
        source = ARTEFACTS / artefact
        if not source.is_file():
            sys.exit(f"{source} is missing: the test that takes it did not run")
        (folder / name).write_bytes(source.read_bytes())
        print(f"{folder / name} <- {source}")


def main():
    global SITE, ARTEFACTS
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--site", type=Path, default=SITE)
    parser.add_argument("--artefacts", type=Path, default=ARTEFACTS)
    parser.add_argument("--readme-screenshots", action="store_true",
                        help="after the tests pass, copy the README's screenshots into place")
    args, rest = parser.parse_known_args()
    SITE, ARTEFACTS = args.site.resolve(), args.artefacts.resolve()
    if not (SITE / "index.html").is_file():
        sys.exit(f"{SITE} has no site: run scripts/web first")
    result = unittest.main(argv=[sys.argv[0], *rest], verbosity=2, exit=False).result
    if not result.wasSuccessful():
        sys.exit(1)
    if args.readme_screenshots:
        copy_readme_screenshots()


if __name__ == "__main__":
    main()
