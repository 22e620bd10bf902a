# ECS cluster (Container Insights) and the Welness AI services: api behind the ALB, worker with
# no load balancer, web (nginx + SPA), plus the one-off migration task definition.

resource "aws_service_discovery_http_namespace" "this" {
  name        = local.name
  description = "Service Connect namespace of ${local.name} (web's nginx reaches the api as api:3000)"
}

resource "aws_ecs_cluster" "this" {
  name = local.name

  setting {
    name  = "containerInsights"
    value = "enabled"
  }

  service_connect_defaults {
    namespace = aws_service_discovery_http_namespace.this.arn
  }
}

resource "aws_ecs_cluster_capacity_providers" "this" {
  cluster_name       = aws_ecs_cluster.this.name
  capacity_providers = ["FARGATE", "FARGATE_SPOT"]

  default_capacity_provider_strategy {
    capacity_provider = "FARGATE"
    base              = 1
    weight            = 1
  }
}

locals {
  migration_image_tag = coalesce(var.migration_image_tag, var.image_tag)

  # Plain settings of api, worker and the migration task. Every name is a variable of
  # libs/platform/src/config/config.schema.ts (libs/server/src/terraform-config.spec.ts checks
  # it); secrets are never listed here, they come from local.app_secrets.
  app_environment = {
    NODE_ENV            = "production"
    PUBLIC_URL          = var.public_url
    LOG_LEVEL           = var.log_level
    WORKER_MODE         = "separate"
    DB_MIGRATE_ON_START = "false"
    DB_POOL_SIZE        = tostring(var.db_pool_size)
    MONGO_DB            = var.mongo_db
    REDIS_KEY_PREFIX    = var.redis_key_prefix
    ENCRYPTION_PROVIDER = "kms"
    KMS_KEY_ID          = aws_kms_key.app.arn
    AWS_REGION          = local.region
    IMPORTS_DIR         = local.imports_dir
    # The ALB (in the VPC) sets X-Forwarded-For: the client IP for throttling and logs.
    TRUSTED_PROXIES = var.vpc_cidr
  }

  # SIGTERM → SIGKILL windows of the tasks, and the app's own drain deadline inside each: the api
  # finishes in-flight requests, the worker lets running jobs end (Fargate allows at most 120 s).
  api_stop_timeout_seconds    = 30
  api_shutdown_timeout_ms     = 25000
  worker_stop_timeout_seconds = 120
  worker_shutdown_timeout_ms  = 110000

  # Only the api listens for HTTP; the worker keeps its metrics port default (9464).
  api_environment = {
    PORT                = tostring(local.api_port)
    HOST                = "0.0.0.0"
    SHUTDOWN_TIMEOUT_MS = tostring(local.api_shutdown_timeout_ms)
  }

  worker_environment = {
    SHUTDOWN_TIMEOUT_MS              = tostring(local.worker_shutdown_timeout_ms)
    QUEUE_DEPTH_CLOUDWATCH_NAMESPACE = local.queue_depth_namespace
  }

  # Where the worker publishes WaitingJobs (libs/platform/src/queue/queue-depth.publisher.ts);
  # the worker's queue-depth scaling policy and the task role's PutMetricData grant read it.
  queue_depth_namespace = "Welness/${local.name}"

  api_health_check = [
    "CMD",
    "node",
    "-e",
    "fetch('http://127.0.0.1:${local.api_port}/health/live').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))",
  ]
}

module "api" {
  source = "./modules/ecs-service"

  create_service   = var.services_enabled
  name             = "${local.name}-api"
  container_name   = "api"
  cluster_arn      = aws_ecs_cluster.this.arn
  cluster_name     = aws_ecs_cluster.this.name
  image            = "${var.api_image_repository}:${var.image_tag}"
  cpu              = var.api.cpu
  memory           = var.api.memory
  cpu_architecture = var.cpu_architecture
  container_port   = local.api_port
  port_name        = "http"

  # app_settings first: the managed settings win if a name were ever given twice.
  environment = merge(var.app_settings, local.app_environment, local.api_environment)
  secrets     = merge(local.optional_secrets, local.app_secrets)

  health_check_command              = local.api_health_check
  health_check_start_period_seconds = 30
  stop_timeout_seconds              = local.api_stop_timeout_seconds
  ca_bundle                         = local.ca_bundle

  efs_volume = {
    file_system_id  = module.data.imports_file_system_id
    access_point_id = module.data.imports_access_point_id
    container_path  = local.imports_dir
  }

  execution_role_arn = aws_iam_role.execution.arn
  task_role_arn      = aws_iam_role.app_task.arn
  subnet_ids         = module.network.private_subnet_ids
  security_group_ids = [aws_security_group.api.id]
  log_retention_days = var.log_retention_days
  log_kms_key_arn    = aws_kms_key.data.arn

  target_group_arn                  = module.alb.api_target_group_arn
  health_check_grace_period_seconds = 90

  desired_count                = var.api.min_capacity
  min_capacity                 = var.api.min_capacity
  max_capacity                 = var.api.max_capacity
  cpu_target_percent           = var.api.cpu_target_percent
  requests_per_target          = var.api.requests_per_target
  request_count_resource_label = "${module.alb.arn_suffix}/${module.alb.api_target_group_arn_suffix}"

  service_connect_namespace_arn = aws_service_discovery_http_namespace.this.arn
  service_connect_server = {
    dns_name = "api"
    port     = local.api_port
  }

