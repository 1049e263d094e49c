"""What the user should know although a job succeeded, one line each: printed by ``align``
as ``warning:`` lines, and kept as a batch item's message."""
from __future__ import annotations

import os
import re


# recordings a web browser does not play (a broadcast capture, an HLS playlist, Windows
# Media, old containers): the player page can show their captions only beside nothing
NOT_IN_BROWSERS = frozenset((".ts", ".m2ts", ".mts", ".m2t", ".m3u8", ".m3u", ".wma", ".wmv", ".asf", ".avi",
                             ".flv", ".mpg", ".mpeg", ".vob", ".amr", ".rm", ".rmvb"))


def clock(t: float) -> str:
    """Seconds as H:MM:SS."""
    t = int(round(t))
    return f"{t // 3600}:{t % 3600 // 60:02d}:{t % 60:02d}"


SUMMARY_SHARE = 0.7    # minutes holding less of what was heard than this are no verbatim record


def _stretches(result, shown) -> list[tuple[float, float, str, str]]:
    """Each stretch of speech the minutes do not cover, with the recess lines and the notes of
    what was done (〔点呼〕) that the minutes have there, between the ``shown`` speech cues
    around it."""
    out = []
    for a, b in result.sync_map.quality.get("uncovered_media", []):
        between = _between(result.minutes, shown, a, b)
        recess = _recess_lines(between)
        out.append((a, b, recess, "" if recess else _notes(between)))
    return out


def minutes_share(result, stretches: list[tuple[float, float, str, str]], least: int = 200) -> float | None:
    """How much text the minutes hold for what was said in the session: their characters
    (no punctuation) over those of the words heard from their first caption to their last,
    a recess or a roll call the minutes mark left out — about 1 for a verbatim record (0.92–1.06 on the
    corpora and trials: fillers heard and dropped), far less for a summary (0.51–0.66 in
    trial 123). None where fewer than ``least`` characters were heard, or nothing was
    heard (the guided path times the official text itself)."""
    from .pipeline import letters

    smap = result.sync_map
    heard = smap.quality.get("heard_chars")
    if not heard:
        return None
    lo, hi = (smap.quality.get("covered") or [0.0, smap.duration])[:2]
    said = heard["covered"]
    for (a, b, recess, noted), n in zip(stretches, heard["uncovered"]):
        if a >= lo - 1 and b <= hi + 1 and not recess and not noted:
            said += n       # speech inside the session the minutes left out: a summary's
    written = sum(letters(t.text) for t in result.minutes.turns)
    return round(written / said, 2) if said >= least else None


