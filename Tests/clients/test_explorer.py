"""The explorer page (`samverkan report`) driven in Debian's Chromium.

Every check opens the page from disk (file://) in a fresh browser page,
collects console errors and every network request, and asserts on what
the page really does: search, panel, filters, year slider, connect
(against `samverkan connect --format json`), table sorting, printing,
the Content-Security-Policy, hostile input, and the size limits.
Screenshots go to out/explorer-screenshots/.
"""
import base64
import hashlib
import json
import os
import re
import resource
import subprocess
import sys
import time
import unicodedata
from pathlib import Path

import pytest
from playwright.sync_api import sync_playwright

sys.path.insert(0, str(Path(__file__).parent))
from large_registry import write_large_registry  # noqa: E402

from conftest import GRAPH, ROOT, run  # noqa: E402
SEED = ROOT / "graphs" / "sources" / "strategiska-samarbeten.txt"
OUT = ROOT / "out"
SHOTS = OUT / "explorer-screenshots"
CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox"] if os.geteuid() == 0 else []


HOSTILE = """samverkan: 1
title: "<img src=x onerror=alert(1)> </title><script>alert(9)</script>"
language: en
sources:
  - id: evil
    title: "<img src=x onerror=alert(2)>"
    publisher: "</script><script>window.pwned=1</script>"
    url: "javascript:alert(3)"
    kind: primary
organisations:
  - id: a
    name: "<img src=x onerror=alert(1)>"
    kind: company
    level: local
    url: "javascript:alert(4)"
    aliases: ["\\u2028</script><!--", "\\u202Eevil"]
    source:
      - {from: evil, quote: "<script>alert(5)</script> & \\"quotes\\" <img src=x onerror=alert(10)>"}
  - id: b
    name: "Bee <b onmouseover=alert(6)>"
    kind: company
    level: regional
    url: "JaVaScRiPt:alert(11)"
    source: evil
  - id: c
    name: "Safe link"
    kind: company
    level: regional
    url: "https://example.org/?q=<script>&x=1"
    source: evil
groups:
  - id: g
    name: "<svg onload=alert(7)>"
    kind: working-group
    level: local
    url: "javascript:alert(8)"
    source: evil
    members: [a, b, c]
"""


@pytest.fixture(scope="module")
def pages(tmp_path_factory):
    where = tmp_path_factory.mktemp("explorer")
    vasterbotten = where / "vasterbotten.html"
    run("report", GRAPH, "-o", vasterbotten)
    hostile_yaml = where / "hostile.yaml"
    hostile_yaml.write_text(HOSTILE, encoding="utf-8")
    hostile = where / "hostile.html"
    run("report", hostile_yaml, "-o", hostile)
    return {"vasterbotten": vasterbotten, "hostile": hostile, "hostile_yaml": hostile_yaml, "dir": where}


@pytest.fixture(scope="module")
def browser():
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


class Opened:
    """A page opened from disk with its console errors, requests and dialogs."""

    def __init__(self, browser, path, viewport=(1280, 800)):
        self.page = browser.new_page(viewport={"width": viewport[0], "height": viewport[1]})
        self.errors, self.requests, self.dialogs, self.failed = [], [], [], []
        self.page.on("console", lambda m: m.type == "error" and self.errors.append(m.text))
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("request", lambda r: self.requests.append(r.url))
        self.page.on("requestfailed", lambda r: self.failed.append(r.url))
        self.page.on("dialog", lambda d: (self.dialogs.append(d.message), d.dismiss()))
        self.url = Path(path).resolve().as_uri()
        self.page.goto(self.url)
        self.page.wait_for_selector("body.ready", state="attached", timeout=30000)

    def close(self):
        self.page.close()

    def assert_clean(self):
        assert self.errors == []
        assert self.requests == [self.url]
        assert self.dialogs == []


