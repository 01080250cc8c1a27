#!/usr/bin/env bash
# Installs what the test suite needs on a fresh Debian machine (run as root; a no-op when everything is there).
# - Debian's awscli 2.9 (/usr/bin/aws): the second, older AWS CLI the sandbox must satisfy (query protocol for CloudWatch).
# - PostgreSQL (server binaries under /usr/lib/postgresql/<v>/bin): the store and job-storage tests start a private cluster on loopback.
# - Prometheus: the dashboard test scrapes `serve --sandbox` with a real Prometheus and runs every panel's query.
# - The image's Python must already carry awscli 1.45 and moto 5.2 (they are not on any registry reachable here).
set -euo pipefail

need_apt=()
[ -x /usr/bin/aws ] || need_apt+=(awscli)
ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1 || need_apt+=(postgresql)
[ -x /usr/bin/prometheus ] || need_apt+=(prometheus)

if [ ${#need_apt[@]} -gt 0 ]; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "install-test-deps: missing Debian packages: ${need_apt[*]} (run as root, or: sudo apt-get install -y ${need_apt[*]})" >&2
    exit 1
  fi
  echo "install-test-deps: installing ${need_apt[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need_apt[@]}" >/dev/null
fi

for module in moto awscli; do
  if ! python3 -m pip show "$module" >/dev/null 2>&1; then
    echo "install-test-deps: the image's python3 has no '$module' package; the AWS-compatibility tests need it." >&2
    exit 1
  fi
done
# Why: Debian's postgresql and prometheus packages start system services on install; the tests run their own private instances.
if [ "$(id -u)" -eq 0 ]; then
  service postgresql stop >/dev/null 2>&1 || true
  service prometheus stop >/dev/null 2>&1 || true
fi
echo "install-test-deps: ok ($(/usr/bin/aws --version 2>&1 | cut -d' ' -f1), $(python3 -m pip show moto | grep ^Version), $(ls -d /usr/lib/postgresql/*/bin | head -1), $(/usr/bin/prometheus --version 2>&1 | head -1))"
