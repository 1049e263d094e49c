#!/usr/bin/env bash
# The CUDA path, measured: one corpus synced on the GPU by the guided path and by the full
# transcription, each against bare faster-whisper on the same GPU, then scored. Prints one
# JSON line per run (wall times, ratio to bare, stage times, share decoded in full,
# accuracy), and the full path once more with int8 weights. Under 5 minutes on one
# data-centre GPU for the 25-minute kokkai-synth (measured: 3.4 minutes for kokkai-hard
# with the first two runs).
#
# Usage: bash scripts/gpu_check.sh [CORPUS_DIR]   (default: ../shared/corpus/kokkai-synth)
#        PYTHON=python3 bash scripts/gpu_check.sh …   (an interpreter that already has the
#        project's dependencies, and the model in models/; no setup then)
set -euo pipefail
cd "$(dirname "$0")/.."
corpus="${1:-../shared/corpus/kokkai-synth}"
if [ -z "${PYTHON:-}" ]; then
    [ -x .venv/bin/python ] || bash scripts/setup.sh >/dev/null
    PYTHON=.venv/bin/python
fi
nvidia-smi --query-gpu=name,memory.total,driver_version --format=csv,noheader || true
"$PYTHON" -c "import ctranslate2; print('CTranslate2', ctranslate2.__version__, '- CUDA devices:', ctranslate2.get_cuda_device_count())"
"$PYTHON" scripts/bench.py --device cuda -o gpu-out/guided "$corpus"
"$PYTHON" scripts/bench.py --device cuda --full-asr --no-bare -o gpu-out/full "$corpus"
# float16 (the CUDA default) against int8 weights on the GPU: on kokkai-hard (2026-12-04)
# float16 skipped speech that int8_float16 heard (README, Measured results)
"$PYTHON" scripts/bench.py --device cuda --compute-type int8_float16 --full-asr --no-bare -o gpu-out/int8 "$corpus"
