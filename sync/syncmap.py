"""The sync map: what was said when, as one typed model with its JSON form.

``<stem>.json`` is the product's main output: players highlight by it, ``render`` makes
renditions from it, the site indexes it. :class:`SyncMap` is its one model, written by
:meth:`SyncMap.to_json` and read back by :meth:`SyncMap.from_json` (a round trip gives
the same JSON). Cue times are *speech* times (when the text is said); subtitle files use
display times derived from them (:func:`sync.cues.display_times`).

``cues`` hold the official text with ★ kept; where a ★ sits in a cue and which
:class:`StarEntry` fills it is answered by one function, :func:`stars_in`.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field, replace
from typing import Any, Sequence

from .cues import Cue
from .minutes import Minutes, speaker_label, turn_at
from .stars import Star
from .text import STAR


@dataclass(frozen=True)
class StarEntry:
    """One ★ in document order: its time, candidate (None: nothing usable was said) and
    why, and where it stands (turn, character in the turn's text)."""

    start: float
    end: float
    candidate: str | None
    confidence: float
    reason: str
    speaker: str | None
    turn: int
    char: int
    sources: dict[str, str | None] = field(default_factory=dict)


@dataclass(frozen=True)
class Speaker:
    """Who speaks in one turn: the label viewers see (by the chosen style), and the role
    and name as the minutes give them, kept apart (either may be empty)."""

    label: str
    role: str
    name: str


# characters a second no one speaks at (Japanese speech: 7 to 9 of the minutes' text)
UNHEARD_CPS = 15.0
UNHEARD_CONFIDENCE = 0.2     # a cue this unsure was timed by guess, not by what was heard
EDGE_SECONDS = 0.5           # a cue this near the recording's start or end is at its edge


@dataclass(frozen=True)
class SyncMap:
    media: str                    # the recording's file name
    duration: float               # seconds
    model: str                    # the ASR model that supplied the timing
    speakers: tuple[str, ...]
    cues: tuple[Cue, ...]         # speech and sound notes, in time order
    stars: tuple[StarEntry, ...]
    evidence: float = 0.0         # share of characters timed from matched speech
    quality: dict[str, Any] = field(default_factory=dict)   # sync.quality.Quality.to_json()
    turns: tuple[Speaker, ...] = ()   # one per turn of the minutes (cues' and stars' "turn")
    session: dict[str, str] = field(default_factory=dict)   # sync.session.SessionInfo.to_json()
    written: dict[str, str] = field(default_factory=dict)   # the other outputs written with it:
                                                            # {file name: sha256}, to tell an edit

    @property
    def speech(self) -> list[Cue]:
        return [c for c in self.cues if c.kind == "speech"]

    @property
    def sounds(self) -> list[Cue]:
        return [c for c in self.cues if c.kind == "sound"]

    @property
    def shown(self) -> list[Cue]:
        """The cues viewers see (subtitles, player, site, burnt-in copy): all but those of
        the stretches of the minutes nobody was heard saying (the quality check's
        ``unmatched_text``) that the timing squeezed into far less time than saying them
        takes — minutes longer than the recording (a day's minutes, one member's video):
        those were not said in it, and a burst of captions is no caption."""
        drop = self.unheard()
        kept = [c for i, c in enumerate(self.cues) if i not in drop]
        # a turn whose labelled first caption is left out names its speaker on the first
        # caption of it that is shown (a recording that starts inside a turn)
        for i in sorted(drop):
            c = self.cues[i]
            if c.kind != "speech" or not c.speaker:
                continue
            k = next((k for k, d in enumerate(kept) if d.kind == "speech" and d.turn == c.turn
                      and (d.turn, d.first) > (c.turn, c.first)), None)
            if k is not None and not kept[k].speaker:
                kept[k] = replace(kept[k], speaker=c.speaker)
        # …and the first caption shown of a person who spoke before in turns left out whole
        # (the chair's turn before a heading, then the chair's again): named too (review 145)
        if self.turns:
            last = None
            for k, d in enumerate(kept):
                if d.kind != "speech" or d.turn >= len(self.turns):
                    continue
                who = self.turns[d.turn]
                if not d.speaker and who.label and (who.role, who.name) != last:
                    kept[k] = replace(d, speaker=who.label)
                last = (who.role, who.name)
        return kept

    def gap_cues(self, gap: dict) -> list[int]:
        """Indices into :attr:`cues` of the speech cues wholly inside a stretch of the
        quality check's ``unmatched_text`` (given by turn and char)."""
        a, b = gap.get("from", {}), gap.get("to", {})
        if "turn" not in a or "turn" not in b:
            return []
        lo, hi = (a["turn"], a["char"]), (b["turn"], b["char"])
        return [i for i, c in enumerate(self.cues)
                if c.kind == "speech" and lo <= (c.turn, c.first) and (c.turn, c.last - 1) <= hi]

    def unheard(self) -> set[int]:
        """Indices into :attr:`cues` of the captions :attr:`shown` leaves out: those of a
        stretch the quality check found unheard that got less time than saying their text
        takes, and in any run of untimed captions (confidence ≤ 0.2, two or more — one
        caption's tail may have been heard —, or one at the recording's start or end) those
        that got less time than saying their text takes. Worked out once (the map is frozen)."""
        cached = self.__dict__.get("_unheard")
        if cached is None:
            cached = frozenset(self._unheard())
            object.__setattr__(self, "_unheard", cached)
        return set(cached)

    def _unheard(self) -> set[int]:
        drop: set[int] = set()
        for gap in self.quality.get("unmatched_text", []):
            inside = self.gap_cues(gap)
            if not inside:
                continue
            chars = sum(self.cues[i].last - self.cues[i].first for i in inside)
            t0, t1 = min(self.cues[i].start for i in inside), max(self.cues[i].end for i in inside)
            if chars > UNHEARD_CPS * max(t1 - t0, 1e-3):
                drop.update(inside)
                drop.update(self._sounds(range(gap["from"]["turn"], gap["to"]["turn"] + 1), t0, t1))
        # shorter stretches too: sentences of the minutes the speaker skipped (a quoted
        # passage left unread), untimed (confidence ≤ 0.2) and squeezed between heard ones
        run: list[int] = []
        for i in [k for k, c in enumerate(self.cues) if c.kind == "speech"] + [None]:
            if i is not None and self.cues[i].confidence <= UNHEARD_CONFIDENCE:
                run.append(i)
                continue
            # of the run, the captions squeezed into less time than saying them takes (not
            # one the gap's speech was spread over: said there, though nothing matched it)
            squeezed = [k for k in run if self.cues[k].last - self.cues[k].first
                        > UNHEARD_CPS * max(self.cues[k].end - self.cues[k].start, 1e-3)]
            chars = sum(self.cues[k].last - self.cues[k].first for k in squeezed)
            # (one caption alone where the recording starts or ends: a recording started
            # late, its first sentence squeezed into the first 0.1 s — said before it began)
            edge = bool(squeezed) and (self.cues[squeezed[0]].start <= EDGE_SECONDS
                                       or 0 < self.duration <= self.cues[squeezed[-1]].end + EDGE_SECONDS)
            if (len(run) >= 2 or edge) and chars >= (8 if edge else 20):
                drop.update(squeezed)
                # …with the sound notes among them (（拍手） after a call nobody was heard making)
                drop.update(self._sounds({self.cues[k].turn for k in squeezed}, self.cues[squeezed[0]].start,
                                         self.cues[squeezed[-1]].end))
            run = []
        return drop

    def _sounds(self, turns, t0: float, t1: float) -> list[int]:
        """Indices of the sound notes of ``turns`` timed from ``t0`` to ``t1``."""
        return [i for i, c in enumerate(self.cues) if c.kind == "sound" and c.turn in turns and t0 <= c.start <= t1]

    def star_at(self, turn: int, char: int) -> StarEntry | None:
        """The ★ at character ``char`` of turn ``turn``'s text."""
        index = self.__dict__.get("_index")
        if index is None:
            index = {(s.turn, s.char): s for s in self.stars}
            object.__setattr__(self, "_index", index)
        return index.get((turn, char))

    def to_json(self) -> str:
        drop = self.unheard()
        data = {
            "media": self.media,
            "duration": round(self.duration, 3),
            "model": self.model,
            "speakers": list(self.speakers),
            "turns": [{"speaker": t.label, "role": t.role, "name": t.name} for t in self.turns],
            # (a cue the subtitles leave out, text nobody was heard saying, says so: see shown)
            "cues": [{"start": round(c.start, 3), "end": round(c.end, 3), "text": c.text,
                      "speaker": c.speaker, "confidence": c.confidence, "turn": c.turn,
                      "chars": [c.first, c.last]} | ({"unheard": True} if i in drop else {})
                     for i, c in enumerate(self.cues) if c.kind == "speech"],
            "sounds": [{"start": round(c.start, 3), "end": round(c.end, 3), "text": c.text,
                        "turn": c.turn} | ({"unheard": True} if i in drop else {})
                       for i, c in enumerate(self.cues) if c.kind == "sound"],
            "stars": [{"start": s.start, "end": s.end, "candidate": s.candidate,
                       "confidence": s.confidence, "reason": s.reason, "speaker": s.speaker,
                       "turn": s.turn, "char": s.char, "sources": s.sources} for s in self.stars],
            "evidence": self.evidence,
            "quality": self.quality,
            "session": self.session,
            **({"written": self.written} if self.written else {}),
        }
        return json.dumps(data, ensure_ascii=False, indent=1) + "\n"

    @classmethod
    def from_json(cls, text: str) -> SyncMap:
        """Read a sync map; raises ``ValueError`` when ``text`` is not one."""
        try:
            data = json.loads(text)
            speech = [Cue(float(c["start"]), float(c["end"]), c["text"], c.get("speaker"),
                          c.get("confidence", 1.0), int(c["turn"]), *(c.get("chars") or (0, 0)))
                      for c in data["cues"]]
            sounds = [Cue(float(s["start"]), float(s["end"]), s["text"], None, 1.0, int(s["turn"]),
                          0, 0, kind="sound") for s in data.get("sounds", [])]
            stars = tuple(StarEntry(**s) for s in data.get("stars", []))
            return cls(media=data.get("media", ""), duration=float(data.get("duration") or 0.0),
                       model=data.get("model", ""), speakers=tuple(data.get("speakers", ())),
                       cues=tuple(sorted(speech + sounds, key=lambda c: (c.start, c.kind != "sound"))),
                       stars=stars, evidence=data.get("evidence", 0.0),
                       quality=data.get("quality", {}),
                       turns=tuple(Speaker(t["speaker"], t.get("role") or "", t.get("name") or "")
                                   for t in data.get("turns", [])),
                       session=dict(data.get("session") or {}),
                       written={str(k): str(v) for k, v in (data.get("written") or {}).items()})
        except (KeyError, TypeError, AttributeError) as exc:
            raise ValueError(f"not a sync map: {type(exc).__name__}: {exc}") from exc


def speakers(minutes: Minutes, style: str = "auto") -> tuple[Speaker, ...]:
    """Each turn's speaker, labelled by ``style`` (:func:`sync.minutes.speaker_label`)."""
    return tuple(Speaker(speaker_label(t, style), t.role or "", t.name or "") for t in minutes.turns)


def star_entries(minutes: Minutes, stars: Sequence[Star], offsets: Sequence[int],
                 style: str = "auto") -> tuple[StarEntry, ...]:
    """The sync map's ★: one entry per :class:`~sync.stars.Star`, placed by turn."""
    out = []
    for star in stars:
        t = turn_at(list(offsets), star.index)
        out.append(StarEntry(star.start, star.end, star.candidate, star.confidence, star.reason,
                             speaker_label(minutes.turns[t], style), t, star.index - offsets[t],
                             star.sources))
    return tuple(out)


def stars_in(cue: Cue, smap: SyncMap) -> list[tuple[int, StarEntry | None]]:
    """Each ★ of a cue's text: its position in ``cue.text`` and the entry that fills it
    (None for a ★ the sync map has no entry for)."""
    return [(k, smap.star_at(cue.turn, cue.first + k)) for k, ch in enumerate(cue.text) if ch == STAR]


STAR_DISPLAY = "［？{}］"  # how a ★ with a candidate reads in subtitles ({} = candidate)


def with_candidates(cue: Cue, smap: SyncMap, fmt: str = STAR_DISPLAY) -> str:
    """A cue's text for subtitles: each ★ with a candidate shows it, marked as uncertain
    (``fmt``, e.g. ``［？{}］``); a ★ without one stays ``★``."""
    text = list(cue.text)
    for k, star in stars_in(cue, smap):
        if star and star.candidate:
            text[k] = fmt.format(star.candidate)
    return "".join(text)
