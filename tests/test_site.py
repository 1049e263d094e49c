"""The archive site: pages as text (structure, escaping, the search index) and, in
headless Chromium, the paths a viewer takes: index → meeting → session, member → turn,
search → result → the video at that moment, and an axe-core scan of the pages.

The archive is the bundled sample synced once with the fake ASR, copied as three
sessions with different facts (the minutes' header of the others is rewritten in their
sync maps' ``session`` block and by a manifest), one with markup planted in its text.
"""
from __future__ import annotations

import csv
import json
import re
from urllib.parse import unquote
import shutil
from pathlib import Path

import pytest

from conftest import SAMPLE_MEDIA, SAMPLE_MINUTES, truth_words
from sync import cli
from sync.asr import Engine
from sync.pipeline import SyncOptions, sync
from sync.searchindex import decode, encode, grams
from sync.site import SiteError, SiteOptions, build_site, index_tree, read_sessions, write_site

HOSTILE = '<img src=x onerror="window.__pwned=1">備蓄'


def _archive(root: Path) -> Path:
    archive = root / "archive"
    first = archive / "2024" / "0305"
    sync(str(SAMPLE_MEDIA), str(SAMPLE_MINUTES), first, SyncOptions(use_cache=False),
         Engine(lambda audio, progress=None: truth_words()))
    shutil.copy(SAMPLE_MEDIA, first / "sample.mp4")
    data = json.loads((first / "sample.json").read_text(encoding="utf-8"))
    for folder, stem, session, change in [
            ("2024/0612", "soumu", {"date": "2024-06-12", "meeting": "総務委員会", "body": "委員会",
                                    "session": "第2回定例会", "kind": "定例会", "number": "第1号"},
             "コミュニティーバスを進める備蓄"),
            ("2023/1201", "dec", {"date": "2023-12-01", "meeting": "本会議", "body": "本会議",
                                  "session": "第4回定例会", "kind": "定例会"}, HOSTILE)]:
        out = archive / folder
        out.mkdir(parents=True)
        copy = json.loads(json.dumps(data))
        copy["media"] = f"{stem}.mp4"
        copy["session"] = session
        if change:
            for cue in copy["cues"]:
                cue["text"] = cue["text"].replace("備蓄", change, 1)
        (out / f"{stem}.json").write_text(json.dumps(copy, ensure_ascii=False), encoding="utf-8")
        shutil.copy(SAMPLE_MEDIA, out / f"{stem}.mp4")
    members = root / "members.csv"
    with open(members, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerows([["氏名", "会派", "役職"], ["山田花子", "市民クラブ", ""], ["鈴木太郎", "新政会", "議長"],
                     ["佐藤一郎", "新政会", ""]])
    return archive


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    return _archive(tmp_path_factory.mktemp("site"))


@pytest.fixture(scope="module")
def site(archive):
    out = archive.parent / "site"
    opts = SiteOptions(members=archive.parent / "members.csv")
    write_site(archive, out, opts)
    return out


# --------------------------------------------------------------------------- as text

def test_a_kanji_written_two_ways_is_found_either_way_and_is_one_person():
    # trial 132: 髙橋 found only 髙橋, 齋藤 only 齋藤; 高橋一郎, 高橋　一郎 and 髙橋一郎 were three
    # people on the speakers page
    from sync.searchindex import VARIANTS, normalize
    from sync.site import person_key

    assert grams("髙橋議員") == grams("高橋議員") and normalize("齋藤・齊藤・斉藤") == "斎藤・斎藤・斎藤"
    assert normalize("渡邊國男") == "渡辺国男" and len(normalize("山﨑")) == 2
    assert len({person_key(n) for n in ("高橋一郎", "高橋　一郎", "髙橋一郎", "高橋 一郎")}) == 1
    assert normalize("コミュニティバス") == "こみゅにてぃばす" and normalize("ｺﾐｭﾆﾃｨ") == "こみゅにてぃ"
    # (the page folds the same way: one table in both)
    js = (Path(__file__).resolve().parent.parent / "sync" / "static" / "search.js").read_text(encoding="utf-8")
    table = "".join(re.findall(r'"([^"]*)"', js[js.index("var VARIANTS"):js.index("var FOLD")]))
    assert table == VARIANTS


def test_a_long_vowel_mark_after_kana_is_written_or_left_out_alike():
    # trial 132: コミュニティーバス found only itself, not コミュニティバス; サーバー not サーバ
    from sync.searchindex import normalize

    assert normalize("コミュニティーバス") == normalize("コミュニティバス") == normalize("ｺﾐｭﾆﾃｨｰﾊﾞｽ")
    assert normalize("サーバー") == normalize("サーバ") == "さば"
    assert grams("ホームページ") == grams("ホムペジ")
    # (the mark is kept where it is no long vowel: after a kanji or a digit)
    assert normalize("第１ー２") == "第1ー2" and normalize("ｶﾞｲﾄﾞ") == "がいど"


def test_postings_round_trip_and_grams():
    for numbers in ([], [0], [0, 1, 2, 3], [5, 40, 41, 1000, 5000, 100000]):
        assert decode(encode(numbers)) == numbers
    assert len(encode(range(1000))) == 1000  # a gram in every session: one character each
    assert grams("ＤＸ 避難") == {"d", "x", "避", "難", "dx", "x避", "避難"}


def test_sessions_newest_first_with_facts_from_header_folder_and_manifest(archive, tmp_path):
    manifest = tmp_path / "m.csv"
    manifest.write_text("recording,minutes,output,detail,number\n"
                        "x/sample.mp4,x/sample.txt,2024/0305,代表質問,第2号\n", encoding="utf-8")
    sessions = read_sessions(archive, SiteOptions(manifest=manifest))
    assert [s.info.date for s in sessions] == ["2024-06-12", "2024-03-05", "2023-12-01"]
    first = sessions[1].info   # the header has 3月5日 only; its folder 2024/ gives the year
    assert (first.session, first.meeting, first.detail, first.number) == ("第1回定例会", "本会議", "代表質問", "第2号")
    tree = index_tree(sessions)
    assert [y for y, _ in tree] == ["2024年", "2023年"]
    assert [g for g, _ in tree[0][1]] == ["第2回定例会", "第1回定例会"]
    assert [b for b, _ in tree[0][1][0][1]] == ["委員会"]


def test_a_manifest_with_japanese_headers_gives_the_facts(archive, tmp_path):
    # trial 113: a manifest as office staff type it (a title row, 録画/出力先/詳細) was refused
    manifest = tmp_path / "m.csv"
    manifest.write_bytes("録画一覧,,,\r\n録画,出力先,詳細,号\r\nx/sample.mp4,2024/0305,代表質問,第2号\r\n".encode("cp932"))
    info = read_sessions(archive, SiteOptions(manifest=manifest))[1].info
    assert (info.detail, info.number) == ("代表質問", "第2号")
    manifest.write_text("動画なし,日付\n", encoding="utf-8")
    with pytest.raises(SiteError, match="the first has 動画なし,date"):
        read_sessions(archive, SiteOptions(manifest=manifest))


def test_a_members_list_with_a_title_and_other_headers(tmp_path):
    from sync.site import read_members

    f = tmp_path / "議員名簿.csv"
    f.write_bytes("令和6年度 議員名簿,,\r\n議員名,所属会派,役職名\r\n山田 花子,市民クラブ,議長\r\n".encode("cp932"))
    assert read_members(f) == [{"氏名": "山田 花子", "会派": "市民クラブ", "役職": "議長"}]


def test_pages_escape_the_minutes_and_need_no_network(site):
    for page in site.rglob("*.html"):
        text = page.read_text(encoding="utf-8")
        assert "<img src=x" not in text, page
        assert not re.search(r"(src|href)=\"https?://", text), page
    for data in (site / "data").rglob("*.js"):
        text = data.read_text(encoding="utf-8")
        assert "<" not in text and "</script" not in text.lower()


def test_members_and_groups(site):
    members = (site / "members.html").read_text(encoding="utf-8")
    assert "山田 花子" in members and "安岡" not in members
    groups = (site / "groups.html").read_text(encoding="utf-8")
    assert groups.index("市民クラブ") < groups.index("山田花子")
    assert "佐藤一郎" in groups and "発言なし" in groups   # in the file, never spoke
    page = next(p for p in (site / "m").glob("*.html") if "山田 花子" in p.read_text(encoding="utf-8"))
    text = page.read_text(encoding="utf-8")
    assert text.count("../s/") == 3 * text.count("../s/2024--0305--sample.html#t=")  # each session alike


def test_cli_site_and_batch_site(archive, tmp_path, capsys):
    assert cli.main(["site", str(archive), "-o", str(tmp_path / "w"), "--media-base",
                     "https://media.example.jp/gikai/"]) == 0
    out, err = capsys.readouterr()
    assert "site: 3 sessions" in out and "note:" not in err      # recordings at a web address
    page = (tmp_path / "w" / "s" / "2024--0612--soumu.html").read_text(encoding="utf-8")
    assert 'src="https://media.example.jp/gikai/2024/0612/soumu.mp4"' in page
    assert "media-src 'self' file: blob: https://media.example.jp;" in page
    assert "--media-base）で「https://media.example.jp/gikai/2024/0612」" in page
    default = build_site(archive, archive.parent / "x")["s/2024--0612--soumu.html"]
    assert 'src="../../archive/2024/0612/soumu.mp4"' in default  # beside its outputs, relative
    # the hint for a recording that does not load names the option only as what to use
    assert "録画は「../../archive/2024/0612」から読み込みます" in default and "--media-base で指定" in default
    # recordings outside the site's folder: a server of that folder alone cannot reach them
    assert cli.main(["site", str(archive), "-o", str(tmp_path / "v")]) == 0
    err = capsys.readouterr().err
    assert "outside its folder" in err and "--media-base" in err
    assert cli.main(["site", str(tmp_path / "nothing")]) == cli.EXIT_INPUT


def test_batch_ends_with_the_site(tmp_path, capsys):
    src = tmp_path / "in"
    src.mkdir()
    shutil.copy(SAMPLE_MEDIA, src / "s1.mp4")
    shutil.copy(SAMPLE_MINUTES, src / "s1.txt")
    manifest = src / "list.csv"
    manifest.write_text("recording,minutes,output,date\ns1.mp4,s1.txt,2024,2024-03-05\n", encoding="utf-8")
    engine = Engine(lambda audio, progress=None: truth_words())
    assert cli.main(["batch", str(manifest), "-o", str(tmp_path / "out"), "-j", "0", "-q", "--no-cache",
                     "--site", "--site-title", "テスト市議会"], engine=engine) == 0
    index = (tmp_path / "out" / "site" / "index.html").read_text(encoding="utf-8")
    assert "テスト市議会" in index and "2024年3月5日" in index and "第1回定例会" in index


def test_batch_of_a_folder_links_the_recordings_where_they_are(tmp_path, capsys):
    """The recordings stay in the archive folder (outputs go elsewhere): the session
    pages of `batch --site` play them from there, not from beside the outputs."""
    src = tmp_path / "archive" / "2024"
    src.mkdir(parents=True)
    shutil.copy(SAMPLE_MEDIA, src / "0305.mp4")
    shutil.copy(SAMPLE_MINUTES, src / "0305.txt")
    engine = Engine(lambda audio, progress=None: truth_words())
    out = tmp_path / "out"
    assert cli.main(["batch", str(tmp_path / "archive"), "-o", str(out), "-j", "0", "-q",
                     "--no-cache", "--site"], engine=engine) == 0
    page = next((out / "site" / "s").glob("*.html"))
    src_attr = re.search(r'<video[^>]* src="([^"]+)"', page.read_text(encoding="utf-8")).group(1)
    assert (page.parent / src_attr).resolve() == (src / "0305.mp4").resolve()
    # the caption tracks are in the site, beside the page, named as the page links them
    tracks = re.findall(r'<track[^>]* src="([^"]+)"', page.read_text(encoding="utf-8"))
    assert len(tracks) == 4
    for t in tracks:
        assert (page.parent / unquote(t)).read_text(encoding="utf-8").startswith("WEBVTT")


def test_site_after_a_plain_batch_links_the_recordings_where_batch_read_them(tmp_path, capsys):
    """`batch` without --site, then `site` on its output: the pages play the recordings
    from where batch found them (its state file says), not from beside the outputs."""
    src = tmp_path / "in"
    src.mkdir()
    shutil.copy(SAMPLE_MEDIA, src / "0305.mp4")
    shutil.copy(SAMPLE_MINUTES, src / "0305.txt")
    engine = Engine(lambda audio, progress=None: truth_words())
    out = tmp_path / "out"
    assert cli.main(["batch", str(src), "-o", str(out), "-j", "0", "-q", "--no-cache"], engine=engine) == 0
    capsys.readouterr()
    assert cli.main(["site", str(out), "-o", str(tmp_path / "site")]) == 0
    page = next((tmp_path / "site" / "s").glob("*.html"))
    src_attr = re.search(r'<video[^>]* src="([^"]+)"', page.read_text(encoding="utf-8")).group(1)
    assert (page.parent / src_attr).resolve() == (src / "0305.mp4").resolve()
    # trial 113: the note named the output folder, not where the pages play them from
    import os
    where = os.path.relpath(src, Path.cwd())
    assert f"note: the session pages play the recordings from {where} by a path" in capsys.readouterr().err


def test_site_built_from_another_folder_finds_batchs_recordings(tmp_path, capsys, monkeypatch):
    """batch run with relative paths from one folder, site built from another: the state
    file's paths are absolute, the pages still play the recordings where they are."""
    work = tmp_path / "work"
    (work / "in").mkdir(parents=True)
    shutil.copy(SAMPLE_MEDIA, work / "in" / "0305.mp4")
    shutil.copy(SAMPLE_MINUTES, work / "in" / "0305.txt")
    engine = Engine(lambda audio, progress=None: truth_words())
    monkeypatch.chdir(work)
    assert cli.main(["batch", "in", "-o", "out", "-j", "0", "-q", "--no-cache"], engine=engine) == 0
    monkeypatch.chdir(work / "out")
    assert cli.main(["site", ".", "-o", "site"]) == 0
    page = next((work / "out" / "site" / "s").glob("*.html"))
    src_attr = re.search(r'<video[^>]* src="([^"]+)"', page.read_text(encoding="utf-8")).group(1)
    assert (page.parent / src_attr).resolve() == (work / "in" / "0305.mp4").resolve()


def test_a_site_folder_that_is_a_file_is_one_line(archive, tmp_path, capsys):
    (tmp_path / "file").write_text("x")
    assert cli.main(["site", str(archive), "-o", str(tmp_path / "file")]) == cli.EXIT_INPUT
    err = capsys.readouterr().err
    assert err.startswith("error: ") and len(err.strip().splitlines()) == 1 and "not a file" in err


def test_one_assemblys_site_is_named_for_it(tmp_path):
    # every session is 下関市議会's (the sample's head says so): the site's name says it too
    archive = tmp_path / "archive"
    sync(str(SAMPLE_MEDIA), str(SAMPLE_MINUTES), archive / "2024" / "0305", SyncOptions(use_cache=False),
         Engine(lambda audio, progress=None: truth_words()))
    files = build_site(archive, tmp_path / "site")
    assert "<title>会議一覧 — 下関市議会 会議録アーカイブ</title>" in files["index.html"]
    named = build_site(archive, tmp_path / "site", SiteOptions(title="議会映像"))
    assert "<title>会議一覧 — 議会映像</title>" in named["index.html"]      # a title given by hand stands


def test_members_come_before_the_executive_and_a_seat_number_is_no_role(site):
    # trial 98: 議員名でさがす listed the 町長 and a 課長 among the members, and a member's
    # role as 「３番」
    page = (site / "members.html").read_text(encoding="utf-8")
    members, executive = page.split("<h2>議員</h2>")[1].split("<h2>執行部・説明員など</h2>")
    assert "山田 花子" in members and "鈴木太郎" in members and "佐藤恵子" in executive
    assert "総務部長" in executive and "<td>議長</td>" in members


def test_two_recordings_of_one_sitting_are_told_apart(tmp_path):
    # trial 98: two recordings of the same sitting had the same title everywhere
    archive = _archive(tmp_path)
    twin = archive / "2024" / "0305b"
    twin.mkdir()
    shutil.copy(archive / "2024" / "0305" / "sample.json", twin / "late.json")
    headings = [s.heading for s in read_sessions(archive) if s.info.date == "2024-03-05"]
    assert len(headings) == 2 and len(set(headings)) == 2, headings
    # (newest day first, but a sitting's recordings in the archive's order: trial 140 saw its
    # afternoon listed above its morning)
    assert [s.id for s in read_sessions(archive) if s.info.date == "2024-03-05"] == ["2024--0305--sample", "2024--0305b--late"]
    assert [s.info.date for s in read_sessions(archive)] == ["2024-06-12", "2024-03-05", "2024-03-05", "2023-12-01"]
    # (numbers as numbers, the morning first: review 141, 145)
    from sync.site import _in_order
    assert sorted(["d_10", "d_2", "午後1", "午前12", "0305pm", "0305am"], key=_in_order) == \
        ["0305am", "0305pm", "d_2", "d_10", "午前12", "午後1"]
    others = [s.heading for s in read_sessions(archive) if s.info.date != "2024-03-05"]
    assert not any("（" in h and h.endswith("）") and "mp4" in h for h in others)


def test_a_file_of_the_users_or_a_changed_page_in_the_site_folder_is_kept(archive, tmp_path):
    # trial 112: site -o a folder with the user's own index.html replaced it, and a page
    # changed by hand was lost on the next run, without a word
    out = tmp_path / "site"
    out.mkdir()
    (out / "index.html").write_text("<p>our council's own front page</p>", encoding="utf-8")
    notes: list[str] = []
    write_site(archive, out, SiteOptions(), notes)
    assert (out / "index.edited.html").read_text(encoding="utf-8") == "<p>our council's own front page</p>"
    assert notes == ["index.html in the site folder was not written by the last site run as it is (changed "
                     "since, or a file of your own): it is kept as index.edited.html"]
    # a run that finds its files as it wrote them replaces them without a word
    notes.clear()
    written = write_site(archive, out, SiteOptions(), notes)
    assert notes == [] and all(p.name != ".gikai-site.json" for p in written)
    # …and keeps a page changed since
    page = next((out / "s").glob("*.html"))
    page.write_text(page.read_text(encoding="utf-8") + "<!-- 修正 -->", encoding="utf-8")
    write_site(archive, out, SiteOptions(), notes)
    assert len(notes) == 1 and "修正" in (page.parent / (page.stem + ".edited.html")).read_text(encoding="utf-8")
    assert "修正" not in page.read_text(encoding="utf-8")


def test_a_site_built_before_the_listing_is_replaced_not_kept_as_edits(archive, tmp_path):
    # review: a site written before .gikai-site.json existed had every page that changed
    # kept as *.edited.html on its first rebuild; its pages are known by their head
    out = tmp_path / "site"
    write_site(archive, out, SiteOptions())
    (out / ".gikai-site.json").unlink()
    index = out / "index.html"
    old = index.read_text(encoding="utf-8").replace('<meta name="generator" content="gikai-sync">\n', "")
    index.write_text(old.replace("</body>", "<p>昨年の版</p></body>"), encoding="utf-8")
    (out / "mine.html").write_text("<p>own</p>", encoding="utf-8")
    notes: list[str] = []
    write_site(archive, out, SiteOptions(), notes)
    assert notes == [] and not list(out.rglob("*.edited*")) and "昨年の版" not in index.read_text(encoding="utf-8")
    assert (out / "mine.html").read_text(encoding="utf-8") == "<p>own</p>"


def test_a_script_edited_in_a_site_without_its_listing_is_kept(archive, tmp_path):
    # review: without .gikai-site.json every file but a page was taken as the site's own,
    # and an edited search.js was overwritten; the search's data files are the site's
    out = tmp_path / "site"
    write_site(archive, out, SiteOptions())
    (out / ".gikai-site.json").unlink()
    script = out / "search.js"
    script.write_text(script.read_text(encoding="utf-8") + "\n// 庁内向けの変更\n", encoding="utf-8")
    index = out / "data" / "index.js"
    index.write_text(index.read_text(encoding="utf-8").replace("{", '{"old": 1, ', 1), encoding="utf-8")
    tracks = sorted(out.rglob("*.vtt"))
    for track in tracks:            # (as a session synced again changes its tracks)
        track.write_text(track.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    notes: list[str] = []
    write_site(archive, out, SiteOptions(), notes)
    assert "庁内向けの変更" in (out / "search.edited.js").read_text(encoding="utf-8")
    assert "庁内向けの変更" not in script.read_text(encoding="utf-8")
    assert len(notes) == 1 and "search.edited.js" in notes[0]
    assert not (out / "data" / "index.edited.js").exists() and '"old"' not in index.read_text(encoding="utf-8")
    assert tracks and not list(out.rglob("*.edited.vtt"))


def test_a_missing_archive_folder_is_named_as_missing(tmp_path):
    # trial 112: site on a folder that does not exist said it "holds no sync map"
    from sync.errors import SyncError
    from sync.site import read_sessions

    with pytest.raises(SyncError, match="no such folder; pass the output folder of batch"):
        read_sessions(tmp_path / "nowhere")
    (tmp_path / "a.txt").write_text("x")
    with pytest.raises(SyncError, match="is a file, not a folder"):
        read_sessions(tmp_path / "a.txt")


def test_text_nobody_was_heard_saying_in_a_recording_is_not_found_in_it():
    # trial 113: a morning and an afternoon recording share one sitting's minutes; the
    # speaker pages and the search sent 「42か所」 (said in the afternoon) into the morning's
    # recording, where its captions are squeezed at the end and not shown
    from sync.session import SessionInfo
    from sync.site import Session, turns_by_person
    from sync.syncmap import SyncMap

    said = {"start": 1.0, "end": 5.0, "text": "午前の質問です。", "speaker": "（山田花子）", "confidence": 1.0,
            "turn": 0, "chars": [0, 7]}
    later = [{"start": 9.90 + k * 0.04, "end": 9.94 + k * 0.04, "text": text, "speaker": "（鈴木太郎）" if k == 0 else None,
              "confidence": 0.0, "turn": 1, "chars": [13 * k, 13 + 5 * k]}
             for k, text in enumerate(["指定避難所は４２か所です。", "以上です。"])]
    smap = SyncMap.from_json(json.dumps({
        "media": "am.mp4", "duration": 10.0, "model": "base", "speakers": ["（山田花子）", "（鈴木太郎）"],
        "turns": [{"speaker": "（山田花子）", "role": "", "name": "山田花子"},
                  {"speaker": "（鈴木太郎）", "role": "市長", "name": "鈴木太郎"}],
        "cues": [said, *later], "stars": [], "quality": {}, "session": {}}))
    assert [c.text for c in smap.shown] == ["午前の質問です。"]
    people = turns_by_person([Session("am", "", "am", smap, SessionInfo())])
    assert list(people) == ["山田花子"]


def test_a_session_whose_recording_is_gone_is_told(archive, tmp_path):
    # trial 113: a recording renamed after it was synced left its old outputs; the site listed
    # the session twice, one page playing nothing, and said nothing
    import shutil

    copy = tmp_path / "archive"
    shutil.copytree(archive, copy)
    (copy / "2024" / "0305" / "sample.mp4").rename(copy / "2024" / "0305" / "0305.mp4")
    notes: list[str] = []
    write_site(copy, tmp_path / "site", SiteOptions(), notes)
    assert len(notes) == 1 and notes[0].startswith("2024/0305/sample.json: its recording is not at ")
    assert notes[0].endswith("(renamed or moved? sync it again, or delete its old outputs)")
