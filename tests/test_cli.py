"""The command line, in-process (main(argv) -> int)."""
import json

import pytest

from sync.asr import Engine

from sync.cli import main

from conftest import SAMPLE_MEDIA, SAMPLE_MINUTES


def run(capsys, *argv, engine=None):
    code = main(list(argv), engine=engine)
    out, err = capsys.readouterr()
    return code, out, err


def test_help_lists_commands(capsys):
    with pytest.raises(SystemExit) as exc:
        main(["--help"])
    assert exc.value.code == 0
    assert "align" in capsys.readouterr().out


def test_align_help_documents_options(capsys):
    with pytest.raises(SystemExit):
        main(["align", "--help"])
    out = capsys.readouterr().out
    for opt in ("-o", "--model", "--device", "--compute-type", "--line-chars", "--reading-cps"):
        assert opt in out


@pytest.mark.parametrize("media, minutes, words", [
    ("missing.mp4", str(SAMPLE_MINUTES), "not found"),
    (str(SAMPLE_MEDIA), "missing.txt", "not found"),
    (str(SAMPLE_MINUTES), str(SAMPLE_MINUTES), "cannot read"),
    (str(SAMPLE_MEDIA), str(SAMPLE_MEDIA), "is a recording (video or audio), not text"),
])
def test_bad_input_is_one_line_and_exit_2(capsys, tmp_path, media, minutes, words):
    code, out, err = run(capsys, "align", media, minutes, "-o", str(tmp_path / "out"), "-q",
                         "--cache-dir", str(tmp_path / "cache"))
    assert code == 2
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: ") and words in lines[0]
    assert "Traceback" not in err
    assert not (tmp_path / "out").exists()


def test_missing_model_folder_is_a_clear_error(capsys, tmp_path):
    (tmp_path / "empty-model").mkdir()
    code, _, err = run(capsys, "align", str(SAMPLE_MEDIA), str(SAMPLE_MINUTES), "-o", str(tmp_path / "o"),
                       "-q", "--model", str(tmp_path / "empty-model"), "--cache-dir", str(tmp_path / "c"))
    assert code == 2 and "model.bin" in err


def _boom(audio, progress=None):
    raise RuntimeError("planted bug")


@pytest.mark.parametrize("where", ["before", "after"])
def test_debug_shows_the_traceback_before_or_after_the_command(tmp_path, where):
    argv = ["align", str(SAMPLE_MEDIA), str(SAMPLE_MINUTES), "-o", str(tmp_path / "o"), "-q", "--no-cache"]
    argv = ["--debug", *argv] if where == "before" else [*argv, "--debug"]
    with pytest.raises(RuntimeError, match="planted bug"):
        main(argv, engine=Engine(_boom))


def test_internal_error_without_debug_is_one_line_and_exit_1(capsys, tmp_path):
    code, _, err = run(capsys, "align", str(SAMPLE_MEDIA), str(SAMPLE_MINUTES), "-o", str(tmp_path / "o"),
                       "-q", "--no-cache", engine=Engine(_boom))
    assert code == 1 and len(err.strip().splitlines()) == 1 and "--debug" in err


def test_cuda_without_a_gpu_says_to_use_the_cpu(capsys, tmp_path):
    import ctranslate2

    if ctranslate2.get_cuda_device_count():
        pytest.skip("this machine has a GPU")
    code, _, err = run(capsys, "align", str(SAMPLE_MEDIA), str(SAMPLE_MINUTES), "-o", str(tmp_path / "o"),
                       "-q", "--device", "cuda", "--cache-dir", str(tmp_path / "c"))
    assert code == 2 and "--device cpu" in err and len(err.strip().splitlines()) == 1


@pytest.mark.parametrize("folder", ["./no-such-model", "/no/such/model/folder"])
def test_model_folder_that_does_not_exist_is_named(capsys, tmp_path, folder):
    code, _, err = run(capsys, "align", str(SAMPLE_MEDIA), str(SAMPLE_MINUTES), "-o", str(tmp_path / "o"),
                       "-q", "--model", folder, "--cache-dir", str(tmp_path / "c"))
    assert code == 2 and err.strip() == f"error: {folder}: no such model folder; pass --model " \
                                        "with a CTranslate2 Whisper model folder or a model name"


