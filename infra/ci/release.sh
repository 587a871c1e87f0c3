#!/usr/bin/env bash
# Keep the five functions on one release (cloudbuild.yaml's release-check; the manual rollback).
#
#   release.sh converge REGION RELEASE   every function serves RELEASE, or else those that do are
#                                        routed back to their previous revision; exit 1 then
#   release.sh rollback REGION           route every function to its previous revision
#
# A function's release is the RELEASE variable of the revision taking its traffic (the deploy
# sets it). A later `gcloud functions deploy` routes traffic to its new revision again.
set -euo pipefail
SERVICES=(chat auth leads crm lead-events)

serving_revision() {  # the revision taking the service's traffic
  gcloud run services describe "$1" --region="$2" --format='value(status.traffic[0].revisionName)'
}

release_of() {  # RELEASE of a revision, empty when unset
  gcloud run revisions describe "$1" --region="$2" --format=json |
    python3 -c 'import json, sys
env = json.load(sys.stdin)["spec"]["containers"][0].get("env", [])
print(next((e.get("value", "") for e in env if e["name"] == "RELEASE"), ""))'
}

previous_revision() {  # the newest ready revision other than the serving one
  gcloud run revisions list --service="$1" --region="$2" --sort-by='~metadata.creationTimestamp' \
    --filter="status.conditions.type=Ready AND status.conditions.status=True" \
    --format='value(metadata.name)' | grep -vx "$3" | head -n 1
}

route_back() {  # service region
  local serving previous
  serving=$(serving_revision "$1" "$2")
  previous=$(previous_revision "$1" "$2" "$serving")
  if [ -z "$previous" ]; then
    echo "$1: no previous revision to route to" >&2
    return 1
  fi
  gcloud run services update-traffic "$1" --region="$2" --to-revisions="$previous=100"
  echo "$1: traffic back on $previous (was $serving)"
}

converge() {  # region release
  local service revision release stale=() fresh=()
  for service in "${SERVICES[@]}"; do
    revision=$(serving_revision "$service" "$1")
    release=$(release_of "$revision" "$1")
    echo "$service: $revision serves release ${release:-unknown}"
    if [ "$release" = "$2" ]; then fresh+=("$service"); else stale+=("$service"); fi
  done
  [ ${#stale[@]} -eq 0 ] && { echo "every function serves $2"; return 0; }
  echo "not deployed: ${stale[*]}; routing ${fresh[*]:-nothing} back" >&2
  for service in "${fresh[@]}"; do route_back "$service" "$1"; done
  return 1
}

case "${1:-}" in
  converge) converge "$2" "$3" ;;
  rollback) for service in "${SERVICES[@]}"; do route_back "$service" "$2"; done ;;
  *) echo "usage: release.sh converge REGION RELEASE | rollback REGION" >&2; exit 2 ;;
esac
