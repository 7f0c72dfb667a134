#!/usr/bin/env bash
# Start-up of the native tool against the floor of a native program on the same machine (docs/performance.md,
# "Start-up"): `remiss --version` against eng/startup-floor (Native AOT, ICU loaded, prints a Swedish date), alternated
# in one run: ROUNDS rounds of hyperfine, each running both commands RUNS times after a warm-up. Prints the medians and
# the ratio (median of the rounds' ratios, min and max). Wall times move with the machine's load; the ratio is the figure.
#
#   bash eng/startup.sh                              # publishes both into a temporary folder first
#   REMISS=path/to/remiss FLOOR=path/to/floor bash eng/startup.sh
#   ROUNDS=20 RUNS=20 ARGS="check examples/sou-2024-72.remiss.yaml" bash eng/startup.sh
#
# Needs hyperfine (Debian: apt-get install hyperfine); not run by CI.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d /tmp/remiss-startup.XXXXXX)
trap 'rm -rf "$work"' EXIT
command -v hyperfine >/dev/null || { echo "startup: needs hyperfine" >&2; exit 2; }

if [[ -z "${REMISS:-}" ]]; then
  echo "startup: publishing the native tool (Native AOT, Release)…" >&2
  dotnet publish "$root/src/Remiss.Cli" -r linux-x64 -c Release -o "$work/tool" --nologo -v q >/dev/null
  REMISS=$work/tool/Remiss.Cli
fi
if [[ -z "${FLOOR:-}" ]]; then
  echo "startup: publishing the floor (eng/startup-floor)…" >&2
  dotnet publish "$root/eng/startup-floor" -r linux-x64 -c Release -o "$work/floor" --nologo -v q >/dev/null
  FLOOR=$work/floor/StartupFloor
fi

args=${ARGS:---version}
rounds=${ROUNDS:-10}
runs=${RUNS:-20}
for round in $(seq 1 "$rounds"); do
  hyperfine -N --warmup 3 --runs "$runs" --style none --export-csv "$work/round-$round.csv" \
    -n remiss "$REMISS $args" -n floor "$FLOOR" >/dev/null 2>&1
done
# hyperfine's CSV: command,mean,stddev,median,user,system,min,max (seconds).
cat "$work"/round-*.csv | awk -F, -v rounds="$rounds" -v args="$args" '
  $1 == "remiss" { r[++n] = $4; ru += $5 + $6 }
  $1 == "floor"  { f[++m] = $4; fu += $5 + $6 }
  END {
    for (i = 1; i <= n; i++) {
      x = r[i] / f[i]; rs += r[i]; fs += f[i]
      for (j = i; j > 1 && ratio[j - 1] > x; j--) ratio[j] = ratio[j - 1]   # insertion sort: mawk has no asort
      ratio[j] = x
    }
    printf "remiss %s vs the floor (%d rounds, medians): remiss %.1f ms, floor %.1f ms, ratio %.2f (median of rounds, min %.2f, max %.2f); CPU remiss %.1f ms, floor %.1f ms\n",
      args, rounds, 1000 * rs / n, 1000 * fs / m, ratio[int((n + 1) / 2)], ratio[1], ratio[n], 1000 * ru / n, 1000 * fu / m
  }'
