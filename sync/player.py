"""The offline player page: ``<stem>.html`` beside the recording.

One static file, no network: the video with its per-speed caption tracks on the left,
the minutes on the right, grouped by speaker turn, following playback at every speed.
Everything it needs is inline (CSS, script, the sync map as JSON), so it works from
``file://`` as well as from any static web server.

Minutes text is data, never markup: it travels as JSON inside
``<script type="application/json">`` with ``<``, ``>`` and ``&`` written as ``\\u003c``…
(so no ``</script>`` can close the block), and the page's script writes it with
``textContent`` only. A Content-Security-Policy with a per-page nonce blocks any other
script and every network request, as a second fence.

Caption files are linked with ``<track src="<stem>.x1.5.vtt">``; when their text is also
passed in (``track_texts``) it is embedded and loaded from ``blob:`` URLs, because
browsers refuse ``<track>`` files from ``file://`` pages.
"""
from __future__ import annotations

import hashlib
import html
import json
import re
from typing import Mapping, Sequence
from urllib.parse import quote

from .cues import Cue, CueOptions
from .syncmap import SyncMap, stars_in
from .speed import SpeedOptions, player_tracks, rate_label, speed_files

LOW_CONFIDENCE = 0.5   # below this a line is marked 要確認 (the aligner was unsure)


def _json_for_script(data: object) -> str:
    """JSON that is safe inside a ``<script>`` element whatever the strings hold."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return (text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


def _parts(cue: Cue, smap: SyncMap) -> list[dict]:
    """A line's text cut at each ★: ``{"t": text}`` and ``{"star": {...}}`` pieces."""
    parts: list[dict] = []
    a = 0
    for pos, star in stars_in(cue, smap):
        if a < pos:
            parts.append({"t": cue.text[a:pos]})
        parts.append({"star": {
            "start": star.start if star else round(cue.start, 3),
            "candidate": star.candidate if star else None,
            "confidence": star.confidence if star else None,
        }})
        a = pos + 1
    if a < len(cue.text) or not parts:
        parts.append({"t": cue.text[a:]})
    return parts


def minutes_view(smap: SyncMap) -> list[dict]:
    """The minutes as the page shows them: speaker turns in order, each with its lines
    (captions' text, ★ marked) and sound notes in time order."""
    turns: dict[int, dict] = {}
    for c in smap.speech:
        turn = turns.setdefault(c.turn, {"speaker": c.speaker, "items": []})
        turn["speaker"] = turn["speaker"] or c.speaker
        turn["items"].append({"kind": "line", "start": round(c.start, 3), "end": round(c.end, 3),
                              "parts": _parts(c, smap), "confidence": c.confidence,
                              "low": c.confidence < LOW_CONFIDENCE})
    for s in smap.sounds:
        turn = turns.setdefault(s.turn, {"speaker": None, "items": []})
        turn["items"].append({"kind": "sound", "start": round(s.start, 3), "end": round(s.end, 3),
                              "parts": [{"t": s.text}], "confidence": 1.0, "low": False})
    for t, turn in turns.items():
        turn["turn"] = t
        turn["items"].sort(key=lambda it: (it["start"], it["kind"] == "line"))
    return [turns[t] for t in sorted(turns)]


def _track_tags(tracks: Mapping[float, str]) -> str:
    tags = []
    for i, (rate, name) in enumerate(sorted(tracks.items())):
        default = " default" if i == 0 else ""
        tags.append(f'<track kind="captions" srclang="ja" label="字幕 {rate_label(rate)}倍速" '
                    f'data-rate="{rate:g}" src="{html.escape(quote(name))}"{default}>')
    return "\n      ".join(tags)


def player_html(stem: str, smap: SyncMap, tracks: Mapping[float, str],
                track_texts: Mapping[float, str] | None = None) -> str:
    """The whole page for ``smap.media`` (a file beside the page).

    ``tracks`` maps each playback rate to its WebVTT file name; ``track_texts`` (same
    keys) embeds those files so that captions also work from ``file://``.
    """
    rates = sorted(tracks)
    data = {
        "stem": stem, "media": smap.media, "duration": round(smap.duration, 3),
        "rates": rates,
        "tracks": [{"rate": r, "src": tracks[r], "vtt": (track_texts or {}).get(r)} for r in rates],
        "turns": minutes_view(smap),
    }
    payload = _json_for_script(data)
    nonce = hashlib.sha256((payload + _SCRIPT).encode("utf-8")).hexdigest()[:24]
    speed_buttons = "".join(
        f'<button type="button" data-rate="{r:g}" aria-pressed="false" title="{rate_label(r)}倍速（キー {i + 1}）">'
        f'{rate_label(r)}倍</button>' for i, r in enumerate(rates))
    values = {"NONCE": nonce, "TITLE": html.escape(stem), "MEDIA": html.escape(quote(smap.media)),
              "TRACKS": _track_tags(tracks), "SPEEDS": speed_buttons, "CSS": _CSS,
              "SCRIPT": _SCRIPT, "DATA": payload}
    # one pass: a value (the stem, the minutes) that contains a marker is not scanned again
    return re.sub(r"@([A-Z]+)@", lambda m: values[m.group(1)], _PAGE)


