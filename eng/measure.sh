#!/usr/bin/env bash
# Whole-process figures of the native tool, as in docs/performance.md ("The native tool, whole processes"):
#   1. `remiss render` of the example (both documents, .docx) against pandoc turning the memo's Markdown
#      into one .docx, alternated: ROUNDS rounds of hyperfine, each running both commands 5 times;
#   2. `remiss check` of 2,000 copies of the example;
#   3. peak memory (maximum resident set size) of one render, by GNU time.
# Wall times on a shared machine move with its load, so user + system CPU time is printed beside them.
#
#   bash eng/measure.sh                          # publishes the native tool into a temporary folder first
#   REMISS=path/to/remiss bash eng/measure.sh    # measures that executable instead
#   ROUNDS=20 bash eng/measure.sh
#
# Needs hyperfine, pandoc and GNU time (Debian: apt-get install hyperfine pandoc time); not run by CI.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d /tmp/remiss-measure.XXXXXX)
trap 'rm -rf "$work"' EXIT
for tool in hyperfine pandoc /usr/bin/time; do
  command -v "$tool" >/dev/null || { echo "measure: needs $tool" >&2; exit 2; }
done

if [[ -z "${REMISS:-}" ]]; then
  echo "measure: publishing the native tool (Native AOT, Release)…"
  dotnet publish "$root/src/Remiss.Cli" -r linux-x64 -c Release -o "$work/tool" --nologo -v q >/dev/null
  REMISS=$work/tool/Remiss.Cli
fi
example=$work/sou-2024-72.remiss.yaml
cp "$root/examples/sou-2024-72.remiss.yaml" "$example"

# The memo's Markdown exactly as remiss writes it (pandoc reads its YAML front matter).
"$REMISS" render "$example" --document tjansteutlatande --format md --output "$work/md" >/dev/null
cp "$work/md/"*.md "$work/memo.md"
render=("$REMISS" render "$example" --format docx --output "$work/out" --force)
"${render[@]}" >/dev/null

# hyperfine's CSV: command,mean,stddev,median,user,system,min,max (seconds).
rounds=${ROUNDS:-10}
for round in $(seq 1 "$rounds"); do
  hyperfine -N --warmup 1 --runs 5 --style none --export-csv "$work/round-$round.csv" \
    -n remiss "${render[*]}" -n pandoc "pandoc $work/memo.md -o $work/memo.docx" >/dev/null 2>&1
done
cat "$work"/round-*.csv | awk -F, -v rounds="$rounds" '
  $1 == "remiss" { r[++n] = $4; ru += $5 + $6 }
  $1 == "pandoc" { p[++m] = $4; pu += $5 + $6 }
  END {
    for (i = 1; i <= n; i++) {
      x = r[i] / p[i]; rs += r[i]; ps += p[i]
      for (j = i; j > 1 && ratio[j - 1] > x; j--) ratio[j] = ratio[j - 1]   # insertion sort: mawk has no asort
      ratio[j] = x
    }
    printf "render vs pandoc (%d rounds, medians): remiss %.1f ms, pandoc %.1f ms, ratio %.2f (median of rounds, min %.2f, max %.2f); CPU remiss %.1f ms, pandoc %.1f ms\n",
      rounds, 1000 * rs / n, 1000 * ps / m, ratio[int((n + 1) / 2)], ratio[1], ratio[n], 1000 * ru / n, 1000 * pu / m
  }'

mkdir "$work/check"
for i in $(seq 1 2000); do cp "$example" "$work/check/r$i.remiss.yaml"; done
hyperfine -N --warmup 2 --runs 10 --style none --export-csv "$work/check.csv" "$REMISS check $work/check" >/dev/null
awk -F, 'NR == 2 { printf "check of 2,000 files: %.3f s median (min %.3f s), CPU %.3f s\n", $4, $7, $5 + $6 }' "$work/check.csv"

peak=0
for _ in 1 2 3 4 5; do
  kb=$( { /usr/bin/time -f '%M' "${render[@]}" >/dev/null; } 2>&1 | tail -1)
  (( kb > peak )) && peak=$kb
done
awk -v kb="$peak" 'BEGIN { printf "peak memory of one render: %.1f MB (maximum resident set size, highest of 5)\n", kb / 1024 }'
