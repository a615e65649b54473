#!/usr/bin/env python3
"""Test the casebook handout in a real headless Chromium.

Usage: browser_test.py HANDOUT.html OUT_DIR

Loads the handout from file://, checks that it makes no network request,
chooses answers with real mouse clicks (desktop and phone width), checks the
feedback and the revealed reasoning (verdict, citation, quoted provision),
checks print media (each case with its answer on at most two A4 pages,
counted in the PDF Chromium prints) and the page with JavaScript off, and writes screenshots
to OUT_DIR/handout.png and OUT_DIR/handout-phone.png.

Only the Python standard library: the Chrome DevTools Protocol is spoken over
a minimal WebSocket client below. Expects Chromium at $CHROMIUM or
/usr/bin/chromium. Exit status 0 when every check passes, 1 otherwise.
"""

import base64
import http.client
import json
import os
import pathlib
import re
import shutil
import socket
import struct
import subprocess
import sys
import tempfile
import time

from cdp import TIMEOUT, Failure, WebSocket, check, http_json, with_browser



class Page:
    """One page target, driven over the DevTools Protocol."""

    def __init__(self, ws):
        self.ws = ws
        self.next_id = 0
        self.events = []

    def call(self, method, **params):
        self.next_id += 1
        mid = self.next_id
        self.ws.send(json.dumps({"id": mid, "method": method, "params": params}))
        while True:
            msg = json.loads(self.ws.recv())
            if msg.get("id") == mid:
                if "error" in msg:
                    raise Failure(f"{method}: {msg['error']}")
                return msg.get("result", {})
            if "method" in msg:
                self.events.append(msg)

    def wait_event(self, name, timeout=TIMEOUT):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            for i, e in enumerate(self.events):
                if e["method"] == name:
                    return self.events.pop(i)
            msg = json.loads(self.ws.recv())
            if "method" in msg:
                self.events.append(msg)
        raise Failure(f"timed out waiting for {name}")

    def js(self, expression):
        result = self.call(
            "Runtime.evaluate", expression=expression, returnByValue=True, awaitPromise=True
        )
        if "exceptionDetails" in result:
            raise Failure(f"script error: {result['exceptionDetails']}")
        return result["result"].get("value")

    def load(self, url):
        self.call("Page.navigate", url=url)
        self.wait_event("Page.loadEventFired")

    def viewport(self, width, height, scale, mobile):
        self.call(
            "Emulation.setDeviceMetricsOverride",
            width=width, height=height, deviceScaleFactor=scale, mobile=mobile,
        )

    def click(self, selector):
        """A real mouse click in the middle of the element."""
        box = self.js(
            f"""(() => {{ const e = document.querySelector({json.dumps(selector)});
                if (!e) return null;
                e.scrollIntoView({{block: 'center'}});
                const r = e.getBoundingClientRect();
                return {{x: r.left + r.width / 2, y: r.top + r.height / 2}}; }})()"""
        )
        if box is None:
            raise Failure(f"no element {selector}")
        for kind in ("mousePressed", "mouseReleased"):
            self.call(
                "Input.dispatchMouseEvent", type=kind, x=box["x"], y=box["y"],
                button="left", clickCount=1,
            )

    def screenshot(self, path, selector=None):
        """The viewport, or the whole of one element (beyond the viewport)."""
        params = {"format": "png"}
        if selector:
            box = self.js(
                f"""(() => {{ const r = document.querySelector({json.dumps(selector)})
                    .getBoundingClientRect();
                    return {{x: r.left + window.scrollX, y: r.top + window.scrollY,
                             width: r.width, height: r.height}}; }})()"""
            )
            params.update(clip=dict(box, scale=1), captureBeyondViewport=True)
        data = self.call("Page.captureScreenshot", **params)["data"]
        pathlib.Path(path).write_bytes(base64.b64decode(data))
        print(f"wrote {path}")


def pdf_pages(pdf):
    """The number of pages of a PDF: its page objects (not the /Pages tree)."""
    return len(re.findall(rb"/Type\s*/Page(?![a-zA-Z])", pdf))