def test_speaker_pattern_reads_an_unforeseen_layout(capsys, tmp_path):
    from conftest import fake_engine_for

    text = SAMPLE_MINUTES.read_text(encoding="utf-8")
    for label, new in (("○議長(鈴木太郎君)", "＜議長＞鈴木太郎"), ("○山田 花子君", "＜議員＞山田 花子"),
                       ("○総務部長(佐藤恵子君)", "＜総務部長＞佐藤恵子")):
        text = text.replace(label, new)
    odd = tmp_path / "sample.txt"
    odd.write_text(text, encoding="utf-8")
    argv = ["align", str(SAMPLE_MEDIA), str(odd), "-o", str(tmp_path / "o"), "-q", "--no-cache",
            "--speaker-pattern", r"^＜(?P<role>[^＞]+)＞(?P<name>.+)$"]
    code, _, err = run(capsys, *argv, engine=fake_engine_for())
    assert code == 0, err
    data = json.loads((tmp_path / "o" / "sample.json").read_text(encoding="utf-8"))
    assert [t["name"] for t in data["turns"]][:3] == ["鈴木太郎", "山田 花子", "鈴木太郎"]


def test_bad_speaker_pattern_is_one_line(capsys, tmp_path):
    code, _, err = run(capsys, "align", str(SAMPLE_MEDIA), str(SAMPLE_MINUTES), "-o", str(tmp_path / "o"),
                       "-q", "--speaker-pattern", "(?P<role>[")
    assert code == 2 and len(err.strip().splitlines()) == 1 and "speaker" in err.lower()


@pytest.mark.parametrize("option, value", [
    ("--line-chars", "0"), ("--line-chars", "-3"), ("--lines", "0"), ("--reading-cps", "0"),
    ("--beam-size", "0"), ("--batch-size", "0"), ("--max-duration", "0"), ("--min-duration", "-1"),
    ("--star-threshold", "2"), ("--star-threshold", "nan"), ("--threads", "-1"),
])
def test_an_option_value_no_caption_or_decoder_can_use_is_a_usage_error(capsys, tmp_path, option, value):
    # refused before any work, as argparse refuses a value of the wrong type (exit 2), not
    # met later as a division by zero or one-character captions
    with pytest.raises(SystemExit) as exc:
        main(["align", str(SAMPLE_MEDIA), str(SAMPLE_MINUTES), "-o", str(tmp_path / "o"), option, value])
    assert exc.value.code == 2
    err = capsys.readouterr().err
    assert f"argument {option}" in err and "Traceback" not in err
    assert len(err.strip().splitlines()) == 1 and "--help" in err      # the error, not the usage block
    assert not (tmp_path / "o").exists()


@pytest.mark.parametrize("extra, words", [
    (["--min-duration", "5", "--max-duration", "2"], "--min-duration 5 is longer than --max-duration 2"),
    (["--star-subtitle", "{"], "e.g. ［？{}］"),
    (["--star-mark", "★〔{}〕{注}"], "only one {} (where the candidate goes)"),
    (["--star-mark", "{}{"], "only one {}"),
    (["--star-subtitle", "［{}／{}］"], "only one {}"),
    (["--cache-dir", "FILE"], "a file, not a folder"),
])
def test_options_that_contradict_each_other_are_one_line(capsys, tmp_path, extra, words):
    (tmp_path / "FILE").write_text("x")
    extra = [str(tmp_path / "FILE") if x == "FILE" else x for x in extra]
    code, _, err = run(capsys, "align", str(SAMPLE_MEDIA), str(SAMPLE_MINUTES), "-o", str(tmp_path / "o"),
                       "-q", *extra)
    assert code == 2
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: ") and words in lines[0]
    assert not (tmp_path / "o").exists()


def test_a_compute_type_the_device_does_not_run_names_the_option(capsys, tmp_path):
    code, _, err = run(capsys, "align", str(SAMPLE_MEDIA), str(SAMPLE_MINUTES), "-o", str(tmp_path / "o"),
                       "-q", "--compute-type", "bogus", "--no-cache", "--cache-dir", str(tmp_path / "c"))
    assert code == 2 and len(err.strip().splitlines()) == 1
    assert err.startswith("error: --compute-type bogus:") and "--model" not in err


