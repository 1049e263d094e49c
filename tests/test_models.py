import json
import shutil

import pytest

from sync import models
from sync.errors import ModelError
from sync.files import sha256_file

PINNED = models.pins()["models"]["whisper-base"]


def test_pin_file_names_the_published_model_hash():
    assert PINNED["files"]["model.bin"]["sha256"] == \
        "d01c3014881c9c6f3133c182f3d2887eb6ca1c789a7538c5c007196857a0a6a9"


def test_assemble_joins_parts_and_verifies(tmp_path):
    dest = models.assemble("whisper-base", tmp_path)
    assert models.verify("whisper-base", tmp_path) == []
    assert sha256_file(dest / "model.bin") == PINNED["files"]["model.bin"]["sha256"]
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]  # no leftovers


def test_workers_assembling_at_once_all_get_the_model(tmp_path):
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(3) as pool:
        dests = list(pool.map(lambda _: models.assemble("whisper-base", tmp_path), range(3)))
    assert dests == [tmp_path / "whisper-base"] * 3
    assert models.verify("whisper-base", tmp_path) == []
    assert [p.name for p in tmp_path.iterdir()] == ["whisper-base"]  # no temporary folder left


def test_damaged_model_is_reassembled(tmp_path):
    dest = models.assemble("whisper-base", tmp_path)
    with open(dest / "model.bin", "r+b") as f:
        f.write(b"\0\0\0\0")
    assert models.verify("whisper-base", tmp_path) == ["model.bin"]
    models.assemble("whisper-base", tmp_path)
    assert models.verify("whisper-base", tmp_path) == []


def test_wrong_part_hash_is_refused(tmp_path, monkeypatch):
    table = json.loads(json.dumps(models.pins()))
    table["models"]["whisper-base"]["files"]["config.json"]["sha256"] = "0" * 64
    monkeypatch.setattr(models, "pins", lambda: table)
    with pytest.raises(ModelError, match="SHA-256"):
        models.assemble("whisper-base", tmp_path)
    assert not (tmp_path / "whisper-base").exists()


def test_resolve_accepts_a_folder_and_rejects_an_empty_one(tmp_path):
    src = models.assemble("whisper-base", tmp_path / "m")
    copy = tmp_path / "my-model"
    shutil.copytree(src, copy)
    assert models.resolve(str(copy)) == str(copy)
    (tmp_path / "empty").mkdir()
    with pytest.raises(ModelError, match="model.bin"):
        models.resolve(str(tmp_path / "empty"))


def test_resolve_passes_other_names_to_faster_whisper():
    assert models.resolve("large-v3") == "large-v3"
