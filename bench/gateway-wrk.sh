#!/usr/bin/env bash
# Load benchmark of the guardrail gateway with wrk on loopback (issue 4), side by side in one run: client -> fake
# upstream directly, and client -> gateway (bulwark serve, Release, default policy and hold-back window) -> the same
# fake upstream; 2 KB benign prompts, non-streaming and streaming. Prints a Markdown table for docs/benchmarks.md.
#
#   flock /work/bench.lock bench/gateway-wrk.sh
#
# Environment: DURATION (wrk seconds per run, 15), CONNECTIONS (32), THREADS (2), RATE (paced run's target req/s,
# 1000), TTFB_REQUESTS (curl requests per time-to-first-byte loop, 200), UPSTREAM_PORT (18001), GATEWAY_PORT (18080),
# GATEWAY_ENV (extra environment for the gateway process, e.g. GC settings; none).
#
# Fixed-rate rows: Debian has no wrk2, so wrk's Lua delay() hook paces the requests. "scheduled": each wrk thread owns a
# timetable of evenly spaced send times (threads offset by half a slot) and every request takes the next slot, as an
# open-loop client would send them; a request sent more than 1 ms after its slot is counted as late. "synchronised":
# every connection pauses CONNECTIONS/RATE after each answer; the connections start together and stay in step, so
# the load arrives in bursts of up to CONNECTIONS requests at once (kept for comparison with earlier runs).
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION=${DURATION:-15}
CONNECTIONS=${CONNECTIONS:-32}
THREADS=${THREADS:-2}
RATE=${RATE:-1000}
TTFB_REQUESTS=${TTFB_REQUESTS:-200}
UPSTREAM_PORT=${UPSTREAM_PORT:-18001}
GATEWAY_PORT=${GATEWAY_PORT:-18080}
UPSTREAM=http://127.0.0.1:$UPSTREAM_PORT
GATEWAY=http://127.0.0.1:$GATEWAY_PORT
ROUTE=/v1/chat/completions

if ! command -v wrk >/dev/null 2>&1; then
  echo "gateway-wrk: installing wrk" >&2
  as_root=()
  [ "$(id -u)" -eq 0 ] || as_root=(sudo)
  "${as_root[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${as_root[@]}" apt-get install -y -qq --no-install-recommends wrk
fi
command -v curl >/dev/null 2>&1 || { echo "gateway-wrk: curl is required" >&2; exit 2; }

work=$(mktemp -d)
pids=()
cleanup() {
  for pid in "${pids[@]}"; do
    kill "$pid" 2>/dev/null || true
  done
  for pid in "${pids[@]}"; do
    wait "$pid" 2>/dev/null || true
  done
  rm -rf "$work"
}
trap cleanup EXIT

echo "gateway-wrk: building (Release)" >&2
dotnet build -c Release bench/Bulwark.Benchmarks -v q -nologo >"$work/build-bench.log" 2>&1 || { cat "$work/build-bench.log" >&2; exit 1; }
dotnet build -c Release src/Bulwark.Cli -v q -nologo >"$work/build-cli.log" 2>&1 || { cat "$work/build-cli.log" >&2; exit 1; }

# The built apphosts, not `dotnet run`: the PIDs are then the servers themselves, for RSS and for stopping them.
bench/Bulwark.Benchmarks/bin/Release/net10.0/Bulwark.Benchmarks gateway-fake-upstream --urls "$UPSTREAM" >"$work/upstream.log" 2>&1 &
pids+=($!)
# The gateway runs in the scratch folder, so its SQLite store and evidence key are made fresh there. One Bulwark key is
# issued first: the keyed rows present it (checked against the store, swapped for the upstream credential "bench").
cli=$PWD/src/Bulwark.Cli/bin/Release/net10.0/bulwark
bulwark_key=$(cd "$work" && "$cli" keys create --tenant bench --upstream-credential bench 2>"$work/keys.log" | grep -o 'bwk_[A-Za-z0-9_-]*' | head -n 1)
[ -n "$bulwark_key" ] || { echo "gateway-wrk: could not issue a Bulwark key" >&2; cat "$work/keys.log" >&2; exit 1; }
# GATEWAY_ENV (optional, e.g. "DOTNET_GCgen0size=0x4000000") is added to the gateway's environment for experiments.
# shellcheck disable=SC2086
(cd "$work" && exec env ${GATEWAY_ENV:-} BULWARK_Credentials__bench=sk-bench-upstream "$cli" serve --urls "$GATEWAY" --upstream "$UPSTREAM") >"$work/gateway.log" 2>&1 &
gateway_pid=$!
pids+=("$gateway_pid")