def test_an_infinite_duration_is_refused(capsys, tmp_path):
    with pytest.raises(SystemExit) as exc:
        main(["align", str(SAMPLE_MEDIA), str(SAMPLE_MINUTES), "-o", str(tmp_path / "o"),
              "--min-duration", "inf", "--max-duration", "inf"])
    assert exc.value.code == 2 and "argument --min-duration" in capsys.readouterr().err


def test_a_compute_type_refusal_on_cuda_is_not_blamed_on_the_libraries():
    from sync.asr import AsrOptions, _load_failure

    exc = ValueError("Requested bfloat16 compute type, but the target device or backend do not "
                     "support efficient bfloat16 computation.")
    said = _load_failure(AsrOptions(device="cuda", compute_type="bfloat16"), "base", exc)
    assert said.startswith("--compute-type bfloat16:") and "CUDA 12" not in said


def test_a_model_that_is_not_installed_or_is_a_file_is_named_as_such(tmp_path):
    # trial 38: the message was faster-whisper's exception, cut off mid-word
    from sync.asr import AsrOptions, load_model
    from sync.errors import ModelError

    with pytest.raises(ModelError, match=r"--model large-v3: not installed on this machine, and models "
                                         r"are never downloaded"):
        load_model(AsrOptions(model="large-v3"))
    path = tmp_path / "model.txt"
    path.write_text("x")
    with pytest.raises(ModelError, match="a file, not a model folder"):
        load_model(AsrOptions(model=str(path)))


def test_a_star_mark_the_minutes_encoding_cannot_hold_is_warned_of(tmp_path, capsys):
    # trial 38: CP932 minutes and ✓ in the mark: the filled minutes showed 〓 without a word
    minutes = tmp_path / "sj.txt"
    minutes.write_bytes(SAMPLE_MINUTES.read_text(encoding="utf-8").encode("cp932"))
    assert main(["align", str(SAMPLE_MEDIA), str(minutes), "-o", str(tmp_path / "o"), "-q",
                 "--star-mark", "★〔候補✓：{}〕"]) == 0
    assert "✓ cannot be written in the minutes' encoding (CP932)" in capsys.readouterr().err
    assert "〓" in (tmp_path / "o" / "sample.filled.txt").read_bytes().decode("cp932")


def test_an_editors_changes_to_the_last_outputs_are_kept_and_stale_player_files_named(capsys, tmp_path):
    # a re-run replaces the outputs, but what an editor changed since the last run is kept
    # beside them; a run with --no-player names the player files left from before
    import os
    from conftest import fake_engine_for

    out = tmp_path / "o"
    argv = ["align", str(SAMPLE_MEDIA), str(SAMPLE_MINUTES), "-o", str(out), "-q", "--no-cache"]
    code, _, err = run(capsys, *argv, engine=fake_engine_for())
    assert code == 0, err
    filled = out / "sample.filled.txt"
    edited = filled.read_text(encoding="utf-8") + "確認済み\n"
    filled.write_text(edited, encoding="utf-8")
    later = (out / "sample.json").stat().st_mtime + 60
    os.utime(filled, (later, later))
    code, _, err = run(capsys, *argv, "--no-player", engine=fake_engine_for())
    assert code == 0, err
    assert (out / "sample.filled.edited.txt").read_text(encoding="utf-8") == edited
    assert "確認済み" not in filled.read_text(encoding="utf-8")
    assert "sample.filled.txt was changed after the last run: the changed file is kept as sample.filled.edited.txt" in err
    assert "sample.html, sample.x1.0.vtt, sample.x1.2.vtt, sample.x1.5.vtt, sample.x2.0.vtt are left from an earlier run" in err
    # an output nobody touched is replaced without a word
    code, _, err = run(capsys, *argv, engine=fake_engine_for())
    assert code == 0 and "changed after the last run" not in err and "left from" not in err
    assert sorted(p.name for p in out.glob("*.edited*")) == ["sample.filled.edited.txt"]


