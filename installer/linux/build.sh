#!/usr/bin/env bash
# Build the Linux one-folder bundle into dist/desk-app and pack it as a tarball with its
# installer. Usage: installer/linux/build.sh [PYTHON]
# PYTHON is a venv's Python with requirements/dist.txt installed (`make dist` passes .venv's);
# without it, the script makes one in build/venv from that hashed lock.
set -euo pipefail
cd "$(dirname "$0")/../.."
if [ $# -eq 0 ]; then
    python3 -m venv build/venv
    PYTHON=build/venv/bin/python
    "$PYTHON" -m pip install --quiet --require-hashes -r requirements/dist.txt
    build/venv/bin/pyside6-lrelease -silent resources/translations/desk_app_en.ts \
        -qm resources/translations/desk_app_en.qm
    "$PYTHON" -m pip install --quiet --no-deps --no-build-isolation .
else
    PYTHON=$1
fi
VERSION=$("$PYTHON" -c 'import desk_app; print(desk_app.__version__)')
"$PYTHON" -m PyInstaller --noconfirm --log-level WARN \
    --distpath dist --workpath build/pyinstaller installer/desk-app.spec
mkdir -p dist/desk-app/linux
cp installer/linux/install.sh installer/linux/uninstall.sh installer/linux/desk-app.desktop \
    installer/linux/desk-app-nightly.service installer/linux/desk-app-nightly.timer \
    dist/desk-app/linux/
cp resources/icons/huiskamer.svg dist/desk-app/linux/desk-app.svg
tar -czf "dist/desk-app-${VERSION}-linux-$(uname -m).tar.gz" -C dist desk-app
echo "dist/desk-app-${VERSION}-linux-$(uname -m).tar.gz"
