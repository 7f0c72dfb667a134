#!/usr/bin/env bash
# End-to-end check of the packages: packs Remiss.Core, Remiss.Templates, Remiss.Generators and the
# Remiss.Cli tool (eng/packages.slnf) into a local folder, builds examples/Remiss.Consumer against only
# those packages (fresh NuGet packages folder; Remiss.* from the local folder, everything else from
# nuget.org), runs it, then breaks its YAML and checks the build fails with
# "….remiss.yaml(line,col): error RMS…" — the same line the packed CLI's `remiss check` prints; installs the
# native tool (Native AOT, linux-x64, with its server executable Remiss.Serve) into a tool path, renders the example with
# it, serves it (page and API), and runs the
# framework-dependent `any` fallback package.
#
#   bash eng/pack-and-consume.sh            # work folder under /tmp, removed afterwards
#   KEEP=1 bash eng/pack-and-consume.sh     # keep it for a look
#   CONFIGURATION=Debug bash eng/pack-and-consume.sh   # pack the Debug build (.ci/run: the one its tests just made)
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d /tmp/remiss-e2e.XXXXXX)
[[ "${KEEP:-0}" == 1 ]] || trap 'rm -rf "$work"' EXIT
feed=$work/feed
# The dotnet CLI leaves empty folders in the temp folder on every run; keep them in the work folder.
export TMPDIR=$work/tmp DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
mkdir "$TMPDIR"
step() { printf '\n== [%ss] %s\n' "$SECONDS" "$*"; }
fail() { printf 'pack-and-consume: FAILED: %s\n' "$*" >&2; exit 1; }

# SourceLink needs a remote it knows (github and the like); a clone of a local path has a file remote,
# where it would fail the pack. So it is on only when origin is https.
sourcelink=false
case "$(git -C "$root" remote get-url origin 2>/dev/null || true)" in https://*) sourcelink=true ;; esac

# One pack of the four projects (one restore, one build graph), with the machine's usual packages folder:
# only the consumer below needs a fresh one.
configuration=${CONFIGURATION:-Release}
step "pack $configuration into $feed (SourceLink: $sourcelink)"
dotnet pack "$root/eng/packages.slnf" -c "$configuration" --nologo -v q -p:PackageOutputPath="$feed" \
  -p:EnableSourceLink=$sourcelink -p:ContinuousIntegrationBuild=$sourcelink
version=$(sed -n 's:.*<Version>\(.*\)</Version>.*:\1:p' "$root/Directory.Build.props" | head -1)

# Remiss.Cli is a RID-specific tool: the pack above made the pointer package; the native linux-x64 package
# needs Native AOT on this platform (clang), and `any` is the framework-dependent fallback for the rest.
step "pack the native tool (Native AOT, linux-x64)"
aot_start=$SECONDS
dotnet pack "$root/src/Remiss.Cli" -c "$configuration" -r linux-x64 --nologo -v q -p:PackageOutputPath="$feed" \
  -p:EnableSourceLink=$sourcelink -p:ContinuousIntegrationBuild=$sourcelink
aot_seconds=$((SECONDS - aot_start))
step "pack the framework-dependent fallback (any)"
dotnet pack "$root/src/Remiss.Cli" -c "$configuration" -r any -p:PublishAot=false --nologo -v q -p:PackageOutputPath="$feed" \
  -p:EnableSourceLink=$sourcelink -p:ContinuousIntegrationBuild=$sourcelink
ls -l "$feed"

step "check the analyzer package's layout"
listing=$(unzip -l "$feed/Remiss.Generators.$version.nupkg")
for entry in analyzers/dotnet/cs/Remiss.Generators.dll analyzers/dotnet/cs/Remiss.Core.dll analyzers/dotnet/cs/YamlDotNet.dll \
             buildTransitive/Remiss.Generators.props buildTransitive/Remiss.Generators.targets README.md; do
  grep -q " $entry\$" <<<"$listing" || fail "Remiss.Generators.$version.nupkg has no $entry"
