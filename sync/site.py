"""The viewers' archive: a static site over many synced sessions.

``python -m sync site ARCHIVE -o SITE`` reads every sync map (``<stem>.json``) under
ARCHIVE (the output folder of ``batch`` or of several ``align`` runs) and writes:

* ``index.html`` — sessions by year → 定例会 / 臨時会 → 本会議 / 委員会, newest first;
* ``members.html`` and ``m/<n>.html`` — every speaker, and each one's turns across
  sessions (how many, when, first words), each linked to the player at that turn;
* ``groups.html`` — members by 会派, from an optional members file (CSV 氏名,会派,役職);
* ``search.html`` with ``data/index.js`` and ``data/t/<n>.js`` — search of every line of
  every session in the browser (:mod:`sync.searchindex`), results linked to the moment;
* ``s/<id>.html`` — each session's player (:mod:`sync.player`) with a link home.

Everything is static: no server code, no network, works from ``file://``. Session facts
come from the sync map's ``session`` block (the minutes' header, :mod:`sync.session`),
completed by an optional manifest's columns. Recordings are not copied: a session page
plays ``<media base>/<the sync map's folder in ARCHIVE>/<recording>``, by default the
recording where ``batch`` read it (its state file in ARCHIVE), else the path from the page
to ARCHIVE (recordings beside their outputs); or a base URL.
"""
from __future__ import annotations

import csv
import hashlib
import json
import posixpath
import os
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import Sequence
from urllib.parse import quote, unquote

from markupsafe import Markup

from . import layout
from .errors import MinutesError, OutputError, SyncError
from .files import as_bytes, free_name, write_all
from .sources import read_csv_rows
from .pages import render, static
from .player import player_html, relative_url
from .searchindex import build as build_index, normalize, script_data
from .session import SessionInfo, merge
from .speed import SpeedOptions, player_tracks, speed_files
from .syncmap import SyncMap, with_candidates

FIRST_WORDS = 40        # characters of a turn shown on a member's page
UNKNOWN_YEAR = "年不明"


@dataclass(frozen=True)
class SiteOptions:
    title: str = "会議録アーカイブ"                 # the site's name, on every page
    media_base: str | None = None                   # None: recordings beside their sync maps in
                                                    # ARCHIVE; else a URL or a path from SITE
    manifest: Path | None = None                    # CSV: recording[,output] + session columns
    members: Path | None = None                     # CSV: 氏名,会派,役職
    speed: SpeedOptions = field(default_factory=SpeedOptions)


@dataclass(frozen=True)
class Session:
    id: str            # the sync map's path in ARCHIVE without .json, "/" as "--"
    folder: str        # its folder in ARCHIVE, posix, "" at the top
    stem: str
    smap: SyncMap
    info: SessionInfo
    tag: str = ""      # what tells it from another recording of the same sitting (its questioner)

    @property
    def page(self) -> str:
        return f"s/{quote(self.id)}.html"

    @property
    def heading(self) -> str:
        i = self.info
        parts = [i.title] if i.title else [i.session, i.meeting or "会議", i.number,
                                            f"（{i.detail}）" if i.detail else ""]
        return " ".join(p for p in parts + [f"（{self.tag}）" if self.tag else ""] if p) or self.stem

    @property
    def day(self) -> str:
        d = self.info.date
        if re.fullmatch(r"\d{4}-\d\d-\d\d", d):
            return f"{int(d[:4])}年{int(d[5:7])}月{int(d[8:])}日"
        if re.fullmatch(r"--\d\d-\d\d", d):
            return f"{int(d[2:4])}月{int(d[5:])}日"
        return "日付不明"


class SiteError(SyncError):
    """The archive cannot be read into a site."""


# --------------------------------------------------------------------------- reading

