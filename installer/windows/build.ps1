# Build the Windows one-folder bundle and its installer (run from a clone on Windows).
# Needs Python 3.11+ and Inno Setup 6 (iscc.exe on the PATH).
$ErrorActionPreference = "Stop"
Set-Location (Join-Path $PSScriptRoot "..\..")
python -m venv .venv
.\.venv\Scripts\python -m pip install --quiet -e ".[dist]"
.\.venv\Scripts\pyside6-lrelease -silent resources\translations\desk_app_en.ts -qm resources\translations\desk_app_en.qm
.\.venv\Scripts\python -m PyInstaller --noconfirm --distpath dist --workpath build\pyinstaller installer\desk-app.spec
$version = .\.venv\Scripts\python -c "import desk_app; print(desk_app.__version__)"
.\dist\desk-app\desk-app.exe --version
iscc "/DAppVersion=$version" installer\windows\desk-app.iss