def player_name(stem: str) -> str:
    return f"{stem}.html"


def player_files(stem: str, smap: SyncMap, cues: Sequence[Cue],
                 cue_opts: CueOptions = CueOptions(), speed_opts: SpeedOptions = SpeedOptions()
                 ) -> dict[str, str]:
    """``{file name: content}``: one WebVTT track per playback rate (``<stem>.x1.5.vtt``…)
    of ``cues`` (as displayed: ★ candidates shown) and the page ``<stem>.html`` that plays
    ``smap.media`` with them, next to the recording's other outputs."""
    tracks = player_tracks(stem, speed_opts)
    files = speed_files(stem, cues, cue_opts, speed_opts, smap.duration)
    texts = {rate: files[name] for rate, name in tracks.items()}
    files[player_name(stem)] = player_html(stem, smap, tracks, texts)
    return files


_PAGE = """<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'nonce-@NONCE@'; style-src 'unsafe-inline'; media-src 'self' file: blob:; img-src 'self' file: blob: data:; font-src 'self' file: data:; base-uri 'none'; form-action 'none'">
<title>@TITLE@ — 会議録つき再生</title>
<style>@CSS@</style>
</head>
<body>
<header><h1>@TITLE@</h1><span class="sub">会議録つき再生</span></header>
<main>
  <section class="player" aria-label="動画">
    <video id="video" controls preload="metadata" playsinline src="@MEDIA@">
      @TRACKS@
    </video>
    <div class="bar">
      <div id="speeds" class="speeds" role="group" aria-label="再生速度"><span class="label">再生速度</span>@SPEEDS@</div>
      <button type="button" id="cc" aria-pressed="true" title="字幕の表示（c）">字幕 オン</button>
    </div>
    <details class="help"><summary>キーボード操作</summary>
      <dl>
        <dt>スペース</dt><dd>再生／一時停止</dd>
        <dt>← →</dt><dd>5秒戻る／進む</dd>
        <dt>[ ]</dt><dd>遅く／速く</dd>
        <dt>1〜4</dt><dd>1.0／1.2／1.5／2.0倍速</dd>
        <dt>c</dt><dd>字幕の表示を切り替え</dd>
        <dt>/</dt><dd>会議録を検索（Enterで次、Shift+Enterで前、Escで終了）</dd>
      </dl>
      <p>行をクリックするとその位置から再生します。URLの末尾に <code>#t=秒</code> を付けると、その時点から開きます。</p>
    </details>
    <p class="legend"><span class="star">★</span> 聞き取れなかった箇所
      <span class="cand">候補</span> 推定された語
      <span class="lowmark">要確認</span> 時刻の信頼度が低い行</p>
  </section>
  <section class="minutes-pane" aria-label="会議録">
    <div class="search"><input id="search" type="search" placeholder="会議録を検索（/）" aria-label="会議録を検索" autocomplete="off"><span id="search-count" aria-live="polite"></span></div>
    <div id="minutes" class="minutes" tabindex="-1"></div>
  </section>
</main>
<script type="application/json" id="sync-data">@DATA@</script>
<script nonce="@NONCE@">@SCRIPT@</script>
</body>
</html>
"""