def _manifest_rows(path: Path) -> dict[str, dict[str, str]]:
    """Manifest rows by the sync map they produce: ``output/stem`` (posix)."""
    from .batch import manifest_path, read_manifest

    try:
        rows = read_manifest(path, ("recording",)).rows
    except SyncError as exc:
        raise SiteError(exc.args[0], path=str(path)) from exc
    out = {}
    for row in rows:
        rec = manifest_path(row.get("recording"))
        if rec:
            key = posixpath.join(manifest_path(row.get("output")).strip("/"), posixpath.splitext(posixpath.basename(rec))[0])
            out[key.lstrip("/")] = row
    return out


def read_sessions(archive: Path, opts: SiteOptions = SiteOptions()) -> list[Session]:
    """Every sync map under ``archive``, newest first (undated last, then by path)."""
    if not archive.is_dir():
        raise SiteError(("no such folder" if not archive.exists() else "is a file, not a folder")
                        + "; pass the output folder of batch", path=str(archive))
    given = _manifest_rows(opts.manifest) if opts.manifest else {}
    sessions = []
    for path in sorted(archive.rglob("*.json")):
        if (m := re.search(r"\.edited(?:-\d+)?$", path.stem)) and path.with_name(path.stem[:m.start()] + ".json").is_file():
            continue   # a sync map changed by hand and kept when the session was synced again
        try:
            smap = SyncMap.from_json(path.read_text(encoding="utf-8"))
        except (ValueError, UnicodeDecodeError):
            continue   # batch reports and other JSON files
        rel = path.relative_to(archive).with_suffix("").as_posix()
        folder = posixpath.dirname(rel)
        info = merge(SessionInfo.from_json(smap.session), given.get(rel, {}))
        year = re.search(r"(?:^|/)((?:19|20)\d\d)(?:/|$)", folder)
        if info.date.startswith("--") and year:   # 9月18日 in a folder 2024/: the folder says the year
            info = replace(info, date=year.group(1) + info.date[1:])
        sessions.append(Session(rel.replace("/", "--"), folder, path.stem, smap, info))
    if not sessions:
        raise SiteError("holds no sync map (<stem>.json written by align or batch); pass the "
                        "output folder of batch", path=str(archive))
    sessions = _told_apart(sessions)
    # newest day first; within a day, the archive's order (a sitting's morning before its
    # afternoon: a_0305 before b_0305)
    dated = sorted(sorted((s for s in sessions if s.info.date), key=lambda s: _in_order(s.id)),
                   key=lambda s: s.info.date[-5:] if s.info.year is None else s.info.date, reverse=True)
    return dated + [s for s in sessions if not s.info.date]


def _in_order(name: str) -> list:
    """A recording's name as it sorts within a day: its numbers as numbers (_2 before _10) and
    the morning before the afternoon (午前 / 午後, am / pm)."""
    name = re.sub(r"午前|(?<![a-z])(?i:am|morning)(?![a-z])", "|0|",
                  re.sub(r"午後|(?<![a-z])(?i:pm|afternoon)(?![a-z])", "|1|", name))
    return [(0, int(p), "") if p.isdigit() else (1, 0, p) for p in re.split(r"(\d+)", name) if p]


def _told_apart(sessions: list[Session]) -> list[Session]:
    """Recordings of one sitting (one video per member's question, a morning and an
    afternoon) would share a title: each is tagged with the first member heard in it
    (中村健太), else with its recording's name, else with its place in the archive."""
    same: dict[tuple[str, str], list[int]] = defaultdict(list)
    for k, s in enumerate(sessions):
        same[(s.info.date, s.heading)].append(k)
    out = list(sessions)
    for group in (g for g in same.values() if len(g) > 1):
        for pick in (_first_member, lambda s: s.smap.media, lambda s: s.stem, lambda s: s.id):
            tags = [pick(sessions[k]) for k in group]
            if all(tags) and len(set(tags)) == len(tags):
                break
        for k, tag in zip(group, tags):
            out[k] = replace(sessions[k], tag=tag)
    return out