done
grep -q ' lib/' <<<"$listing" && fail "Remiss.Generators.$version.nupkg must not put the generator in lib/"
nuspec=$(unzip -p "$feed/Remiss.Generators.$version.nupkg" Remiss.Generators.nuspec)
grep -q '<developmentDependency>true</developmentDependency>' <<<"$nuspec" || fail "Remiss.Generators is not a development dependency"
for package in Remiss.Core Remiss.Templates; do
  contents=$(unzip -l "$feed/$package.$version.nupkg")  # not piped into grep -q: pipefail would see unzip's SIGPIPE
  grep -q "lib/.*/$package.xml" <<<"$contents" || fail "$package.$version.nupkg has no XML docs"
  grep -q " README.md\$" <<<"$contents" || fail "$package.$version.nupkg has no README"
done

# The consumer is copied out of the repository so nothing of the repository's build applies to it; its
# nuget.config takes Remiss.* from the local folder only, and its packages folder starts empty.
consumer=$work/consumer
cp -r "$root/examples/Remiss.Consumer" "$consumer"
rm -rf "$consumer/bin" "$consumer/obj"
cp "$root/examples/sou-2024-72.remiss.yaml" "$root/examples/organisation.yaml" "$consumer/"
# The decision path by the organisation file's body ids: the build must print the bodies' names.
sed -i 's/^    - Hälso- och sjukvårdsutskottet$/    - hsu/; s/^    - Hälso- och sjukvårdsnämnden$/    - hsn/' "$consumer/sou-2024-72.remiss.yaml"
grep -q '^    - hsu$' "$consumer/sou-2024-72.remiss.yaml" || fail "the consumer's remiss file does not name its bodies by id"
cat >"$consumer/nuget.config" <<EOF
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <clear />
    <add key="remiss-local" value="$feed" />
    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
  </packageSources>
  <packageSourceMapping>
    <packageSource key="remiss-local"><package pattern="Remiss.*" /></packageSource>
    <packageSource key="nuget.org"><package pattern="*" /></packageSource>
  </packageSourceMapping>
</configuration>
EOF
export NUGET_PACKAGES=$work/packages

step "build and run the consumer"
dotnet build "$consumer/Remiss.Consumer.csproj" -c Release --nologo -v q -p:RemissPackageVersion="$version"
output=$(dotnet run --project "$consumer/Remiss.Consumer.csproj" -c Release --no-build)
printf '%s\n' "$output"
grep -q '^SOU 2024:72: Stärkt medicinsk kompetens i kommunal hälso- och sjukvård$' <<<"$output" || fail "the consumer did not print the generated property"
grep -q '^att godkänna årsredovisningen för 2024\.$' <<<"$output" || fail "the consumer did not print the region's clause"
grep -q '^Hälso- och sjukvårdsutskottet föreslår att Hälso- och sjukvårdsnämnden beslutar$' <<<"$output" || fail "the path by ids did not become the bodies' names"
grep -q '^Region Västernorrland: Hälso- och sjukvårdsnämnden (3 sammanträden)$' <<<"$output" || fail "the consumer did not print the typed organisation class"
[[ -d "$NUGET_PACKAGES/remiss.generators/$version" ]] || fail "Remiss.Generators was not restored from the local folder"

step "a broken remiss file fails the build at its line"
sed -i 's/^  deadline: 2025-03-10.*$/  deadline: 2025-02-30/' "$consumer/sou-2024-72.remiss.yaml"
set +e
log=$(dotnet build "$consumer/Remiss.Consumer.csproj" -c Release --nologo --no-restore -p:RemissPackageVersion="$version" 2>&1)
status=$?
set -e
[[ $status -ne 0 ]] || fail "the build with a broken remiss file succeeded"
line=$(grep -m1 -E 'sou-2024-72\.remiss\.yaml\([0-9]+,[0-9]+\): error RMS[0-9]{4}' <<<"$log") || { printf '%s\n' "$log" >&2; fail "no located RMS error in the build output"; }
printf '%s\n' "$line"
grep -q 'sou-2024-72\.remiss\.yaml(11,13): error RMS0013' <<<"$log" || fail "RMS0013 not reported at line 11, column 13"
build_error=$(grep -m1 -o 'sou-2024-72\.remiss\.yaml(11,13): error RMS0013: [^[]*' <<<"$log" | sed 's/ *$//')
grep -q -E 'CS8785|FileNotFoundException|Could not load file or assembly' <<<"$log" && fail "the generator did not load cleanly inside the compiler"

