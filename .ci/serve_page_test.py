#!/usr/bin/env python3
"""Test the palermo screening page in a real headless Chromium.

Usage: page_test.py BASE_URL OUT_DIR

BASE_URL serves the page at / and the API at /v1/... (`palermo serve`;
.ci/browser-test starts one). The test loads the page, checks that no request leaves
BASE_URL, fills in the fishing-boat case with real mouse clicks and key
presses, checks the result in words (verdict, elements, no field names or
rule ids visible), the UI strings, the next-question links, keyboard-only
answering, local validation, errors from the server, the jurisdiction
choice, Copy as JSON, Clear, print, and the phone layout, and writes
OUT_DIR/serve.png (1280 wide) and OUT_DIR/serve-phone.png (390x844 at 2x),
plus serve-phone-form.png.

Only the Python standard library: the Chrome DevTools Protocol is spoken over
a minimal WebSocket client (as in palermo's .ci/browser_test.py). Expects
Chromium at $CHROMIUM or /usr/bin/chromium. The case comes from
$PALERMO_CASE or examples/cases/fishing-boat-men.json.
Prints each check; exit status 0 when every check passes, 1 otherwise.
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
import urllib.parse
import urllib.request

from cdp import TIMEOUT, Failure, WebSocket, check, http_json, with_browser

HERE = pathlib.Path(__file__).resolve().parent
CASE_FILE = os.environ.get("PALERMO_CASE", str(HERE.parent / "examples" / "cases" / "fishing-boat-men.json"))

VERDICTS = ["trafficking", "possible_trafficking", "smuggling", "unsafe_migration",
            "irregular_migration", "no_finding"]
STATUSES = ["established", "suspected", "not_established", "not_required"]
PERSONS = ["child", "presumed_child", "adult", "unknown"]
FLAGS = ["presumed_child", "internal_trafficking", "asylum_referral", "non_punishment",
         "aggravated_smuggling", "purpose_by_interpretation", "relationship_continued"]
ANSWERS = ["yes", "suspected", "no", "unknown"]
ELEMENTS = ["act", "means", "purpose"]

SNAKE = re.compile(r"\b[a-z0-9]+(?:_[a-z0-9]+)+\b")
RULE_ID = re.compile(
    r"\b(?:age|tip|som|mig|np|verdict|read|coe|eu|us|kh|asean|ilo|htcds)\.[a-z0-9_]+(?:\.[a-z0-9_]+)*\b")
FACT_PATH = re.compile(r"\b(?:person|act|means|purpose|movement|facilitator|risk_factors|indicators)\.[a-z_]+")
JSON_BITS = re.compile(r"\$\.|[{}]|\"[a-z_]+\"\s*:")



KEYS = {
    "Tab": ("Tab", 9), "Enter": ("Enter", 13), "Backspace": ("Backspace", 8), " ": ("Space", 32),
    "ArrowLeft": ("ArrowLeft", 37), "ArrowUp": ("ArrowUp", 38), "ArrowRight": ("ArrowRight", 39),
    "ArrowDown": ("ArrowDown", 40), "Escape": ("Escape", 27),
}


class Page:
    """One page target, driven over the DevTools Protocol."""

    def __init__(self, ws):
        self.ws = ws
        self.next_id = 0
        self.events = []
        self.requests = []  # (method, url) of every request the page made
        self.dialogs = []

    def _event(self, msg):
        method = msg.get("method")
        if method == "Network.requestWillBeSent":
            r = msg["params"]["request"]
            self.requests.append((r["method"], r["url"], r.get("postData")))
        if method == "Page.javascriptDialogOpening":
            # A confirm() from the page: accept it (the test asked for it).
            self.dialogs.append(msg["params"].get("message", ""))
            self.next_id += 1
            self.ws.send(json.dumps({"id": self.next_id, "method": "Page.handleJavaScriptDialog",
                                     "params": {"accept": True}}))
            return
        self.events.append(msg)

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
                self._event(msg)

    def wait_event(self, name, timeout=TIMEOUT):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            for i, e in enumerate(self.events):
                if e["method"] == name:
                    return self.events.pop(i)
            self.ws.sock.settimeout(max(0.1, deadline - time.monotonic()))
            try:
                msg = json.loads(self.ws.recv())
            except socket.timeout:
                break
            finally:
                self.ws.sock.settimeout(TIMEOUT)
            if "method" in msg:
                self._event(msg)
        raise Failure(f"timed out waiting for {name}")

    def js(self, expression):
        result = self.call("Runtime.evaluate", expression=expression, returnByValue=True, awaitPromise=True,
                           userGesture=True)
        if "exceptionDetails" in result:
            raise Failure(f"script error: {result['exceptionDetails']}")
        return result["result"].get("value")

    def wait_for(self, expression, what, timeout=20.0):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.js(f"!!({expression})"):
                return
            time.sleep(0.05)
        raise Failure(f"timed out waiting for {what}")

    def load(self, url):
        self.call("Page.navigate", url=url)
        self.wait_event("Page.loadEventFired")

    def viewport(self, width, height, scale, mobile):
        self.call("Emulation.setDeviceMetricsOverride", width=width, height=height,
                  deviceScaleFactor=scale, mobile=mobile)
        self.call("Emulation.setTouchEmulationEnabled", enabled=mobile)

    def center(self, expression, what):
        box = self.js(f"""(() => {{ const e = {expression};
            if (!e) return null;
            e.scrollIntoView({{block: 'center'}});
            const r = e.getBoundingClientRect();
            return {{x: r.left + r.width / 2, y: r.top + r.height / 2, w: r.width, h: r.height}}; }})()""")
        if box is None:
            raise Failure(f"no element: {what}")
        return box

    def click_at(self, box):
        for kind in ("mouseMoved", "mousePressed", "mouseReleased"):
            self.call("Input.dispatchMouseEvent", type=kind, x=box["x"], y=box["y"], button="left",
                      clickCount=1)

    def click(self, selector):
        self.click_at(self.center(f"document.querySelector({json.dumps(selector)})", selector))

    def key(self, name, shift=False):
        code, vk = KEYS[name]
        mods = 8 if shift else 0
        text = " " if name == " " else ("\r" if name == "Enter" else None)
        down = {"type": "keyDown" if text else "rawKeyDown", "key": name, "code": code,
                "windowsVirtualKeyCode": vk, "nativeVirtualKeyCode": vk, "modifiers": mods}
        if text:
            down["text"] = text
        self.call("Input.dispatchKeyEvent", **down)
        self.call("Input.dispatchKeyEvent", type="keyUp", key=name, code=code, windowsVirtualKeyCode=vk,
                  nativeVirtualKeyCode=vk, modifiers=mods)

    def type(self, text):
        for ch in text:
            code = f"Digit{ch}" if ch.isdigit() else (f"Key{ch.upper()}" if ch.isalpha() else "Minus")
            self.call("Input.dispatchKeyEvent", type="keyDown", key=ch, code=code, text=ch)
            self.call("Input.dispatchKeyEvent", type="keyUp", key=ch, code=code)

    def screenshot(self, path):
        data = self.call("Page.captureScreenshot", format="png")["data"]
        pathlib.Path(path).write_bytes(base64.b64decode(data))
        print(f"wrote {path}", flush=True)


# ---------------------------------------------------------------- small tools

def get(url):
    with urllib.request.urlopen(url, timeout=TIMEOUT) as r:
        return r.read().decode("utf-8")


def flatten(obj, prefix=""):
    out = {}
    for k, v in obj.items():
        path = prefix + k
        if isinstance(v, dict) and not (set(v) == {"min", "max"}):
            out.update(flatten(v, path + "."))
        else:
            out[path] = v
    return out


def drop_nulls(obj):
    if isinstance(obj, dict):
        return {k: drop_nulls(v) for k, v in obj.items() if v is not None}
    return obj


class Schema:
    """Titles and the form's fact paths, read from the server's schema."""

    def __init__(self, schema):
        self.s = schema
        self.defs = schema.get("$defs", {})
        self.titles, self.kinds, self.enums = {}, {}, {}
        self._walk(schema.get("properties", {}), "")

    def deref(self, s):
        while isinstance(s, dict) and "$ref" in s:
            t = dict(self.defs[s["$ref"].rsplit("/", 1)[-1]])
            t.update({k: v for k, v in s.items() if k != "$ref"})
            s = t
        return s

    def is_fact(self, s):
        s = self.deref(s)
        t = s.get("type")
        if t == "boolean" or (isinstance(t, list) and "boolean" in t):
            return True
        return any(self.is_fact(a) for a in s.get("anyOf", s.get("oneOf", [])))

    def inner(self, s):
        s = self.deref(s)
        if self.is_fact(s):
            return s
        alts = [a for a in s.get("anyOf", []) if self.deref(a).get("type") != "null"]
        return self.inner(alts[0]) if len(alts) == 1 and "anyOf" in s else s

    def _walk(self, props, prefix):
        for k, raw in props.items():
            path, node = prefix + k, self.inner(raw)
            self.titles[path] = raw.get("title")
            if self.is_fact(raw):
                self.kinds[path] = "fact"
            elif "properties" in node and set(node["properties"]) != {"min", "max"}:
                self.kinds[path] = "group"
                self._walk(node["properties"], path + ".")
            elif "enum" in node or "oneOf" in node:
                self.kinds[path] = "choice"
                self.enums[path] = node.get("enum") or [a["const"] for a in node["oneOf"] if "const" in a]
            else:
                self.kinds[path] = "other"


def visible_text(page):
    return page.js("document.title + '\\n' + document.body.innerText")


def check_words(page, where):
    text = visible_text(page)
    bad = sorted(set(SNAKE.findall(text)))
    check(not bad, f"{where}: no snake_case names visible {bad[:5]}")
    bad = sorted(set(RULE_ID.findall(text)))
    check(not bad, f"{where}: no rule ids visible {bad[:5]}")
    bad = sorted(set(FACT_PATH.findall(text)))
    check(not bad, f"{where}: no dotted field paths visible {bad[:5]}")
    bad = sorted(set(JSON_BITS.findall(text)))
    check(not bad, f"{where}: no JSON visible {bad[:5]}")


def idle(page, what="the result"):
    """Wait until the page has no pending or running screening."""
    deadline = time.monotonic() + 20
    quiet = 0
    while time.monotonic() < deadline:
        busy = page.js("document.getElementById('result').getAttribute('aria-busy')")
        quiet = quiet + 1 if busy == "false" else 0
        if quiet >= 3:
            return
        time.sleep(0.08)
    raise Failure(f"timed out waiting for {what}")


def fieldset(path):
    return f"document.querySelector('[data-path=\"{path}\"]')"


def click_answer(page, path, label):
    expr = (f"[...{fieldset(path)}.querySelectorAll('label')]"
            f".find(l => l.textContent.trim() === {json.dumps(label)})")
    page.click_at(page.center(expr, f"answer {label!r} of {path}"))


def checked_value(page, path):
    return page.js(f"(({fieldset(path)}.querySelector('input:checked')) || {{}}).value")


def focused_path(page):
    return page.js("(() => { const e = document.activeElement; const f = e && e.closest('[data-path]');"
                   " return f ? f.getAttribute('data-path') : null; })()")


def answer_label(strings, value):
    if value is True:
        return strings["answer-yes"]
    if value is False:
        return strings["answer-no"]
    if value == "suspected":
        return strings["answer-suspected"]
    return strings["value-" + value]


def screen_requests(page):
    return [r for r in page.requests if "/v1/screen" in r[1]]


# ---------------------------------------------------------------- the test

def run(base, out_dir, port):
    base = base.rstrip("/") + "/"
    origin = "{0.scheme}://{0.netloc}".format(urllib.parse.urlsplit(base))
    schema = Schema(json.loads(get(base + "v1/schema/input")))
    html = get(base)
    case = json.loads(pathlib.Path(CASE_FILE).read_text())

    targets = http_json(port, "/json/list")
    pages = [t for t in targets if t.get("type") == "page"] or [http_json(port, "/json/new?about:blank", "PUT")]
    ws = WebSocket(pages[0]["webSocketDebuggerUrl"])
    page = Page(ws)
    try:
        for domain in ("Page", "Runtime", "Network"):
            page.call(f"{domain}.enable")
        page.call("Browser.grantPermissions", origin=origin,
                  permissions=["clipboardReadWrite", "clipboardSanitizedWrite"])
        page.call("Emulation.setFocusEmulationEnabled", enabled=True)

        # ---- Load (desktop).
        page.viewport(1280, 900, 1, False)
        page.load(base)
        page.wait_for("document.querySelector('#case:not([hidden]) [data-path]') &&"
                      " document.getElementById('verdict')", "the form and a first result")
        idle(page)
        strings = page.js("JSON.parse(document.getElementById('ui-strings').textContent)")
        check(isinstance(strings, dict) and len(strings) > 50, f"the server injected {len(strings)} UI strings")

        # ---- UI strings: every key the page uses is defined.
        used = set(re.findall(r'data-s(?:-label)?="([a-z0-9-]+)"', html))
        used |= set(re.findall(r"\bT\('([a-z0-9_-]+)'\s*[,)]", html))
        prefixes = set(re.findall(r"\bT\('([a-z0-9_-]+-)'\s*\+", html))
        families = {
            "answer-": ANSWERS, "verdict-": VERDICTS, "verdict-help-": VERDICTS, "status-": STATUSES,
            "person-": PERSONS, "flag-": FLAGS, "element-": ELEMENTS,
            "value-": sorted({v for p, vs in schema.enums.items() if p != "profile" for v in vs}),
            "profile-": schema.enums.get("profile", []),
        }
        unknown_families = prefixes - set(families)
        check(not unknown_families, f"every family of composed keys is known to the test {sorted(prefixes)}")
        for prefix, values in families.items():
            used |= {prefix + v for v in values}
        missing = sorted(k for k in used if k not in strings)
        check(not missing, f"all {len(used)} UI string keys the page uses are defined (missing: {missing})")
        catalogue = HERE.parent / "i18n" / "en" / "page.ftl"
        defined = set(re.findall(r"^page-([a-z0-9_-]+) =", catalogue.read_text(), re.M)) | {"lang"}
        missing = sorted(k for k in used if k not in defined)
        check(not missing, f"i18n/en/page.ftl defines every key (missing: {missing})")
        empty = sorted(k for k, v in strings.items() if not isinstance(v, str) or not v.strip())
        check(not empty, f"no empty UI string {empty}")

        # ---- Requests and the form.
        outside = [u for _, u, _ in page.requests if not u.startswith((base, "data:", "about:"))]
        check(not outside, f"no request leaves {base} (saw {len(page.requests)}: {outside})")
        facts = [p for p, k in schema.kinds.items() if k == "fact" and not p.startswith("indicators.")]
        shown = page.js("[...document.querySelectorAll('#case fieldset[data-path]')]"
                        ".filter(f => f.querySelector('input[value=suspected]')).map(f => f.dataset.path)")
        check(sorted(shown) == sorted(facts), f"the form has one yes/no/suspected/unknown group per fact ({len(facts)})")
        unlabelled = page.js("""[...document.querySelectorAll('input, select, textarea, button')]
            .filter(e => e.type !== 'hidden' && !(e.labels && e.labels.length) && !e.getAttribute('aria-label')
                         && !(e.tagName === 'BUTTON' && e.textContent.trim()))
            .map(e => e.id || e.name)""")
        check(not unlabelled, f"every control has a label {unlabelled[:5]}")
        undescribed = page.js("""[...document.querySelectorAll('#case fieldset[data-path]')]
            .filter(f => { const d = f.getAttribute('aria-describedby');
                           return !d || !document.getElementById(d) || !document.getElementById(d).textContent.trim(); })
            .map(f => f.dataset.path)""")
        check(not undescribed, f"every question's help text is linked by aria-describedby {undescribed[:5]}")
        legend_ok = page.js(f"""[...document.querySelectorAll('#case fieldset[data-path]')].every(f =>
            f.querySelector('legend') && f.querySelector('legend').textContent.trim() ===
            ({json.dumps(schema.titles)})[f.dataset.path])""")
        check(legend_ok, "every legend is the schema's title of its fact")
        check(page.js("document.getElementById('vbox').getAttribute('aria-live')") == "polite",
              "the verdict is announced (aria-live)")
        heads = page.js("[...document.querySelectorAll('h1,h2,h3,h4')].map(h => +h.tagName[1])")
        jumps = [(a, b) for a, b in zip(heads, heads[1:]) if b > a + 1]
        check(heads[0] == 1 and heads.count(1) == 1 and not jumps, f"headings are in order ({len(heads)})")
        check(page.js("document.getElementById('verdict').textContent") == strings["verdict-no_finding"],
              "an empty case shows 'no finding' in words")

        # ---- Fill in the case: clicks, typing, and two facts by keyboard only.
        values = flatten(case)
        order = page.js("[...document.querySelectorAll('#case [data-path]')].map(e => e.dataset.path)")
        unknown = [p for p in values if p not in order and values[p] is not None]
        check(not unknown, f"every fact of the case has a control {unknown}")
        keyboard = {"means.abuse_of_vulnerability", "movement.stay"}
        previous = None
        for path in order:
            if path not in values or values[path] is None:
                continue
            value = values[path]
            if path in keyboard:
                # From the last answer, Tab to this question (one stop per question), then arrows.
                start = order.index(previous)
                presses = 0
                while focused_path(page) != path and presses < 30:
                    page.key("Tab")
                    presses += 1
                between = [p for p in order[start + 1:order.index(path) + 1]]
                check(focused_path(page) == path and presses == len(between),
                      f"keyboard: {presses} Tab presses reach {path!r}, one per question")
                want = {True: "yes", False: "no", "suspected": "suspected"}.get(value, value)
                for _ in range(6):
                    if checked_value(page, path) == want:
                        break
                    page.key("ArrowLeft")
                check(checked_value(page, path) == want, f"keyboard: arrow keys answer {path!r} with {want!r}")
            elif isinstance(value, (int, str)) and not isinstance(value, bool) and schema.kinds.get(path) != "choice" \
                    and schema.kinds.get(path) != "fact":
                page.click(f"#q-{path.replace('.', '-')}-i")
                page.type(str(value))
            else:
                click_answer(page, path, answer_label(strings, value))
            previous = path
        idle(page)

        # ---- The case as the page sends it: Copy as JSON.
        page.click("#copy")
        page.wait_for("document.getElementById('state').textContent.length > 0", "the copy message")
        copied = page.js("navigator.clipboard.readText().catch(() => document.getElementById('json-out').value)")
        check(copied and json.loads(copied) == drop_nulls(case),
              "Copy as JSON gives the fishing-boat case exactly (unknown answers left out)")
        check(page.js("document.getElementById('state').textContent") == strings["copied"], "copying is confirmed in words")

        # ---- The result in words.
        verdict = page.js("document.getElementById('verdict').textContent")
        check(verdict == strings["verdict-trafficking"], f"the verdict reads {verdict!r}")
        also = page.js("document.querySelector('#vbox .also').textContent")
        for label in ("smuggling", "unsafe_migration", "irregular_migration"):
            check(strings["verdict-" + label] in also, f"'also found' names {strings['verdict-' + label]!r}")
        for el in ELEMENTS:
            status = page.js(f"document.querySelector('#el-{el} .st').textContent")
            check(status == strings["status-established"], f"{el}: {status!r}")
            shown = page.js(f"[...document.querySelectorAll('#el-{el} .facts li')].map(l => l.textContent)")
            want = [schema.titles[f"{el}.{k}"] for k, v in case.get(el, {}).items() if v is True]
            check(sorted(shown) == sorted(want), f"{el} shows its facts in words: {shown}")
        check(page.js("document.getElementById('person').textContent") == strings["person-adult"],
              "the person is an adult, in words")
        flags = page.js("[...document.querySelectorAll('#flags li')].map(l => l.textContent)")
        check(flags == [strings["flag-relationship_continued"]], "the flag is a sentence")
        cites = page.js("[...document.querySelectorAll('#reasons li')].map(l => l.textContent)")
        check(len(cites) >= 5 and any("Trafficking Protocol art. 3(a)" in c for c in cites),
              f"{len(cites)} reasons, each with its provision")
        check_words(page, "fishing-boat case")
        page.js("window.scrollTo(0, 0)")
        page.screenshot(out_dir / "serve.png")

        # ---- Print: the answers and the result, no buttons.
        page.call("Emulation.setEmulatedMedia", media="print")
        check(page.js("getComputedStyle(document.getElementById('case')).display") == "none", "print: the form is replaced ...")
        answers = page.js("document.getElementById('answers').innerText")
        check(page.js("document.getElementById('answers').checkVisibility()") and schema.titles["means.deception"] in answers
              and strings["answer-suspected"] in answers, "print: ... by the answers recorded, in words")
        check(page.js("[...document.querySelectorAll('.actions button, #bar')].every(b => !b.checkVisibility())"),
              "print: no action buttons")
        check(page.js("document.getElementById('reasons').checkVisibility()"), "print: the reasons are printed")
        check_words(page, "print")
        page.call("Emulation.setEmulatedMedia", media="")
        pdf = page.call("Page.printToPDF", printBackground=False)["data"]
        check(len(base64.b64decode(pdf)) > 10000, "the page prints to PDF")

        # ---- Errors keep the last good result and are said in words.
        page.call("Fetch.enable", patterns=[{"urlPattern": "*/v1/screen*"}])
        click_answer(page, "risk_factors.dangerous_route", strings["answer-yes"])
        check(page.js("document.getElementById('result').getAttribute('aria-busy')") == "true"
              and page.js("getComputedStyle(document.querySelector('.upd')).visibility") == "visible",
              "a change shows the quiet 'updating' state")
        paused = page.wait_event("Fetch.requestPaused")
        check(paused["params"]["request"]["method"] == "POST", "the answers go in a POST body")
        page.call("Fetch.failRequest", requestId=paused["params"]["requestId"], errorReason="ConnectionFailed")
        idle(page)
        check(page.js("document.getElementById('verdict').textContent") == strings["verdict-trafficking"],
              "offline: the last good result stays")
        check(page.js("document.getElementById('state').textContent") == strings["error-network"],
              "offline: the error is said in words")
        click_answer(page, "risk_factors.dangerous_route", strings["answer-no"])
        paused = page.wait_event("Fetch.requestPaused")
        body = json.dumps({"contract": "palermo/1", "error": {
            "path": "$.risk_factors.dangerous_route", "message": "expected true, false, \"suspected\" or null"}})
        page.call("Fetch.fulfillRequest", requestId=paused["params"]["requestId"], responseCode=422,
                  responseHeaders=[{"name": "Content-Type", "value": "application/json"}],
                  body=base64.b64encode(body.encode()).decode())
        idle(page)
        state = page.js("document.getElementById('state').textContent")
        check(schema.titles["risk_factors.dangerous_route"] in state and "$." not in state
              and "dangerous_route" not in state, f"a rejected answer is named by its title: {state!r}")
        check(page.js("document.getElementById('verdict').textContent") == strings["verdict-trafficking"],
              "rejected: the last good result stays")
        page.click("#state-go button")
        check(focused_path(page) == "risk_factors.dangerous_route", "'go to this answer' moves focus to it")
        page.call("Fetch.disable")
        click_answer(page, "risk_factors.dangerous_route", strings["answer-unknown"])
        idle(page)
        check(page.js("document.getElementById('state').textContent") == "", "back online: the error is cleared")

        # ---- Phone.
        page.viewport(390, 844, 2, True)
        time.sleep(0.3)
        width = page.js("document.documentElement.scrollWidth")
        check(width <= 390, f"no sideways scrolling on a phone (page is {width}px wide)")
        small = page.js("""[...document.querySelectorAll('.opts label, button, select, input[type=text]')]
            .filter(e => e.checkVisibility())
            .map(e => [e.id || e.htmlFor || e.textContent.trim(), Math.round(e.getBoundingClientRect().height),
                       Math.round(e.getBoundingClientRect().width)])
            .filter(([n, h, w]) => h < 44 || w < 44)""")
        check(not small, f"touch targets are at least 44px {small[:5]}")
        page.js("document.getElementById('s-means').scrollIntoView()")
        time.sleep(0.2)
        check(page.js("document.getElementById('bar').checkVisibility()"), "phone: the verdict bar shows under the form")
        page.screenshot(out_dir / "serve-phone-form.png")
        page.click("#bar-go")
        time.sleep(0.3)
        check(page.js("document.activeElement.id") == "result-h", "phone: 'see the result' moves focus to the result")
        page.screenshot(out_dir / "serve-phone.png")
        check_words(page, "phone")

        # ---- Clear, then a partial case: next questions lead to their fields.
        page.click("#clear")
        check(page.dialogs and page.dialogs[-1] == strings["confirm-clear"], "Clear asks first, in words")
        idle(page)
        check(page.js("document.getElementById('verdict').textContent") == strings["verdict-no_finding"],
              "after Clear: no finding")
        left = page.js("[...document.querySelectorAll('#case input:checked')].filter(i => i.value !== 'unknown').length"
                       " + [...document.querySelectorAll('#case input[type=text]')].filter(i => i.value).length")
        check(left == 0, "after Clear: every answer is unknown")
        n_before = len(screen_requests(page))
        page.click("#q-person-age-i")
        page.type("290")
        time.sleep(0.6)
        err = page.js("document.getElementById('q-person-age-e').textContent")
        check(err and page.js("document.getElementById('q-person-age-i').getAttribute('aria-invalid')") == "true",
              f"an impossible age is refused at the field: {err!r}")
        check(len(screen_requests(page)) == n_before, "an impossible age is not sent")
        page.key("Backspace")
        click_answer(page, "act.recruitment", strings["answer-yes"])
        click_answer(page, "purpose.forced_labour", strings["answer-yes"])
        idle(page)
        check(not page.js("document.getElementById('q-person-age-i').getAttribute('aria-invalid')"),
              "the corrected age is accepted")
        # No age, signs of a child: a finding that rests on the presumption
        # says the age is to be verified.
        page.click("#q-person-age-i")
        page.key("Backspace")
        page.key("Backspace")
        click_answer(page, "person.child_indicators", strings["answer-yes"])
        idle(page)
        box = page.js("document.getElementById('vbox').innerText")
        check(strings["verdict-possible_trafficking"] in box and strings["verdict-help-presumed"] in box,
              "a finding that rests on a presumed child says the age is to be verified")
        asks = page.js("[...document.querySelectorAll('#questions button.ask')].map(b => [b.dataset.fact, b.textContent])")
        facts_asked = [f for f, _ in asks]
        check("means.deception" in facts_asked, f"{len(asks)} next questions, the means among them")
        text = dict(asks)["means.deception"]
        check(text.endswith("?") and "." not in text.split(" ")[0], f"a question in plain words: {text!r}")
        check_words(page, "partial case")
        page.js('document.querySelector(\'#questions button[data-fact="means.threat"]\').focus()')
        page.key("Enter")
        time.sleep(0.3)
        check(focused_path(page) == "means.threat", "Enter on a next question moves focus to its field too")
        page.click('#questions button[data-fact="means.deception"]')
        time.sleep(0.3)
        check(focused_path(page) == "means.deception", "a next question moves focus to its field")
        inview = page.js("(() => { const r = document.activeElement.closest('[data-path]').getBoundingClientRect();"
                         " return r.top >= 0 && r.bottom <= innerHeight; })()")
        check(inview, "... and shows it on the screen")
        for _ in range(3):
            page.key("ArrowLeft")
        check(checked_value(page, "means.deception") == "yes", "keyboard: answered 'yes' there with the arrow keys")
        idle(page)
        check(page.js("document.getElementById('verdict').textContent") == strings["verdict-trafficking"],
              "that answer makes the verdict trafficking")

        # ---- Jurisdiction.
        if "profile" in schema.enums and "cambodia" in schema.enums["profile"]:
            page.js("document.getElementById('q-profile-i').focus()")
            for _ in range(8):
                if page.js("document.getElementById('q-profile-i').value") == "cambodia":
                    break
                page.key("ArrowDown")
            idle(page)
            check(any(u.endswith("/v1/screen?profile=cambodia") for _, u, _ in page.requests),
                  "the chosen law is sent as ?profile=")
            note = page.js("document.querySelector('#details .note').textContent")
            check(strings["profile-cambodia"] in note, f"the result names the law applied: {note!r}")
            check_words(page, "Cambodian law")

        # ---- Nothing in the URL, nothing elsewhere.
        check(page.js("location.href") == base, "no answers in the URL")
        posts = screen_requests(page)
        allowed = {""} | {"profile=" + p for p in schema.enums.get("profile", [])}
        check(all(m == "POST" and urllib.parse.urlsplit(u).query in allowed for m, u, _ in posts), f"{len(posts)} screenings, all POST, nothing in the query but the law")
        outside = [u for _, u, _ in page.requests if not u.startswith((base, "data:", "about:"))]
        check(not outside, f"no request left {base} in the whole session ({len(page.requests)} requests)")
        gone = page.js("window.palermoMissingStrings")
        check(gone == [], f"no UI string was missing at run time {gone}")
    finally:
        ws.close()


def main():
    if len(sys.argv) != 3:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    base, out_dir = sys.argv[1], pathlib.Path(sys.argv[2])
    out_dir.mkdir(parents=True, exist_ok=True)
    return with_browser("page-test", lambda port: run(base, out_dir, port))


if __name__ == "__main__":
    sys.exit(main())