def _first_member(s: Session) -> str:
    """The first member (no chair) whose caption the recording shows."""
    for c in s.smap.shown:
        who = s.smap.turns[c.turn] if c.kind == "speech" and c.turn < len(s.smap.turns) else None
        if who and who.name and layout.is_member_role(who.role) and not who.role.endswith(layout.MEMBERS_OFFICES + layout.MEMBERS_OWN_OFFICES):
            return who.name
    return ""


MEMBER_COLUMNS = {"氏名": ("名前", "議員名", "議員氏名", "name"), "会派": ("会派名", "所属会派", "party", "group"),
                  "役職": ("役職名", "職名", "role")}


def read_members(path: Path) -> list[dict[str, str]]:
    """Rows ``氏名,会派,役職`` (role optional) of a CSV file with a header row."""
    try:
        table = read_csv_rows(path, MEMBER_COLUMNS, ("氏名",))
    except (OSError, MinutesError, csv.Error) as exc:
        raise SiteError(f"cannot read the members file ({exc}); pass a CSV 氏名,会派,役職",
                        path=str(path)) from exc
    if table.rows and "氏名" not in table.header:
        raise SiteError("has no 氏名 column; its header row must be 氏名,会派,役職", path=str(path))
    return [{k: (r.get(k) or "").strip() for k in ("氏名", "会派", "役職")} for r in table.rows
            if (r.get("氏名") or "").strip()]


def person_key(name: str) -> str:
    """Names as the minutes and a members file may write them agree: 関谷 博 = 関谷博, and
    a kanji written two ways is one (髙橋一郎 = 高橋一郎: :data:`sync.searchindex.VARIANTS`)."""
    return normalize(re.sub(r"[\s　]", "", name))


# --------------------------------------------------------------------------- turns

@dataclass(frozen=True)
class TurnRef:
    session: Session
    turn: int
    start: float
    role: str
    first_words: str


def turns_by_person(sessions: Sequence[Session]) -> dict[str, list[TurnRef]]:
    """Each speaker's turns across sessions (newest session first), by name (a turn with
    no name is kept under its role)."""
    people: dict[str, list[TurnRef]] = defaultdict(list)
    for s in sessions:
        first: dict[int, list] = {}
        for c in s.smap.shown:      # (not the text nobody was heard saying in this recording)
            if c.kind == "speech":
                first.setdefault(c.turn, []).append(c)
        for t, cues in sorted(first.items()):
            who = s.smap.turns[t] if t < len(s.smap.turns) else None
            name = (who.name if who else "") or (who.label if who else cues[0].speaker or "")
            if not name:
                continue
            words = "".join(with_candidates(c, s.smap) for c in cues[:3])[:FIRST_WORDS]
            people[name].append(TurnRef(s, t, cues[0].start, who.role if who else "", words))
    # one person however the minutes spell the name (高橋一郎, 高橋　一郎, 髙橋一郎): under the
    # spelling most of the turns have
    merged: dict[str, list[str]] = defaultdict(list)
    for name in people:
        merged[person_key(name)].append(name)
    out: dict[str, list[TurnRef]] = {}
    for names in merged.values():
        shown = max(names, key=lambda n: len(people[n]))
        out[shown] = sorted((r for n in names for r in people[n]),
                            key=lambda r: (sessions.index(r.session), r.start))
    return out


def is_member(turns: Sequence[TurnRef]) -> bool:
    """Is the person of ``turns`` a member of the assembly (by the roles they spoke in)?"""
    return any(layout.is_member_role(r.role) for r in turns)


def shown_role(turns: Sequence[TurnRef]) -> str:
    """A person's role as the list shows it: the office held when speaking most often
    (議長, 総務部長) — a member's seat number (３番) is no role: 議員."""
    roles = Counter(r.role for r in turns if r.role and not layout.is_member_number(r.role))
    if roles:
        return roles.most_common(1)[0][0]      # (of equals, the first seen)
    return "議員" if is_member(turns) else ""


# --------------------------------------------------------------------------- pages

def is_url(place: str) -> bool:
    """Is ``place`` (``--media-base``) a web address, not a path?"""
    return re.match(r"^[a-z][a-z0-9+.-]*://", place, re.I) is not None


