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

# The hostile shapes of issue 12: peak memory against the size of the input
# (the bar is 10x), and wall time.
printf '\n%-20s %12s %12s %8s %8s\n' shape source_KB check_KB ratio seconds
hostile() {
    local name=$1 file=$2
    size_kb=$(($(wc -c <"$file") / 1024))
    read -r kb secs < <(/usr/bin/time -f '%M %e' "$bin" check --quiet "$file" 2>&1 >/dev/null | tail -n 1)
    awk -v n="$name" -v s="$size_kb" -v c="$kb" -v t="$secs" \
        'BEGIN { printf "%-20s %12s %12s %7.1fx %8s\n", n, s, c, c / s, t }'
}
awk 'BEGIN { for (i = 0; i < 1000000; i++) print "data x { ! }" }' >"$work/broken.policy"
hostile "broken 1M lines" "$work/broken.policy"
head -c 9750000 /dev/urandom | base64 -w 40 >"$work/garbage.policy"
hostile "garbage lines" "$work/garbage.policy"