_CSS = """
:root { --fg:#1d1d1f; --muted:#5f6368; --bg:#f6f7f9; --panel:#fff; --line:#e3e5e8;
  --accent:#0b57d0; --current:#fff3c4; --hit:#d7f5dd; --star:#c2410c; --low:#a50e0e; }
* { box-sizing: border-box; }
html, body { margin:0; height:100%; }
body { font-family:"Noto Sans CJK JP","Noto Sans JP","Hiragino Sans","Yu Gothic","Meiryo",sans-serif;
  color:var(--fg); background:var(--bg); display:flex; flex-direction:column; }
header { display:flex; align-items:baseline; gap:.8em; padding:.5rem 1rem; background:#12355b; color:#fff; }
header h1 { font-size:1.05rem; margin:0; font-weight:600; }
header .sub { font-size:.85rem; opacity:.8; }
main { flex:1; min-height:0; display:grid; grid-template-columns:minmax(0,3fr) minmax(300px,2fr);
  gap:1rem; padding:1rem; }
.player { min-width:0; }
video { width:100%; max-height:70vh; background:#000; border-radius:6px; display:block; }
video::cue { font-family:"Noto Sans CJK JP",sans-serif; font-size:1.1em; line-height:1.35;
  background:rgba(0,0,0,.82); color:#fff; }
.bar { display:flex; flex-wrap:wrap; align-items:center; justify-content:space-between; gap:.5rem; margin:.6rem 0; }
.speeds { display:flex; align-items:center; gap:.35rem; }
.speeds .label { color:var(--muted); font-size:.9rem; margin-right:.2rem; }
button { font:inherit; font-size:.95rem; padding:.35rem .75rem; border:1px solid #b8bec6; border-radius:999px;
  background:#fff; color:var(--fg); cursor:pointer; }
button[aria-pressed="true"] { background:var(--accent); border-color:var(--accent); color:#fff; }
button:focus-visible, .line:focus-visible, input:focus-visible { outline:3px solid #f9ab00; outline-offset:2px; }
.help { font-size:.9rem; color:var(--muted); }
.help dl { display:grid; grid-template-columns:max-content 1fr; gap:.2rem .8rem; margin:.5rem 0; }
.help dt { font-weight:600; color:var(--fg); }
.help dd { margin:0; }
.legend { font-size:.85rem; color:var(--muted); }
.legend span { margin-left:.6em; }
.minutes-pane { min-height:0; display:flex; flex-direction:column; background:var(--panel);
  border:1px solid var(--line); border-radius:6px; }
.search { display:flex; align-items:center; gap:.5rem; padding:.6rem; border-bottom:1px solid var(--line); }
.search input { flex:1; font:inherit; padding:.4rem .6rem; border:1px solid #b8bec6; border-radius:6px; }
#search-count { font-size:.85rem; color:var(--muted); min-width:3em; text-align:right; }
.minutes { flex:1; overflow-y:auto; padding:.3rem .8rem 40vh; position:relative; }
.turn h2 { font-size:.95rem; margin:1rem 0 .3rem; color:#12355b; border-left:4px solid #12355b; padding-left:.5rem; }
.turn ol { list-style:none; margin:0; padding:0; }
.line { display:grid; grid-template-columns:3.6em 1fr; gap:.5rem; padding:.3rem .4rem; border-radius:4px;
  cursor:pointer; line-height:1.6; }
.line:hover { background:#eef3fd; }
.line .time { color:var(--muted); font-size:.8rem; font-variant-numeric:tabular-nums; padding-top:.2rem; }
.line.sound .text { color:var(--muted); }
.line.current { background:var(--current); box-shadow:inset 4px 0 0 #f9ab00; }
.line.low .text { text-decoration:underline dotted var(--low); text-underline-offset:.25em; }
.lowmark { display:inline-block; font-size:.72rem; color:var(--low); border:1px solid var(--low);
  border-radius:3px; padding:0 .25em; margin-left:.4em; vertical-align:.1em; line-height:1.4; }
.star { color:var(--star); font-weight:700; }
.cand { background:#ffedd5; color:#7c2d12; border:1px dashed var(--star); border-radius:3px; padding:0 .15em; }
.cand::before { content:"★"; color:var(--star); font-size:.75em; margin-right:.1em; }
.minutes.searching .line:not(.hit) { opacity:.45; }
.line.hit { background:var(--hit); }
.line.hit.current { background:var(--current); }
@media (max-width: 900px) {
  main { display:block; padding:.5rem; }
  video { max-height:45vh; }
  .minutes-pane { height:55vh; margin-top:.5rem; }
}
@media (prefers-reduced-motion: reduce) { * { scroll-behavior:auto !important; } }
"""