def warnings(result, output=None) -> list[str]:
    """What the user should know although the job succeeded: lines of the minutes read as
    neither speech nor layout, speech in the recording that no official text covers, text
    of the minutes nobody was heard saying, and captions the subtitle files cannot show."""
    out = list(result.minutes.warnings) + list(result.notes)
    smap = result.sync_map
    if smap.quality.get("audio_track"):
        k = smap.quality["audio_track"]
        other = smap.quality.get("audio_track_other_language")
        why = (f"audio track {k} was synced, as asked" if smap.quality.get("audio_track_chosen") else
               f"the recording's first audio track is marked as another language ({other}): its audio track {k}, "
               "marked Japanese, was synced" if other and smap.quality.get("audio_track_tagged", True) else
               f"the recording's first audio track speaks another language ({other}, as Whisper hears it): its "
               f"audio track {k}, in Japanese, was synced" if other else
               f"the recording's first audio track is silent: its audio track {k} (the first with speech) was synced")
        out.append(f"{why}; players and the player page play the first track, so give "
                   f"viewers a copy with track {k} alone (ffmpeg -i IN -map 0:v? -map 0:a:{k - 1} -c copy OUT)")
    if cut := smap.quality.get("truncated"):
        out.append(f"the recording is truncated: {cut['decoded']:.1f} s of its {cut['expected']:.1f} s "
                   "decoded and were synced" if cut["expected"] else
                   f"the recording is damaged: the {cut['decoded']:.1f} s that decoded were synced")
    kind = os.path.splitext(smap.media)[1].lower()
    if kind in NOT_IN_BROWSERS and (output is None or output.player):
        out.append(f"browsers cannot play {kind} files: the player page shows the minutes but not the "
                   f"recording — give viewers an MP4 copy (for H.264/AAC: ffmpeg -i {smap.media} -c copy COPY.mp4; "
                   "else ffmpeg -i IN COPY.mp4) and sync that, or use the subtitle files with a player that plays it")
    if smap.quality.get("antiphase"):
        out.append("the recording's two channels cancel when mixed (one is wired with its polarity "
                   "reversed): their difference was synced")
    shown = [c for c in smap.shown if c.kind == "speech"]
    stretches = _stretches(result, shown)
    share = minutes_share(result, stretches)
    if share is not None and share < SUMMARY_SHARE:
        out.append(f"the minutes hold about {share:.0%} of the words heard in the speech they cover — a "
                   "summary, or heavily edited?: their captions are placed where their words were heard, "
                   "and many are unsure (see each caption's confidence; the review page lists them)")
    for a, b, recess, noted in stretches:
        # (a caption placed by guess may still stand over part of it: said so, not denied)
        over = [c for c in shown if min(c.end, b) - max(c.start, a) > 1.0]
        out.append(f"speech from {clock(a)} to {clock(b)} ({b - a:.0f} s) is not in the minutes"
                   + (f" — they mark a recess there ({recess}), the room heard meanwhile" if recess else "")
                   + (f" — they note {noted} there, done but not written down" if noted else "")
                   + (f": {len(over)} unsure caption{'s' if len(over) != 1 else ''} placed by guess stand"
                      f"{'' if len(over) != 1 else 's'} over part of it (the first at {clock(over[0].start)})"
                      if over else ": no captions there"))
    turns = result.minutes.turns
    dropped = smap.unheard()
    told: set[int] = set()
    for gap in smap.quality.get("unmatched_text", []):
        t0, t1 = gap["from"].get("turn"), gap["to"].get("turn")
        where = ""
        if t0 is not None and t0 < len(turns):
            c = gap["from"]["char"]
            text = turns[t0].text
            # from the start of the sentence it begins in (not 「長。…」, the tail of 総務部長。)
            mid = False
            if c > 0 and text[c - 1] not in "。？！":
                back = max(text.rfind(ch, max(0, c - 30), c) for ch in "。？！")
                ahead = min((k for k in (text.find(ch, c, c + 20) for ch in "。？！") if k >= 0), default=-1)
                if back >= 0 or c <= 30:
                    c = back + 1 if back >= 0 else 0
                elif 0 <= ahead < min(len(text) - 1, gap["to"]["char"] if t1 == t0 else len(text)):
                    c = ahead + 1      # (not 「しください。…」: the next sentence, whole, if unheard too)
                else:
                    mid = True
            quote = ("…" if mid else "") + text[c:c + 12]
            # counted from 1 as an editor counts speeches, with the label that heads it (the
            # sync map's "turn" is an index, from 0)
            where = f" from speech {t0 + 1} ({turns[t0].speaker}) 「{quote}…」" + \
                (f" to speech {t1 + 1}" if t1 != t0 and t1 is not None else "")
        inside = smap.gap_cues(gap)
        told.update(inside)
        # what most likely happened, by where the text nobody said stands in the minutes
        first = t0 == 0 and gap["from"].get("char") == 0
        last = t1 is not None and t1 == len(turns) - 1 and gap["to"].get("char") == len(turns[t1].text) - 1
        why = ("does the recording start after the minutes do?" if first and not last else
               "was the recording cut before the minutes end?" if last and not first else
               "is the recording shorter than the minutes?" if first else
               "did the speakers skip it, or is part of the recording missing?")
        if first != last and (mark := _break_at(result.minutes, gap, after=last)):
            # a day in two recordings (午前 / 午後): the minutes' recess line stands at the cut
            why = f"the minutes mark a recess there, 「{mark}」: is the {'rest' if last else 'earlier part'} " \
                  "of the sitting in another recording?"
        if inside and all(i in dropped for i in inside):
            out.append(f"{gap['length']} characters of the minutes{where} were not heard in the "
                       f"recording and have no time to be said in it: the subtitles leave out their "
                       f"{len(inside)} captions ({why})")
        else:
            out.append(f"{gap['length']} characters of the minutes{where} were not heard in the "
                       f"recording: their captions are placed by guess ({why})")
    skipped = sorted(i for i in dropped - told if smap.cues[i].kind == "speech")
    if skipped:
        first = smap.cues[skipped[0]]
        speech = [i for i, c in enumerate(smap.cues) if c.kind == "speech"]
        opening = skipped[0] == speech[0]
        # (the last captions of all, in a row: the recording stops before the minutes do)
        closing = not opening and skipped == speech[len(speech) - len(skipped):]
        out.append(f"{len(skipped)} captions of text nobody was heard saying (the first at "
                   f"{clock(first.start)}: 「{first.text[:12]}…」) had no time to be said: the "
                   "subtitles leave them out (" + ("does the recording start after the minutes do?)" if opening
                                                   else "was the recording cut before the minutes end?)" if closing
                                                   else "sentences the speakers skipped?)"))
    encoding = result.minutes.encoding
    if not encoding.startswith("utf") and smap.stars:
        from .outputs import OutputOptions

        # the filled minutes keep the file's own encoding: what it cannot hold shows as 〓
        written = (output or OutputOptions()).review.mark + "".join(s.candidate or "" for s in smap.stars)
        bad = sorted({ch for ch in written if not _encodable(ch, encoding)})
        if bad:
            out.append(f"{''.join(bad)} cannot be written in the minutes' encoding ({encoding.upper()}): the "
                       "filled minutes show 〓 in its place (change --star-mark, or save the minutes as UTF-8)")
    if smap.duration:
        from .cues import display_times
        from .outputs import OutputOptions

        shown = smap.shown
        # (what the subtitles drop past the media's end; a sound note that gives way to the
        # speech after it is no caption lost)
        left_out = sum(1 for s in display_times(shown, (output or OutputOptions()).cues) if s.start >= smap.duration)
        if left_out > 0:
            out.append(f"{left_out} of {len(shown)} captions fall at the very end of the "
                       "recording and do not fit before it ends: the subtitle files leave them out")
    return out