def answer_text(page, case):
    return page.js(f"document.querySelector('#{case} details.answer').innerText")


def run(handout, out_dir, port):
    targets = http_json(port, "/json/list")
    pages = [t for t in targets if t.get("type") == "page"]
    if not pages:
        pages = [http_json(port, "/json/new?about:blank", method="PUT")]
    ws = WebSocket(pages[0]["webSocketDebuggerUrl"])
    page = Page(ws)
    try:
        page.call("Page.enable")
        page.call("Runtime.enable")
        page.call("Network.enable")
        url = handout.resolve().as_uri()

        # Desktop.
        page.viewport(1280, 900, 1, False)
        page.load(url)
        requests = [
            e["params"]["request"]["url"]
            for e in page.events
            if e["method"] == "Network.requestWillBeSent"
        ]
        outside = [u for u in requests if not u.startswith(("file:", "data:", "about:"))]
        check(not outside, f"no network requests (saw {len(requests)} local, {outside})")
        count = page.js("document.querySelectorAll('section.case').length")
        check(count >= 40, f"{count} scenarios in the handout")
        check(
            not page.js("document.documentElement.classList.contains('no-js')"),
            "the inline script ran",
        )

        case = "case-fishing-boat-deception"
        check(
            page.js(f"!document.querySelector('#{case} details.answer').open"),
            "the answer starts hidden",
        )
        check(
            not page.js(f"document.querySelector('#{case} .verdict').checkVisibility()"),
            "the reasoning is not visible before a choice",
        )
        page.click(f"#{case} button[data-option='smuggling']")
        feedback = page.js(f"document.querySelector('#{case} .feedback').textContent")
        check(feedback.startswith("Partly"), f"a secondary label gets 'Partly': {feedback!r}")
        page.click(f"#{case} button[data-option='trafficking']")
        feedback = page.js(f"document.querySelector('#{case} .feedback').textContent")
        check(feedback.startswith("Right: Trafficking"), f"the right answer is confirmed: {feedback!r}")
        check(
            page.js(f"document.querySelector('#{case} .verdict').checkVisibility()"),
            "choosing reveals the reasoning",
        )
        text = answer_text(page, case)
        for needle in (
            "Answer: Trafficking.",
            "Element by element",
            "The person was deceived.",
            "Trafficking Protocol art. 3(a)",
            "by means of the threat or use of force",
            "Smuggling of Migrants Protocol art. 3(a)",
        ):
            check(needle in text, f"revealed reasoning contains {needle!r}")
        check("tip.3a.means" not in text, "the trainee's handout shows no rule ids")
        page.js(f"document.querySelector('#{case}').scrollIntoView()")
        page.screenshot(out_dir / "handout.png")
        page.screenshot(out_dir / "handout-case.png", f"#{case}")

        # Phone.
        page.viewport(390, 844, 2, True)
        page.load(url)
        width = page.js("document.documentElement.scrollWidth")
        check(width <= 390, f"no sideways scrolling at phone width (page is {width}px wide)")
        case = "case-child-street-seller-thailand"
        page.click(f"#{case} button[data-option='no_finding']")
        feedback = page.js(f"document.querySelector('#{case} .feedback').textContent")
        check(
            feedback.startswith("Not quite") and "Trafficking" in feedback,
            f"a wrong answer is corrected: {feedback!r}",
        )
        text = answer_text(page, case)
        for needle in ("Trafficking Protocol art. 3(c)", "a child"):
            check(needle in text, f"revealed reasoning contains {needle!r}")
        width = page.js("document.documentElement.scrollWidth")
        check(width <= 390, f"the revealed answer fits the phone ({width}px)")
        page.js(
            f"(() => {{ const c = document.querySelector('#{case}');"
            " window.scrollTo(0, c.getBoundingClientRect().top + window.scrollY); })()"
        )
        page.screenshot(out_dir / "handout-phone.png")
        page.screenshot(out_dir / "handout-phone-case.png", f"#{case}")

        # Print: every answer shown, the buttons hidden.
        page.call("Emulation.setEmulatedMedia", media="print")
        closed = "case-sealed-truck"
        check(
            page.js(f"!document.querySelector('#{closed} details.answer').open"),
            "an unopened answer ...",
        )
        check(
            page.js(f"document.querySelector('#{closed} .verdict').checkVisibility()"),
            "... is printed all the same",
        )
        check(
            page.js(f"getComputedStyle(document.querySelector('#{closed} .options')).display") == "none",
            "the answer buttons are not printed",
        )
        page.call("Emulation.setEmulatedMedia", media="")
        pdf = page.call("Page.printToPDF", printBackground=False)["data"]
        check(len(base64.b64decode(pdf)) > 10000, "the handout prints to PDF")

        # Each case with its answer on at most two A4 pages: print each case
        # alone (the others hidden) and count the pages of the PDF.
        ids = page.js("Array.from(document.querySelectorAll('section.case')).map(c => c.id)")
        counts = {}
        for case in ids:
            page.js(
                "(() => { document.querySelectorAll('header, nav, footer, h2.part, section.case')"
                f".forEach(e => {{ e.style.display = e.id === '{case}' ? '' : 'none'; }}); }})()"
            )
            pdf = base64.b64decode(
                page.call("Page.printToPDF", printBackground=False, paperWidth=8.27,
                          paperHeight=11.69, preferCSSPageSize=True)["data"]
            )
            counts[case] = pdf_pages(pdf)
        page.js(
            "document.querySelectorAll('header, nav, footer, h2.part, section.case')"
            ".forEach(e => { e.style.display = ''; })"
        )
        most = max(counts.values())
        over = {c: n for c, n in counts.items() if n > 2}
        check(
            not over,
            f"every case with its answer prints on at most 2 A4 pages "
            f"(most: {most}; one page: {sum(1 for n in counts.values() if n == 1)}, "
            f"two: {sum(1 for n in counts.values() if n == 2)}; over: {over})",
        )
        pdf = base64.b64decode(page.call("Page.printToPDF", printBackground=False,
                                         preferCSSPageSize=True)["data"])
        print(f"      the whole handout: {pdf_pages(pdf)} A4 pages for {len(ids)} cases")

        # Without JavaScript: no dead buttons, the answers still open.
        page.call("Emulation.setScriptExecutionDisabled", value=True)
        page.viewport(1280, 900, 1, False)
        page.load(url)
        case = "case-brother-helps-sister"
        page.call("Emulation.setScriptExecutionDisabled", value=False)
        # Evaluate with scripts re-enabled but without reloading: the page's own
        # script never ran, so the no-js state is what a reader without scripts sees.
        check(
            page.js("document.documentElement.classList.contains('no-js')"),
            "without scripts the page stays in its no-js state",
        )
        check(
            page.js(f"getComputedStyle(document.querySelector('#{case} .options')).display") == "none",
            "without scripts the answer buttons are hidden",
        )
        check(
            page.js(f"document.querySelector('#{case} .choices').checkVisibility()"),
            "without scripts the options are listed as text",
        )
        check(
            not page.js(f"document.querySelector('#{case} details.answer').checkVisibility()"),
            "without scripts no answer is offered (they are encoded in the page)",
        )
        check(
            "answer key" in page.js("document.querySelector('noscript').textContent"),
            "without scripts the page says to ask for the answer key",
        )
    finally:
        ws.close()


def main():
    if len(sys.argv) != 3:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    handout = pathlib.Path(sys.argv[1])
    out_dir = pathlib.Path(sys.argv[2])
    out_dir.mkdir(parents=True, exist_ok=True)
    if not handout.is_file():
        print(f"browser-test: no handout at {handout}", file=sys.stderr)
        return 1
    return with_browser("browser-test", lambda port: run(handout, out_dir, port))


if __name__ == "__main__":
    sys.exit(main())
