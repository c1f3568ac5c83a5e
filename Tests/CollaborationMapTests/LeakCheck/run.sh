#!/bin/sh
# Leak check of the renderer (docs/rendering.md).
#   Tests/CollaborationMapTests/LeakCheck/run.sh [N] [engines]
# Builds main.swift against the objects of `swift build`, strips DWARF 5
# debug info (valgrind 3.19 cannot read it) and runs valgrind twice: with 1
# and with N renderings per engine. Memory lost by our code would grow
# with N; what grows with dot is Graphviz 2.42's own cluster leak.
set -eu
N=${1:-10}
ENGINES=${2:-dot,neato}
ROOT=$(cd "$(dirname "$0")/../../.." && pwd)
OUT=${TMPDIR:-/tmp}/samverkan-leakcheck
mkdir -p "$OUT"
cd "$ROOT"
swift build --target CollaborationMap >/dev/null
B=.build/debug
swiftc -Onone Tests/CollaborationMapTests/LeakCheck/main.swift -o "$OUT/leakcheck" \
  -I $B/Modules -Xcc -fmodule-map-file=Sources/CGraphviz/module.modulemap \
  -Xcc -fmodule-map-file=.build/checkouts/Yams/Sources/CYaml/include/module.modulemap \
  $B/CollaborationMap.build/*.o $B/PartnerRegistry.build/*.o $B/NetworkAnalysis.build/*.o \
  $B/Yams.build/*.o $B/CYaml.build/src/*.o $B/DequeModule.build/*.o $B/HeapModule.build/*.o \
  $B/InternalCollectionsUtilities.build/*.o $B/ContainersPreview.build/*.o -lgvc -lcgraph -lcdt
objcopy --strip-debug "$OUT/leakcheck"
FIXTURE=Tests/CollaborationMapTests/Fixtures/freelayout-double-free.dot
for n in 1 "$N"; do
  valgrind --leak-check=full --num-callers=30 \
    "$OUT/leakcheck" "$n" "$ENGINES" "$FIXTURE" > "$OUT/run-$n.out" 2> "$OUT/run-$n.log" || true
  printf '%s renderings: ' "$n"
  grep -E "ERROR SUMMARY|definitely lost:" "$OUT/run-$n.log" | sed 's/==[0-9]*== *//' | tr '\n' ' '
  echo
done
echo "full reports: $OUT/run-1.log $OUT/run-$N.log"