  enable_execute_command = var.enable_execute_command
  wait_for_steady_state  = var.wait_for_steady_state

  depends_on = [aws_ecs_cluster_capacity_providers.this, aws_iam_role_policy.execution_secrets]
}

module "worker" {
  source = "./modules/ecs-service"

  create_service   = var.services_enabled
  name             = "${local.name}-worker"
  container_name   = "worker"
  cluster_arn      = aws_ecs_cluster.this.arn
  cluster_name     = aws_ecs_cluster.this.name
  image            = "${var.worker_image_repository}:${var.image_tag}"
  cpu              = var.worker.cpu
  memory           = var.worker.memory
  cpu_architecture = var.cpu_architecture
  extra_ports      = { metrics = local.worker_metrics }

  environment = merge(var.app_settings, local.app_environment, local.worker_environment)
  secrets     = merge(local.optional_secrets, local.app_secrets)

  # Healthy while the worker's repeatable heartbeat job keeps landing in Redis.
  health_check_command              = ["CMD", "node", "dist/apps/worker/src/healthcheck.js"]
  health_check_interval_seconds     = 30
  health_check_start_period_seconds = 60
  ca_bundle                         = local.ca_bundle

  efs_volume = {
    file_system_id  = module.data.imports_file_system_id
    access_point_id = module.data.imports_access_point_id
    container_path  = local.imports_dir
  }

  stop_timeout_seconds = local.worker_stop_timeout_seconds

  execution_role_arn = aws_iam_role.execution.arn
  task_role_arn      = aws_iam_role.app_task.arn
  subnet_ids         = module.network.private_subnet_ids
  security_group_ids = [aws_security_group.worker.id]
  log_retention_days = var.log_retention_days
  log_kms_key_arn    = aws_kms_key.data.arn

  desired_count       = var.worker.min_capacity
  min_capacity        = var.worker.min_capacity
  max_capacity        = var.worker.max_capacity
  cpu_target_percent  = var.worker.cpu_target_percent
  fargate_spot_weight = var.worker.spot_weight

  queue_depth_scaling = {
    namespace             = local.queue_depth_namespace
    metric_name           = "WaitingJobs"
    waiting_jobs_per_task = var.worker.waiting_jobs_per_task
  }

  enable_execute_command = var.enable_execute_command
  wait_for_steady_state  = var.wait_for_steady_state

  depends_on = [aws_ecs_cluster_capacity_providers.this, aws_iam_role_policy.execution_secrets]
}

module "web" {
  source = "./modules/ecs-service"

  create_service           = var.services_enabled
  name                     = "${local.name}-web"
  container_name           = "web"
  cluster_arn              = aws_ecs_cluster.this.arn
  cluster_name             = aws_ecs_cluster.this.name
  image                    = "${var.web_image_repository}:${var.image_tag}"
  cpu                      = var.web.cpu
  memory                   = var.web.memory
  cpu_architecture         = var.cpu_architecture
  container_port           = local.web_port
  port_name                = "http"
  health_check_command     = ["CMD-SHELL", "wget -qO- http://127.0.0.1:${local.web_port}/nginx-health >/dev/null || exit 1"]
  readonly_root_filesystem = false # nginx-unprivileged writes its temp files and pid under /tmp

  execution_role_arn = aws_iam_role.execution.arn
  task_role_arn      = var.enable_execute_command ? aws_iam_role.exec_only[0].arn : null
  subnet_ids         = module.network.private_subnet_ids
  security_group_ids = [aws_security_group.web.id]
  log_retention_days = var.log_retention_days
  log_kms_key_arn    = aws_kms_key.data.arn

  target_group_arn = module.alb.web_target_group_arn

  desired_count       = var.web.min_capacity
  min_capacity        = var.web.min_capacity
  max_capacity        = var.web.max_capacity
  cpu_target_percent  = var.web.cpu_target_percent
  fargate_spot_weight = var.web.spot_weight

  # Client of Service Connect only: the nginx upstream "api:3000" resolves through it.
  service_connect_namespace_arn = aws_service_discovery_http_namespace.this.arn

  enable_execute_command = var.enable_execute_command
  wait_for_steady_state  = var.wait_for_steady_state

  # nginx resolves its upstream at start, so the api's Service Connect name must exist first.
  depends_on = [aws_ecs_cluster_capacity_providers.this, module.api]
}

# One-off migrations: `aws ecs run-task` with this family before rolling out a release
# (outputs.migration_run_task_command). Services run with DB_MIGRATE_ON_START=false.
module "migrate" {
  source = "./modules/ecs-service"

  create_service   = false
  name             = "${local.name}-migrate"
  container_name   = "migrate"
  cluster_arn      = aws_ecs_cluster.this.arn
  cluster_name     = aws_ecs_cluster.this.name
  image            = "${var.api_image_repository}:${local.migration_image_tag}"
  command          = ["node", "dist/apps/api/src/migrate.cli.js"]
  cpu              = 256
  memory           = 512
  cpu_architecture = var.cpu_architecture

  environment = local.app_environment
  secrets     = local.migrate_secrets
  ca_bundle   = local.ca_bundle

  execution_role_arn = aws_iam_role.execution.arn
  task_role_arn      = var.enable_execute_command ? aws_iam_role.exec_only[0].arn : null
  subnet_ids         = module.network.private_subnet_ids
  security_group_ids = [aws_security_group.migrate.id]
  log_retention_days = var.log_retention_days
  log_kms_key_arn    = aws_kms_key.data.arn
}
