#!/usr/bin/env bash
# Coverage-guided fuzzing of the loaders and the Word writer: AFL++ (Debian's afl++) drives
# tests/Remiss.Fuzz through SharpFuzz, which instruments Remiss.Core, YamlDotNet, Remiss.Templates and
# Markdig. Seeds: tests/Remiss.Fuzz/Seeds/TARGET, every file of the target's kind under examples/ and
# tests/, and the earlier findings. Afterwards every crash and hang afl-fuzz saved (an exception that
# escaped, an RMS0005, an unlocated diagnostic, an invalid .docx, > 1 s) and every input of its queue is
# replayed outside AFL; every crash, and every input that reproduces a finding, is copied into
# tests/Remiss.Fuzz.Tests/FuzzRegressions/TARGET/, where FuzzRegressionTests load each one.
#
#   bash eng/fuzz.sh                          # 60 s per target, every target
#   bash eng/fuzz.sh 3600 remiss              # the long campaign: an hour on the remiss loader
#   CONFIGURATION=Debug bash eng/fuzz.sh 10   # test.sh in CI: reuses the Debug build the tests just made
#   KEEP=1 bash eng/fuzz.sh 60                # keep the work folder (afl-fuzz's queue, crashes, stats)
#
# Prints one line per target and a closing "fuzz: …" line; exits 1 when a replayed input still breaks a
# property (the finding is then in FuzzRegressions, ready to commit with its fix).
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
seconds=${1:-60}
shift || true
command -v afl-fuzz >/dev/null || { echo "fuzz: afl-fuzz is missing (apt-get install afl++)" >&2; exit 2; }

work=$(mktemp -d /tmp/remiss-fuzz.XXXXXX)
[[ "${KEEP:-0}" == 1 ]] || trap 'rm -rf "$work"' EXIT
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
regressions=$root/tests/Remiss.Fuzz.Tests/FuzzRegressions
step() { printf '== [%ss] %s\n' "$SECONDS" "$*"; }

# Two copies: plain for the replay, instrumented for afl-fuzz (instrumented code needs AFL's shared memory).
configuration=${CONFIGURATION:-Release}
step "publish tests/Remiss.Fuzz ($configuration), instrument with SharpFuzz"
dotnet publish "$root/tests/Remiss.Fuzz" -c "$configuration" -o "$work/plain" --nologo -v q >/dev/null
cp -r "$work/plain" "$work/instrumented"
(cd "$root" && dotnet tool restore >/dev/null)
for assembly in Remiss.Core YamlDotNet Remiss.Templates Markdig Remiss.Server Remiss.Cli AngleSharp; do
  (cd "$root" && dotnet tool run sharpfuzz "$work/instrumented/$assembly.dll")
done

