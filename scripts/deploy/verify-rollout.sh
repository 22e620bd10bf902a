#!/usr/bin/env bash
# After `terraform apply -var image_tag=TAG`: waits until every ECS service is stable and fails if
# a service is not running TAG — the deployment circuit breaker rolled it back — so a failed
# rolling deploy fails the pipeline instead of silently keeping the old version.
#   verify-rollout.sh TAG
set -euo pipefail
tag="${1:?usage: verify-rollout.sh IMAGE_TAG}"
cd "$(dirname "${BASH_SOURCE[0]}")/../../infra"
cluster="$(terraform output -raw cluster_name)"
mapfile -t services < <(terraform output -json service_names | node -e \
  'const s=JSON.parse(require("fs").readFileSync(0,"utf8"));for(const v of Object.values(s))if(v)console.log(v)')
((${#services[@]})) || { echo "verify-rollout: no services in this stack" >&2; exit 1; }
aws ecs wait services-stable --cluster "$cluster" --services "${services[@]}"
status=0
for service in "${services[@]}"; do
  read -r state taskdef < <(aws ecs describe-services --cluster "$cluster" --services "$service" \
    --query "services[0].deployments[?status=='PRIMARY'] | [0].[rolloutState, taskDefinition]" --output text)
  images="$(aws ecs describe-task-definition --task-definition "$taskdef" \
    --query "taskDefinition.containerDefinitions[?essential].image" --output text)"
  if [[ "$state" != COMPLETED || "$images" != *":$tag"* ]]; then
    echo "verify-rollout: $service is $state on $taskdef ($images), not $tag: rolled back?" >&2
    status=1
  else
    echo "verify-rollout: $service runs $tag"
  fi
done
exit $status
