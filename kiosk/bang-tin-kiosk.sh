#!/usr/bin/env bash
# Runs the Bảng tin player full-screen on a Linux box and restarts the browser if it ever exits.
# Usage: bang-tin-kiosk.sh http://manager.local:8080/
set -u
url="${1:?usage: bang-tin-kiosk.sh PLAYER_URL}"
browser="${CHROMIUM:-$(command -v chromium || command -v chromium-browser || command -v google-chrome)}"
# A persistent profile keeps the device token, the manifest and the cached media across power cuts.
profile="${BANG_TIN_PROFILE:-$HOME/.local/share/bang-tin-kiosk}"
mkdir -p "$profile"
# Service workers, Cache Storage and SubtleCrypto need a secure origin: a manager reached over
# plain http on the LAN is declared one, so the screen keeps playing offline.
origin=$(printf '%s' "$url" | sed -E 's#^(https?://[^/]+).*#\1#')

# No screen saver or power saving on an X11 session; harmless elsewhere.
if command -v xset >/dev/null && [ -n "${DISPLAY:-}" ]; then
  xset s off -dpms s noblank 2>/dev/null || true
fi

# A power cut leaves the profile marked as crashed; clearing the flag avoids the restore bubble.
sed -i 's/"exited_cleanly":false/"exited_cleanly":true/; s/"exit_type":"Crashed"/"exit_type":"Normal"/' \
  "$profile/Default/Preferences" 2>/dev/null || true

while true; do
  "$browser" \
    --kiosk "$url" \
    --user-data-dir="$profile" \
    --unsafely-treat-insecure-origin-as-secure="$origin" \
    --no-first-run --noerrdialogs --disable-infobars --disable-session-crashed-bubble \
    --autoplay-policy=no-user-gesture-required \
    --disable-background-timer-throttling --disable-renderer-backgrounding \
    --disable-backgrounding-occluded-windows \
    --disable-features=Translate,MediaRouter --overscroll-history-navigation=0 \
    --check-for-update-interval=31536000
  sleep 5
done
