#!/usr/bin/env bash
# Installs what the test suite needs on a fresh Debian machine (run as root; a no-op when everything is there).
# - Debian's awscli 2.9 (/usr/bin/aws): the second, older AWS CLI the sandbox must satisfy (query protocol for CloudWatch).
# - The image's Python must already carry awscli 1.45 and moto 5.2 (they are not on any registry reachable here).
set -euo pipefail

need_apt=()
[ -x /usr/bin/aws ] || need_apt+=(awscli)

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
echo "install-test-deps: ok ($(/usr/bin/aws --version 2>&1 | cut -d' ' -f1), $(python3 -m pip show moto | grep ^Version))"