def test_an_edit_is_kept_when_the_folder_was_copied_and_every_file_has_one_time(capsys, tmp_path):
    # trial 101: the output folder copied with cp -r (every file the time of the copy): the
    # editor's confirmed ★ was overwritten without a copy, the edit told by file times only
    import os
    import shutil
    from conftest import fake_engine_for

    first = tmp_path / "o"
    argv = ["align", str(SAMPLE_MEDIA), str(SAMPLE_MINUTES), "-q", "--no-cache"]
    code, _, err = run(capsys, *argv, "-o", str(first), engine=fake_engine_for())
    assert code == 0, err
    out = tmp_path / "copy"
    shutil.copytree(first, out)
    filled = out / "sample.filled.txt"
    edited = filled.read_text(encoding="utf-8").replace("★〔候補：", "★〔確認：", 1)
    filled.write_text(edited, encoding="utf-8")
    for p in out.iterdir():
        os.utime(p, (1.7e9, 1.7e9))        # as cp -r leaves them: one time for all
    code, _, err = run(capsys, *argv, "-o", str(out), engine=fake_engine_for())
    assert code == 0, err
    assert (out / "sample.filled.edited.txt").read_text(encoding="utf-8") == edited
    assert sorted(p.name for p in out.glob("*.edited*")) == ["sample.filled.edited.txt"]


def test_files_no_run_wrote_are_kept(capsys, tmp_path):
    # trial 112: a hand-made sample.srt in the output folder (no sync map there) was
    # replaced without a word
    import os
    from conftest import fake_engine_for

    out = tmp_path / "o"
    out.mkdir()
    (out / "sample.srt").write_text("1\n00:00:01,000 --> 00:00:02,000\n手作りの字幕\n", encoding="utf-8")
    argv = ["align", str(SAMPLE_MEDIA), str(SAMPLE_MINUTES), "-o", str(out), "-q", "--no-cache"]
    code, _, err = run(capsys, *argv, engine=fake_engine_for())
    assert code == 0, err
    assert "sample.srt was in the output folder and no earlier run wrote it as it is: it is kept as sample.edited.srt" in err
    assert "手作りの字幕" in (out / "sample.edited.srt").read_text(encoding="utf-8")
    # a run that finds everything as it wrote it keeps nothing more
    code, _, err = run(capsys, *argv, engine=fake_engine_for())
    assert code == 0 and "kept as" not in err, err
    # the kept sync map is no session of the archive's
    from sync.site import read_sessions
    assert [s.stem for s in read_sessions(out)] == ["sample"]


def test_a_recording_browsers_cannot_play_is_told(capsys, tmp_path):
    # trial 102: a broadcast capture (.ts) synced well, but the player page could not play
    # it and nothing said so at sync time
    import subprocess
    from conftest import fake_engine_for
    from sync.media import ffmpeg_exe

    ts = tmp_path / "capture.ts"
    subprocess.run([ffmpeg_exe(), "-v", "error", "-i", str(SAMPLE_MEDIA), "-c", "copy", "-f", "mpegts", str(ts)], check=True)
    code, _, err = run(capsys, "align", str(ts), str(SAMPLE_MINUTES), "-o", str(tmp_path / "o"), "-q", "--no-cache",
                       engine=fake_engine_for())
    assert code == 0 and "browsers cannot play .ts files" in err and "ffmpeg -i capture.ts -c copy COPY.mp4" in err
    code, _, err = run(capsys, "align", str(ts), str(SAMPLE_MINUTES), "-o", str(tmp_path / "p"), "-q", "--no-cache",
                       "--no-player", engine=fake_engine_for())
    assert code == 0 and "browsers cannot play" not in err


def test_a_first_track_in_another_language_gives_way_to_the_japanese_one(capsys, tmp_path):
    # trial 102: tracks tagged eng (first) and jpn: the English was transcribed in full and
    # the run refused (exit 3) until --audio-track 2 was given
    import subprocess
    from conftest import fake_engine_for
    from sync.media import ffmpeg_exe

    two = tmp_path / "two.mp4"
    subprocess.run([ffmpeg_exe(), "-v", "error", "-i", str(SAMPLE_MEDIA), "-i", str(SAMPLE_MEDIA),
                    "-map", "0:v", "-map", "0:a", "-map", "1:a", "-c", "copy",
                    "-metadata:s:a:0", "language=eng", "-metadata:s:a:1", "language=jpn", str(two)], check=True)
    code, _, err = run(capsys, "align", str(two), str(SAMPLE_MINUTES), "-o", str(tmp_path / "o"), "-q", "--no-cache",
                       engine=fake_engine_for())
    assert code == 0, err
    smap = json.loads((tmp_path / "o" / "two.json").read_text(encoding="utf-8"))
    assert smap["quality"]["audio_track"] == 2 and smap["quality"]["audio_track_other_language"] == "eng"
    assert "first audio track is marked as another language (eng): its audio track 2, marked Japanese, was synced" in err