@pytest.fixture
def opened(browser, pages):
    made = []

    def open_(name="vasterbotten", viewport=(1280, 800)):
        o = Opened(browser, pages[name] if name in pages else name, viewport)
        made.append(o)
        return o

    yield open_
    for o in made:
        o.close()


def data_of(html_path):
    text = Path(html_path).read_text(encoding="utf-8")
    block = re.search(r'<script type="application/json" id="explorer-data">(.*?)</script>', text, re.S).group(1)
    return json.loads(block)


# ---- Loading, policy ----


def test_page_loads_with_no_console_error_and_no_request(opened):
    o = opened()
    o.page.wait_for_timeout(300)
    o.assert_clean()
    assert o.page.locator("#map svg g.node").count() > 40


def test_policy_lists_exactly_the_pages_own_script_and_style(pages):
    text = pages["vasterbotten"].read_text(encoding="utf-8")
    policy = re.search(r'<meta http-equiv="Content-Security-Policy" content="([^"]+)">', text).group(1)
    scripts = re.findall(r"<script>(.*?)</script>", text, re.S)
    styles = re.findall(r"<style>(.*?)</style>", text, re.S)
    assert len(scripts) == 1 and len(styles) == 1

    def digest(s):
        return "'sha256-" + base64.b64encode(hashlib.sha256(s.encode("utf-8")).digest()).decode() + "'"

    assert f"script-src {digest(scripts[0])};" in policy
    assert f"style-src {digest(styles[0])};" in policy
    assert policy.startswith("default-src 'none';")
    assert "unsafe-inline" not in policy and "unsafe-eval" not in policy
    # No inline event handlers or style attributes anywhere the policy would have to allow.
    assert not re.search(r"\son[a-z]+=", text.split('id="explorer-data"')[0])
    assert not re.search(r'\sstyle="', text)


def test_policy_blocks_an_inline_script_it_does_not_list(opened):
    o = opened()
    result = o.page.evaluate(
        """() => new Promise(resolve => {
            const violations = [];
            document.addEventListener('securitypolicyviolation', e => violations.push(e.violatedDirective));
            const s = document.createElement('script');
            s.textContent = 'window.__injected = 42;';
            document.body.appendChild(s);
            const img = document.createElement('img');
            img.src = 'https://example.org/x.png';
            document.body.appendChild(img);
            setTimeout(() => resolve({injected: typeof window.__injected, violations}), 300);
        })"""
    )
    assert result["injected"] == "undefined"
    assert any(v.startswith("script-src") for v in result["violations"])
    assert any(v.startswith("img-src") for v in result["violations"])
    # The image was asked for by the injected element and refused before any byte left.
    assert o.requests == [o.url, "https://example.org/x.png"]
    assert o.failed == ["https://example.org/x.png"]


# ---- Search and panel ----


def test_search_folds_case_and_diacritics_like_the_cli(opened, pages):
    o = opened()
    o.page.fill("#search", "vasterbottensturism")
    first = o.page.locator("#results button.result").first
    assert first.evaluate("b => b.firstChild.textContent") == "VästerbottensTurism"
    # The CLI resolves the same spelling to the same organisation.
    assert json.loads(run("ego", GRAPH, "vasterbottensturism", "--format", "json").stdout)
    # The page's folding (JS) gives the keys Swift computed, for every name, alias and ID.
    data = data_of(pages["vasterbotten"])
    for e in data["entities"]:
        texts = [e["name"], *e.get("aliases", []), e["id"]]
        keys = o.page.evaluate("ts => ts.map(t => window.explorerSearchKey(t))", texts)
        seen = []
        for k in keys:
            if k and k not in seen:
                seen.append(k)
        assert seen == e["searchKeys"], e["name"]
    # Folding a few hard cases: ø, æ, ß, combining marks.
    got = o.page.evaluate("ts => ts.map(t => window.explorerSearchKey(t))",
                          ["Søren Æbeltoft", "Straße", "Va\u0308stero\u0308s", "Umeå-kommun!"])
    assert got == ["sorenaebeltoft", "strasse", "vasteros", "umeakommun"]
    o.assert_clean()


