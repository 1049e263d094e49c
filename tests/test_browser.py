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

import json
import re
import shutil
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

ARTIFACTS = ROOT / "tests" / "artifacts"
RATES = SpeedOptions().rates

from browser_helpers import chromium, serve, wait as _wait  # noqa: E402  (skips without a browser)
from selenium.common.exceptions import NoAlertPresentException  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402

XSS = '<script>alert(1)</script>ありがとう<img src=x onerror="window.__pwned=1;alert(2)">'


# --------------------------------------------------------------------------- fixtures

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
    with serve(folder) as url:
        yield {"url": url, "folder": folder, "map": smap}


@pytest.fixture(scope="module")
def browser():
    with chromium() as driver:
        yield driver


# --------------------------------------------------------------------------- helpers

def _open(driver, url: str) -> None:
    driver.get(url)
    _wait(driver, "return document.getElementById('video').readyState >= 1 && "
                  "Array.from(document.getElementById('video').textTracks)"
                  ".every(t => t.cues && t.cues.length > 0)", what="video metadata and all caption tracks")


def _state(driver) -> dict:
    return driver.execute_script("""
        const v = document.getElementById('video');
        const shown = Array.from(v.textTracks).filter(t => window.syncPlayer.shown().includes(t.label));
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
    # a candidate says it is one in its text (copied or read aloud), not by colour alone
    assert all(re.fullmatch("［？.+］", e.text) for e in browser.find_elements(By.CSS_SELECTOR, "#minutes .cand"))
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
    # (a candidate shows as ［？…］ in the text; the search reads it without the marks)
    assert expected >= 2 and len(hits) == expected and all(
        "備蓄" in re.sub("［？|］", "", h.text) for h in hits), [h.text for h in hits]
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
    cue = _wait(browser, "return document.getElementById('captions').textContent", what="the last caption")
    assert browser.find_elements(By.CSS_SELECTOR, "#captions script, #captions img") == []
    assert "<script>alert(1)</script>" in cue.replace("\n", "")


def test_space_on_a_focused_speed_button_presses_it(site, browser):
    _open(browser, f"{site['url']}/sample.html")
    button = browser.find_element(By.CSS_SELECTOR, "#speeds button[data-rate='1.5']")
    button.send_keys(" ")
    s = _state(browser)
    assert s["rate"] == 1.5 and s["pressed"] == [1.5]
    assert s["paused"], "Space on a button must press it, not play the video"
    browser.find_element(By.CSS_SELECTOR, "#speeds button[data-rate='2']").send_keys("\ue007")  # Enter
    assert _state(browser)["rate"] == 2.0


def test_a_speed_from_the_browsers_menu_moves_the_highlight(site, browser):
    _open(browser, f"{site['url']}/sample.html")
    browser.execute_script("document.getElementById('video').playbackRate = 1.5;")  # as the menu does
    _wait(browser, "return window.syncPlayer.rate() === 1.5", what="ratechange")
    s = _state(browser)
    assert s["pressed"] == [1.5] and s["shown"] == ["字幕 1.5倍速"]
    browser.execute_script("document.getElementById('video').playbackRate = 1.75;")  # no button for it
    _wait(browser, "return window.syncPlayer.rate() === 1.75", what="ratechange")
    s = _state(browser)
    assert s["pressed"] == [] and s["shown"] == ["字幕 1.5倍速"]  # the track made for the speed below
    # trial 101: from the menu's 1.25×, ] dropped to 1.0× and [ did nothing
    browser.execute_script("document.getElementById('video').playbackRate = 1.25;")
    _wait(browser, "return window.syncPlayer.rate() === 1.25", what="ratechange")
    body = browser.find_element(By.TAG_NAME, "body")
    body.send_keys("]")
    assert _state(browser)["rate"] == 1.5
    browser.execute_script("document.getElementById('video').playbackRate = 1.25;")
    _wait(browser, "return window.syncPlayer.rate() === 1.25", what="ratechange")
    body.send_keys("[")
    assert _state(browser)["rate"] == 1.2


def test_a_link_rounded_down_shows_its_caption_on_a_paused_video(site, browser):
    # trial 101: #t= gives 0.1 s; a line starting at 42.14 opened by #t=42.1 was current in
    # the minutes, but the paused video showed no caption until played
    smap = SyncMap.from_json(json.dumps(site["map"]))
    cue = next(c for c in smap.shown if c.kind == "speech" and c.start > 5 and round(c.start, 1) < c.start - 0.01)
    _open(browser, f"{site['url']}/sample.html#t={int(cue.start * 10) / 10:.1f}")
    text = _wait(browser, "return document.getElementById('captions').textContent", what="the caption at the link")
    assert cue.text[:4] in text.replace("\n", "")


def _caption_px(browser) -> float:
    return _wait(browser, "const c = document.querySelector('#captions .cue');"
                          "return c && parseFloat(getComputedStyle(c).fontSize) * (c.getBoundingClientRect().height > 0)",
                 what="a caption on screen")


def test_caption_size_is_chosen_remembered_and_applies_to_the_minutes(site, browser):
    _open(browser, f"{site['url']}/sample.html#t=26.5")
    browser.execute_script("localStorage.clear(); window.syncPlayer.setSize('m', false); window.syncPlayer.seek(26.5);")
    normal = _caption_px(browser)
    minutes = browser.execute_script("return parseFloat(getComputedStyle(document.getElementById('minutes')).fontSize)")
    assert normal >= 16  # never the ~13 px of the browser's own captions on a small video
    browser.find_element(By.XPATH, "//div[@id='sizes']/button[text()='大']").click()
    large = _caption_px(browser)
    browser.find_element(By.XPATH, "//div[@id='sizes']/button[text()='特大']").click()
    huge = _caption_px(browser)
    assert normal < large < huge and huge >= 1.5 * normal
    # trial 101: at 特大 a line holding a ★ candidate (16 characters and one over) wrapped
    # onto a third line, over the video's controls
    lines = browser.execute_script(
        "const box = document.getElementById('captions'), s = document.createElement('span');"
        "s.className = 'cue'; s.textContent = '避難所の［？協定による］物資の確保'; box.appendChild(s);"
        "const n = s.getBoundingClientRect().height / parseFloat(getComputedStyle(box).lineHeight); s.remove(); return n;")
    assert lines < 1.5, lines
    assert browser.execute_script(
        "return parseFloat(getComputedStyle(document.getElementById('minutes')).fontSize)") > minutes * 1.3
    _open(browser, f"{site['url']}/sample.html#t=26.5")  # remembered on the next visit
    assert browser.execute_script("return document.documentElement.dataset.textSize") == "xl"
    pressed = browser.find_elements(By.CSS_SELECTOR, "#sizes button[aria-pressed=true]")
    assert [b.text for b in pressed] == ["特大"]
    assert _caption_px(browser) == pytest.approx(huge)
    browser.execute_script("localStorage.clear();")


def test_a_missing_recording_says_so(site, browser, tmp_path):
    _open(browser, f"{site['url']}/sample.html")  # with the recording: no message
    time.sleep(0.3)
    assert browser.execute_script("return document.getElementById('media-error').hidden")
    page = (site["folder"] / "sample.html").read_text(encoding="utf-8")
    alone = site["folder"] / "alone"
    alone.mkdir(exist_ok=True)
    (alone / "sample.html").write_text(page, encoding="utf-8")  # no recording beside it
    browser.get(f"{site['url']}/alone/sample.html")
    message = _wait(browser, "const m = document.getElementById('media-error');"
                             "return !m.hidden && m.offsetHeight > 0 && m.textContent", what="the message")
    assert "録画を読み込めません" in message and "sample.mp4" in message
    assert len(browser.find_elements(By.CSS_SELECTOR, "#minutes .line")) > 0  # the minutes still work


def test_a_page_copied_next_to_its_recording_still_plays_it(site, browser):
    # align wrote the page in another folder (src ../media/sample.mp4); copied beside the
    # recording, the path no longer leads there: the page finds the recording by its name
    page = (site["folder"] / "sample.html").read_text(encoding="utf-8")
    moved = re.sub(r'(<video[^>]*\ssrc=")[^"]+"', r'\g<1>../elsewhere/sample.mp4"', page, count=1)
    assert moved != page
    (site["folder"] / "moved.html").write_text(moved, encoding="utf-8")
    browser.get(f"{site['url']}/moved.html")
    _wait(browser, "const v = document.getElementById('video'); return v.readyState >= 1 && v.currentSrc",
          what="the recording beside the page")
    assert browser.execute_script("return document.getElementById('media-error').hidden")
    assert browser.execute_script("return document.getElementById('video').currentSrc").endswith("/sample.mp4")


def test_the_first_tab_skips_past_the_video_to_the_minutes(site, browser):
    # trial 132: a keyboard user tabbed through the video's controls before reaching anything
    # else; the first stop is now a link to the minutes
    _open(browser, f"{site['url']}/sample.html")
    browser.find_element(By.TAG_NAME, "body").send_keys("\ue004")     # Tab
    link = browser.switch_to.active_element
    assert link.get_attribute("class") == "skip" and link.get_attribute("href").endswith("#minutes")
    assert link.is_displayed() and link.text == "会議録へ移動"
    link.send_keys("\ue007")                                          # Enter
    _wait(browser, "return location.hash === '#minutes'", what="the skip link followed")
