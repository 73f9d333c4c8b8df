#!/usr/bin/env bash
# Takes the README's screenshots of the real window (not a mock-up) under Xvfb with a window
# manager, on a demo store in a temporary folder. Needs: apt-get install xvfb openbox xdotool jq
# imagemagick libgtk-3-0 fonts-dejavu-core. Run from anywhere: bash docs/screenshots/take.sh
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
out=docs/screenshots

mvn -B -q -DskipTests test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/screenshot-cp.txt -Dmdep.includeScope=test
cp="target/classes:target/test-classes:$(cat target/screenshot-cp.txt)"
data=$(mktemp -d)
endpoint_port=47821
java -cp "$cp" io.signalbox.DemoStore "$data" "$endpoint_port"
# A stand-in CRM on this machine, so the test panel shows a real answer.
java -cp "$cp" io.signalbox.DemoEndpoint "$endpoint_port" >/dev/null 2>&1 & endpoint=$!

display=${SCREENSHOT_DISPLAY:-:77}  # another free display number if :77 is taken
Xvfb "$display" -screen 0 1280x800x24 >/dev/null 2>&1 & xvfb=$!
export DISPLAY=$display
sleep 1
openbox >/dev/null 2>&1 & wm=$!
java -cp "$cp" io.signalbox.Main --data-dir "$data" >/dev/null 2>&1 & app=$!
trap 'kill $app $endpoint $wm $xvfb 2>/dev/null || true; rm -rf "$data"' EXIT

window=$(xdotool search --sync --name '^Signalbox$' | head -1)
xdotool windowmove "$window" 40 20 windowsize "$window" 1180 720
sleep 4
# Again once the store has opened: a window resized while it was opening took its first size back.
xdotool windowsize "$window" 1180 720
sleep 1.5
shot() { sleep 1.2; import -window root -crop 1200x760+30+10 +repage "$out/$1"; }

# Main window: find the bot from the keyboard, then pick a URL with the mouse.
xdotool key ctrl+f; xdotool type --delay 40 "ventas"; xdotool key Return
sleep 1
xdotool mousemove 560 262 click 1
shot main-window.png

# The URL editor on that URL, switched to Signature to show the generate button.
xdotool key Return
sleep 1.5
shot url-editor.png
xdotool key Escape

# A new URL with a mistake in it: Save stays disabled and says why.
xdotool key ctrl+shift+n
sleep 1.5
xdotool type --delay 30 "ftp://crm.example.com/hook"
shot url-editor-invalid.png
xdotool key Escape

# Export and import: export the demo store (secrets left out), change the file as an operator
# would (a timeout, events and headers, a description, a disabled URL turned on, a new bot), then
# import it: the preview shows every change before anything is applied.
files=$(mktemp -d)
trap 'kill $app $endpoint $wm $xvfb 2>/dev/null || true; rm -rf "$data" "$files"' EXIT
xdotool key ctrl+shift+e; sleep 1.5; xdotool key Return; sleep 2
xdotool key ctrl+a; xdotool type --delay 20 "$files/export.json"; xdotool key Return
sleep 3
jq '(.bots[] | select(.name == "Ventas Ecuador") | .notificationUrls) |= map(
      if .url == "https://crm.example.com/hooks/whatsapp"
      then .timeoutSeconds = 20 | .events = ["READ","FAILED","REPLY"] | .headers = {"X-Tenant":"ec","X-Region":"south"}
      elif .url == "http://legacy.example.com/notify" then .enabled = true else . end)
    | (.bots[] | select(.name == "Soporte Perú") | .description) = "Mesa de ayuda, turno noche"
    | .bots += [{"id":"5d0c6f36-5b0f-4a7e-9d55-0e3f8f0f2a11","name":"Cobranzas Chile","platformBotId":"bot-5120",
        "description":"","notificationUrls":[{"id":"8a1e2c3d-4b5f-4a6e-9c7d-1e2f3a4b5c6d",
        "url":"https://cobranzas.example.cl/hooks/wa","events":["FAILED"],"enabled":true,"description":"Alertas",
        "headers":{},"timeoutSeconds":15,"auth":{"type":"NONE"}}]}]' "$files/export.json" > "$files/changed.json"
xdotool key ctrl+i; sleep 2; xdotool key ctrl+l; sleep 0.3
xdotool type --delay 20 "$files/changed.json"; xdotool key Return
sleep 3
shot import-preview.png
xdotool key Escape

# The test panel: the URL on the demo endpoint (the table's last row), sent for real. The size
# again first: a window resized while the store was still opening took its first size back.
xdotool windowsize "$window" 1180 720
sleep 1.5
xdotool mousemove 560 253 click 1
xdotool key End
sleep 1.5
xdotool mousemove 722 709 click 1
sleep 2
shot test-panel.png
echo "screenshots written to $out"