def test_clicking_a_result_opens_the_panel_with_groups_and_a_seed_quote(opened):
    o = opened()
    o.page.fill("#search", "vasterbottensturism")
    o.page.locator("#results button.result").first.click()
    panel = o.page.locator("#panel")
    assert panel.is_visible()
    assert o.page.locator("#panel h2").inner_text() == "VästerbottensTurism"
    listed = set(o.page.locator("#panel ul.memberships > li > button.entity").all_inner_texts())
    load = json.loads(run("load", GRAPH, "--format", "json").stdout)
    groups_now = next(x for x in load["organisations"] if x["organisation"]["id"] == "vasterbottensturism")["groups"]
    assert {g["name"] for g in groups_now} <= listed
    seed = " ".join(SEED.read_text(encoding="utf-8").split())
    quotes = o.page.locator("#panel blockquote").all_inner_texts()
    assert quotes and all(" ".join(q.split()) in seed for q in quotes)
    assert o.page.locator("#map g.node.sel").count() == 1
    o.assert_clean()


# ---- Filters and years ----


def shown_nodes(page):
    return set(page.evaluate(
        """() => [...document.querySelectorAll('#map g.node')]
             .filter(g => getComputedStyle(g).display !== 'none' && !g.classList.contains('ghost'))
             .map(g => g.id)"""
    ))


def test_level_filter_hides_the_national_cluster(opened, pages):
    o = opened()
    cluster = o.page.locator("#map g.cluster", has=o.page.locator("title", has_text="cluster_level-national"))
    assert cluster.count() == 1 and cluster.is_visible()
    data = data_of(pages["vasterbotten"])
    national = {e["svgID"] for e in data["entities"] if e.get("level") == "national" and e.get("svgID")}
    assert national and national <= set(o.page.evaluate("() => [...document.querySelectorAll('#map g.node')].map(g => g.id)"))
    o.page.uncheck("#level-national")
    assert not cluster.is_visible()
    assert not (shown_nodes(o.page) & national)
    o.page.check("#level-national")
    assert cluster.is_visible()
    o.assert_clean()


def test_year_slider_changes_what_is_drawn(opened, pages):
    o = opened()
    data = data_of(pages["vasterbotten"])
    labels = data["years"]["labels"]
    assert labels[-1] == "now" and len(labels) > 1
    now = shown_nodes(o.page)
    o.page.locator("#year").fill("0")
    assert o.page.locator("#year-label").inner_text() == labels[0]
    then = shown_nodes(o.page)
    assert now != then
    # What the page draws in each year is what the registry's view holds then:
    # an organisation is drawn in a year exactly when `stats --as-of` counts it.
    for i, label in enumerate(labels):
        o.page.locator("#year").fill(str(i))
        drawn = {x for x in shown_nodes(o.page) if x.startswith("organisation-")}
        args = ["--as-of", label] if label != "now" else []
        stats = json.loads(run("stats", GRAPH, *args, "--format", "json").stdout)
        assert len(drawn) == stats["organisations"], label
    o.assert_clean()


def test_certainty_filter_keeps_only_stated_facts(opened, pages):
    o = opened()
    o.page.select_option("#f-cert", "stated")
    data = data_of(pages["vasterbotten"])
    external = {e["svgID"] for e in data["entities"] if e["certainty"] != "stated" and e.get("svgID")}
    assert external and not (shown_nodes(o.page) & external)
    o.assert_clean()


# ---- Connect ----

PAIRS = [
    ("Trafikverket", "destinationerna"),
    ("visitsweden", "Destinationsorganisationerna"),
    ("regionala-turistorganisationer", "region vasterbotten"),
    ("Visit Västerbotten", "trafikverket"),
]