# A 2 KB prompt of ordinary English prose, in an OpenAI chat request.
prose="The lighthouse on the northern headland was built in the 1860s from granite quarried a few miles inland, \
hauled by horse and cart along a track that still runs beside the cliffs. For more than a century a keeper and his family \
lived in the small cottage at its foot, trimming the wick every few hours, winding the clockwork that turned the great lens, \
and writing the weather into a logbook that now sits in the county archive. The entries are short and practical: wind from \
the south-west, a heavy swell, a coal steamer passing close inshore at dawn, fog from noon until evening and the horn \
sounded every thirty seconds. Some pages mention a shipwreck on the reef to the east, when the keeper rowed out with two \
fishermen and brought the crew ashore, and the grateful captain later sent a barometer that still hangs in the hallway. In winter the supply boat sometimes could not land for weeks, so the storeroom held flour, \
salted fish, lamp oil and spare glass for the lantern. Today the light is automatic and monitored from a control room \
far away, and the cottage has become a small museum with a shop that sells postcards, maps of the coast and jars of local honey. Visitors climb the spiral stair, one hundred and twelve steps, to \
look out over the water where seals haul out on the rocks at low tide. On a clear afternoon you can see three other \
lights along the coast, each with its own pattern of flashes so that a navigator can tell them apart. The guide explains \
how the lens gathers the flame into a narrow beam, how the mercury bath lets a ton of glass turn with the push of a \
finger, and why the tower is painted in broad red and white bands. Please summarise the history of this lighthouse in \
a few sentences, suggest two questions a visitor might ask the guide, and recommend a good time of year to visit if \
someone wants calm weather for the boat trip around the headland and a chance of seeing puffins nesting on the cliffs."
body() { printf '{"model":"bench-model","stream":%s,"messages":[{"role":"user","content":"%s"}]}' "$1" "$prose"; }
body false >"$work/body-json.json"
body true >"$work/body-stream.json"

# wrk scripts: the POST (optionally with a Bulwark key), the pacing (none, "scheduled" or "synchronised"; see the top),
# and a machine-readable summary line (requests/s at the measured rate, latency percentiles in ms, errors, late sends).
lua() { # lua <body file> <none|scheduled|synchronised> [authorization header]
  cat <<EOF
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
local authorization = "${3:-}"
if authorization ~= "" then wrk.headers["Authorization"] = authorization end
wrk.body = [==[$(cat "$1")]==]
local pacing, rate, threads, connections = "$2", $RATE, $THREADS, $CONNECTIONS
local ffi = require("ffi")
ffi.cdef[[ typedef struct { long tv_sec; long tv_nsec; } bench_timespec; int clock_gettime(int, bench_timespec *); ]]
local clock = ffi.new("bench_timespec")
local function now_ms() ffi.C.clock_gettime(1, clock); return tonumber(clock.tv_sec) * 1000 + tonumber(clock.tv_nsec) / 1e6 end
local all, created = {}, 0
function setup(thread) thread:set("index", created); created = created + 1; table.insert(all, thread) end
late = 0
local interval, next_slot
function init(args)
  interval = 1000 * threads / rate
  next_slot = now_ms() + 50 + index * interval / threads
end
if pacing == "scheduled" then
  function delay()
    local wait = next_slot - now_ms()
    next_slot = next_slot + interval
    if wait < -1 then late = late + 1 end
    if wait <= 0 then return 0 end
    return math.floor(wait + 0.5)
  end
elseif pacing == "synchronised" then
  function delay() return math.floor(connections * 1000 / rate) end
end
function done(summary, latency, requests)
  local e, behind = summary.errors, 0
  for _, thread in ipairs(all) do behind = behind + (thread:get("late") or 0) end
  io.write(string.format("RESULT %.1f %.3f %.3f %.3f %d %d %d\\n", summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency.max / 1000, summary.requests,
    e.connect + e.read + e.write + e.timeout + e.status, behind))
end
EOF
}
lua "$work/body-json.json" none >"$work/json.lua"
lua "$work/body-stream.json" none >"$work/stream.lua"
lua "$work/body-json.json" scheduled >"$work/json-scheduled.lua"
lua "$work/body-json.json" scheduled "Bearer $bulwark_key" >"$work/json-keyed.lua"
lua "$work/body-json.json" synchronised >"$work/json-synchronised.lua"
pace_ms=$(( CONNECTIONS * 1000 / RATE ))

