// The archive's search page (sync/site.py, sync/searchindex.py). Data files are
// <script>s that call gikaiIndex(...) and gikaiText(...), because pages opened from
// file:// may not fetch. Minutes text is only ever written with textContent.
(function () {
  "use strict";
  var ALPHABET = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-_";
  var PAGE = 20, SNIPPET = 40;
  var form = document.getElementById("search-form");
  var input = document.getElementById("q");
  var status = document.getElementById("status");
  var list = document.getElementById("results");
  var more = document.getElementById("more");
  var index = null, texts = {}, waiting = {}, query = "", terms = [], candidates = [], next = 0, shown = 0, run = 0;

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }
  // kanji written two ways (髙橋 / 高橋): as sync/searchindex.py's VARIANTS, variant then form
  var VARIANTS = "髙高﨑崎嵜崎碕崎齋斎齊斎斉斎邊辺邉辺澤沢國国險険濱浜嶋島嶌島廣広榮栄櫻桜惠恵眞真" +
                 "德徳冨富槇槙淵渕瀧滝藏蔵實実團団會会學学縣県驛駅當当體体萬万與与竝並靜静黑黒";
  var FOLD = {};
  for (var v = 0; v + 1 < VARIANTS.length; v += 2) FOLD[VARIANTS.charAt(v)] = VARIANTS.charAt(v + 1);
  function kana(c) { return (c >= 0x3041 && c <= 0x309F) || (c >= 0x30A1 && c <= 0x30FA); }
  // as sync/searchindex.py's normalize, character by character (``long``: with the long-vowel
  // marks after kana left out, as the index's pairs are): the folded text, and where each of
  // its characters stands in the line (a hit is marked there)
  function fold(s, long) {
    var out = "", at = [], i = 0;
    while (i < s.length) {
      var ch = String.fromCodePoint(s.codePointAt(i)), t = ch.normalize("NFKC").toLowerCase();
      if ((t === "\u3099" || t === "\u309A") && out.length) {
        // a half-width kana's voicing mark joins the kana before it (ｶﾞ = ガ)
        var joined = (out.charAt(out.length - 1) + t).normalize("NFC");
        if (joined.length === 1) { out = out.slice(0, -1) + joined; i += ch.length; continue; }
      }
      for (var k = 0; k < t.length; k++) {
        var c = t.charAt(k), code = t.charCodeAt(k);
        // (katakana as hiragana: コミュニティバス = こみゅにてぃばす)
        var f = FOLD[c] || (code >= 0x30A1 && code <= 0x30F6 ? String.fromCharCode(code - 0x60) : c);
        if (long && f === "ー" && out.length && kana(out.charCodeAt(out.length - 1))) continue;
        out += f;
        at.push(i);
      }
      i += ch.length;
    }
    at.push(s.length);
    return {text: out, at: at};
  }
  // a word of the query as it is looked for in folded lines: in a word of five kana or more,
  // a long-vowel mark is written or left out alike (コミュニティバス finds コミュニティーバス and
  // コミュニティーバス finds コミュニティバス); a shorter word is looked for as written (メール is
  // not the める of 進める, ビル not ビール — サーバ still finds サーバー, the mark after it)
  function finder(word) {
    var re = "", chars = Array.from(word);
    var long = chars.filter(function (c) { return kana(c.charCodeAt(0)); }).length >= 5;
    for (var k = 0; k < chars.length; k++) {
      if (long && chars[k] === "ー") { re += "ー*"; continue; }
      re += chars[k].replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
      if (long && kana(chars[k].charCodeAt(0)) && chars[k + 1] !== "ー") re += "ー*";
    }
    return new RegExp(re);
  }
  function decode(code) {
    var out = [], value = 0, last = -1;
    for (var i = 0; i < code.length; i++) {
      var d = ALPHABET.indexOf(code.charAt(i));
      value = value * 32 + (d & 31);
      if (d < 32) { last += value + 1; out.push(last); value = 0; }
    }
    return out;
  }
  function intersect(a, b) {
    var out = [], i = 0, j = 0;
    while (i < a.length && j < b.length) {
      if (a[i] === b[j]) { out.push(a[i]); i++; j++; } else if (a[i] < b[j]) i++; else j++;
    }
    return out;
  }
  function load(src, ready) {
    var s = document.createElement("script");
    s.src = src;
    s.onerror = function () { status.textContent = "検索データ（" + src + "）を読み込めません。サイトのファイルがそろっているか確かめてください。"; };
    s.onload = ready || null;
    document.head.appendChild(s);
  }
  function clock(t) {
    t = Math.max(0, Math.floor(t));
    var h = Math.floor(t / 3600), m = Math.floor(t % 3600 / 60), s = t % 60;
    return (h ? h + ":" + String(m).padStart(2, "0") : String(m)) + ":" + String(s).padStart(2, "0");
  }

  window.gikaiIndex = function (data) { index = data; if (query) search(query); };
  window.gikaiText = function (data) {
    var names = data.names || [];
    texts[data.n] = {speakers: data.speakers, lines: data.lines, folded: data.lines.map(function (l) { return fold(l[2], false); }),
                     who: data.speakers.map(function (label, k) { return fold((label || "") + " " + (names[k] || ""), false).text; })};
    (waiting[data.n] || []).forEach(function (f) { f(); });
    delete waiting[data.n];
  };
  function withText(n, f) {
    if (texts[n]) return f();
    if (waiting[n]) { waiting[n].push(f); return; }
    waiting[n] = [f];
    load("data/t/t" + n + ".js");
  }

  // sessions (newest first) whose n-grams contain every pair of the query
  function sessionsFor(q) {
    var grams = [];
    var chars = Array.from(q.replace(/[\s\u3000]/g, ""));
    if (chars.length === 1) grams = chars;
    for (var i = 0; i + 1 < chars.length; i++) grams.push(chars[i] + chars[i + 1]);
    var out = null;
    for (var k = 0; k < grams.length; k++) {
      var code = Object.prototype.hasOwnProperty.call(index.grams, grams[k]) ? index.grams[grams[k]] : null;
      if (code === null) return [];
      out = out === null ? decode(code) : intersect(out, decode(code));
      if (!out.length) return [];
    }
    return out || [];
  }
  function result(n, line, span) {
    var meta = index.sessions[n], t = texts[n];
    var li = el("li", "result");
    var a = el("a");
    a.href = meta.page + "#t=" + Math.max(0, line[0]).toFixed(1);
    var head = el("span", "where");
    head.appendChild(el("span", "date", meta.day));
    head.appendChild(document.createTextNode(" "));
    head.appendChild(el("span", "meeting", meta.heading));
    head.appendChild(document.createTextNode(" "));
    head.appendChild(el("span", "time", clock(line[0])));
    a.appendChild(head);
    li.appendChild(a);
    li.appendChild(el("span", "speaker", t.speakers[line[1]] || ""));
    var hitAt = span[0], end = span[1];
    var text = line[2], from = Math.max(0, hitAt - SNIPPET / 2);
    var snip = el("p", "snippet");
    snip.appendChild(document.createTextNode((from > 0 ? "…" : "") + text.slice(from, hitAt)));
    if (end > hitAt) snip.appendChild(el("mark", null, text.slice(hitAt, end)));
    snip.appendChild(document.createTextNode(text.slice(end, end + SNIPPET) +
                                             (end + SNIPPET < text.length ? "…" : "")));
    li.appendChild(snip);
    return li;
  }
  // results from the next sessions until a page is full (text files load on demand)
  function fill(mine, q, want) {
    if (mine !== run) return;
    if (want <= 0 || next >= candidates.length) { finish(); return; }
    var n = candidates[next++];
    withText(n, function () {
      if (mine !== run) return;
      var t = texts[n], got = 0, lastTurn = -1;
      for (var i = 0; i < t.lines.length; i++) {
        // every word of the query in the line or its speaker's name (防災 対策: both; 高橋
        // 防災: what 高橋 said of 防災), the first word of the text marked; a speaker alone
        // (高橋): the first line of each of their turns
        var who = t.who[t.lines[i][1]] || "", all = true, mark = null;
        for (var w = 0; all && w < q.length; w++) {
          var here = q[w].exec(t.folded[i].text);
          if (here) { if (mark === null) mark = here; }
          else all = q[w].test(who);
        }
        if (all && mark === null && t.lines[i][1] === lastTurn) all = false;
        if (all) {
          // the hit as the line writes it: from its first character to the one after its last
          var span = mark ? [t.folded[i].at[mark.index], t.folded[i].at[mark.index + mark[0].length]] : [0, 0];
          list.appendChild(result(n, t.lines[i], span)); got++; shown++; lastTurn = t.lines[i][1];
        }
      }
      fill(mine, q, want - got);
    });
  }
  function finish() {
    more.hidden = next >= candidates.length;
    status.textContent = shown ? "「" + query + "」" + shown + "件" + (more.hidden ? "" : "（続きがあります）") +
                                 "　新しい会議から順に表示しています。"
                               : "「" + query + "」は見つかりませんでした。" +
                                 "別の書き方（漢字・かな、送りがな、長音）や、短いことばでもお試しください。";
    document.documentElement.dataset.searched = query;
  }
  function search(q) {
    query = q.trim();
    run++;
    list.textContent = "";
    shown = 0; next = 0;
    delete document.documentElement.dataset.searched;
    if (!query) { status.textContent = "ことばを入れてください。"; more.hidden = true; return; }
    if (!index) { status.textContent = "検索データを読み込んでいます…"; return; }
    var t0 = performance.now();
    var words = fold(query, false).text.split(/[\s\u3000]+/).filter(function (w) { return w; });
    terms = words.map(finder);
    candidates = sessionsFor(fold(words[0], true).text);
    for (var w = 1; w < words.length && candidates.length; w++) candidates = intersect(candidates, sessionsFor(fold(words[w], true).text));
    window.gikaiSearchLookupMs = performance.now() - t0;
    fill(run, terms, PAGE);
  }
  function fromAddress() {
    var m = /[?&#]q=([^&#]*)/.exec(location.search + location.hash);
    if (!m) return "";
    try { return decodeURIComponent(m[1].replace(/\+/g, " ")); }
    catch (err) { return m[1].replace(/\+/g, " "); }   // (a stray %, 100%: the address as typed)
  }

  form.addEventListener("submit", function (e) {
    e.preventDefault();
    try { history.replaceState(null, "", "search.html?q=" + encodeURIComponent(input.value.trim())); } catch (err) { /* file:// */ }
    search(input.value);
  });
  // (the next page looks for the same words: each of them, not each character of the query)
  more.addEventListener("click", function () { fill(run, terms, PAGE); });
  input.value = fromAddress();
  query = input.value;
  if (query) status.textContent = "検索データを読み込んでいます…";
  load("data/index.js");
  window.gikaiSearch = search;
})();
