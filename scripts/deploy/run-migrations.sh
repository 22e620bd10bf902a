#!/usr/bin/env bash
# Runs the one-off migration task of the Terraform stack in infra/ and fails unless it exits 0.
# Needs AWS credentials and an initialised infra/ (terraform init). Used by
# .github/workflows/deploy.yml and by operators (docs/deploy-aws.md, section 3).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../../infra"
cluster="$(terraform output -raw cluster_name)"
task="$(eval "$(terraform output -raw migration_run_task_command)")"
[[ "$task" == arn:* ]] || { echo "run-migrations: run-task returned no task ARN: $task" >&2; exit 1; }
echo "run-migrations: $task"
aws ecs wait tasks-stopped --cluster "$cluster" --tasks "$task"
code="$(aws ecs describe-tasks --cluster "$cluster" --tasks "$task" \
  --query "tasks[0].containers[?name=='migrate'].exitCode | [0]" --output text)"
reason="$(aws ecs describe-tasks --cluster "$cluster" --tasks "$task" --query 'tasks[0].stoppedReason' --output text)"
if [[ "$code" != 0 ]]; then
  echo "run-migrations: the migration task exited with '$code' ($reason); see the migrate log group" >&2
  exit 1
fi
echo "run-migrations: done"