def chains_of(cli):
    return [([o["id"] for o in c["organisations"]], [g["id"] for g in c["groups"]]) for c in cli["shortestChains"]]


@pytest.mark.parametrize("a,b", PAIRS)
def test_connect_gives_the_chains_of_samverkan_connect(opened, a, b):
    o = opened()
    cli = json.loads(run("connect", GRAPH, a, b, "--format", "json").stdout)
    page = o.page.evaluate("([a, b]) => window.explorerConnect(a, b)", [a, b])
    assert page["steps"] == cli["steps"]
    assert page["count"] == cli["shortestChainCount"]
    assert page["truncated"] == cli["isTruncated"]
    assert [(c["organisations"], c["groups"]) for c in page["chains"]] == chains_of(cli)
    assert sorted(page["shared"]) == sorted(g["id"] for g in cli["sharedGroups"])
    # Through the form: one line per chain, the chain's nodes highlighted.
    o.page.fill("#c-a", a)
    o.page.fill("#c-b", b)
    o.page.click("#c-go")
    assert o.page.locator("#c-out li.chain").count() == len(cli["shortestChains"])
    ids = {i for c in cli["shortestChains"] for i in [*(x["id"] for x in c["organisations"]), *(x["id"] for x in c["groups"])]}
    lit = set(o.page.evaluate("() => [...document.querySelectorAll('#map g.node.hl')].map(g => g.id.replace(/^[a-z]+-/, ''))"))
    assert lit == ids
    o.assert_clean()


# ---- Golden vectors: the page against the library's own answers ----

GOLDEN = json.loads((ROOT / "Tests" / "clients" / "golden" / "explorer.json").read_text())


def test_golden_vectors_replayed_in_the_page(opened):
    """Tests/clients/golden/explorer.json holds the library's answers
    (ExplorerGoldenTests keeps it current): search keys of every name and of
    hard spellings, which links the page may make, and the chains between
    pairs of organisations. The page must give exactly the same."""
    assert GOLDEN["registry"] == "graphs/vasterbotten.yaml"
    o = opened()
    texts = [f["text"] for f in GOLDEN["searchKeys"]]
    keys = o.page.evaluate("ts => ts.map(t => window.explorerSearchKey(t))", texts)
    assert [(t, k) for t, k in zip(texts, keys)] == [(f["text"], f["key"]) for f in GOLDEN["searchKeys"]]
    urls = [link["url"] for link in GOLDEN["links"]]
    accepted = o.page.evaluate("us => us.map(u => window.explorerSafeURL(u))", urls)
    assert list(zip(urls, accepted)) == [(link["url"], link.get("accepted")) for link in GOLDEN["links"]]
    assert len([c for c in GOLDEN["connections"] if c.get("steps") is not None]) >= 10
    for c in GOLDEN["connections"]:
        page = o.page.evaluate("([a, b]) => window.explorerConnect(a, b)", [c["from"], c["to"]])
        if c.get("steps") is None:
            # No chain: an end with no tie now is not in the page's network at all.
            assert c["chains"] == [] and c["count"] == 0
            assert "error" in page or page["chains"] == [], (c["from"], c["to"], page)
            continue
        assert "error" not in page, (c["from"], c["to"], page)
        assert page["steps"] == c["steps"], (c["from"], c["to"])
        assert page["count"] == c["count"], (c["from"], c["to"])
        assert page["truncated"] == c["truncated"], (c["from"], c["to"])
        assert sorted(page["shared"]) == c["shared"], (c["from"], c["to"])
        assert [{"organisations": x["organisations"], "groups": x["groups"]} for x in page["chains"]] == c["chains"], (c["from"], c["to"])
    o.assert_clean()


# ---- Tables ----


