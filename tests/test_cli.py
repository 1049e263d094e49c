"""The command line, in-process (main(argv) -> int)."""
import pytest

from sync.cli import main

from conftest import SAMPLE_MEDIA, SAMPLE_MINUTES


def run(capsys, *argv):
    code = main(list(argv))
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
    (str(SAMPLE_MEDIA), str(SAMPLE_MEDIA), "cannot be decoded"),
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