wait_for() { # wait_for <what> <curl args...>
  local what=$1
  shift
  for _ in $(seq 1 120); do
    if curl -sf -o /dev/null "$@"; then return 0; fi
    sleep 0.5
  done
  echo "gateway-wrk: $what did not start" >&2
  cat "$work/upstream.log" "$work/gateway.log" >&2
  exit 1
}
wait_for "the fake upstream" -X POST -H 'Content-Type: application/json' --data-binary @"$work/body-json.json" "$UPSTREAM$ROUTE"
wait_for "the gateway" "$GATEWAY/readyz"

# The prompt must be allowed, and both answers must pass, or the gateway row would measure refusals.
decision=$(curl -s -D - -o /dev/null -X POST -H 'Content-Type: application/json' --data-binary @"$work/body-json.json" "$GATEWAY$ROUTE" \
  | tr -d '\r' | awk -F': ' 'tolower($1) == "x-bulwark-decision" { print $2 }')
case "$decision" in
  allow*) ;;
  *) echo "gateway-wrk: the gateway did not allow the benchmark prompt (X-Bulwark-Decision: '$decision')" >&2; exit 1 ;;
esac
keyed=$(curl -s -o /dev/null -w '%{http_code}' -X POST -H 'Content-Type: application/json' -H "Authorization: Bearer $bulwark_key" \
  --data-binary @"$work/body-json.json" "$GATEWAY$ROUTE")
[ "$keyed" = 200 ] || { echo "gateway-wrk: the gateway refused the Bulwark key (HTTP $keyed)" >&2; exit 1; }
direct_stream=$(curl -s -X POST -H 'Content-Type: application/json' --data-binary @"$work/body-stream.json" "$UPSTREAM$ROUTE")
gateway_stream=$(curl -s -X POST -H 'Content-Type: application/json' --data-binary @"$work/body-stream.json" "$GATEWAY$ROUTE")
if [ "$direct_stream" != "$gateway_stream" ]; then
  echo "gateway-wrk: the stream through the gateway differs from the upstream's" >&2
  exit 1
fi

cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat"; } # user + system time of a process, in clock ticks
# The gateway's runtime meter: bytes allocated, garbage collections (all generations) and their total pause, seconds.
gc_snapshot() {
  curl -s "$GATEWAY/metrics" | awk '
    /^dotnet_gc_heap_total_allocated_bytes_total/ { a = $2 }
    /^dotnet_gc_collections_total/ { c += $2 }
    /^dotnet_gc_pause_time_seconds_total/ { p = $2 }
    END { printf "%.0f %d %.6f", a, c, p }'
}
run() { # run <name> <url> <lua> ; appends "name rps p50 p99 max requests errors late cpu-us/req KB/req GCs pause-ms"
  echo "gateway-wrk: $1" >&2
  local before after gc_before gc_after
  before=$(cpu_ticks "$gateway_pid")
  gc_before=$(gc_snapshot)
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --latency -s "$3" "$2$ROUTE" >"$work/$1.txt"
  after=$(cpu_ticks "$gateway_pid")
  gc_after=$(gc_snapshot)
  cat "$work/$1.txt" >&2
  local result
  result=$(awk '/^RESULT/ { $1 = ""; print }' "$work/$1.txt")
  echo "$1 $result $(awk -v t=$((after - before)) -v hz="$(getconf CLK_TCK)" -v n="$(echo "$result" | awk '{ print $5 }')" \
    -v b="$gc_before" -v e="$gc_after" 'BEGIN {
      split(b, x, " "); split(e, y, " ")
      printf "%.0f %.1f %d %.1f", t / hz * 1e6 / n, (y[1] - x[1]) / n / 1024, y[2] - x[2], (y[3] - x[3]) * 1000 }')" >>"$work/results"
}
# Warm-up: JIT, connection pools and the screener's tables, so the measured runs see a steady state.
wrk -t"$THREADS" -c"$CONNECTIONS" -d3s -s "$work/json.lua" "$UPSTREAM$ROUTE" >/dev/null
wrk -t"$THREADS" -c"$CONNECTIONS" -d3s -s "$work/json.lua" "$GATEWAY$ROUTE" >/dev/null
wrk -t"$THREADS" -c"$CONNECTIONS" -d3s -s "$work/stream.lua" "$GATEWAY$ROUTE" >/dev/null
run direct-json "$UPSTREAM" "$work/json.lua"
run gateway-json "$GATEWAY" "$work/json.lua"
run direct-stream "$UPSTREAM" "$work/stream.lua"
run gateway-stream "$GATEWAY" "$work/stream.lua"
run direct-json-scheduled "$UPSTREAM" "$work/json-scheduled.lua"
run gateway-json-scheduled "$GATEWAY" "$work/json-scheduled.lua"
run gateway-json-keyed "$GATEWAY" "$work/json-keyed.lua"
run direct-json-synchronised "$UPSTREAM" "$work/json-synchronised.lua"
run gateway-json-synchronised "$GATEWAY" "$work/json-synchronised.lua"

