#!/usr/bin/env bash
# Peak resident memory of `policyc check` and `policyc build` on synthetic
# policies, next to the size of the source. Needs GNU time (/usr/bin/time).
#
#   bash benches/memory.sh            # N = 1,000 10,000 100,000
#   bash benches/memory.sh 50000      # any sizes
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --locked --quiet
bin=target/release/policyc
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

peak_kb() { /usr/bin/time -f %M "$@" 2>&1 >/dev/null | tail -n 1; }

sizes=("$@")
[ ${#sizes[@]} -eq 0 ] && sizes=(1000 10000 100000)
echo "baseline (the example policy): check $(peak_kb "$bin" check --quiet policies/pro-it-group.policy) KB"
printf '%8s %12s %12s %8s %12s %8s\n' N source_KB check_KB ratio build_KB ratio
for n in "${sizes[@]}"; do
    source="$work/s$n.policy"
    "$bin" synth "$n" >"$source"
    size_kb=$(($(wc -c <"$source") / 1024))
    check=$(peak_kb "$bin" check --quiet "$source")
    build=$(peak_kb "$bin" build --quiet --out "$work/out$n" "$source")
    awk -v n="$n" -v s="$size_kb" -v c="$check" -v b="$build" \
        'BEGIN { printf "%8s %12s %12s %7.1fx %12s %7.1fx\n", n, s, c, c / s, b, b / s }'
done
