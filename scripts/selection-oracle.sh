#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# scripts/selection-oracle.sh [BINARY]: compares `dbt-cloud-console --select` with an independent
# Python reading of dbt-core's selector code (tests/models/selection_oracle.py: fqn, tag,
# package, resource_type, config, test_type, test_name, file, source, graph operators, the four
# indirect selection modes, --exclude) on every real manifest of the corpus. Prints each
# disagreement; exit 1 if there is any.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
B=${1:-$ROOT/build/dev/app/dbt-cloud-console}
CORPUS=$ROOT/../shared/artifacts
[ -d "$CORPUS" ] || CORPUS=$ROOT/tests/data/artifacts
ORACLE=$ROOT/tests/models/selection_oracle.py
fail=0
total=0
for M in "$CORPUS"/*/manifest.json "$ROOT"/tests/data/selection/*manifest.json; do
    for expr in "orders" "+orders" "orders+1" "2+customers+" "@stg_orders" "customers" "tag:*" \
        "resource_type:model,config.materialized:table" "test_type:generic" "test_type:singular" \
        "test_type:data" "test_type:unit" "test_name:unique" "package:this" "file:*.sql,+orders" \
        "source:*" "stg_* customers" "*.stg_*" "config.materialized:view orders+" \
        "config.enabled:true,tag:*" "resource_type:seed+" "fqn:*"; do
        for mode in eager cautious buildable empty; do
            total=$((total + 1))
            a=$("$B" --select "$expr" --indirect-selection "$mode" "$M" 2>&1 | md5sum)
            b=$(python3 "$ORACLE" "$M" "$expr" "" "$mode" 2>&1 | sed '/^$/d' | md5sum)
            if [ "$a" != "$b" ]; then
                fail=$((fail + 1))
                echo "differs: $M '$expr' $mode"
            fi
        done
    done
done
echo "selection oracle: $total cases, $fail differ"
[ "$fail" -eq 0 ]
