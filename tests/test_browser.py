"""The player page in a real browser: Debian's headless Chromium driven by Selenium.

The sample is synced with the fake ASR (conftest.truth_words), so no model is needed; the
page and the per-speed tracks are made by :func:`sync.player.player_files` as the
pipeline makes them, and served by a local HTTP server that answers Range requests (as
every real static server does; without them Chromium cannot seek in a video). One
screenshot is kept in tests/artifacts/player.png.

Needs ``chromium`` and ``chromium-driver`` (bash scripts/setup_browser.sh); skipped with
the reason when they are missing.
"""
from __future__ import annotations

import functools
import http.server
import json
import os
import re
import shutil
import tempfile
import threading
import time
from pathlib import Path

import pytest

from conftest import ROOT, SAMPLE_MEDIA, SAMPLE_MINUTES, truth_words
from sync.asr import Engine
from sync.files import write_all
from sync.pipeline import SyncOptions, sync
from sync.player import minutes_view, player_files
from sync.render import cues_from_sync_map
from sync.speed import SpeedOptions, rate_label, track_name
from sync.syncmap import SyncMap

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMEDRIVER = shutil.which("chromedriver") or "/usr/bin/chromedriver"
ARTIFACTS = ROOT / "tests" / "artifacts"
RATES = SpeedOptions().rates

webdriver = pytest.importorskip("selenium.webdriver", reason="selenium is not installed: pip install -e '.[test]'")
if not (os.path.exists(CHROMIUM) and os.path.exists(CHROMEDRIVER)):
    pytest.skip("Chromium or chromedriver is missing: run 'bash scripts/setup_browser.sh' (Debian: "
                "apt-get install chromium chromium-driver fonts-noto-cjk)", allow_module_level=True)

from selenium.common.exceptions import NoAlertPresentException  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402

XSS = '<script>alert(1)</script>ありがとう<img src=x onerror="window.__pwned=1;alert(2)">'


# --------------------------------------------------------------------------- fixtures

class _RangeHandler(http.server.SimpleHTTPRequestHandler):
    """A static server with byte ranges (http.server has none), quiet."""

    def send_head(self):
        match = re.fullmatch(r"bytes=(\d+)-(\d*)", self.headers.get("Range", ""))
        path = self.translate_path(self.path)
        if not match or not os.path.isfile(path):
            return super().send_head()
        size = os.path.getsize(path)
        a = int(match.group(1))
        b = min(int(match.group(2) or size - 1), size - 1)
        if a >= size:
            self.send_error(416)
            return None
        f = open(path, "rb")
        f.seek(a)
        self.send_response(206)
        self.send_header("Content-Type", self.guess_type(path))
        self.send_header("Content-Range", f"bytes {a}-{b}/{size}")
        self.send_header("Content-Length", str(b - a + 1))
        self.send_header("Accept-Ranges", "bytes")
        self.end_headers()
        self._left = b - a + 1
        return f

    def copyfile(self, source, outputfile):
        left = getattr(self, "_left", None)
        if left is None:
            return super().copyfile(source, outputfile)
        while left > 0:
            chunk = source.read(min(65536, left))
            if not chunk:
                break
            outputfile.write(chunk)
            left -= len(chunk)

    def log_message(self, *args):
        pass


def _make_site(folder: Path, minutes: Path, hostile: str | None = None) -> dict:
    """Sync the sample with the fake ASR, then write the tracks and the page beside a
    copy of the recording; returns the sync map. ``hostile`` replaces ありがとう in the
    sync map's text (the minutes parser drops tags, so it is planted after parsing)."""
    opts = SyncOptions(use_cache=False)
    sync(str(SAMPLE_MEDIA), str(minutes), folder, opts, Engine(lambda audio, progress=None: truth_words()))
    text = (folder / "sample.json").read_text(encoding="utf-8")
    if hostile:
        data = json.loads(text)
        for cue in data["cues"]:
            cue["text"] = cue["text"].replace("ありがとう", hostile, 1)
        text = json.dumps(data, ensure_ascii=False)
        (folder / "sample.json").write_text(text, encoding="utf-8")
    cues = cues_from_sync_map(folder / "sample.json")  # ★ candidates marked, as in the 1× subtitles
    write_all(folder, player_files("sample", SyncMap.from_json(text), cues, opts.output.cues))
    smap = json.loads(text)
    shutil.copy(SAMPLE_MEDIA, folder / "sample.mp4")
    return smap


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    folder = tmp_path_factory.mktemp("site")
    smap = _make_site(folder, SAMPLE_MINUTES)
    xss = folder / "xss"
    xss.mkdir()
    _make_site(xss, SAMPLE_MINUTES, hostile=XSS)
    handler = functools.partial(_RangeHandler, directory=str(folder))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield {"url": f"http://127.0.0.1:{server.server_port}", "folder": folder, "map": smap}
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="module")
def browser():
    profile = tempfile.mkdtemp(prefix="chromium-profile-")
    opts = webdriver.ChromeOptions()
    opts.binary_location = CHROMIUM
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 "--autoplay-policy=no-user-gesture-required", "--mute-audio",
                 "--window-size=1280,800", f"--user-data-dir={profile}"):
        opts.add_argument(flag)
    opts.unhandled_prompt_behavior = "ignore"  # an alert stays open, so the XSS test sees it
    opts.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    service = webdriver.ChromeService(executable_path=CHROMEDRIVER)
    driver = webdriver.Chrome(options=opts, service=service)
    driver.set_page_load_timeout(30)
    yield driver
    driver.quit()
    shutil.rmtree(profile, ignore_errors=True)