step "the packed CLI reports the same error"
dotnet tool install Remiss.Cli --version "$version" --tool-path "$work/tools" --configfile "$consumer/nuget.config" >/dev/null
set +e
check=$(cd "$consumer" && "$work/tools/remiss" check sou-2024-72.remiss.yaml 2>&1)
set -e
printf '%s\n' "$check"
grep -qF "$build_error" <<<"$check" || fail "remiss check does not print the build's error: $build_error"

step "a misspelt body is the same error in the build and in remiss check"
cp "$root/examples/sou-2024-72.remiss.yaml" "$consumer/sou-2024-72.remiss.yaml"
sed -i 's/^    - Hälso- och sjukvårdsutskottet$/    - Hälsö- och sjukvårdsutskottet/' "$consumer/sou-2024-72.remiss.yaml"
set +e
log=$(dotnet build "$consumer/Remiss.Consumer.csproj" -c Release --nologo --no-restore -p:RemissPackageVersion="$version" 2>&1)
status=$?
check=$(cd "$consumer" && "$work/tools/remiss" check sou-2024-72.remiss.yaml 2>&1)
set -e
[[ $status -ne 0 ]] || fail "the build with a misspelt body succeeded"
build_error=$(grep -m1 -o 'sou-2024-72\.remiss\.yaml(48,7): error RMS0078: [^[]*' <<<"$log" | sed 's/ *$//') || { printf '%s\n' "$log" >&2; fail "RMS0078 not reported at line 48, column 7"; }
printf '%s\n' "$build_error"
grep -qF "$build_error" <<<"$check" || fail "remiss check does not print the build's error: $build_error"

step "the installed tool is the native one and renders the example"
target=$(readlink -f "$work/tools/remiss")
[[ "$(head -c 4 "$target" | od -An -c | tr -d ' ')" == '177ELF' ]] || fail "remiss is not a native executable: $target"
[[ -z "$(find "$work/tools/.store" -name 'Remiss.Cli.dll')" ]] || fail "the linux-x64 tool carries Remiss.Cli.dll: not the native package"
# The tool does not carry the server (docs/choices.md, "The command-line tool"); its server executable lies beside it.
[[ -x "$(dirname "$target")/Remiss.Serve" ]] || fail "the native tool has no Remiss.Serve beside it: $(ls "$(dirname "$target")")"
grep -qaF 'Microsoft.AspNetCore.' "$target" && fail "the native remiss still carries ASP.NET Core (a type or switch named Microsoft.AspNetCore.…)"
rendered=$work/rendered
"$work/tools/remiss" render "$root/examples/sou-2024-72.remiss.yaml" --format docx,md --output "$rendered"
for name in "Yttrande SOU 2024-72 Region Västernorrland" "Tjänsteutlåtande 24HSN5898"; do
  [[ -s "$rendered/$name.docx" ]] || fail "the native tool did not write $name.docx"
done
grep -qx '## Förslag till beslut' "$rendered/Tjänsteutlåtande 24HSN5898.md" || fail "the native tool's tjänsteutlåtande lacks its decision heading"

