# Build the Windows one-folder bundle and its installer (run from a clone on Windows).
# Needs Python 3.11+ and Inno Setup 6 (iscc.exe on the PATH).
$ErrorActionPreference = "Stop"
$PSNativeCommandUseErrorActionPreference = $true  # PowerShell 7.3+: a failed hash check stops the build
Set-Location (Join-Path $PSScriptRoot "..\..")
# Everything comes from the hashed lock; the app itself goes in as a built package, whose
# build needs the compiled translation first.
python -m venv .venv
.\.venv\Scripts\python -m pip install --quiet --require-hashes -r requirements\dist.txt
.\.venv\Scripts\pyside6-lrelease -silent resources\translations\desk_app_en.ts -qm resources\translations\desk_app_en.qm
.\.venv\Scripts\python -m pip install --quiet --no-deps --no-build-isolation .
.\.venv\Scripts\python -m PyInstaller --noconfirm --distpath dist --workpath build\pyinstaller installer\desk-app.spec
$version = .\.venv\Scripts\python -c "import desk_app; print(desk_app.__version__)"
.\dist\desk-app\desk-app.exe --version
iscc "/DAppVersion=$version" installer\windows\desk-app.iss
