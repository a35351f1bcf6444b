#!/usr/bin/env bash
# Install what datosim needs on Debian 12, as root. Installs only what is missing, so a second run is
# fast; refreshes the package lists first when something is missing (a fresh machine's may be stale).
set -euo pipefail

packages=(
  g++ make cmake ninja-build pkg-config
  libsystemc-dev libboost-graph-dev nlohmann-json3-dev libspdlog-dev
  googletest libgtest-dev libcli11-dev
  python3 python3-numpy python3-matplotlib python3-jsonschema
  mlir-19-tools
  munge slurmctld slurmd slurm-client
  clang-16 libclang-rt-16-dev llvm-16
  gtkwave
)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q '^install ok installed$'; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#packages[@]} packages already installed"
  exit 0
fi

echo "install-deps: installing ${missing[*]}"
if [ "$(id -u)" -ne 0 ]; then
  echo "install-deps: must run as root to install packages (missing: ${missing[*]})" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -q
apt-get install -y -q --no-install-recommends "${missing[@]}"
