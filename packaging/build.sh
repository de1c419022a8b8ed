#!/usr/bin/env bash
# Build the standalone app folder dist/briefreader/ with PyInstaller, then smoke-test it headless.
# Needs: pip install -e '.[package]'   (PyInstaller)
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-.venv/bin/python}
"$PY" -m PyInstaller --noconfirm --clean --distpath dist --workpath build/pyinstaller \
    packaging/briefreader.spec
QT_QPA_PLATFORM=offscreen BRIEFREADER_DATA_DIR="$(mktemp -d)" \
    dist/briefreader/briefreader resources/samples/idlib_bloodbath.txt \
    --screenshot build/standalone-smoke.png
echo "built dist/briefreader/ (smoke screenshot: build/standalone-smoke.png)"