@pytest.mark.parametrize("signum", ["SIGTERM", "SIGHUP"])
def test_a_kill_stops_align_as_ctrl_c_does(capsys, tmp_path, signum):
    # trial 112: kill or timeout (SIGTERM) ended align with no word, where Ctrl-C says what
    # became of the outputs and exits 130
    import os
    import signal

    def killed(audio, progress=None):
        os.kill(os.getpid(), getattr(signal, signum))
        return []

    # (as a terminal starts it: a run under nohup, whose SIGHUP is ignored, goes on — below)
    before = signal.signal(getattr(signal, signum), signal.SIG_DFL)
    try:
        code = main(["align", str(SAMPLE_MEDIA), str(SAMPLE_MINUTES), "-o", str(tmp_path / "out"), "-q",
                     "--no-cache"], engine=Engine(killed))
        assert signal.getsignal(getattr(signal, signum)) == signal.SIG_DFL      # the caller's handler back
    finally:
        signal.signal(getattr(signal, signum), before)
    assert code == 130
    assert capsys.readouterr().err.strip() == "interrupted; outputs were left as they were"
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").iterdir())


def test_more_threads_than_cores_are_told_and_capped(capsys, tmp_path):
    # trial 112: --threads 1000 on 2 cores sat at 0 % for ten minutes
    from sync.asr import AsrOptions, _cpu_threads, cores
    from conftest import fake_engine_for

    assert _cpu_threads(AsrOptions(threads=1000)) == cores() and _cpu_threads(AsrOptions()) == cores()
    code, _, err = run(capsys, "align", str(SAMPLE_MEDIA), str(SAMPLE_MINUTES), "-o", str(tmp_path / "o"), "-q",
                       "--no-cache", "--threads", "1000", engine=fake_engine_for())
    assert code == 0 and f"note: --threads 1000 is more than the {cores()} CPU cores here" in err


def test_a_cache_folder_that_cannot_be_written_is_told(capsys, tmp_path):
    # trial 112: a read-only --cache-dir kept nothing, silently: every run transcribed again
    # (here a folder that cannot be made: its parent is a file — read-only is no bar to root)
    from conftest import fake_engine_for

    (tmp_path / "afile").write_text("x")
    cache = tmp_path / "afile" / "cache"
    code, _, err = run(capsys, "align", str(SAMPLE_MEDIA), str(SAMPLE_MINUTES), "-o", str(tmp_path / "o"),
                       "-q", "--cache-dir", str(cache), engine=fake_engine_for())
    assert code == 0 and f"the transcription could not be cached in {cache} (not writable)" in err


def test_a_model_or_compute_type_that_cannot_be_had_is_refused_before_decoding(monkeypatch, capsys, tmp_path):
    # trial 112: --model no-such-name or --compute-type foo was refused only after the
    # recording had been decoded (minutes for a long session)
    import sync.media as media_mod

    def never(*a, **k):
        raise AssertionError("the recording was decoded")

    monkeypatch.setattr(media_mod, "load", never)
    for extra in (["--model", "no-such-model"], ["--compute-type", "foo"]):
        code, _, err = run(capsys, "align", str(SAMPLE_MEDIA), str(SAMPLE_MINUTES), "-o", str(tmp_path / "o"),
                           "-q", "--no-cache", *extra)
        assert code == 2 and err.startswith(f"error: {extra[0]} {extra[1]}: not"), err


def test_a_run_under_nohup_goes_on_when_the_terminal_closes(capsys, tmp_path):
    # review: main took SIGHUP over even where nohup had it ignored
    import os
    import signal
    from conftest import fake_engine_for

    base = fake_engine_for()

    def hung_up(audio, progress=None):
        os.kill(os.getpid(), signal.SIGHUP)
        return base.transcribe(audio, progress)

    before = signal.signal(signal.SIGHUP, signal.SIG_IGN)
    try:
        code = main(["align", str(SAMPLE_MEDIA), str(SAMPLE_MINUTES), "-o", str(tmp_path / "o"), "-q", "--no-cache"],
                    engine=Engine(hung_up, base.decode, base.score))
    finally:
        signal.signal(signal.SIGHUP, before)
    assert code == 0, capsys.readouterr().err
