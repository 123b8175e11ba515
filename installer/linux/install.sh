#!/usr/bin/env bash
# Install the unpacked bundle for the current user: the program, a menu entry and a
# desktop icon, and a systemd user timer that backs up and syncs every night.
# Usage: ./install.sh [HH:MM]   (the nightly time, 23:00 when not given). Run it again to
# update the app or change the time; the data folder (~/.local/share/desk-app) is kept.
set -euo pipefail
TIME=${1:-23:00}
if ! [[ $TIME =~ ^([01][0-9]|2[0-3]):[0-5][0-9]$ ]]; then
    echo "Geef de tijd als UU:MM, bijvoorbeeld 23:00." >&2
    exit 2
fi
SOURCE=$(cd "$(dirname "$0")/.." && pwd)
APP=${DESK_APP_PREFIX:-$HOME/.local/opt/desk-app}
UNITS=${XDG_CONFIG_HOME:-$HOME/.config}/systemd/user
MENU=${XDG_DATA_HOME:-$HOME/.local/share}/applications

if [ "$SOURCE" != "$APP" ]; then
    rm -rf "$APP.new"
    mkdir -p "$(dirname "$APP")"
    cp -a "$SOURCE" "$APP.new"
    rm -rf "$APP"
    mv "$APP.new" "$APP"
fi
mkdir -p "$UNITS" "$MENU"
sed "s|@APP@|$APP|g" "$APP/linux/desk-app-nightly.service" > "$UNITS/desk-app-nightly.service"
sed "s|@TIME@|$TIME|g" "$APP/linux/desk-app-nightly.timer" > "$UNITS/desk-app-nightly.timer"
sed "s|@APP@|$APP|g" "$APP/linux/desk-app.desktop" > "$MENU/desk-app.desktop"
if [ -d "$HOME/Desktop" ]; then
    cp "$MENU/desk-app.desktop" "$HOME/Desktop/desk-app.desktop"
    chmod +x "$HOME/Desktop/desk-app.desktop"
fi
if command -v systemctl >/dev/null && systemctl --user show-environment >/dev/null 2>&1; then
    systemctl --user daemon-reload
    systemctl --user enable --now desk-app-nightly.timer
    # Without "linger" user timers only run while someone is logged in.
    loginctl enable-linger "$USER" 2>/dev/null || echo "Let op: vraag de beheerder om 'loginctl enable-linger $USER'."
else
    echo "Geen systemd voor deze gebruiker; voeg deze regel toe met 'crontab -e':"
    echo "${TIME#*:} ${TIME%:*} * * * $APP/desk-app backup; $APP/desk-app sync"
fi
echo "De balie staat in $APP; elke nacht om $TIME een reservekopie en synchronisatie."
