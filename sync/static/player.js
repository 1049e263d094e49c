
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("sync-data").textContent);
  var video = document.getElementById("video");
  var list = document.getElementById("minutes");
  var search = document.getElementById("search");
  var count = document.getElementById("search-count");
  var ccButton = document.getElementById("cc");
  var captionBox = document.getElementById("captions");
  var mediaError = document.getElementById("media-error");
  var sizeButtons = Array.prototype.slice.call(document.querySelectorAll("#sizes button"));
  var speedButtons = Array.prototype.slice.call(document.querySelectorAll("#speeds button"));
  var trackEls = Array.prototype.slice.call(video.querySelectorAll("track"));
  var lines = [], items = [], current = -1, rate = 1, captions = true, shownTrack = null;
  var SIZE_KEY = "gikai-sync.textSize";
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
    // a candidate reads as one in the text itself (copied, or read by a screen reader), as in
    // the captions: ［？運営や備］, not as official words told apart by colour alone
    var node = star.candidate ? el("span", "cand", "［？" + star.candidate + "］") : el("span", "star", "★");
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
      // 0.05 s early still counts: links give times to 0.1 s (#t=68.1 for a line at 68.12)
      if (lines[mid].start <= t + 0.051) { found = mid; lo = mid + 1; } else hi = mid - 1;
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
    // a link gives its time to 0.1 s (#t=68.1 for a line at 68.12): at the line's own start,
    // or a paused video would show that line as current but not yet its caption
    var i = indexAt(t);
    if (i >= 0 && lines[i].start > t && lines[i].start - t <= 0.1) t = lines[i].start + 0.001;
    video.currentTime = t;
    try { history.replaceState(null, "", "#t=" + t.toFixed(1)); } catch (e) { /* some file:// setups */ }
    userScrolled = 0;
    update();
  }

  // Captions are drawn by the page (#captions, sized by the viewer's choice) from the
  // track of the current speed, kept "hidden" so that its cues stay active; in full
  // screen, where the page cannot draw over the video, the browser draws them instead.
  function setCaptions() {
    var shown = null;
    data.tracks.forEach(function (tr) { if (tr.rate <= rate + 1e-9) shown = tr.rate; });
    if (shown === null && data.tracks.length) shown = data.tracks[0].rate;
    var full = document.fullscreenElement === video;
    shownTrack = null;
    data.tracks.forEach(function (tr, i) {
      if (!trackEls[i]) return;
      var on = captions && tr.rate === shown;
      if (on) shownTrack = trackEls[i].track;
      trackEls[i].track.mode = on && full ? "showing" : "hidden";
    });
    ccButton.setAttribute("aria-pressed", String(captions));
    ccButton.textContent = captions ? "字幕 オン" : "字幕 オフ";
    drawCaptions();
  }
  function drawCaptions() {
    captionBox.textContent = "";
    if (!shownTrack || !shownTrack.activeCues || document.fullscreenElement === video) return;
    Array.prototype.forEach.call(shownTrack.activeCues, function (cue) {
      // the cue's text without its <v> voice tags, as text (never markup)
      var text = cue.getCueAsHTML ? cue.getCueAsHTML().textContent : cue.text;
      captionBox.appendChild(el("span", "cue", text));
    });
  }
  function showRate(r) {  // the playing speed, whoever set it: these buttons or the browser's menu
    rate = r;
    speedButtons.forEach(function (b) { b.setAttribute("aria-pressed", String(Math.abs(Number(b.dataset.rate) - r) < 1e-9)); });
    setCaptions();
  }
  function setRate(r) {
    video.playbackRate = r;
    showRate(r);
  }
  function setSize(size, remember) {
    if (!sizeButtons.some(function (b) { return b.dataset.size === size; })) size = "m";
    document.documentElement.dataset.textSize = size;
    sizeButtons.forEach(function (b) { b.setAttribute("aria-pressed", String(b.dataset.size === size)); });
    if (remember) { try { localStorage.setItem(SIZE_KEY, size); } catch (e) { /* storage off */ } }
  }
  function savedSize() {
    try { return localStorage.getItem(SIZE_KEY) || "m"; } catch (e) { return "m"; }
  }
  function showMediaError() {
    var src = video.currentSrc || video.getAttribute("src") || data.media;
    mediaError.textContent = "";
    mediaError.appendChild(el("strong", null, "録画を読み込めません。"));
    mediaError.appendChild(el("span", null, "「" + decodeURIComponent(src.split("/").pop()) + "」が見つからないか、" +
      "このブラウザーで再生できない形式です。" + (data.mediaHint || "録画ファイルをこのページと同じフォルダーに置いて、開き直してください。") +
      "会議録と検索はこのまま使えます。"));
    mediaError.hidden = false;
    video.classList.add("broken");
  }
  function stepRate(d) {
    // from a speed the browser's own menu set (1.25×): the next listed one up or down
    var next = d > 0 ? data.rates.filter(function (r) { return r > rate + 1e-9; })[0]
      : data.rates.filter(function (r) { return r < rate - 1e-9; }).pop();
    if (next !== undefined) setRate(next);
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
    // Space and Enter on a focused button or link press it, as everywhere else
    if ((k === " " || k === "Enter") && (tag === "BUTTON" || tag === "A" || tag === "SUMMARY")) return;
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
  sizeButtons.forEach(function (b) { b.addEventListener("click", function () { setSize(b.dataset.size, true); }); });
  trackEls.forEach(function (t) { t.track.addEventListener("cuechange", function () { if (t.track === shownTrack) drawCaptions(); }); });
  document.addEventListener("fullscreenchange", setCaptions);
  // The page plays the recording by its path from where align wrote it (../media/x.mp4);
  // a page copied next to its recording finds it there instead: one more try by name.
  var triedBeside = false;
  function onMediaError() {
    var src = video.getAttribute("src") || "";
    var beside = encodeURIComponent(data.media || "");
    if (!triedBeside && data.media && src !== beside && src.indexOf("/") >= 0 && !/^[a-z][a-z0-9+.-]*:/i.test(src)) {
      triedBeside = true;
      video.src = beside;
      video.load();
      return;
    }
    showMediaError();
  }
  video.addEventListener("error", onMediaError);
  if (video.error) onMediaError();  // failed before this script ran (networkState says nothing:
                                    // it is NO_SOURCE for a moment while any source is chosen)
  video.addEventListener("loadedmetadata", function () { mediaError.hidden = true; video.classList.remove("broken"); });
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
  video.addEventListener("ratechange", function () { if (video.playbackRate !== rate) showRate(video.playbackRate); });
  document.addEventListener("keydown", onKey);
  window.addEventListener("hashchange", fromHash);
  setSize(savedSize(), false);
  setRate(data.rates.length ? data.rates[0] : 1);
  fromHash();
  window.syncPlayer = {setRate: setRate, seek: seek, lines: lines, rate: function () { return rate; },
                       setSize: setSize, shown: function () { return shownTrack ? [shownTrack.label] : []; }};
})();
