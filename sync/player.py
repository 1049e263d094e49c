"""The offline player page: ``<stem>.html`` beside the recording.

One static file, no network: the video with its per-speed caption tracks on the left,
the minutes on the right, grouped by speaker turn, following playback at every speed.
Everything it needs is inline (CSS, script, the sync map as JSON), so it works from
``file://`` as well as from any static web server. The page is the template
``templates/player.html``; its CSS and script are ``static/player.css`` and
``static/player.js``, inlined as they are.

Minutes text is data, never markup: it travels as JSON inside
``<script type="application/json">`` with ``<``, ``>`` and ``&`` written as ``\\u003c``…
(so no ``</script>`` can close the block), and the page's script writes it with
``textContent`` only. The title and file names in the markup are autoescaped by the
template. A Content-Security-Policy with a per-page nonce blocks any other script and
every network request, as a second fence.

Caption files are linked with ``<track src="<stem>.x1.5.vtt">``; when their text is also
passed in (``track_texts``) it is embedded and loaded from ``blob:`` URLs, because
browsers refuse ``<track>`` files from ``file://`` pages.
"""
from __future__ import annotations

import hashlib
import os
import json
from typing import Mapping, Sequence
from urllib.parse import quote, urlsplit

from markupsafe import Markup

from .cues import Cue, CueOptions
from .pages import render, static
from .syncmap import SyncMap, stars_in
from .speed import SpeedOptions, player_tracks, rate_label, speed_files

LOW_CONFIDENCE = 0.5   # below this a line is marked 要確認 (the aligner was unsure)


def json_for_script(data: object) -> str:
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
    (captions' text, ★ marked) and sound notes in time order — the captions viewers see
    (:attr:`SyncMap.shown`): not those of minutes this recording does not hold (a day's
    minutes with one member's clip: trial 143 found the other members' lines stamped in the
    clip's first seconds, a click on them seeking there)."""
    turns: dict[int, dict] = {}
    shown = smap.shown
    for c in (c for c in shown if c.kind == "speech"):
        turn = turns.setdefault(c.turn, {"speaker": c.speaker, "items": []})
        turn["speaker"] = turn["speaker"] or c.speaker
        turn["items"].append({"kind": "line", "start": round(c.start, 3), "end": round(c.end, 3),
                              "parts": _parts(c, smap), "confidence": c.confidence,
                              "low": c.confidence < LOW_CONFIDENCE})
    for s in (c for c in shown if c.kind == "sound"):
        turn = turns.setdefault(s.turn, {"speaker": None, "items": []})
        turn["items"].append({"kind": "sound", "start": round(s.start, 3), "end": round(s.end, 3),
                              "parts": [{"t": s.text}], "confidence": 1.0, "low": False})
    for t, turn in turns.items():
        turn["turn"] = t
        turn["items"].sort(key=lambda it: (it["start"], it["kind"] == "line"))
    return [turns[t] for t in sorted(turns)]


def player_html(stem: str, smap: SyncMap, tracks: Mapping[float, str],
                track_texts: Mapping[float, str] | None = None, *, media_url: str | None = None,
                title: str | None = None, subtitle: str = "会議録つき再生", home: str | None = None,
                home_label: str = "会議録アーカイブ", media_hint: str | None = None) -> str:
    """The whole page for ``smap.media`` (a file beside the page).

    ``tracks`` maps each playback rate to its WebVTT file name; ``track_texts`` (same
    keys) embeds those files so that captions also work from ``file://``. The archive
    site (:mod:`sync.site`) passes ``media_url`` (where the recording lives: a relative
    path or a URL, already quoted), a ``title``, a link ``home`` and ``media_hint`` (what
    to do when the recording cannot be loaded).
    """
    rates = sorted(tracks)
    src = media_url if media_url is not None else quote(smap.media)
    parts = urlsplit(src)
    origin = f"{parts.scheme}://{parts.netloc}" if parts.scheme in ("http", "https") and parts.netloc else ""
    data = {
        "stem": stem, "media": smap.media, "duration": round(smap.duration, 3),
        "mediaHint": media_hint,
        "rates": rates,
        "tracks": [{"rate": r, "src": tracks[r], "vtt": (track_texts or {}).get(r)} for r in rates],
        "turns": minutes_view(smap),
    }
    payload = json_for_script(data)
    script = static("player.js")
    nonce = hashlib.sha256((payload + script).encode("utf-8")).hexdigest()[:24]
    return render(
        "player.html", title=title or stem, subtitle=subtitle, home=home, home_label=home_label, media=src,
        media_origin=origin, nonce=nonce,
        tracks=[{"rate": f"{r:g}", "label": rate_label(r), "src": quote(tracks[r])} for r in rates],
        css=Markup(static("player.css")), script=Markup(script),
        data=Markup(payload))  # safe only because json_for_script escaped <, > and &


def player_name(stem: str) -> str:
    return f"{stem}.html"


def relative_url(target: str | os.PathLike, folder: str | os.PathLike) -> str | None:
    """``target`` as a page in ``folder`` links to it: a relative path, quoted
    (``../media/sample.mp4``); None where there is none (another drive)."""
    try:
        rel = os.path.relpath(os.path.realpath(target), os.path.realpath(folder))
    except ValueError:
        return None
    return quote(rel.replace(os.sep, "/"))


def player_files(stem: str, smap: SyncMap, cues: Sequence[Cue],
                 cue_opts: CueOptions = CueOptions(), speed_opts: SpeedOptions = SpeedOptions(),
                 media_url: str | None = None) -> dict[str, str]:
    """``{file name: content}``: one WebVTT track per playback rate (``<stem>.x1.5.vtt``…)
    of ``cues`` (as displayed: ★ candidates shown) and the page ``<stem>.html`` that plays
    the recording with them: ``media_url`` (quoted; where it is from the outputs' folder),
    or ``smap.media`` beside the page."""
    tracks = player_tracks(stem, speed_opts)
    files = speed_files(stem, cues, cue_opts, speed_opts, smap.duration)
    texts = {rate: files[name] for rate, name in tracks.items()}
    files[player_name(stem)] = player_html(stem, smap, tracks, texts, media_url=media_url)
    return files

