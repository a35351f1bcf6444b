# A one-node Slurm cluster in a temporary folder, for the sweep tests (docs/sweeps.md).
# Source it, then: slurm_start DIR (exports SLURM_CONF), slurm_stop. Needs root (munged runs as
# the munge user; slurmctld and slurmd as root) and Debian's munge, slurmctld, slurmd, slurm-client.
# Every failure is loud: the function prints why and returns 1.

slurm_fail() { echo "slurm_cluster: $*" >&2; return 1; }

slurm_start() {
  local dir="$1"
  local tool
  for tool in munged mungekey slurmctld slurmd sbatch squeue scontrol runuser; do
    command -v "$tool" >/dev/null 2>&1 || [ -x "/usr/sbin/$tool" ] ||
      { slurm_fail "$tool is not installed (tools/install-deps.sh installs munge, slurmctld, slurmd, slurm-client)"; return 1; }
  done
  [ "$(id -u)" = 0 ] || { slurm_fail "starting munged and slurmd needs root"; return 1; }
  id munge >/dev/null 2>&1 || { slurm_fail "there is no munge user (the munge package creates it)"; return 1; }
  SLURM_DIR="$dir"
  chmod 0755 "$dir"
  runuser -u munge -- test -x "$dir" ||
    { slurm_fail "the munge user cannot reach $dir (a parent folder is not searchable by others)"; return 1; }
  mkdir -p "$dir/munge" "$dir/state" "$dir/spool"
  chown munge:munge "$dir/munge"
  chmod 0700 "$dir/munge"
  /usr/sbin/mungekey --create --keyfile="$dir/munge/munge.key" >/dev/null 2>&1 ||
    { slurm_fail "mungekey could not create a key"; return 1; }
  chown munge:munge "$dir/munge/munge.key"
  chmod 0600 "$dir/munge/munge.key"
  runuser -u munge -- /usr/sbin/munged --force --key-file="$dir/munge/munge.key" \
    --socket="$dir/munge/munge.sock" --pid-file="$dir/munge/munged.pid" \
    --log-file="$dir/munge/munged.log" --seed-file="$dir/munge/munged.seed" ||
    { slurm_fail "munged did not start: $(cat "$dir/munge/munged.log" 2>/dev/null)"; return 1; }
  chmod 0755 "$dir/munge"  # clients (slurmctld, slurmd) reach the socket
  local host cpus ctlport dport
  host="$(hostname -s)"
  cpus="$(nproc)"
  ctlport=$((20000 + RANDOM % 20000))
  dport=$((ctlport + 1))
  cat > "$dir/slurm.conf" <<CONF
ClusterName=datosimtest
SlurmctldHost=$host
SlurmctldPort=$ctlport
SlurmdPort=$dport
SlurmUser=root
SlurmdUser=root
AuthType=auth/munge
CredType=cred/munge
AuthInfo=socket=$dir/munge/munge.sock
StateSaveLocation=$dir/state
SlurmdSpoolDir=$dir/spool
SlurmctldPidFile=$dir/slurmctld.pid
SlurmdPidFile=$dir/slurmd.pid
SlurmctldLogFile=$dir/slurmctld.log
SlurmdLogFile=$dir/slurmd.log
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
SelectType=select/cons_tres
SelectTypeParameters=CR_CPU
SchedulerType=sched/builtin
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
MpiDefault=none
ReturnToService=2
SlurmctldTimeout=30
SlurmdTimeout=30
MaxArraySize=100001
NodeName=localhost NodeAddr=127.0.0.1 CPUs=$cpus State=UNKNOWN
PartitionName=debug Nodes=localhost Default=YES MaxTime=INFINITE State=UP
CONF
  export SLURM_CONF="$dir/slurm.conf"
  /usr/sbin/slurmctld -f "$SLURM_CONF" || { slurm_fail "slurmctld did not start: $(tail -5 "$dir/slurmctld.log" 2>/dev/null)"; return 1; }
  /usr/sbin/slurmd -f "$SLURM_CONF" -N localhost || { slurm_fail "slurmd did not start: $(tail -5 "$dir/slurmd.log" 2>/dev/null)"; return 1; }
  local i state
  for i in $(seq 1 120); do
    state="$(sinfo -h -n localhost -o %T 2>/dev/null || true)"
    case "$state" in idle*|mixed*|allocated*) return 0 ;; esac
    sleep 0.5
  done
  slurm_fail "the node did not become idle within 60 s (state '$state'); slurmctld.log: $(tail -5 "$dir/slurmctld.log" 2>/dev/null) slurmd.log: $(tail -5 "$dir/slurmd.log" 2>/dev/null)"
  return 1
}

slurm_stop() {
  local dir="${SLURM_DIR:-}" f pid
  [ -n "$dir" ] || return 0
  for f in "$dir/slurmd.pid" "$dir/slurmctld.pid" "$dir/munge/munged.pid"; do
    [ -f "$f" ] || continue
    pid="$(cat "$f" 2>/dev/null)"
    [ -n "$pid" ] && kill "$pid" 2>/dev/null
  done
  for f in "$dir/slurmd.pid" "$dir/slurmctld.pid" "$dir/munge/munged.pid"; do
    [ -f "$f" ] || continue
    pid="$(cat "$f" 2>/dev/null)"
    for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -9 "$pid" 2>/dev/null || true
  done
  return 0
}