# --------------------------------------------------------------------------- helpers

def _open(driver, url: str) -> None:
    driver.get(url)
    _wait(driver, "return document.getElementById('video').readyState >= 1 && "
                  "Array.from(document.getElementById('video').textTracks)"
                  ".every(t => t.cues && t.cues.length > 0)", what="video metadata and all caption tracks")


def _wait(driver, script: str, timeout: float = 10.0, what: str = "condition"):
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        value = driver.execute_script(script)
        if value:
            return value
        time.sleep(0.05)
    raise AssertionError(f"timed out waiting for {what}")


def _state(driver) -> dict:
    return driver.execute_script("""
        const v = document.getElementById('video');
        const shown = Array.from(v.textTracks).filter(t => t.mode === 'showing');
        const cur = document.querySelector('#minutes .line.current');
        const box = document.getElementById('minutes').getBoundingClientRect();
        const r = cur && cur.getBoundingClientRect();
        return {t: v.currentTime, rate: v.playbackRate, paused: v.paused,
                shown: shown.map(t => t.label),
                active: shown.length ? Array.from(shown[0].activeCues).map(c => [c.startTime, c.endTime]) : [],
                current: cur ? Number(cur.dataset.start) : null,
                visible: !!r && r.top >= box.top - 1 && r.bottom <= box.bottom + 1,
                pressed: Array.from(document.querySelectorAll('#speeds button[aria-pressed=true]'))
                              .map(b => Number(b.dataset.rate))};
    """)


def _vtt_times(path: Path) -> list[tuple[float, float]]:
    def secs(s: str) -> float:
        h, m, rest = s.split(":")
        return int(h) * 3600 + int(m) * 60 + float(rest)
    return [(secs(a), secs(b)) for a, b in
            re.findall(r"(\d+:\d+:\d+\.\d+) --> (\d+:\d+:\d+\.\d+)", path.read_text(encoding="utf-8"))]


def _line_at(smap: dict, t: float) -> float | None:
    starts = [c["start"] for c in smap["cues"] if c["start"] <= t + 1e-3]
    return max(starts) if starts else None


# --------------------------------------------------------------------------- tests

def test_page_renders_the_minutes_and_loads_every_track(site, browser):
    _open(browser, f"{site['url']}/sample.html")
    n_lines = len(browser.find_elements(By.CSS_SELECTOR, "#minutes .line"))
    assert n_lines == len(site["map"]["cues"]) + len(site["map"]["sounds"])
    speakers = [e.text for e in browser.find_elements(By.CSS_SELECTOR, "#minutes .turn h2")]
    assert speakers[:2] == ["議長", "山田 花子"]  # the chair by role, a member by name
    assert len(browser.find_elements(By.CSS_SELECTOR, "#minutes .star, #minutes .cand")) == 2
    labels = browser.execute_script(
        "return Array.from(document.getElementById('video').textTracks).map(t => t.label)")
    assert labels == ["字幕 1.0倍速", "字幕 1.2倍速", "字幕 1.5倍速", "字幕 2.0倍速"]
    errors = [e for e in browser.get_log("browser") if e["level"] == "SEVERE"]
    assert errors == []


@pytest.mark.parametrize("rate", RATES)
def test_captions_and_highlight_follow_playback(site, browser, rate):
    _open(browser, f"{site['url']}/sample.html")
    browser.find_element(By.CSS_SELECTOR, f"#speeds button[data-rate='{rate:g}']").click()
    start = 26.5  # inside a caption, with three captions ahead
    browser.execute_script("window.syncPlayer.seek(arguments[0]);", start)
    _wait(browser, "return !document.getElementById('video').seeking", what="seek")
    browser.execute_script("document.getElementById('video').play();")
    t0, w0 = _wait(browser, "const v = document.getElementById('video');"
                            "return !v.paused && v.currentTime > 26.55 && [v.currentTime, performance.now()]",
                   what="playback")
    time.sleep(1.5)
    t1, w1 = browser.execute_script("const v = document.getElementById('video'); v.pause();"
                                    "return [v.currentTime, performance.now()];")
    time.sleep(0.6)  # let a smooth scroll finish
    s = _state(browser)
    assert s["rate"] == pytest.approx(rate)
    assert s["pressed"] == [pytest.approx(rate)]
    label = f"字幕 {rate_label(rate)}倍速"
    assert s["shown"] == [label]
    speed = (t1 - t0) / ((w1 - w0) / 1000)
    assert speed == pytest.approx(rate, rel=0.25), "media time did not advance at the chosen rate"
    track = _vtt_times(site["folder"] / track_name("sample", rate))
    expected = [(a, b) for a, b in track if a <= s["t"] < b]
    assert [tuple(pytest.approx(x, abs=0.01) for x in c) for c in s["active"]] == expected
    assert expected, "a caption should be on screen at this moment"
    assert s["current"] == pytest.approx(_line_at(site["map"], s["t"]))
    assert s["visible"], "the current line was not scrolled into view"
    if rate == 1.5:
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        browser.save_screenshot(str(ARTIFACTS / "player.png"))


