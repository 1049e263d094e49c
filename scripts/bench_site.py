"""The archive site at scale: 1,000 sessions made from the benchmark corpora.

    .venv/bin/python scripts/bench_site.py [--sessions 1000] [--work DIR] [--no-browser]

Each corpus's minutes (../shared/corpus/*-synth/official.txt) become one sync map with
their characters spread evenly over the recording's length (no ASR: the site reads sync
maps only) and per-speed tracks beside it, as ``align`` writes them. The archive holds
``--sessions`` copies of these, spread over ten years, 定例会/臨時会, 本会議 and three
committees. Measured: the site build (``sync.site.write_site``) time, the search index's
size (in all, per session, gzip-compressed as a static host sends it), and in headless
Chromium the time to load the index and to answer queries (the n-gram lookup, and the
first page of results with the session texts it loads).

Copies share their text, so the index has fewer distinct keys than 1,000 different
sessions would; its postings (one per distinct character pair per session, the bulk of
it) are the same as for different sessions of that length.
"""
from __future__ import annotations

import argparse
import gzip
import json
import shutil
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from sync.align import Alignment  # noqa: E402
from sync.cues import make_cues  # noqa: E402
from sync.minutes import load, script  # noqa: E402
from sync.site import SiteOptions, write_site  # noqa: E402
from sync.speed import speed_files  # noqa: E402
from sync.syncmap import SyncMap, speakers, with_candidates  # noqa: E402

CORPORA = ROOT.parent / "shared" / "corpus"
MEETINGS = ["本会議", "総務委員会", "建設委員会", "予算決算委員会"]


def base_session(corpus: Path) -> tuple[SyncMap, dict[str, str]]:
    """A sync map of the corpus's minutes (even timing) and its per-speed tracks."""
    m = load(corpus / "official.txt")
    text, offsets = script(m)
    duration = json.loads((corpus / "truth.json").read_text(encoding="utf-8"))["duration"]
    n = len(text)
    start = np.arange(n) * (duration / n)
    timing = Alignment(start, start + duration / n, np.full(n, 0.9), np.ones(n, dtype=bool))
    cues = make_cues(m, timing, offsets)
    turns = speakers(m)
    smap = SyncMap(corpus.name + ".mp4", duration, "bench", tuple(dict.fromkeys(t.label for t in turns)),
                   tuple(cues), (), turns=turns)
    shown = [replace(c, text=with_candidates(c, smap)) for c in smap.cues]
    return smap, speed_files("session", shown, duration=duration)


def make_archive(folder: Path, count: int) -> None:
    bases = [base_session(CORPORA / name) for name in ("seed-synth", "kokkai-synth")]
    for k in range(count):
        smap, tracks = bases[k % len(bases)]
        year = 2015 + k * 10 // count
        month, day = 1 + k % 12, 1 + k % 28
        meeting = MEETINGS[k % len(MEETINGS)]
        kind = "臨時会" if k % 10 == 9 else "定例会"
        facts = {"date": f"{year}-{month:02d}-{day:02d}", "session": f"第{1 + month // 4}回{kind}",
                 "kind": kind, "meeting": meeting, "body": "本会議" if meeting == "本会議" else "委員会",
                 "number": f"第{1 + k % 5}号"}
        out = folder / str(year) / f"{month:02d}{day:02d}-{k:04d}"
        out.mkdir(parents=True)
        (out / "session.json").write_text(replace(smap, media="session.mp4", session=facts).to_json(),
                                          encoding="utf-8")
        for name, vtt in tracks.items():
            (out / name).write_text(vtt, encoding="utf-8")


def browser_times(site: Path, queries: list[str]) -> dict:
    from browser_helpers import chromium, serve, wait

    out = {}
    with serve(site) as url, chromium() as driver:
        driver.get(f"{url}/search.html")
        t0 = time.monotonic()
        wait(driver, "return window.gikaiSearch && document.readyState === 'complete' && "
                     "performance.getEntriesByType('resource').some(e => e.name.endsWith('data/index.js'))",
             timeout=60, what="the index")
        wait(driver, "window.gikaiSearch('あ'); return !!document.documentElement.dataset.searched", timeout=60,
             what="the index parsed")
        out["index_ready_s"] = round(time.monotonic() - t0, 2)
        for q in queries:
            ms = driver.execute_async_script("""
                const q = arguments[0], done = arguments[arguments.length - 1];
                const t0 = performance.now();
                window.gikaiSearch(q);
                const lookup = window.gikaiSearchLookupMs;
                (function poll() {
                  if (document.documentElement.dataset.searched === q)
                    done([lookup, performance.now() - t0, document.querySelectorAll('#results .result').length]);
                  else setTimeout(poll, 2);
                })();""", q)
            out[q] = {"lookup_ms": round(ms[0], 2), "first_page_ms": round(ms[1], 1), "results": ms[2]}
    return out


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--sessions", type=int, default=1000)
    p.add_argument("--work", type=Path, help="folder for the archive and site (default: a temporary one)")
    p.add_argument("--no-browser", action="store_true")
    args = p.parse_args()
    work = args.work or Path(tempfile.mkdtemp(prefix="bench-site-"))
    archive, site = work / "archive", work / "site"
    shutil.rmtree(archive, ignore_errors=True)
    shutil.rmtree(site, ignore_errors=True)
    t0 = time.monotonic()
    make_archive(archive, args.sessions)
    made = time.monotonic() - t0
    t0 = time.monotonic()
    written = write_site(archive, site, SiteOptions())
    build = time.monotonic() - t0
    index = (site / "data" / "index.js").read_bytes()
    texts = list((site / "data" / "t").glob("*.js"))
    text_bytes = sum(f.stat().st_size for f in texts)
    pages = list((site / "s").glob("*.html"))
    report = {
        "sessions": args.sessions, "archive_made_s": round(made, 1), "site_build_s": round(build, 1),
        "files": len(written), "site_mb": round(sum(f.stat().st_size for f in written) / 2**20, 1),
        "index_kb": round(len(index) / 1024), "index_gzip_kb": round(len(gzip.compress(index)) / 1024),
        "index_per_session_kb": round(len(index) / 1024 / args.sessions, 2),
        "index_gzip_per_session_kb": round(len(gzip.compress(index)) / 1024 / args.sessions, 2),
        "text_per_session_kb": round(text_bytes / 1024 / len(texts), 1),
        "player_page_kb": round(sum(f.stat().st_size for f in pages) / 1024 / len(pages)),
    }
    if not args.no_browser:
        report["chromium"] = browser_times(site, ["避難所", "デジタル", "予算", "マイナンバーカード", "存在しない語句"])
    print(json.dumps(report, ensure_ascii=False, indent=1))
    if not args.work:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