def _media_url(s: Session, opts: SiteOptions, site: Path, archive: Path) -> str:
    name = quote(posixpath.join(s.folder, s.smap.media or f"{s.stem}.mp4"))
    if opts.media_base is None:
        # where batch found the recording, when it was batch that made this sync map (the
        # recordings stay in the folder batch read them from)
        recording = batch_recordings(archive).get((archive / s.folder / f"{s.stem}.json").resolve())
        url = relative_url(recording, site / "s") if recording is not None and recording.is_file() else None
        if url is not None:
            return url
        base = Path(os.path.relpath(archive, site / "s")).as_posix()
    elif is_url(opts.media_base):
        base = opts.media_base.rstrip("/")
    else:   # a path given from the site's folder; pages sit one folder down
        base = posixpath.join("..", opts.media_base.rstrip("/"))
    return f"{base}/{name}"


def batch_recordings(archive: Path) -> dict[Path, Path]:
    """{sync map: its recording} from the archive's batch state, read once a build."""
    from .batch import STATE_FILE

    state = archive / STATE_FILE
    try:
        return _recordings_as_of(str(archive.resolve()), state.stat().st_mtime_ns)
    except OSError:
        return {}


@lru_cache(maxsize=4)
def _recordings_as_of(archive: str, mtime: int) -> dict[Path, Path]:
    from .batch import recordings

    return recordings(Path(archive))


def _tracks(s: Session, archive: Path, opts: SiteOptions) -> tuple[dict[float, str], dict[float, str]]:
    """The session's per-speed tracks: read beside its sync map, or made from it."""
    tracks = player_tracks(s.stem, opts.speed)
    folder = archive / s.folder
    texts = {}
    for rate, name in tracks.items():
        try:
            texts[rate] = (folder / name).read_text(encoding="utf-8")
        except OSError:
            break
    if len(texts) < len(tracks):
        cues = [replace(c, text=with_candidates(c, s.smap)) for c in s.smap.shown]
        made = speed_files(s.stem, cues, duration=s.smap.duration, opts=opts.speed)
        texts = {rate: made[name] for rate, name in tracks.items()}
    return tracks, texts


def _page(template: str, opts: SiteOptions, root: str, **values: object) -> str:
    return render(template, site_title=opts.title, root=root, css=Markup(static("site.css")), **values)


def index_tree(sessions: Sequence[Session]) -> list[tuple[str, list[tuple[str, list[tuple[str, list[Session]]]]]]]:
    """year → 定例会 / 臨時会 (the session's own name) → 本会議 / 委員会 → sessions, in the
    order of ``sessions`` (newest first)."""
    tree: dict[str, dict[str, dict[str, list[Session]]]] = {}
    for s in sessions:
        year = f"{s.info.year}年" if s.info.year else UNKNOWN_YEAR
        group = s.info.session or s.info.kind or "その他の会議"
        body = s.info.body or "その他"
        tree.setdefault(year, {}).setdefault(group, {}).setdefault(body, []).append(s)
    order = {"本会議": 0, "委員会": 1}
    return [(y, [(g, sorted(bodies.items(), key=lambda kv: order.get(kv[0], 2))) for g, bodies in groups.items()])
            for y, groups in tree.items()]