def test_a_table_resorts_when_its_header_is_clicked(opened):
    o = opened()
    table = o.page.locator("#table-load table")
    # Long tables show 15 rows until asked for all.
    assert table.locator("tbody tr").count() == 15
    o.page.click("#table-load button.more")
    organisations = json.loads(run("load", GRAPH, "--format", "json").stdout)["organisations"]
    assert table.locator("tbody tr").count() == len(organisations) > 15
    header = table.locator("th").nth(2)
    column = lambda: [float(x) for x in table.locator("tbody tr td:nth-child(3)").all_inner_texts()]
    names = lambda: table.locator("tbody tr td:nth-child(1)").all_inner_texts()
    before = names()
    header.locator("button").click()
    assert header.get_attribute("aria-sort") == "descending"
    assert column() == sorted(column(), reverse=True)
    header.locator("button").click()
    assert header.get_attribute("aria-sort") == "ascending"
    assert column() == sorted(column())
    assert names() != before
    name_header = table.locator("th").nth(0)
    name_header.locator("button").click()
    assert name_header.get_attribute("aria-sort") == "ascending"
    got = names()
    assert sorted(got) == sorted(before) and got != before
    o.assert_clean()


# ---- Print ----


def test_print_to_pdf_gives_one_a4_page_with_map_and_legend(pages, tmp_path):
    pdf = tmp_path / "map.pdf"
    done = subprocess.run(
        [CHROMIUM, "--headless", *ARGS, "--disable-gpu", "--no-pdf-header-footer",
         f"--print-to-pdf={pdf}", pages["vasterbotten"].resolve().as_uri()],
        capture_output=True, text=True, timeout=120)
    assert pdf.exists(), done.stderr
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    assert re.search(r"^Pages:\s+1$", info, re.M), info
    size = re.search(r"Page size:\s+([\d.]+) x ([\d.]+) pts", info)
    assert abs(float(size.group(1)) - 595.28) < 2 and abs(float(size.group(2)) - 841.89) < 2, info
    raw = pdf.read_bytes()
    assert len(re.findall(rb"/Type\s*/Page\b(?!s)", raw)) == 1
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    flat = " ".join(text.split())
    assert "Teckenförklaring" in flat          # the legend
    assert "VästerbottensTurism" in flat        # the map's nodes
    assert "Nyckeltal" in flat                  # key figures
    assert "Förbind A och B" not in flat        # controls are not printed


# ---- Hostile registry ----


def test_hostile_registry_raises_no_dialog_and_runs_no_script(opened, pages):
    text = pages["hostile"].read_text(encoding="utf-8")
    assert "javascript:" not in text.lower()
    assert text.count("<script") == 2  # the data block and the page's own script
    assert "\u2028" not in text
    o = opened("hostile")
    o.page.fill("#search", "img src")
    o.page.locator("#results button.result").first.click()
    o.page.fill("#search", "svg onload")
    o.page.locator("#results button.result").first.click()
    o.page.fill("#search", "bee")
    o.page.locator("#results button.result").first.click()
    o.page.hover("#panel h2")
    assert o.page.locator("#panel h2").inner_text() == "Bee <b onmouseover=alert(6)>"
    for node in o.page.locator("#map g.node").all():
        for event in ("mouseover", "mouseenter", "click"):
            node.dispatch_event(event)
    o.page.wait_for_timeout(300)
    assert o.page.evaluate("() => typeof window.pwned") == "undefined"
    assert o.page.locator("img").count() == 0
    assert o.page.evaluate("() => document.querySelectorAll('[onerror],[onload],[onmouseover]').length") == 0
    hrefs = o.page.evaluate(
        """() => [...document.querySelectorAll('a')].map(a => a.getAttribute('href') || a.getAttribute('xlink:href') || '')"""
    )
    assert all(re.match(r"^(https?://|mailto:)", h, re.I) for h in hrefs if h), hrefs
    assert "https://example.org/?q=<script>&x=1" in [unicodedata.normalize("NFC", h) for h in hrefs] or any(
        "example.org" in h for h in hrefs)
    assert o.page.title().startswith("<img src=x onerror=alert(1)>")
    o.assert_clean()