def _encodable(ch: str, encoding: str) -> bool:
    try:
        ch.encode(encoding)
        return True
    except UnicodeEncodeError:
        return False


_RECESS_LINE = re.compile(r"^[ \t\u3000]*[^\n。]{0,24}(?:休憩|再開)[^\n。]{0,12}$", re.M)


def _break_at(minutes, gap: dict, after: bool) -> str:
    """The minutes' recess line (午前１１時５８分休憩, or 午後１時再開) right before the text
    of ``gap`` (``after``: the heard text ends there) or right after it (the heard text
    starts there); "" where none stands there."""
    turns, text = minutes.turns, minutes.source_text
    t0, c0 = gap["from"].get("turn"), gap["from"].get("char")
    t1, c1 = gap["to"].get("turn"), gap["to"].get("char")
    if None in (t0, c0, t1, c1) or t0 >= len(turns) or t1 >= len(turns):
        return ""
    if after:       # between the last heard character and the gap's first
        heard = next((t.source[-1] for t in reversed(turns[:t0]) if t.source), 0)
        lo = turns[t0].source[c0 - 1] if 0 < c0 <= len(turns[t0].source) else heard
        hi = turns[t0].source[c0] if c0 < len(turns[t0].source) else None
        word = "休憩"
    else:           # between the gap's last character and the first heard one
        lo = turns[t1].source[c1] if c1 < len(turns[t1].source) else None
        hi = turns[t1].source[c1 + 1] if c1 + 1 < len(turns[t1].source) else \
            next((t.source[0] for t in turns[t1 + 1:] if t.source), len(text))
        word = "再開"
    if lo is None or hi is None or hi <= lo:
        return ""
    lines = [m.group().strip(" \t\u3000") for m in _RECESS_LINE.finditer(text[lo:hi]) if word in m.group()]
    return lines[-1] if lines else ""


def _between(minutes, shown, a: float, b: float) -> str:
    """The minutes' source text between the last of the ``shown`` speech cues before ``a``
    and the first after ``b``; "" where there is none such."""
    before = [c for c in shown if c.end <= a + 0.5]
    after = [c for c in shown if c.start >= b - 0.5]
    if not before or not after:
        return ""

    def source(cue, last: bool) -> int | None:
        turn = minutes.turns[cue.turn] if cue.turn < len(minutes.turns) else None
        if turn is None or not turn.source:
            return None
        k = min(max(cue.last - 1 if last else cue.first, 0), len(turn.source) - 1)
        return turn.source[k]

    lo, hi = source(before[-1], True), source(after[0], False)
    return minutes.source_text[lo:hi] if lo is not None and hi is not None and hi > lo else ""


def _recess_lines(text: str) -> str:
    """The recess lines (午前１１時５分休憩 / 午前１１時１０分再開) in ``text``, as 「…」 … 「…」."""
    lines = [m.group().strip(" \t\u3000") for m in _RECESS_LINE.finditer(text)]
    lines = [line for line in lines if "休憩" in line or "再開" in line]
    return " … ".join(f"「{line}」" for line in (lines[0], lines[-1]) if line) if len(lines) > 1 else \
        (f"「{lines[0]}」" if lines else "")


def _recess_between(minutes, smap, a: float, b: float) -> str:
    """The minutes' recess lines between the last caption before ``a`` and the first after ``b``."""
    return _recess_lines(_between(minutes, [c for c in smap.shown if c.kind == "speech"], a, b))


# what the minutes note as done but not written down: a roll call, a vote, a text read out
_PROCEDURE_NOTE = re.compile(r"[〔（(［][^〔〕（）()［］\n]{0,20}(?:点呼|投票|開票|朗読|黙祷|黙とう|表彰|宣誓)"
                             r"[^〔〕（）()［］\n]{0,20}[〕）)］]")


def _notes(text: str) -> str:
    """The notes in ``text`` of what was done there (〔点呼〕〔投票〕), joined."""
    return "".join(dict.fromkeys(m.group() for m in _PROCEDURE_NOTE.finditer(text)))
