#!/usr/bin/env bash
# Load figures for the README: starts `remiss serve` (Release) on a free port, sends REQUESTS POST
# /api/v1/render (the example's yttrande as FORMAT, .docx by default) from CLIENTS concurrent clients with
# tests/Remiss.Server.Load, prints errors (and how many were 503), p50, p95 and requests per second, and stops the server.
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
cp "$root/examples/sou-2024-72.remiss.yaml" "$work/"

if [ -n "${REMISS_BIN:-}" ]; then
  "$REMISS_BIN" serve "$work" --port 0 >"$work/serve.out" 2>&1 &
else
  dotnet "$root/src/Remiss.Cli/bin/Release/net10.0/Remiss.Cli.dll" serve "$work" --port 0 >"$work/serve.out" 2>&1 &
fi
server=$!
for _ in $(seq 1 100); do grep -q 'http://' "$work/serve.out" && break; sleep 0.2; done
url=$(grep -oE 'http://127\.0\.0\.1:[0-9]+' "$work/serve.out" | head -1)
[ -n "$url" ] || { cat "$work/serve.out"; exit 1; }

echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
dotnet "$root/tests/Remiss.Server.Load/bin/Release/net10.0/Remiss.Server.Load.dll" "$url" "$work/sou-2024-72.remiss.yaml" "$requests" "$clients" "${FORMAT:-docx}"
