#!/usr/bin/env bash
# End-to-end check of the packages: packs Remiss.Core, Remiss.Templates, Remiss.Generators and the
# Remiss.Cli tool into a local folder, builds examples/Remiss.Consumer against only those packages (fresh NuGet packages folder;
# Remiss.* from the local folder, everything else from the usual feed), runs it, and checks that a copy
# with a broken YAML file fails the build with "….remiss.yaml(line,col): error RMS…" — the same line the
# packed CLI's `remiss check` prints for that file.
#
#   bash eng/pack-and-consume.sh            # work folder under /tmp, removed afterwards
#   KEEP=1 bash eng/pack-and-consume.sh     # keep it for a look
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d /tmp/remiss-e2e.XXXXXX)
[[ "${KEEP:-0}" == 1 ]] || trap 'rm -rf "$work"' EXIT
feed=$work/feed
export NUGET_PACKAGES=$work/packages DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
step() { printf '\n== %s\n' "$*"; }
fail() { printf 'pack-and-consume: FAILED: %s\n' "$*" >&2; exit 1; }

# SourceLink needs a remote it knows (github and the like); a clone of a local path has a file remote,
# where it would fail the pack. So it is on only when origin is https.
sourcelink=false
case "$(git -C "$root" remote get-url origin 2>/dev/null || true)" in https://*) sourcelink=true ;; esac

step "pack into $feed (SourceLink: $sourcelink)"
for project in Remiss.Core Remiss.Templates Remiss.Generators Remiss.Cli; do
  dotnet pack "$root/src/$project/$project.csproj" -c Release -o "$feed" --nologo -v q \
    -p:EnableSourceLink=$sourcelink -p:ContinuousIntegrationBuild=$sourcelink
done
version=$(sed -n 's:.*<Version>\(.*\)</Version>.*:\1:p' "$root/Directory.Build.props" | head -1)
ls "$feed"

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

step "nuget.config: Remiss.* from the local folder only, the rest from the usual feed"
(cd "$work" && dotnet new nugetconfig --force >/dev/null)
usual=$(grep -o '<add key="[^"]*"' "$work/nuget.config" | head -1 | cut -d'"' -f2)
dotnet nuget add source "$feed" --name remiss-local --configfile "$work/nuget.config" >/dev/null
awk -v usual="$usual" '/<\/configuration>/ {
    print "  <packageSourceMapping>"
    print "    <packageSource key=\"remiss-local\"><package pattern=\"Remiss.*\" /></packageSource>"
    print "    <packageSource key=\"" usual "\"><package pattern=\"*\" /></packageSource>"
    print "  </packageSourceMapping>"
  } { print }' "$work/nuget.config" > "$work/nuget.config.new" && mv "$work/nuget.config.new" "$work/nuget.config"

# The consumer is copied out of the repository so nothing of the repository's build applies to it.
consumer=$work/consumer
cp -r "$root/examples/Remiss.Consumer" "$consumer"
rm -rf "$consumer/bin" "$consumer/obj"
cp "$root/examples/sou-2024-72.remiss.yaml" "$consumer/"

step "build and run the consumer"
dotnet build "$consumer/Remiss.Consumer.csproj" -c Release --nologo -v q -p:RemissPackageVersion="$version"
output=$(dotnet run --project "$consumer/Remiss.Consumer.csproj" -c Release --no-build)
printf '%s\n' "$output"
grep -q '^SOU 2024:72: Stärkt medicinsk kompetens i kommunal hälso- och sjukvård$' <<<"$output" || fail "the consumer did not print the generated property"
grep -q '^att godkänna årsredovisningen för 2024\.$' <<<"$output" || fail "the consumer did not print the region's clause"
[[ -d "$NUGET_PACKAGES/remiss.generators/$version" ]] || fail "Remiss.Generators was not restored from the local folder"

step "a broken remiss file fails the build at its line"
broken=$work/broken
cp -r "$consumer" "$broken"
rm -rf "$broken/bin" "$broken/obj"
sed -i 's/^  deadline: 2025-03-10.*$/  deadline: 2025-02-30/' "$broken/sou-2024-72.remiss.yaml"
set +e
log=$(dotnet build "$broken/Remiss.Consumer.csproj" -c Release --nologo -p:RemissPackageVersion="$version" 2>&1)
status=$?
set -e
[[ $status -ne 0 ]] || fail "the build with a broken remiss file succeeded"
line=$(grep -m1 -E 'sou-2024-72\.remiss\.yaml\([0-9]+,[0-9]+\): error RMS[0-9]{4}' <<<"$log") || { printf '%s\n' "$log" >&2; fail "no located RMS error in the build output"; }
printf '%s\n' "$line"
grep -q 'sou-2024-72\.remiss\.yaml(11,13): error RMS0013' <<<"$log" || fail "RMS0013 not reported at line 11, column 13"
build_error=$(grep -m1 -o 'sou-2024-72\.remiss\.yaml(11,13): error RMS0013: [^[]*' <<<"$log" | sed 's/ *$//')
grep -q -E 'CS8785|FileNotFoundException|Could not load file or assembly' <<<"$log" && fail "the generator did not load cleanly inside the compiler"

step "the packed CLI reports the same error"
dotnet tool install Remiss.Cli --version "$version" --tool-path "$work/tools" --configfile "$work/nuget.config" >/dev/null
set +e
check=$(cd "$broken" && "$work/tools/remiss" check sou-2024-72.remiss.yaml 2>&1)
set -e
printf '%s\n' "$check"
grep -qF "$build_error" <<<"$check" || fail "remiss check does not print the build's error: $build_error"

step "pack-and-consume: OK"
