#!/usr/bin/env bash
# Whole-process figures of the native PDF (docs/pdf.md), each against its baseline in the same run:
#   1. `remiss render` of the example's two documents as PDF (native) against the same render as .docx,
#      alternated: ROUNDS rounds of hyperfine, each running both commands 5 times (target: at most 2x);
#   2. the same native PDF render against `--pdf-engine libreoffice` (target: at least 50x faster);
#   3. peak memory (maximum resident set size) of one native PDF render, by GNU time (target: at most 60 MB).
# Wall times on a shared machine move with its load, so user + system CPU time is printed beside them.
#
#   bash eng/measure-pdf.sh                          # publishes the native tool into a temporary folder first
#   REMISS=path/to/remiss bash eng/measure-pdf.sh    # measures that executable instead
#
# Needs hyperfine, GNU time and LibreOffice (Debian: apt-get install hyperfine time libreoffice-writer-nogui); not run by CI.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d /tmp/remiss-measure-pdf.XXXXXX)
trap 'rm -rf "$work"' EXIT
for tool in hyperfine /usr/bin/time soffice; do
  command -v "$tool" >/dev/null || { echo "measure-pdf: needs $tool" >&2; exit 2; }
done

if [[ -z "${REMISS:-}" ]]; then
  echo "measure-pdf: publishing the native tool (Native AOT, Release)…"
  dotnet publish "$root/src/Remiss.Cli" -r linux-x64 -c Release -o "$work/tool" --nologo -v q >/dev/null
  REMISS=$work/tool/Remiss.Cli
fi
example=$work/sou-2024-72.remiss.yaml
cp "$root/examples/sou-2024-72.remiss.yaml" "$example"
pdf=("$REMISS" render "$example" --format pdf --output "$work/pdf" --force)
docx=("$REMISS" render "$example" --format docx --output "$work/docx" --force)
libreoffice=("$REMISS" render "$example" --format pdf --pdf-engine libreoffice --output "$work/lo" --force)
"${pdf[@]}" >/dev/null
"${docx[@]}" >/dev/null

# hyperfine's CSV: command,mean,stddev,median,user,system,min,max (seconds).
rounds=${ROUNDS:-10}
for round in $(seq 1 "$rounds"); do
  hyperfine -N --warmup 1 --runs 5 --style none --export-csv "$work/round-$round.csv" \
    -n pdf "${pdf[*]}" -n docx "${docx[*]}" >/dev/null 2>&1
done
cat "$work"/round-*.csv | awk -F, -v rounds="$rounds" '
  $1 == "pdf" { r[++n] = $4; ru += $5 + $6 }
  $1 == "docx" { p[++m] = $4; pu += $5 + $6 }
  END {
    for (i = 1; i <= n; i++) {
      x = r[i] / p[i]
      for (j = i; j > 1 && ratio[j - 1] > x; j--) ratio[j] = ratio[j - 1]
      ratio[j] = x; rs += r[i]; ps += p[i]
    }
    printf "render --format pdf vs --format docx (%d rounds, medians): pdf %.1f ms, docx %.1f ms, ratio %.2f (median of rounds, min %.2f, max %.2f); CPU pdf %.1f ms, docx %.1f ms\n",
      rounds, 1000 * rs / n, 1000 * ps / m, ratio[int((n + 1) / 2)], ratio[1], ratio[n], 1000 * ru / n, 1000 * pu / m
  }'

hyperfine -N --warmup 1 --runs 3 --style none --export-csv "$work/lo.csv" \
  -n native "${pdf[*]}" -n libreoffice "${libreoffice[*]}" >/dev/null 2>&1
awk -F, '$1 == "native" { n = $4; nc = $5 + $6 } $1 == "libreoffice" { l = $4; lc = $5 + $6 }
  END { printf "native PDF vs --pdf-engine libreoffice (medians of 3): native %.1f ms, libreoffice %.0f ms, %.0fx faster; CPU native %.1f ms, libreoffice %.0f ms, %.0fx less\n", 1000 * n, 1000 * l, l / n, 1000 * nc, 1000 * lc, lc / nc }' "$work/lo.csv"

peak=0
for _ in 1 2 3 4 5; do
  kb=$( { /usr/bin/time -f '%M' "${pdf[@]}" >/dev/null; } 2>&1 | tail -1)
  (( kb > peak )) && peak=$kb
done
awk -v kb="$peak" 'BEGIN { printf "peak memory of one native PDF render: %.1f MB (maximum resident set size, highest of 5)\n", kb / 1024 }'