def build_site(archive: Path, site: Path, opts: SiteOptions = SiteOptions(),
               notes: list[str] | None = None) -> dict[str, str]:
    """``{path in SITE: content}`` of every file of the site (written by the caller, all
    or nothing, with :func:`sync.files.write_all`); ``notes`` gets a line for each
    session whose recording is not where its page plays it from (on this disk)."""
    sessions = read_sessions(archive, opts)
    assemblies = {s.info.assembly for s in sessions}
    if opts.title == SiteOptions.title and len(assemblies) == 1 and "" not in assemblies:
        # one assembly's sessions: the site is named for it (下関市議会 会議録アーカイブ)
        opts = replace(opts, title=f"{assemblies.pop()} {opts.title}")
    members = read_members(opts.members) if opts.members else []
    people = turns_by_person(sessions)
    names = sorted(people, key=lambda n: (-len(people[n]), n))
    number = {n: k for k, n in enumerate(names)}
    by_key = {person_key(n): n for n in names}
    files: dict[str, str] = {}

    files["index.html"] = _page("site_index.html", opts, "", tree=index_tree(sessions), count=len(sessions))
    rows = [{"name": n, "href": f"m/m{number[n]}.html", "turns": len(people[n]),
             "sessions": len({r.session.id for r in people[n]}), "role": shown_role(people[n])} for n in names]
    # the assembly's members first, then the executive and others who answered
    member = [is_member(people[n]) for n in names]
    files["members.html"] = _page("site_members.html", opts, "", groups=[
        ("議員", [r for r, m in zip(rows, member) if m]), ("執行部・説明員など", [r for r, m in zip(rows, member) if not m])])
    for n in names:
        files[f"m/m{number[n]}.html"] = _page("site_member.html", opts, "../", name=n, turns=[
            {"day": r.session.day, "heading": r.session.heading, "role": r.role,
             "time": _clock(r.start), "words": r.first_words,
             "href": f"../{r.session.page}#t={r.start:.1f}"} for r in people[n]])
    groups: dict[str, list[dict]] = {}
    for row in members:
        spoke = by_key.get(person_key(row["氏名"]))
        groups.setdefault(row["会派"] or "（会派なし）", []).append(
            {**row, "href": f"m/m{number[spoke]}.html" if spoke else None,
             "turns": len(people[spoke]) if spoke else 0})
    files["groups.html"] = _page("site_groups.html", opts, "", groups=list(groups.items()),
                                 has_members=bool(members))

    meta, texts = [], []
    for n, s in enumerate(sessions):
        # what the session's player shows: text nobody was heard saying here (the afternoon's
        # half of minutes shared by a morning and an afternoon recording) is not found in it
        lines = [[round(c.start, 1), c.turn, with_candidates(c, s.smap)] for c in s.smap.shown if c.kind == "speech"]
        meta.append({"day": s.day, "heading": s.heading, "page": s.page})
        labels = [t.label for t in s.smap.turns] or list(s.smap.speakers)
        # (the speakers' names are searched too: 高橋 防災, what 高橋 said of 防災)
        names = [t.name for t in s.smap.turns]
        texts.append([line[2] for line in lines] + labels + names)
        files[f"data/t/t{n}.js"] = script_data("gikaiText", {"n": n, "speakers": labels, "names": names,
                                                            "lines": lines})
    files["data/index.js"] = script_data("gikaiIndex", {"sessions": meta, "grams": build_index(texts)})
    files["search.html"] = _page("site_search.html", opts, "")
    files["search.js"] = static("search.js")

    for s in sessions:
        tracks, track_texts = _tracks(s, archive, opts)
        media = _media_url(s, opts, site, archive)
        if notes is not None and not is_url(media) \
                and not os.path.isfile(os.path.normpath(site / "s" / unquote(media))):     # (s/ may not be made yet)
            # (a recording renamed or moved after it was synced: the page would play nothing)
            notes.append(f"{s.id.replace('--', '/')}.json: its recording is not at "
                         f"{os.path.normpath(site / 's' / unquote(media))}, where its page plays it from "
                         "(renamed or moved? sync it again, or delete its old outputs)")
        folder = media.rsplit("/", 1)[0]
        hint = (f"録画はこのサイトの設定（--media-base）で「{folder}」から読み込みます。そこに録画ファイルがあるか"
                "確かめてください。" if opts.media_base else
                f"録画は「{folder}」から読み込みます。そこに録画ファイルがあるか確かめてください"
                "（録画が別の場所にあるときは、サイトを作るときに --media-base で指定します）。")
        # the tracks beside the page, in the site (the recordings' folder holds none when
        # the sync maps were written elsewhere); names as the page links them, unquoted
        beside = {r: f"{s.id}{name[len(s.stem):]}" for r, name in tracks.items()}
        for r, name in beside.items():
            files[f"s/{name}"] = track_texts[r]
        files[f"s/{s.id}.html"] = player_html(
            s.stem, s.smap, beside, track_texts, media_url=media, title=f"{s.day} {s.heading}",
            home="../index.html", home_label=opts.title, media_hint=hint)
    return files