_SCRIPT = r"""
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("sync-data").textContent);
  var video = document.getElementById("video");
  var list = document.getElementById("minutes");
  var search = document.getElementById("search");
  var count = document.getElementById("search-count");
  var ccButton = document.getElementById("cc");
  var speedButtons = Array.prototype.slice.call(document.querySelectorAll("#speeds button"));
  var trackEls = Array.prototype.slice.call(video.querySelectorAll("track"));
  var lines = [], items = [], current = -1, rate = 1, captions = true;
  var userScrolled = 0, hits = [], hitAt = -1;

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }
  function clock(s) {
    s = Math.max(0, Math.floor(s));
    var h = Math.floor(s / 3600), m = Math.floor(s % 3600 / 60), x = s % 60;
    var mm = h ? String(m).padStart(2, "0") : String(m);
    return (h ? h + ":" : "") + mm + ":" + String(x).padStart(2, "0");
  }

  // Captions: embedded track text becomes blob: URLs (file:// pages cannot load <track> files).
  data.tracks.forEach(function (tr, i) {
    if (tr.vtt && trackEls[i]) trackEls[i].src = URL.createObjectURL(new Blob([tr.vtt], {type: "text/vtt"}));
  });

  function starNode(star) {
    var node = star.candidate ? el("span", "cand", star.candidate) : el("span", "star", "★");
    var conf = typeof star.confidence === "number" ? "、信頼度 " + star.confidence.toFixed(2) : "";
    node.title = star.candidate ? "★ の候補（推定" + conf + "）" : "★ 聞き取れなかった箇所" + conf;
    node.addEventListener("click", function (e) { e.stopPropagation(); seek(star.start); });
    return node;
  }
  function lineNode(item) {
    var li = el("li", "line" + (item.kind === "sound" ? " sound" : "") + (item.low ? " low" : ""));
    li.tabIndex = 0;
    li.dataset.start = item.start;
    li.appendChild(el("span", "time", clock(item.start)));
    var text = el("span", "text"), plain = "";
    item.parts.forEach(function (p) {
      if (p.star) { text.appendChild(starNode(p.star)); plain += p.star.candidate || "★"; }
      else { text.appendChild(document.createTextNode(p.t)); plain += p.t; }
    });
    if (item.low) {
      var mark = el("span", "lowmark", "要確認");
      mark.title = "時刻の信頼度 " + Number(item.confidence).toFixed(2);
      text.appendChild(mark);
    }
    li.appendChild(text);
    li.addEventListener("click", function () { seek(item.start); });
    li.addEventListener("keydown", function (e) { if (e.key === "Enter") { e.preventDefault(); seek(item.start); } });
    return {el: li, start: item.start, end: item.end, text: plain, kind: item.kind};
  }
  function render() {
    data.turns.forEach(function (turn) {
      var sec = el("section", "turn");
      sec.appendChild(el("h2", "speaker", turn.speaker || "（発言者不明）"));
      var ol = el("ol");
      turn.items.forEach(function (item) {
        var line = lineNode(item);
        ol.appendChild(line.el);
        items.push(line);
        if (line.kind === "line") lines.push(line);
      });
      sec.appendChild(ol);
      list.appendChild(sec);
    });
    lines.sort(function (a, b) { return a.start - b.start; });
  }

  function indexAt(t) {  // the last line that has started by t
    var lo = 0, hi = lines.length - 1, found = -1;
    while (lo <= hi) {
      var mid = (lo + hi) >> 1;
      if (lines[mid].start <= t + 0.001) { found = mid; lo = mid + 1; } else hi = mid - 1;
    }
    return found;
  }
  function reveal(node) {
    var r = node.getBoundingClientRect(), p = list.getBoundingClientRect();
    if (r.top >= p.top && r.bottom <= p.bottom) return;
    list.scrollTo({top: list.scrollTop + r.top - p.top - p.height / 3, behavior: "smooth"});
  }
  function update() {
    var i = indexAt(video.currentTime);
    if (i === current) return;
    if (current >= 0) { lines[current].el.classList.remove("current"); lines[current].el.removeAttribute("aria-current"); }
    current = i;
    if (i < 0) return;
    lines[i].el.classList.add("current");
    lines[i].el.setAttribute("aria-current", "true");
    if (Date.now() - userScrolled > 4000) reveal(lines[i].el);
  }
  function tick() { update(); if (!video.paused) requestAnimationFrame(tick); }
  function seek(t) {
    t = Math.max(0, Number(t) || 0);
    video.currentTime = t;
    try { history.replaceState(null, "", "#t=" + t.toFixed(1)); } catch (e) { /* some file:// setups */ }
    userScrolled = 0;
    update();
  }

  function setCaptions() {
    var shown = null;
    data.tracks.forEach(function (tr) { if (tr.rate <= rate + 1e-9) shown = tr.rate; });
    if (shown === null && data.tracks.length) shown = data.tracks[0].rate;
    data.tracks.forEach(function (tr, i) {
      if (trackEls[i]) trackEls[i].track.mode = captions && tr.rate === shown ? "showing" : "hidden";
    });
    ccButton.setAttribute("aria-pressed", String(captions));
    ccButton.textContent = captions ? "字幕 オン" : "字幕 オフ";
  }
  function setRate(r) {
    rate = r;
    video.playbackRate = r;
    speedButtons.forEach(function (b) { b.setAttribute("aria-pressed", String(Number(b.dataset.rate) === r)); });
    setCaptions();
  }
  function stepRate(d) {
    var i = data.rates.indexOf(rate) + d;
    if (i >= 0 && i < data.rates.length) setRate(data.rates[i]);
  }

  function norm(s) { return s.normalize("NFKC").toLowerCase(); }
  function runSearch() {
    var q = norm(search.value.trim());
    hits = []; hitAt = -1;
    items.forEach(function (it) {
      var on = q !== "" && norm(it.text).indexOf(q) >= 0;
      it.el.classList.toggle("hit", on);
      if (on) hits.push(it);
    });
    hits.sort(function (a, b) { return a.start - b.start; });
    list.classList.toggle("searching", q !== "");
    count.textContent = q ? hits.length + "件" : "";
  }
  function nextHit(d) {
    if (!hits.length) return;
    hitAt = (hitAt + d + hits.length) % hits.length;
    count.textContent = (hitAt + 1) + "/" + hits.length + "件";
    reveal(hits[hitAt].el);
    seek(hits[hitAt].start);
  }

  function parseHash(h) {
    var m = /(?:^#|&)t=([0-9]+(?:[.:][0-9]+)*)s?(?:&|$)/.exec(h || "");
    if (!m) return null;
    var parts = m[1].split(":"), s = 0;
    for (var i = 0; i < parts.length; i++) s = s * 60 + Number(parts[i]);
    return isFinite(s) ? s : null;
  }
  function fromHash() {
    var t = parseHash(location.hash);
    if (t === null) return;
    if (video.readyState >= 1) seek(t);
    else video.addEventListener("loadedmetadata", function () { seek(t); }, {once: true});
  }

  function onKey(e) {
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    var tag = e.target && e.target.tagName;
    if (tag === "INPUT" || tag === "TEXTAREA" || tag === "SELECT") return;
    var k = e.key, done = true;
    if (k === " " && e.target === video) return;  // its own controls toggle it already
    if (k === " " || k === "k") { if (video.paused) video.play(); else video.pause(); }
    else if (k === "ArrowLeft") seek(video.currentTime - 5);
    else if (k === "ArrowRight") seek(video.currentTime + 5);
    else if (k === "[") stepRate(-1);
    else if (k === "]") stepRate(1);
    else if (/^[1-9]$/.test(k) && Number(k) <= data.rates.length) setRate(data.rates[Number(k) - 1]);
    else if (k === "c") { captions = !captions; setCaptions(); }
    else if (k === "/") { search.focus(); search.select(); }
    else done = false;
    if (done) e.preventDefault();
  }

  render();
  speedButtons.forEach(function (b) { b.addEventListener("click", function () { setRate(Number(b.dataset.rate)); }); });
  ccButton.addEventListener("click", function () { captions = !captions; setCaptions(); });
  search.addEventListener("input", runSearch);
  search.addEventListener("keydown", function (e) {
    if (e.key === "Enter") { e.preventDefault(); nextHit(e.shiftKey ? -1 : 1); }
    else if (e.key === "Escape") { search.value = ""; runSearch(); search.blur(); }
  });
  ["wheel", "touchmove"].forEach(function (ev) {
    list.addEventListener(ev, function () { userScrolled = Date.now(); }, {passive: true});
  });
  ["play", "playing"].forEach(function (ev) { video.addEventListener(ev, tick); });
  ["timeupdate", "seeked", "pause", "loadedmetadata"].forEach(function (ev) { video.addEventListener(ev, update); });
  video.addEventListener("ratechange", function () {
    if (video.playbackRate !== rate && data.rates.indexOf(video.playbackRate) >= 0) setRate(video.playbackRate);
  });
  document.addEventListener("keydown", onKey);
  window.addEventListener("hashchange", fromHash);
  setRate(data.rates.length ? data.rates[0] : 1);
  fromHash();
  window.syncPlayer = {setRate: setRate, seek: seek, lines: lines, rate: function () { return rate; }};
})();
"""
