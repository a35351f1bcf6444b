#!/bin/bash
# datosim sweep --slurm on a real one-node Slurm cluster started here (munge, slurmctld, slurmd):
# the job array runs, and --merge gives the result of a local run byte for byte. A cluster that
# cannot start fails the test; it never skips.
# Usage: slurm_test.sh DATOSIM SOURCE_DIR
set -u
DATOSIM="$1"
SRC="$2"
T="$(mktemp -d /tmp/datosim-slurm.XXXXXX)"
source "$SRC/tests/sweep/slurm_cluster.sh"
cleanup() { slurm_stop; rm -rf "$T"; }
trap cleanup EXIT
fail() {
  echo "FAIL: $*" >&2
  for f in "$T"/cluster/slurmctld.log "$T"/cluster/slurmd.log "$T"/work/job/logs/*.log; do
    [ -f "$f" ] && { echo "--- $f" >&2; tail -20 "$f" >&2; }
  done
  exit 1
}
mkdir -p "$T/cluster" "$T/work"
chmod 0755 "$T"  # munged runs as the munge user
slurm_start "$T/cluster" || fail "the one-node Slurm cluster did not start"
cd "$T/work"
cp "$SRC/examples/pipeline3.json" graph.json
SPACE=(graph.json --arch npu4x4,u280 --param N=32:1024:+32 --param D=32,64 --where "N % 64 == 0 || D == 32")
"$DATOSIM" sweep "${SPACE[@]}" -j 2 -o local.csv -q || fail "the local sweep failed"
"$DATOSIM" sweep "${SPACE[@]}" -j 1 --slurm job --shards 10 --max-running 4 > submit.txt || fail "--slurm failed"
grep -q '^#SBATCH --array=0-9%4$' job/sweep.sbatch || fail "no job array line in job/sweep.sbatch"
job=$(sbatch --parsable job/sweep.sbatch) || fail "sbatch refused job/sweep.sbatch"
for i in $(seq 1 240); do
  [ -z "$(squeue -h -j "$job" 2>/dev/null)" ] && break
  sleep 0.5
done
[ -z "$(squeue -h -j "$job" 2>/dev/null)" ] || fail "the job array did not finish within 120 s"
"$DATOSIM" sweep --merge job -o merged.csv -q || fail "--merge failed"
cmp merged.csv local.csv || fail "the merged result differs from the local run"
rows=$(($(wc -l < merged.csv) - 1))
[ "$rows" -gt 50 ] || fail "only $rows rows"
echo "PASS: $rows points in 10 Slurm array tasks, merged result identical to the local run"