declare -A extension
while IFS=$'\t' read -r name ext; do extension[$name]=$ext; done < <(dotnet "$work/plain/Remiss.Fuzz.dll" --list)
targets=("$@")
[[ ${#targets[@]} -gt 0 ]] || targets=($(dotnet "$work/plain/Remiss.Fuzz.dll" --list | cut -f1))
# FUZZ_SKIP="a b": targets left out of this campaign (test.sh: a target with an open finding, kept in tests/Remiss.Fuzz/OpenFindings).
# A name is left out only where it is the whole target's name ("pull" does not take "pull-parts" with it).
skips=" $(printf '%s ' ${FUZZ_SKIP:-})"
kept=()
for target in "${targets[@]}"; do
  [[ "$skips" == *" $target "* ]] || kept+=("$target")
done
targets=("${kept[@]}")

# afl-fuzz runs `dotnet`, which is not instrumented itself; SharpFuzz's fork server speaks for it.
# The fork server (dotnet starting the harness, which starts its child) may take a while on a busy machine.
export AFL_SKIP_BIN_CHECK=1 AFL_SKIP_CPUFREQ=1 AFL_NO_AFFINITY=1 AFL_NO_UI=1 AFL_SKIP_CRASHES=1 \
       AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_SUPPRESS_ERROR=1 AFL_FORKSRV_INIT_TMOUT=60000
total_execs=0 total_crashes=0 total_hangs=0 total_findings=0
declare -A kinds
for target in "${targets[@]}"; do
  ext=${extension[$target]:-}
  [[ -n "$ext" ]] || { echo "fuzz: unknown target '$target'" >&2; exit 2; }
  seeds=$work/seeds/$target
  mkdir -p "$seeds" "$work/out" "$regressions/$target"
  cp "$root/tests/Remiss.Fuzz/Seeds/$target/"* "$seeds/" 2>/dev/null || true
  cp "$regressions/$target/"* "$seeds/" 2>/dev/null || true
  find "$root/examples" "$root/tests" -name "*$ext" -not -path '*/bin/*' -not -path '*/obj/*' -not -path '*/FuzzRegressions/*' \
    -exec cp {} "$seeds/" \; 2>/dev/null || true
  step "$target: $(ls "$seeds" | wc -l) seeds, $seconds s"
  # -t 1000: a run over 1 s is a hang. (With "1000+" afl-fuzz would set a time-out of its own from the seeds' speed,
  # 40-140 ms here, and every run over it would restart the .NET child: the api target then ran 14 executions a second.)
  # On a machine so busy that even the first (JIT-compiling) run of every seed takes over 1 s, afl-fuzz
  # stops; the target is then fuzzed with 10 s, and the replay below still judges hangs by 1 s.
  timeout_ms=1000
  # A target's dictionary (tests/Remiss.Fuzz/Dictionaries/TARGET.dict) gives afl-fuzz the tokens its format is built from.
  dictionary=()
  [[ -f "$root/tests/Remiss.Fuzz/Dictionaries/$target.dict" ]] && dictionary=(-x "$root/tests/Remiss.Fuzz/Dictionaries/$target.dict")
  until afl-fuzz -i "$seeds" -o "$work/out/$target" -t "$timeout_ms" -m none -V "$seconds" "${dictionary[@]}" -- \
      dotnet "$work/instrumented/Remiss.Fuzz.dll" "$target" >"$work/afl-$target.log" 2>&1; do
    if [[ $timeout_ms -ne 1000 ]]; then
      tail -40 "$work/afl-$target.log" >&2
      echo "fuzz: afl-fuzz failed on $target" >&2
      exit 2
    fi
    echo "fuzz: $target: afl-fuzz could not start with -t 1000 on this machine (see below); again with -t 10000" >&2
    grep -E 'PROGRAM ABORT|SYSTEM ERROR' "$work/afl-$target.log" >&2 || true
    rm -rf "${work:?}/out/$target"
    timeout_ms=10000
  done

  stats=$work/out/$target/default/fuzzer_stats
  stat() { sed -n "s/^$1 *: *//p" "$stats"; }
  execs=$(stat execs_done) crashes=$(stat saved_crashes) hangs=$(stat saved_hangs)
  total_execs=$((total_execs + execs)) total_crashes=$((total_crashes + crashes)) total_hangs=$((total_hangs + hangs))

  # Replay what afl-fuzz saved, outside AFL. Every crash becomes a regression input; a hang only when it
  # reproduces (a saved hang that runs in milliseconds once warm was the machine being busy, not the input).
  saved=()
  for input in "$work/out/$target/default/crashes/"id:* "$work/out/$target/default/hangs/"id:*; do
    [[ -f "$input" ]] || continue
    saved+=("$input")
    [[ "$input" == */crashes/* ]] && cp "$input" "$regressions/$target/$(sha256sum "$input" | cut -c1-12)$ext"
  done
  # Each input in its own process: a stack overflow or a real hang ends the process, not the triage.
  findings=0
  for input in "${saved[@]}"; do
    rc=0
    line=$(timeout 60 dotnet "$work/plain/Remiss.Fuzz.dll" "$target" --check "$input" 2>&1) || rc=$?
    case $rc in
      0) continue ;;
      1) line=$(printf '%s\n' "$line" | head -1) ;;
      124) line=$(printf 'Hang\t%s\tstill running after 60 s' "$input") ;;
      *) line=$(printf 'Exception\t%s\tthe process died (exit %s): %s' "$input" "$rc" "$(printf '%s' "$line" | head -3 | tr '\n' ' ')") ;;
    esac
    printf '%s\n' "$line" | cut -c1-400
    cp "$input" "$regressions/$target/$(sha256sum "$input" | cut -c1-12)$ext"
    kind=${line%%$'\t'*}
    kinds[$kind]=$(( ${kinds[$kind]:-0} + 1 ))
    findings=$((findings + 1))
  done
  # Every input afl-fuzz kept (one per coverage path) replayed warm too: a hang hidden by a long -t shows
  # here, and the slowest one is reported.
  rc=0
  replay=$(dotnet "$work/plain/Remiss.Fuzz.dll" "$target" --check "$work/out/$target/default/queue" 2>"$work/queue-$target.txt") || rc=$?
  if [[ $rc -gt 1 ]]; then
    replay=$(printf 'Exception\t%s\tthe queue replay died (exit %s): %s' "$work/out/$target/default/queue" "$rc" "$(head -3 "$work/queue-$target.txt" | tr '\n' ' ')")
  fi
  if [[ -n "$replay" ]]; then
    while IFS=$'\t' read -r kind input _; do
      [[ -f "$input" ]] && cp "$input" "$regressions/$target/$(sha256sum "$input" | cut -c1-12)$ext"
      kinds[$kind]=$(( ${kinds[$kind]:-0} + 1 ))
      findings=$((findings + 1))
    done <<<"$replay"
    printf '%s\n' "$replay" | cut -c1-400
  fi
  queue=$(sed -n 's/^[a-z-]*: \([0-9]*\) inputs, .*slowest \([0-9]* ms\).*/\1 inputs, slowest \2/p' "$work/queue-$target.txt")

  total_findings=$((total_findings + findings))
  printf '%s: %s executions (%s/s, -t %s), %s crashes, %s hangs saved; queue replayed: %s; %s reproduce\n' \
    "$target" "$execs" "$(stat execs_per_sec)" "$timeout_ms" "$crashes" "$hangs" "${queue:-?}" "$findings"
done

by_kind=""
for kind in "${!kinds[@]}"; do by_kind+=" $kind=${kinds[$kind]}"; done
echo "fuzz: $total_execs executions, $total_crashes crashes, $total_hangs hangs saved, $total_findings reproduce${by_kind:+ (${by_kind# })}"
[[ $total_findings -eq 0 ]]
