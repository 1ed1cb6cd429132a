#!/usr/bin/env bash
# Runs every SectorMap test on a fresh machine: installs what is missing (Java, the Neo4j package),
# builds, starts a real Neo4j 3.1.1, runs each test project, stops Neo4j (also when tests fail),
# and ends with one summary line over all of them: "tests: N passed, N failed[, N skipped]".
# Exits non-zero when anything failed or no test ran.
set -uo pipefail
cd "$(dirname "$0")"

log() { printf '\n== %s\n' "$*" >&2; }

require_dotnet() {
  if ! command -v dotnet >/dev/null 2>&1; then
    echo "test.sh: the .NET SDK (global.json: 10.0.100 or later) is not installed; see README.md" >&2
    exit 1
  fi
}

require_dotnet
results="TestResults/run-$$"
rm -rf TestResults
mkdir -p "$results"

log "build"
if ! dotnet build SectorMap.sln -nologo -v quiet; then
  echo "tests: 0 passed, 1 failed (the build failed)"
  exit 1
fi

log "neo4j"
neo4j_folder="${TMPDIR:-/tmp}/sectormap-test-neo4j-$$"
trap 'tests/tools/neo4j-server.sh stop "$neo4j_folder"' EXIT
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()' 2>/dev/null || echo $((20000 + RANDOM % 20000)); }
neo4j_http=$(free_port); neo4j_bolt=$(free_port)
export SECTORMAP_TEST_NEO4J_PASSWORD="test-$$-$RANDOM"
if ! tests/tools/neo4j-server.sh start "$neo4j_folder" "$neo4j_http" "$neo4j_bolt" "$SECTORMAP_TEST_NEO4J_PASSWORD"; then
  echo "tests: 0 passed, 1 failed (Neo4j did not start)"
  exit 1
fi
export SECTORMAP_TEST_NEO4J_URL="http://127.0.0.1:$neo4j_http"

log "test"
# One project at a time: they share the one Neo4j database (Community 3.1 has no other), and
# each test clears it. (Run alone, `dotnet test` starts a server per test project instead.)
status=0
for project in tests/*.Tests/*.Tests.csproj; do
  dotnet test "$project" --no-build -nologo --logger "trx" --results-directory "$results" -- RunConfiguration.TreatNoTestsAsError=true || status=1
done

# One line over all projects, read from the result files rather than from console text.
passed=0; failed=0; skipped=0; files=0
for trx in "$results"/*.trx; do
  [ -f "$trx" ] || continue
  files=$((files + 1))
  counters=$(grep -o '<Counters [^>]*>' "$trx")
  get() { printf '%s' "$counters" | grep -o " $1=\"[0-9]*\"" | grep -o '[0-9]*'; }
  passed=$((passed + $(get passed)))
  failed=$((failed + $(get failed) + $(get error) + $(get timeout) + $(get aborted)))
  skipped=$((skipped + $(get notExecuted)))
done

projects=$(ls -d tests/*.Tests 2>/dev/null | wc -l)
if [ "$files" -lt "$projects" ]; then
  echo "test.sh: only $files of $projects test projects reported results" >&2
  failed=$((failed + projects - files))
fi

summary="tests: $passed passed, $failed failed"
[ "$skipped" -gt 0 ] && summary="$summary, $skipped skipped"
echo "$summary"

if [ "$status" -ne 0 ] || [ "$failed" -gt 0 ] || [ "$passed" -eq 0 ]; then
  exit 1
fi
