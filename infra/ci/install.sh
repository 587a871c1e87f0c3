#!/usr/bin/env bash
# Put the tools a Cloud Build step needs on its PATH: `bash infra/ci/install.sh TOOL...`.
# Node, terraform and the Cloud SDK come from the images that ship them, copied into the
# workspace by cloudbuild.yaml's widget, terraform-binary and cloud-sdk steps (.ci/); chromium
# and redis-server are Debian packages. infra/deploycheck/steptools.py reads the labels below.
set -euo pipefail
workspace=$(pwd)
for tool in "$@"; do
  case "$tool" in
    node|npm|npx)
      ln -sf "$workspace/.ci/node/bin/node" "$workspace/.ci/node/bin/npm" "$workspace/.ci/node/bin/npx" /usr/local/bin/
      ;;
    terraform)
      ln -sf "$workspace/.ci/bin/terraform" /usr/local/bin/terraform
      ;;
    gcloud)
      ln -sf "$workspace/.ci/google-cloud-sdk/bin/gcloud" /usr/local/bin/gcloud
      ;;
    chromium|redis-server)
      bash infra/local/system-packages.sh
      ;;
    *)
      echo "install.sh: no way to install $tool" >&2
      exit 1
      ;;
  esac
  command -v "$tool" >/dev/null || { echo "install.sh: $tool is still missing" >&2; exit 1; }
done