def _clock(s: float) -> str:
    s = int(max(0.0, s))
    return f"{s // 3600}:{s % 3600 // 60:02d}:{s % 60:02d}" if s >= 3600 else f"{s // 60}:{s % 60:02d}"


# what a site run wrote, with each file's SHA-256: a later run tells the files it may
# replace from a page someone changed or a file of their own (an index.html already there)
WRITTEN_LIST = ".gikai-site.json"


# the start of every page the site has written (sync/templates/head.html), before and
# after it named its generator
_OUR_HEAD = re.compile(rb'<!DOCTYPE html>\s*<html lang="ja">\s*<head>\s*<meta charset="utf-8">\s*'
                       rb'<meta name="viewport" content="width=device-width, initial-scale=1">\s*'
                       rb'<link rel="icon" href="data:,">\s*(?:<meta name="generator" content="gikai-sync">\s*)?'
                       rb'<meta http-equiv="Content-Security-Policy"')


def _ours(name: str, old: bytes) -> bool:
    """Without the list of what the last run wrote (a site built before there was one):
    is this file, at one of the site's own names, one the site wrote? A page is, if it
    starts as the site's pages do; the search's script, a file someone may have adapted,
    only as this run writes it (review); what the site makes from the sessions (caption
    tracks, the search's data) is the site's."""
    if name.endswith(".html"):
        return _OUR_HEAD.match(old) is not None
    return name not in _STATIC_SCRIPTS


# the site's scripts, copied as they are from sync/static
_STATIC_SCRIPTS = ("search.js",)


def write_site(archive: Path, site: Path, opts: SiteOptions = SiteOptions(),
               notes: list[str] | None = None) -> list[Path]:
    """Build the site of ``archive`` and write it into ``site`` (all files or none). A file
    there that the last site run did not write as it is (edited since, or the user's own)
    is kept beside the new one (``index.edited.html``), and ``notes`` gets a line saying so
    — in a site written before the listing of what each run wrote existed, only a page of
    someone else's and a changed ``search.js`` are told apart (:func:`_ours`); its caption
    tracks and search data are replaced."""
    files = build_site(archive, site, opts, notes)
    try:
        for folder in {posixpath.dirname(name) for name in files}:
            (site / folder).mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(f"cannot make the site's folders ({exc.strerror}); pass a folder "
                          "(not a file) that can be written", path=str(exc.filename or site)) from exc
    try:
        recorded = json.loads((site / WRITTEN_LIST).read_text(encoding="utf-8"))
        recorded = recorded if isinstance(recorded, dict) else {}
    except (OSError, ValueError, UnicodeDecodeError):
        recorded = {}
    kept: dict[str, bytes] = {}
    for name, content in files.items():
        path = site / name
        if path.is_file():
            old = path.read_bytes()
            if old != as_bytes(content) and hashlib.sha256(old).hexdigest() != recorded.get(name) \
                    and (recorded or not _ours(name, old)):
                copy = free_name(site, name, set(files) | set(kept))
                kept[copy] = old
                if notes is not None:
                    notes.append(f"{name} in the site folder was not written by the last site run as it is "
                                 f"(changed since, or a file of your own): it is kept as {copy}")
    listing = {name: hashlib.sha256(as_bytes(content)).hexdigest() for name, content in files.items()}
    written = write_all(site, {**files, **kept, WRITTEN_LIST: json.dumps(listing, ensure_ascii=False, indent=0)})
    return [p for p in written if p.name != WRITTEN_LIST and p.relative_to(site).as_posix() in files]
