#!/usr/bin/env bash
# Build the Linux one-folder bundle into dist/desk-app and pack it as a tarball with its
# installer. Usage: installer/linux/build.sh [PYTHON]  (a Python with '.[dist]' installed)
set -euo pipefail
PYTHON=${1:-python3}
cd "$(dirname "$0")/../.."
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
