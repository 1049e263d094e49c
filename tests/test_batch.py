"""Batch runs: pairing, manifests, isolation of bad items, resuming, worker processes."""
from __future__ import annotations

import json
import os
import re
import shutil
from pathlib import Path

import pytest

from sync import asr
from sync.asr import Engine
from sync.batch import (REPORT_FILE, STATE_FILE, find_items, format_table, items_from_folder,
                        items_from_manifest, run_batch)
from sync.cli import main
from sync.errors import SyncError
from sync.cues import CueOptions
from sync.outputs import OutputOptions
from sync.pipeline import SyncOptions

from conftest import SAMPLE_MEDIA, SAMPLE_MINUTES, truth_words


# Module level, so that worker processes can unpickle them.
def fake_transcriber(audio, progress=None):
    """The sample's truth for any recording with sound."""
    return truth_words() if audio.samples.any() else []


def exploding_transcriber(audio, progress=None):
    if "boom" in Path(audio.source).name:
        raise RuntimeError("planted bug")
    return fake_transcriber(audio)


def dying_transcriber(audio, progress=None):
    if "boom" in Path(audio.source).name:
        os._exit(9)  # what an out-of-memory kill looks like to the pool
    return fake_transcriber(audio)


def pair(folder: Path, stem: str, minutes: str | bytes | None = None) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    shutil.copy(SAMPLE_MEDIA, folder / f"{stem}.mp4")
    if isinstance(minutes, bytes):
        (folder / f"{stem}.txt").write_bytes(minutes)
    elif minutes is not None:
        (folder / f"{stem}.txt").write_text(minutes, encoding="utf-8")
    else:
        shutil.copy(SAMPLE_MINUTES, folder / f"{stem}.txt")
    return folder / f"{stem}.mp4"


@pytest.fixture
def opts(tmp_path):
    return SyncOptions(cache_dir=tmp_path / "cache")


@pytest.fixture
def archive(tmp_path):
    """a, b: good; c: no minutes; d: empty minutes."""
    src = tmp_path / "archive"
    pair(src, "a")
    pair(src / "2024", "b")
    pair(src, "c")
    (src / "c.txt").unlink()
    pair(src, "d", b"")
    (src / "notes.txt").write_text("not minutes of anything", encoding="utf-8")
    return src


def statuses(results):
    return {Path(r.recording).stem: r.status for r in results}


def test_folder_pairs_each_recording_with_its_txt(archive, tmp_path):
    items = items_from_folder(archive, tmp_path / "out")
    by_stem = {i.recording.stem: i for i in items}
    assert sorted(by_stem) == ["a", "b", "c", "d"]  # notes.txt has no recording: ignored
    assert by_stem["b"].minutes == archive / "2024" / "b.txt"
    assert by_stem["b"].outdir == tmp_path / "out" / "2024"
    assert "no minutes file c.txt" in by_stem["c"].problem
    assert by_stem["a"].problem is None


def test_folder_pairs_a_recording_with_saved_page_pdf_or_csv_minutes(tmp_path):
    src = tmp_path / "src"
    for stem, suffix in (("a", ".html"), ("b", ".pdf"), ("c", ".csv"), ("e", ".json"), ("f", ".xml"),
                         ("g", ".docx"), ("h", ".odt"), ("i", ".eml"), ("j", ".mhtml")):
        pair(src, stem)
        (src / f"{stem}.txt").rename(src / f"{stem}{suffix}")
    pair(src, "d")
    (src / "d.html").write_text("<p>a page saved beside the text</p>", encoding="utf-8")
    by_stem = {i.recording.stem: i for i in items_from_folder(src, tmp_path / "out")}
    assert {k: i.minutes.name for k, i in by_stem.items()} == {
        "a": "a.html", "b": "b.pdf", "c": "c.csv", "d": "d.txt", "e": "e.json", "f": "f.xml",
        "g": "g.docx", "h": "h.odt", "i": "i.eml", "j": "j.mhtml"}   # the text wins
    assert all(i.problem is None for i in by_stem.values())
    # only <stem><suffix>: not a draft or a report of the same stem, and brackets in a
    # name are no pattern
    other = tmp_path / "other"
    pair(other, "0918")
    shutil.copy(other / "0918.txt", other / "0918.draft.txt")
    pair(other, "0919")
    (other / "0919.txt").rename(other / "0919.report.csv")
    pair(other, "0920[1]")
    shutil.copy(other / "0920[1].txt", other / "09201.txt")
    by_stem = {i.recording.stem: i for i in items_from_folder(other, tmp_path / "out")}
    assert by_stem["0918"].minutes.name == "0918.txt" and by_stem["0920[1]"].minutes.name == "0920[1].txt"
    assert "no minutes file 0919.txt" in by_stem["0919"].problem