# ---- Screenshots ----


@pytest.mark.parametrize("width,height", [(1280, 800), (390, 844)])
def test_screenshots(opened, width, height):
    SHOTS.mkdir(parents=True, exist_ok=True)
    o = opened(viewport=(width, height))
    o.page.screenshot(path=str(SHOTS / f"vasterbotten-{width}x{height}.png"))
    o.page.fill("#search", "vasterbottensturism")
    o.page.locator("#results button.result").first.click()
    o.page.screenshot(path=str(SHOTS / f"vasterbotten-{width}x{height}-panel.png"), full_page=True)
    assert (SHOTS / f"vasterbotten-{width}x{height}.png").stat().st_size > 10_000
    o.assert_clean()


# ---- Size and speed ----


def test_vasterbotten_page_is_under_one_megabyte(pages):
    assert pages["vasterbotten"].stat().st_size < 1_000_000


def test_the_same_registry_gives_the_same_bytes(pages, tmp_path):
    again = tmp_path / "again.html"
    run("report", GRAPH, "-o", again)
    assert again.read_bytes() == pages["vasterbotten"].read_bytes()


def test_a_5000_organisation_registry(opened, tmp_path):
    registry = tmp_path / "large.yaml"
    entities = write_large_registry(registry, organisations=5000)
    page = tmp_path / "large.html"
    # A hang guard on the CPU time the command used, not a speed check:
    # wall-clock time on a busy machine says nothing about the code.
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.monotonic()
    run("report", registry, "-o", page)
    written = time.monotonic() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
    assert cpu < 300, f"report used {cpu:.1f} s of CPU time: a hang or a quadratic step"
    o = opened(str(page))
    assert o.page.locator("#overview").is_visible() and not o.page.locator("#map").is_visible()
    start = time.monotonic()
    o.page.fill("#search", "organisation 4321 astrom")
    # Playwright's own timeout (30 s) is the hang guard.
    o.page.wait_for_selector("#results button.result")
    answered = time.monotonic() - start
    assert o.page.locator("#results button.result").first.evaluate("b => b.firstChild.textContent") == "Organisation 4321 Åström"
    o.page.locator("#results button.result").first.click()
    assert o.page.locator("svg.neighbourhood g.nb").count() > 1
    cli = json.loads(run("connect", registry, "org-17", "org-4321", "--format", "json").stdout)
    got = o.page.evaluate("() => window.explorerConnect('org-17', 'org-4321')")
    assert [(c["organisations"], c["groups"]) for c in got["chains"]] == chains_of(cli)
    assert got["count"] == cli["shortestChainCount"] and got["truncated"] == cli["isTruncated"]
    print(f"\n5,000-organisation registry ({entities} entities): page {page.stat().st_size} bytes, "
          f"written in {written:.2f} s, search answered in {answered * 1000:.0f} ms")
    o.assert_clean()


# ---- The command ----


def test_report_refuses_to_overwrite_the_registry(tmp_path):
    copy = tmp_path / "r.yaml"
    copy.write_bytes(GRAPH.read_bytes())
    done = run("report", copy, "-o", copy, check=False)
    assert done.returncode == 64
    assert "overwrite" in done.stderr
    assert copy.read_bytes() == GRAPH.read_bytes()


def test_report_of_a_broken_registry_names_the_place(tmp_path):
    broken = tmp_path / "broken.yaml"
    broken.write_text("samverkan: 1\norganisations:\n  - {id: a, name: A, kind: nonsense}\n", encoding="utf-8")
    target = tmp_path / "page.html"
    target.write_text("keep me", encoding="utf-8")
    done = run("report", broken, "-o", target, check=False)
    assert done.returncode == 1
    assert re.search(r"broken\.yaml:\d+:\d+", done.stderr)
    assert target.read_text(encoding="utf-8") == "keep me"
