#!/usr/bin/env bash
# Load figures for docs/performance.md: starts `remiss serve` (Release) on a free port, sends REQUESTS POST
# /api/v1/render (the example's yttrande as FORMAT, .docx by default) from CLIENTS concurrent clients with tests/Remiss.Server.Load,
# prints errors, p50, p95 and requests per second, and stops the server. First, issue 21's probes: the
# served folder has a link loop (`ln -s . a; ln -s . b`), which must not keep the server from listening
# within 20 s, and the API's reproductions (80,000-entry wording paths, one at a time and four at once beside
# a render; ?today=9999-12-31 fifty times) must be answered as expected within 5 s each, writing no crash log.
# Then issue 26's attacks on the pipeline (tests/Remiss.Server.Load/PipelineProbes.cs), none writing a crash log either.
# Then issue 26's work per request (Remiss.Server.Load --work): the 120,000-paragraph pull, forty 23 MiB pulls at
# once and the largest PDF a checked file makes, alone and eight at once, with time and the server's resident memory.
#
#   bash eng/load-serve.sh                      # 1,000 requests, 16 clients
#   FORMAT=pdf bash eng/load-serve.sh           # the native PDF (docs/pdf.md)
#   REQUESTS=5000 CLIENTS=32 bash eng/load-serve.sh
#   REMISS_BIN=/path/to/native/Remiss.Cli bash eng/load-serve.sh   # the native tool instead of the JIT build
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
requests=${REQUESTS:-1000}
clients=${CLIENTS:-16}
work=$(mktemp -d /tmp/remiss-load.XXXXXX)
trap 'kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; rm -rf "$work"' EXIT

dotnet build "$root/src/Remiss.Cli" -c Release --nologo -v q -p:PublishAot=false >/dev/null
dotnet build "$root/tests/Remiss.Server.Load" -c Release --nologo -v q >/dev/null
mkdir -p "$work/served" "$work/tmp"
cp "$root/examples/sou-2024-72.remiss.yaml" "$work/served/"
ln -s . "$work/served/a"; ln -s . "$work/served/b"   # issue 21: a link loop once hung the start

# The server's temporary folder is the script's own, so its crash logs ($TMPDIR/remiss/) can be counted.
if [ -n "${REMISS_BIN:-}" ]; then
  TMPDIR="$work/tmp" "$REMISS_BIN" serve "$work/served" --port 0 >"$work/serve.out" 2>&1 &
else
  TMPDIR="$work/tmp" dotnet "$root/src/Remiss.Cli/bin/Release/net10.0/Remiss.Cli.dll" serve "$work/served" --port 0 >"$work/serve.out" 2>&1 &
fi
server=$!
for _ in $(seq 1 100); do grep -q 'http://' "$work/serve.out" && break; sleep 0.2; done
url=$(grep -oE 'http://127\.0\.0\.1:[0-9]+' "$work/serve.out" | head -1)
[ -n "$url" ] || { echo "load: the server did not listen within 20 s (link loop in the folder?)"; cat "$work/serve.out"; exit 1; }
listed=$(curl -s "$url/ui/remisser" | grep -o '"file":' | wc -l)
[ "$listed" -eq 1 ] || { echo "load: the folder with a link loop lists $listed remisser, not 1"; exit 1; }
echo "ok  link loop in the served folder: listening, the remiss listed once"

load=$root/tests/Remiss.Server.Load/bin/Release/net10.0/Remiss.Server.Load.dll
dotnet "$load" --probes "$url" "$work/served/sou-2024-72.remiss.yaml" "$root/examples/organisation.yaml"
# Issue 26: a slowloris of 200 connections for SLOWLORIS_SECONDS (the probe's minute), 200 bodies at a byte a second, 200 malformed chunks.
dotnet "$load" --pipeline "$url" 200 "${SLOWLORIS_SECONDS:-60}"
logs=$(find "$work/tmp/remiss" -name '*.log' 2>/dev/null | wc -l)
[ "$logs" -eq 0 ] || { echo "load: the probes left $logs crash logs ($(grep -c '^remiss .* at ' "$work"/tmp/remiss/*.log | paste -sd' ') entries)"; exit 1; }
echo "ok  no crash log written"
# Issue 26: the pull and PDF cases' time and the server's resident memory before and after.
dotnet "$load" --work "$url" "$work/served/sou-2024-72.remiss.yaml" "$server"

echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
dotnet "$load" "$url" "$work/served/sou-2024-72.remiss.yaml" "$requests" "$clients" "${FORMAT:-docx}"

# The desk (issue 25; DESK=0 skips it): a second server over the example and 50 copies; a save's time from the
# request to the file written and the change event seen, then 500 saves to the 50 files from 8 clients, checked
# for lost and corrupt files (tests/Remiss.Server.Load/DeskLoad.cs).
if [ "${DESK:-1}" != 0 ]; then
  mkdir -p "$work/desk"
  cp "$root/examples/sou-2024-72.remiss.yaml" "$root/examples/organisation.yaml" "$work/desk/"
  for n in $(seq -w 1 50); do cp "$root/examples/sou-2024-72.remiss.yaml" "$work/desk/desk-$n.remiss.yaml"; done
  dotnet "$root/src/Remiss.Cli/bin/Release/net10.0/Remiss.Cli.dll" serve "$work/desk" --port 0 >"$work/desk.out" 2>&1 &
  desk_server=$!
  trap 'kill "$server" "$desk_server" 2>/dev/null || true; wait 2>/dev/null || true; rm -rf "$work"' EXIT
  for _ in $(seq 1 100); do grep -q 'http://' "$work/desk.out" && break; sleep 0.2; done
  desk_url=$(grep -oE 'http://127\.0\.0\.1:[0-9]+' "$work/desk.out" | head -1)
  dotnet "$load" --desk "$desk_url" "$work/desk" 50 "${DESK_SAVES:-500}" "${DESK_CLIENTS:-8}"
fi