def test_clicking_a_line_seeks_and_updates_the_address(site, browser):
    _open(browser, f"{site['url']}/sample.html")
    cue = site["map"]["cues"][8]
    line = browser.find_elements(By.CSS_SELECTOR, "#minutes .line:not(.sound)")[8]
    line.click()
    _wait(browser, "return !document.getElementById('video').seeking", what="seek")
    s = _state(browser)
    assert s["t"] == pytest.approx(cue["start"], abs=0.05)
    assert s["current"] == pytest.approx(cue["start"])
    assert browser.execute_script("return location.hash") == f"#t={cue['start']:.1f}"


def test_hash_opens_the_page_at_that_moment(site, browser):
    _open(browser, f"{site['url']}/sample.html#t=42.5")
    _wait(browser, "return Math.abs(document.getElementById('video').currentTime - 42.5) < 0.05",
          what="the seek from #t=42.5")
    current = browser.find_element(By.CSS_SELECTOR, "#minutes .line.current")
    assert "お答えいたします。" in current.text


def test_keyboard_shortcuts(site, browser):
    _open(browser, f"{site['url']}/sample.html#t=10")
    _wait(browser, "return document.getElementById('video').currentTime >= 9.9", what="seek")
    body = browser.find_element(By.TAG_NAME, "body")
    body.send_keys("4")
    assert _state(browser)["rate"] == 2.0
    body.send_keys("[")
    assert _state(browser)["rate"] == 1.5
    body.send_keys("\ue014")  # →
    assert _state(browser)["t"] == pytest.approx(15.0, abs=0.1)
    body.send_keys(" ")
    _wait(browser, "return !document.getElementById('video').paused", what="space to play")
    body.send_keys(" ")
    _wait(browser, "return document.getElementById('video').paused", what="space to pause")
    body.send_keys("/")
    assert browser.switch_to.active_element.get_attribute("id") == "search"
    browser.switch_to.active_element.send_keys("備蓄")
    hits = browser.find_elements(By.CSS_SELECTOR, "#minutes .line.hit")
    shown = ["".join(p.get("t") or p["star"]["candidate"] or "★" for p in item["parts"])
             for turn in minutes_view(SyncMap.from_json(json.dumps(site["map"]))) for item in turn["items"]]
    expected = sum("備蓄" in text for text in shown)  # ★ candidates are searched as shown
    assert expected >= 2 and len(hits) == expected and all("備蓄" in h.text for h in hits), [h.text for h in hits]
    assert browser.find_element(By.ID, "search-count").text == f"{expected}件"
    browser.switch_to.active_element.send_keys("\ue007")  # Enter: the first hit
    assert _state(browser)["t"] == pytest.approx(float(hits[0].get_attribute("data-start")), abs=0.05)


def test_works_from_a_file_url(site, browser):
    _open(browser, (site["folder"] / "sample.html").as_uri())
    browser.execute_script("document.getElementById('video').play();")
    _wait(browser, "return document.getElementById('video').currentTime > 0.3", what="playback from file://")
    browser.execute_script("document.getElementById('video').pause();")


def test_minutes_text_is_never_markup(site, browser):
    _open(browser, f"{site['url']}/xss/sample.html")
    time.sleep(0.5)
    with pytest.raises(NoAlertPresentException):
        browser.switch_to.alert.text
    minutes = browser.find_element(By.ID, "minutes")
    assert "<script>alert(1)</script>" in minutes.text
    assert "<img src=x" in minutes.text
    assert browser.find_elements(By.CSS_SELECTOR, "#minutes script, #minutes img") == []
    assert browser.execute_script("return window.__pwned === undefined")
    # the same line as a caption: shown as text too
    browser.execute_script("window.syncPlayer.seek(68.5);")
    cue = _wait(browser, "const t = Array.from(document.getElementById('video').textTracks)"
                         ".find(t => t.mode === 'showing');"
                         "return t.activeCues.length && t.activeCues[0].getCueAsHTML().textContent",
                what="the last caption")
    assert "<script>alert(1)</script>" in cue.replace("\n", "")
