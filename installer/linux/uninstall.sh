#!/usr/bin/env bash
# Remove the program, its menu entry and its nightly timer. The data folder
# (~/.local/share/desk-app: database, backups, logs) is kept on purpose.
set -euo pipefail
APP=${DESK_APP_PREFIX:-$HOME/.local/opt/desk-app}
UNITS=${XDG_CONFIG_HOME:-$HOME/.config}/systemd/user
if command -v systemctl >/dev/null && systemctl --user show-environment >/dev/null 2>&1; then
    systemctl --user disable --now desk-app-nightly.timer 2>/dev/null || true
fi
rm -f "$UNITS/desk-app-nightly.service" "$UNITS/desk-app-nightly.timer"
rm -f "${XDG_DATA_HOME:-$HOME/.local/share}/applications/desk-app.desktop" "$HOME/Desktop/desk-app.desktop"
rm -rf "$APP"
echo "De balie is verwijderd; de gegevens staan nog in ${XDG_DATA_HOME:-$HOME/.local/share}/desk-app."