# Time to first byte of a stream, one request at a time on a new connection each (curl's time_starttransfer; the
# gateway sends its headers with the first released event, so this is its first token).
ttfb() { # ttfb <url> -> "p50 p99" in ms
  for _ in $(seq 1 "$TTFB_REQUESTS"); do
    curl -s -o /dev/null -w '%{time_starttransfer}\n' -X POST -H 'Content-Type: application/json' --data-binary @"$work/body-stream.json" "$1$ROUTE"
  done | sort -g | awk '{ v[NR] = $1 * 1000 } END { i50 = int(NR * 0.50 + 0.5); i99 = int(NR * 0.99 + 0.5); printf "%.3f %.3f", v[i50], v[i99] }'
}
echo "gateway-wrk: time to first byte" >&2
read -r direct_ttfb50 direct_ttfb99 <<<"$(ttfb "$UPSTREAM")"
read -r gateway_ttfb50 gateway_ttfb99 <<<"$(ttfb "$GATEWAY")"

rss() { awk -v key="$2" '$1 == key":" { printf "%.0f", $2 / 1024 }' "/proc/$1/status"; }
gateway_rss=$(rss "$gateway_pid" VmRSS)
gateway_hwm=$(rss "$gateway_pid" VmHWM)

# The table.
get() { awk -v name="$1" -v field="$2" '$1 == name { print $field }' "$work/results"; }
diff_ms() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%+.3f", a - b }'; }
echo
echo "wrk -t$THREADS -c$CONNECTIONS -d${DURATION}s --latency; $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) at the end"
echo
echo "| mode | path | req/s | p50 ms | p99 ms | max ms | requests | errors | late sends | added p50 ms | added p99 ms | gateway CPU µs / request | gateway KB allocated / request | gateway GCs | gateway GC pause ms |"
echo "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
row() { # row <label> <path label> <result name> <direct result name>
  local added="— | —" gateway="— | — | — | —"
  if [ "$3" != "$4" ]; then
    added="$(diff_ms "$(get "$3" 3)" "$(get "$4" 3)") | $(diff_ms "$(get "$3" 4)" "$(get "$4" 4)")"
    gateway="$(get "$3" 9) | $(get "$3" 10) | $(get "$3" 11) | $(get "$3" 12)"
  fi
  local late=$(get "$3" 8)
  case "$3" in *scheduled*|*keyed*) ;; *) late="—" ;; esac
  echo "| $1 | $2 | $(get "$3" 2) | $(get "$3" 3) | $(get "$3" 4) | $(get "$3" 5) | $(get "$3" 6) | $(get "$3" 7) | $late | $added | $gateway |"
}
row "non-streaming, closed loop" direct direct-json direct-json
row "non-streaming, closed loop" gateway gateway-json direct-json
row "streaming (20 deltas), closed loop" direct direct-stream direct-stream
row "streaming (20 deltas), closed loop" gateway gateway-stream direct-stream
row "non-streaming, ~$RATE req/s on a fixed schedule" direct direct-json-scheduled direct-json-scheduled
row "non-streaming, ~$RATE req/s on a fixed schedule" gateway gateway-json-scheduled direct-json-scheduled
row "non-streaming, ~$RATE req/s on a fixed schedule" "gateway, Bulwark key" gateway-json-keyed direct-json-scheduled
row "non-streaming, $CONNECTIONS connections each pausing $pace_ms ms (bursts)" direct direct-json-synchronised direct-json-synchronised
row "non-streaming, $CONNECTIONS connections each pausing $pace_ms ms (bursts)" gateway gateway-json-synchronised direct-json-synchronised
echo
echo "| stream time to first byte ($TTFB_REQUESTS curl requests, one at a time) | p50 ms | p99 ms |"
echo "| --- | ---: | ---: |"
echo "| direct | $direct_ttfb50 | $direct_ttfb99 |"
echo "| gateway | $gateway_ttfb50 | $gateway_ttfb99 |"
echo "| overhead | $(diff_ms "$gateway_ttfb50" "$direct_ttfb50") | $(diff_ms "$gateway_ttfb99" "$direct_ttfb99") |"
echo
echo "Gateway process after the runs: RSS ${gateway_rss} MiB, peak RSS (VmHWM) ${gateway_hwm} MiB."