def test_two_recordings_with_one_name_are_refused(tmp_path):
    pair(tmp_path / "src", "x")
    shutil.copy(SAMPLE_MEDIA, tmp_path / "src" / "x.wav")
    items = items_from_folder(tmp_path / "src", tmp_path / "out")
    assert len(items) == 2 and all("same name" in i.problem for i in items)


def test_manifest_paths_are_relative_to_it(tmp_path):
    m = tmp_path / "lists" / "jobs.csv"
    m.parent.mkdir()
    m.write_text("recording,minutes,output\n../media/a.mp4,../minutes/a.txt,day1\n"
                 "/abs/b.mp4,/abs/b.txt,\n", encoding="utf-8")
    a, b = items_from_manifest(m, tmp_path / "out")
    assert a.recording == tmp_path / "lists" / "../media/a.mp4"
    assert a.outdir == tmp_path / "out" / "day1" and b.outdir == tmp_path / "out"
    assert b.recording == Path("/abs/b.mp4")


def test_manifest_without_header_is_a_clear_error(tmp_path):
    m = tmp_path / "jobs.csv"
    m.write_text("a.mp4,a.txt\n", encoding="utf-8")
    with pytest.raises(SyncError, match="header row"):
        items_from_manifest(m, tmp_path / "out")


def test_a_manifest_as_excel_saves_it_in_other_forms(tmp_path):
    # trial 113: Excel's 「Unicode テキスト」 (UTF-16, tabs), a title typed above the header
    # and Japanese headers were each refused as having no header row
    m = tmp_path / "一覧.txt"
    m.write_bytes("令和6年度 録画一覧\t\t\r\n録画\t会議録\t出力先\r\n"
                  "録画\\0618.mp4\t会議録\\0618.txt\t2024\r\n".encode("utf-16"))
    (item,) = items_from_manifest(m, tmp_path / "out")
    assert item.recording == tmp_path / "録画/0618.mp4" and item.minutes == tmp_path / "会議録/0618.txt"
    assert item.outdir == tmp_path / "out" / "2024" and item.problem is None
    m.write_text("一覧\n\n Recording ,ＭＩＮＵＴＥＳ,出力\nb.mp4,,\n", encoding="utf-8")
    (item,) = items_from_manifest(m, tmp_path / "out")
    assert item.problem == "manifest row 4 has no recording or no minutes"   # the file's own line


def test_manifest_error_names_what_its_first_row_holds(tmp_path):
    m = tmp_path / "jobs.csv"
    m.write_text("ファイル,テキスト名\na.mp4,a.txt\n", encoding="utf-8")
    with pytest.raises(SyncError, match="録画,会議録.*the first has ファイル,テキスト名"):
        items_from_manifest(m, tmp_path / "out")


@pytest.mark.parametrize("make, words", [
    (lambda p: p.mkdir(), "no recordings"),
    (lambda p: p.write_text("x"), "neither a folder nor"),
    (lambda p: None, "not found"),
])
def test_unusable_source(tmp_path, make, words):
    src = tmp_path / "src"
    make(src)
    with pytest.raises(SyncError, match=words) as exc:
        find_items(src, tmp_path / "out")
    assert str(src) in str(exc.value)


def test_bad_items_never_stop_the_rest(archive, tmp_path, opts):
    out = tmp_path / "out"
    results = run_batch(find_items(archive, out), out, opts, workers=0,
                        engine=Engine(fake_transcriber))
    assert statuses(results) == {"a": "ok", "b": "ok", "c": "error", "d": "error"}
    a = next(r for r in results if r.recording.endswith("a.mp4"))
    assert a.cues > 5 and a.stars == 2 and 0.5 < a.confidence <= 1 and a.duration == pytest.approx(71.4, abs=0.2)
    assert (out / "a.srt").exists() and (out / "2024" / "b.vtt").exists()
    d = next(r for r in results if r.recording.endswith("d.mp4"))
    assert "empty" in d.message and str(archive / "d.txt") in d.message
    report = json.loads((out / REPORT_FILE).read_text(encoding="utf-8"))
    assert report["summary"] == {"ok": 2, "skipped": 0, "error": 2, "crash": 0, "items": 4,
                                 "media_seconds": pytest.approx(142.8, abs=0.5),
                                 "seconds": report["summary"]["seconds"]}
    assert [i["status"] for i in report["items"]] == [r.status for r in results]