step "the native tool plans the example and writes its calendar (Ical.Net under Native AOT)"
planned=$work/planned
mkdir "$planned"
cp "$root/examples/sou-2024-72.remiss.yaml" "$root/examples/organisation.yaml" "$planned/"
"$work/tools/remiss" plan "$planned" --today 2025-02-01 --ics "$planned/remisser.ics" >"$planned/plan.txt"
grep -qxF '  Hälso- och sjukvårdsnämnden    2025-03-19 (beslutar)' "$planned/plan.txt" || fail "the native tool's plan lacks the deciding meeting"
for line in 'UID:sammantrade-hsn.24hsn5898@remiss' 'DTSTART;VALUE=DATE:20250319' 'UID:svarstid.24hsn5898@remiss' 'DTSTART;VALUE=DATE:20250321'; do
  tr -d '\r' <"$planned/remisser.ics" | grep -qxF "$line" || fail "the native tool's calendar lacks $line"
done

step "the native tool serves the page and the API (Remiss.Serve: ASP.NET Core under Native AOT)"
served=$work/served
mkdir "$served"
cp "$root/examples/sou-2024-72.remiss.yaml" "$root/examples/organisation.yaml" "$served/"
"$work/tools/remiss" serve "$served" --port 0 >"$served/serve.out" 2>&1 &
server=$!
for _ in $(seq 1 100); do grep -q 'http://' "$served/serve.out" && break; sleep 0.1; done
url=$(grep -oE 'http://127\.0\.0\.1:[0-9]+' "$served/serve.out" | head -1 || true)
served_ok() {  # answers are read whole before grep (pipefail would see curl's SIGPIPE)
  local answer
  [[ -n "$url" ]] || return 1
  answer=$(curl -fsS "$url/openapi/v1.json") && grep -q '"/api/v1/render"' <<<"$answer" || return 1
  answer=$(curl -fsS "$url/ui/remisser") && grep -q '"id":"sou-2024-72"' <<<"$answer" || return 1
  curl -fsS -D "$served/headers" -o "$served/yttrande.docx" "$url/ui/remisser/sou-2024-72/download/yttrande/docx" || return 1
  grep -qi "filename\*=UTF-8''Yttrande%20SOU%202024-72%20Region%20V%C3%A4sternorrland.docx" "$served/headers" || return 1
  [[ "$(head -c 2 "$served/yttrande.docx")" == PK ]] || return 1
  answer=$(curl -fsS "$url/api/v1/wording" -H 'Content-Type: application/json' \
    -d '{"path":["Hälso- och sjukvårdsnämnden"],"clauses":[{"id":"immediate-adjustment"}]}') || return 1
  grep -q 'att förklara paragrafen för omedelbart justerad.' <<<"$answer" || return 1
  [[ "$(curl -sS -o /dev/null -w '%{http_code}' "$url/ui/remisser/..%2f..%2fetc%2fpasswd")" == 404 ]] || return 1
}
if ! served_ok; then
  kill "$server" 2>/dev/null || true
  fail "the native tool's serve did not answer as expected: $(cat "$served/serve.out")"
fi
# `remiss serve` became the server (execv): the process started is the one that serves, and SIGTERM stops it cleanly.
[[ "$(readlink -f "/proc/$server/exe")" == "$(dirname "$target")/Remiss.Serve" ]] || fail "remiss serve is not the process that serves: $(readlink -f "/proc/$server/exe")"
kill "$server"
status=0
wait "$server" || status=$?
[[ $status -eq 0 ]] || fail "remiss serve did not stop cleanly on SIGTERM (exit $status): $(cat "$served/serve.out")"

step "the framework-dependent fallback (any) runs on the shared runtime"
mkdir "$work/any"
(cd "$work/any" && unzip -q "$feed/Remiss.Cli.any.$version.nupkg")
fallback=$(dotnet "$work/any/tools/net10.0/any/Remiss.Cli.dll" check "$root/examples/sou-2024-72.remiss.yaml")
printf '%s\n' "$fallback"
grep -q '0 fel' <<<"$fallback" || fail "the any package's remiss check did not pass the example"

printf '\nNative AOT pack of Remiss.Cli and Remiss.Serve (linux-x64, %s): %ss\n' "$configuration" "$aot_seconds"

step "pack-and-consume: OK"