def test_a_bug_in_one_item_is_a_crash_not_the_end(tmp_path, opts):
    src = tmp_path / "src"
    pair(src, "a")
    pair(src, "boom")
    results = run_batch(find_items(src, tmp_path / "out"), tmp_path / "out",
                        SyncOptions(use_cache=False), workers=0, engine=Engine(exploding_transcriber))
    assert statuses(results) == {"a": "ok", "boom": "crash"}
    assert results[1].message == "RuntimeError: planted bug"


def test_rerun_skips_done_items_and_redoes_changed_ones(archive, tmp_path, opts):
    out = tmp_path / "out"
    calls = []

    def counting(audio, progress=None):
        calls.append(Path(audio.source).stem)
        return fake_transcriber(audio)

    run_batch(find_items(archive, out), out, opts, workers=0, engine=Engine(counting))
    first_state = (out / STATE_FILE).read_text(encoding="utf-8").splitlines()
    assert len(first_state) == 4  # one line per finished item, failures included
    calls.clear()
    again = run_batch(find_items(archive, out), out, opts, workers=0, engine=Engine(counting))
    assert statuses(again) == {"a": "skipped", "b": "skipped", "c": "error", "d": "error"}
    assert again[0].cues > 0 and again[0].seconds == 0.0 and calls == []
    # a file touched but not changed is read again, and still skipped
    os.utime(archive / "a.mp4", ns=(1, 1))
    touched = run_batch(find_items(archive, out), out, opts, workers=0, engine=Engine(counting))
    assert statuses(touched)["a"] == "skipped" and calls == []
    # changed minutes, or a deleted output: done again
    (archive / "a.txt").write_text(SAMPLE_MINUTES.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    (out / "2024" / "b.json").unlink()
    third = run_batch(find_items(archive, out), out, opts, workers=0, engine=Engine(counting))
    assert statuses(third)["a"] == "ok" and statuses(third)["b"] == "ok"
    assert (out / "2024" / "b.json").exists()


def test_killed_run_continues_where_it_stopped(tmp_path, opts):
    src, out = tmp_path / "src", tmp_path / "out"
    for stem in "abc":
        pair(src, stem)

    def kill_after_first(result, done, total):
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        run_batch(find_items(src, out), out, opts, workers=0, progress=kill_after_first,
                  engine=Engine(fake_transcriber))
    with open(out / STATE_FILE, "a", encoding="utf-8") as f:
        f.write('{"result": {"recording": "half a li')  # the kill cut a line short
    results = run_batch(find_items(src, out), out, opts, workers=0, engine=Engine(fake_transcriber))
    assert [r.status for r in results] == ["skipped", "ok", "ok"]


def test_changed_options_redo_the_item(tmp_path, opts):
    src, out = tmp_path / "src", tmp_path / "out"
    pair(src, "a")
    run_batch(find_items(src, out), out, opts, workers=0, engine=Engine(fake_transcriber))
    other = SyncOptions(cache_dir=opts.cache_dir, output=OutputOptions(cues=CueOptions(line_chars=12)))
    assert run_batch(find_items(src, out), out, other, workers=0,
                     engine=Engine(fake_transcriber))[0].status == "ok"
    # threads and the cache folder do not change outputs
    moved = SyncOptions(cache_dir=tmp_path / "elsewhere", output=other.output)
    assert run_batch(find_items(src, out), out, moved, workers=0,
                     engine=Engine(fake_transcriber))[0].status == "skipped"


def test_two_worker_processes(tmp_path, opts):
    src, out = tmp_path / "src", tmp_path / "out"
    for stem in "abc":
        pair(src, stem)
    seen = []
    results = run_batch(find_items(src, out), out, opts, workers=2,
                        engine=Engine(fake_transcriber), progress=lambda r, d, t: seen.append((d, t)))
    assert [r.status for r in results] == ["ok", "ok", "ok"]
    assert seen == [(1, 3), (2, 3), (3, 3)]
    assert all((out / f"{s}.json").exists() for s in "abc")


def test_a_dying_worker_takes_only_its_item(tmp_path, opts):
    src, out = tmp_path / "src", tmp_path / "out"
    for stem in ("a", "boom", "c"):
        pair(src, stem)
    results = run_batch(find_items(src, out), out, SyncOptions(use_cache=False), workers=2,
                        engine=Engine(dying_transcriber))
    assert statuses(results) == {"a": "ok", "boom": "crash", "c": "ok"}
    assert "process died" in results[1].message


def test_table_has_a_row_per_item(archive, tmp_path, opts):
    out = tmp_path / "out"
    results = run_batch(find_items(archive, out), out, opts, workers=0, engine=Engine(fake_transcriber))
    table = format_table(results)
    lines = table.splitlines()
    assert lines[0].split() == ["status", "recording", "duration", "cues", "★", "filled",
                                "confidence", "time"]
    row = next(ln for ln in lines if "a.mp4" in ln)
    assert row.startswith("ok") and "0:01:11" in row and re.search(r" [0-2]/2 ", row)
    assert "4 items: 2 ok, 0 done before, 2 errors, 0 crashes" in table
    assert any(ln.startswith("error: ") and "c.mp4" in ln for ln in lines)
    # (every kind of minutes batch pairs is named: trial 98 missed .json and .xml)
    assert any("no minutes file c.txt beside it (or .html, .pdf, .docx, .odt, .csv, .json, .xml, .eml, .mhtml)" in ln for ln in lines)


@pytest.fixture
def no_real_model(monkeypatch):
    def no_model(o):
        raise AssertionError("the real model must not load in these tests")

    monkeypatch.setattr(asr, "load_model", no_model)


def test_cli_exit_status(archive, tmp_path, no_real_model, capsys):
    out = tmp_path / "out"
    argv = ["batch", str(archive), "-o", str(out), "-j", "0", "--cache-dir", str(tmp_path / "cache")]
    code = main(argv, engine=Engine(fake_transcriber))
    assert code == 4  # c and d failed
    captured = capsys.readouterr()
    assert "status" in captured.out and "[4/4]" in captured.err
    (archive / "c.mp4").unlink()
    (archive / "d.mp4").unlink()
    code = main([*argv, "-q"], engine=Engine(fake_transcriber))
    err = capsys.readouterr().err.splitlines()    # -q: only what the user must know
    assert code == 0 and (out / "a.srt").exists()
    assert sorted(Path(line.split(": ")[1]).name for line in err) == ["d.txt", "notes.txt"]
    assert all("minutes with no recording" in line for line in err)


def test_the_table_lines_up_japanese_file_names():
    from sync.batch import ItemResult, format_table
    rows = [ItemResult(recording=name, minutes="", status="ok", message="", duration=71.4, cues=15, stars=2,
                       stars_filled=2, confidence=0.9, seconds=3.0) for name in ("本会議 第1日.mp4", "c_fast.mp4")]
    lines = format_table(rows).splitlines()[2:4]
    # the duration column ends in the same terminal column on both rows (wide characters: 2)
    ends = [sum(2 if ord(ch) > 0x2e80 else 1 for ch in line[:line.index("1:11") + 4]) for line in lines]
    assert ends[0] == ends[1], lines


def test_workers_stop_with_the_batch_however_it_is_stopped(tmp_path):
    # the batch installs handlers for SIGTERM/SIGHUP (stopped as by Ctrl-C) and its workers
    # are forked from it: killed with -9, or its handlers inherited, they must not run on
    import signal
    import subprocess
    import sys
    import time
    from pathlib import Path

    script = tmp_path / "pool.py"
    script.write_text(
        "import signal, sys, time\n"
        f"sys.path.insert(0, {str(Path(__file__).resolve().parents[1])!r})\n"
        "from concurrent.futures import ProcessPoolExecutor\n"
        "from sync.batch import _die_with_parent\n"
        "def stop(s, f):\n    raise KeyboardInterrupt\n"
        "def work(x):\n    time.sleep(60)\n"
        "if __name__ == '__main__':\n"
        "    signal.signal(signal.SIGTERM, stop)\n"
        "    with ProcessPoolExecutor(2, initializer=_die_with_parent) as p:\n"
        "        fs = [p.submit(work, i) for i in range(2)]\n"
        "        print('started', flush=True)\n"
        "        time.sleep(60)\n")
    proc = subprocess.Popen([sys.executable, str(script)], stdout=subprocess.PIPE, text=True)
    assert proc.stdout.readline().strip() == "started"
    time.sleep(0.5)
    children = subprocess.run(["ps", "-o", "pid=", "--ppid", str(proc.pid)], capture_output=True, text=True).stdout.split()
    assert len(children) == 2
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    deadline = time.time() + 5
    while time.time() < deadline and any(Path(f"/proc/{c}").exists() and "Z" not in Path(f"/proc/{c}/stat").read_text().split()[2]
                                         for c in children):
        time.sleep(0.1)
    assert not any(Path(f"/proc/{c}").exists() and "Z" not in Path(f"/proc/{c}/stat").read_text().split()[2]
                   for c in children)


def test_minutes_with_no_recording_are_named_and_a_shift_jis_manifest_is_read(tmp_path, capsys):
    folder = tmp_path / "archive" / "2024"
    folder.mkdir(parents=True)
    shutil.copy(SAMPLE_MEDIA, folder / "0305.mp4")
    shutil.copy(SAMPLE_MINUTES, folder / "0305.txt")
    shutil.copy(SAMPLE_MINUTES, folder / "議事録のみ.txt")     # its recording named otherwise
    out = tmp_path / "out"
    assert main(["batch", str(tmp_path / "archive"), "-o", str(out), "-j", "0", "-q", "--no-cache"],
                engine=Engine(fake_transcriber)) == 0
    err = capsys.readouterr().err
    assert "議事録のみ.txt: minutes with no recording" in err and "0305.txt" not in err
    # a manifest saved from Japanese Excel (Shift_JIS), its paths in Japanese
    shutil.copy(SAMPLE_MEDIA, folder / "本会議.mp4")
    manifest = tmp_path / "一覧.csv"
    manifest.write_bytes("recording,minutes\r\narchive/2024/本会議.mp4,archive/2024/議事録のみ.txt\r\n".encode("cp932"))
    assert main(["batch", str(manifest), "-o", str(tmp_path / "out2"), "-j", "0", "-q", "--no-cache"],
                engine=Engine(fake_transcriber)) == 0
    assert (tmp_path / "out2" / "本会議.srt").exists()


def test_an_item_synced_with_warnings_says_so_in_the_report_and_the_table(tmp_path, opts):
    # trial 98: a session with text nobody said showed as ok with an empty message, and its
    # caption count held the captions the subtitles leave out
    src, out = tmp_path / "src", tmp_path / "out"
    extra = ("議会としましては、これまでの委員会審査や参考人の意見聴取の結果を踏まえまして、"
             "関係機関と連携して避難所運営の在り方を総合的に検討していく所存でございますので、"
             "市民の皆様の御理解と御協力を心からお願い申し上げる次第でございます。")
    text = SAMPLE_MINUTES.read_text(encoding="utf-8").replace(
        "また、乳幼児や高齢者に配慮した", extra + "\nまた、乳幼児や高齢者に配慮した")
    pair(src, "extra", text)
    pair(src, "plain")
    results = {Path(r.recording).stem: r for r in
               run_batch(find_items(src, out), out, opts, workers=0, engine=Engine(fake_transcriber))}
    assert results["extra"].status == "ok" and "were not heard in the recording" in results["extra"].message
    assert results["plain"].message == ""
    srt = (out / "extra.srt").read_text(encoding="utf-8")
    assert results["extra"].cues == srt.count(" --> ") - srt.count("（拍手）")
    table = format_table(list(results.values()))
    assert any(ln.startswith("warning: ") and "extra.mp4" in ln for ln in table.splitlines())
    report = json.loads((out / REPORT_FILE).read_text(encoding="utf-8"))
    assert any("were not heard" in item["message"] for item in report["items"])


def test_a_manifest_as_a_spreadsheet_saves_it(tmp_path):
    # trial 113: Excel's blank rows (,,,) each became a failed item named "manifest" and every
    # run exited 4; Windows paths (録画\2024\0618.mp4) were "not found"; an output of ../x
    # wrote outside the output folder
    m = tmp_path / "jobs.csv"
    m.write_text("recording ,minutes,output\n録画\\2024\\0618.mp4,会議録\\0618.txt,2024\\0618\n,,\n"
                 "a.mp4,,\nb.mp4,b.txt,../elsewhere\n", encoding="utf-8")
    items = items_from_manifest(m, tmp_path / "out")
    assert len(items) == 3
    assert items[0].recording == tmp_path / "録画/2024/0618.mp4" and items[0].minutes == tmp_path / "会議録/0618.txt"
    assert items[0].outdir == tmp_path / "out" / "2024" / "0618"
    assert items[1].problem == "manifest row 4 has no recording or no minutes"
    assert items[2].problem.startswith("manifest row 5: its output ../elsewhere is not a folder inside")


def test_old_word_minutes_beside_a_recording_are_named(tmp_path):
    # trial 113: a .doc beside the recording was told as "no minutes file 0625.txt beside it"
    (tmp_path / "0625.mp4").write_bytes(b"x")
    (tmp_path / "0625.doc").write_bytes(b"\xd0\xcf\x11\xe0")
    (item,) = items_from_folder(tmp_path, tmp_path / "out")
    assert item.problem == "its minutes 0625.doc are in a format not read here; save them as 0625.docx or 0625.txt"


def test_a_recording_listed_twice_is_told_apart_in_the_table():
    # trial 113: a manifest listing one recording twice (two output folders) showed "." twice
    from sync.batch import ItemResult

    rows = format_table([ItemResult("/a/0618.mp4", "/a/0618.txt", "ok"), ItemResult("/a/0618.mp4", "/a/0618.txt", "ok"),
                         ItemResult("/a/0619.mp4", "/a/0619.txt", "ok")]).splitlines()[2:5]
    assert [r.split()[1] for r in rows] == ["0618.mp4", "0618.mp4", "0619.mp4"]
    assert "0618.mp4 (2)" in rows[1]


@pytest.mark.parametrize("quiet", [False, True])
def test_a_stopped_batch_ends_with_its_one_line(tmp_path, quiet):
    # trial 112: a batch stopped by Ctrl-C printed multiprocessing's "resource_tracker:
    # There appear to be 2 leaked semaphore objects" warning and its source line after the
    # message (its workers' progress-bar locks, stopped mid-item). Without the batch's
    # setting the warning shows, so the test sees what it checks.
    import subprocess
    import sys

    script = tmp_path / "stop.py"
    script.write_text(
        "import multiprocessing, sys, time\n"
        f"sys.path.insert(0, {str(Path(__file__).resolve().parents[1])!r})\n"
        "from concurrent.futures import ProcessPoolExecutor\n"
        "from sync.batch import _quiet_resource_tracker\n"
        "LOCKS = []\n"
        "def work(x):\n"
        "    LOCKS.append(multiprocessing.get_context('spawn').RLock())\n"
        "    time.sleep(60)\n"
        "if __name__ == '__main__':\n"
        f"    if {quiet}:\n        QUIET = _quiet_resource_tracker()\n        QUIET.__enter__()\n"
        "    pool = ProcessPoolExecutor(2, mp_context=multiprocessing.get_context('spawn'))\n"
        "    fs = [pool.submit(work, i) for i in range(2)]\n"
        "    time.sleep(4)\n"
        "    for p in list(pool._processes.values()):\n        p.terminate()\n"
        "    pool.shutdown(wait=False, cancel_futures=True)\n"
        "    print('stopped', file=sys.stderr)\n")
    env = {k: v for k, v in os.environ.items() if k != "PYTHONWARNINGS"}
    err = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, timeout=60, env=env).stderr
    assert "stopped" in err
    assert ("leaked semaphore" in err) is not quiet, err


def test_a_manifest_with_two_headings_for_one_column_and_commas_in_a_tab_file(tmp_path):
    # review: with 録画,会議録,速報版 the last of the two minutes columns won (a row's empty
    # 速報版 made it "no minutes"); a tab-separated file whose cells list bills with commas
    # was read as comma-separated and refused
    m = tmp_path / "jobs.csv"
    m.write_text("録画,会議録,速報版\na.mp4,a.txt,\nb.mp4,b.txt,b_speed.txt\n", encoding="utf-8")
    a, b = items_from_manifest(m, tmp_path / "out")
    assert (a.minutes.name, b.minutes.name, a.problem) == ("a.txt", "b.txt", None)
    m.write_text("録画\t会議録\t件名\na.mp4\ta.txt\t議案第1号,議案第2号,議案第3号,議案第4号,議案第5号\n", encoding="utf-8")
    (a,) = items_from_manifest(m, tmp_path / "out")
    assert (a.recording.name, a.minutes.name) == ("a.mp4", "a.txt")
