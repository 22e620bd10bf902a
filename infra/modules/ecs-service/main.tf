# One Fargate task definition (and, unless create_service is false, its service): awslogs to a
# retained log group, secrets from Secrets Manager, circuit-breaker deployments with rollback,
# target-tracking autoscaling on CPU and, behind the ALB, on requests per target.

data "aws_region" "current" {}

locals {
  ca_enabled = var.ca_bundle != null
  ca_path    = local.ca_enabled ? "${var.ca_bundle.directory}/${var.ca_bundle.file_name}" : null

  log_options = {
    "awslogs-group"         = aws_cloudwatch_log_group.this.name
    "awslogs-region"        = data.aws_region.current.name
    "awslogs-stream-prefix" = var.container_name
  }

  port_mappings = concat(
    var.container_port == null ? [] : [{
      name          = var.port_name
      containerPort = var.container_port
      protocol      = "tcp"
      appProtocol   = "http"
    }],
    [for port_name, port in var.extra_ports : {
      name          = port_name
      containerPort = port
      protocol      = "tcp"
      appProtocol   = "http"
    }],
  )

  mount_points = concat(
    var.efs_volume == null ? [] : [{
      sourceVolume  = "efs"
      containerPath = var.efs_volume.container_path
      readOnly      = false
    }],
    local.ca_enabled ? [{
      sourceVolume  = "tls-ca"
      containerPath = var.ca_bundle.directory
      readOnly      = true
    }] : [],
  )

  # The RDS/DocumentDB CA is not in Node's trust store. This container downloads the bundle over
  # HTTPS (publicly trusted) into a task-local volume before the app starts; it runs as root only
  # because Fargate creates bind-mount volumes root-owned, and exits once the file is written.
  ca_container = local.ca_enabled ? {
    name      = "tls-ca"
    image     = var.image
    essential = false
    user      = "0"
    command = [
      "node",
      "-e",
      "const fs=require('node:fs');fetch(process.argv[1]).then(async(r)=>{if(!r.ok)throw new Error('HTTP '+r.status);const pem=await r.text();if(!pem.includes('BEGIN CERTIFICATE'))throw new Error('not a PEM bundle');fs.writeFileSync(process.argv[2],pem,{mode:0o644});}).catch((e)=>{console.error('CA bundle download failed: '+e.message);process.exit(1);});",
      var.ca_bundle.url,
      local.ca_path,
    ]
    mountPoints = [{
      sourceVolume  = "tls-ca"
      containerPath = var.ca_bundle.directory
      readOnly      = false
    }]
    logConfiguration = {
      logDriver = "awslogs"
      options   = merge(local.log_options, { "awslogs-stream-prefix" = "tls-ca" })
    }
  } : null

  main_container_all = {
    name                   = var.container_name
    image                  = var.image
    essential              = true
    command                = var.command
    portMappings           = local.port_mappings
    environment            = [for k, v in var.environment : { name = k, value = v }]
    secrets                = [for k, arn in var.secrets : { name = k, valueFrom = arn }]
    mountPoints            = local.mount_points
    readonlyRootFilesystem = var.readonly_root_filesystem
    stopTimeout            = var.stop_timeout_seconds
    linuxParameters        = { initProcessEnabled = true }
    ulimits                = [{ name = "nofile", softLimit = 65536, hardLimit = 65536 }]
    dependsOn              = local.ca_enabled ? [{ containerName = "tls-ca", condition = "SUCCESS" }] : null
    healthCheck = var.health_check_command == null ? null : {
      command     = var.health_check_command
      interval    = var.health_check_interval_seconds
      timeout     = 5
      retries     = 3
      startPeriod = var.health_check_start_period_seconds
    }
    logConfiguration = {
      logDriver = "awslogs"
      options   = local.log_options
    }
  }

  # Drop unset keys and empty lists so the registered definition matches what ECS returns
  # (otherwise every plan shows a diff).
  main_container = { for k, v in local.main_container_all : k => v if v != null && try(length(v) > 0, true) }

  container_definitions = [for c in [local.ca_container, local.main_container] : c if c != null]

  capacity_providers = var.fargate_spot_weight > 0 ? {
    FARGATE      = { base = 1, weight = 1 }
    FARGATE_SPOT = { base = 0, weight = var.fargate_spot_weight }
    } : {
    FARGATE = { base = 1, weight = 1 }
  }
}

resource "aws_cloudwatch_log_group" "this" {
  name              = "/ecs/${var.name}"
  retention_in_days = var.log_retention_days
  kms_key_id        = var.log_kms_key_arn

  tags = var.tags
}

resource "aws_ecs_task_definition" "this" {
  family                   = var.name
  requires_compatibilities = ["FARGATE"]
  network_mode             = "awsvpc"
  cpu                      = var.cpu
  memory                   = var.memory
  execution_role_arn       = var.execution_role_arn
  task_role_arn            = var.task_role_arn
  container_definitions    = jsonencode(local.container_definitions)

  runtime_platform {
    operating_system_family = "LINUX"
    cpu_architecture        = var.cpu_architecture
  }

  dynamic "volume" {
    for_each = var.efs_volume == null ? [] : [var.efs_volume]

    content {
      name = "efs"

      efs_volume_configuration {
        file_system_id     = volume.value.file_system_id
        transit_encryption = "ENABLED"

        authorization_config {
          access_point_id = volume.value.access_point_id
          iam             = "ENABLED"
        }
      }
    }
  }

  dynamic "volume" {
    for_each = local.ca_enabled ? ["tls-ca"] : []

    content {
      name = volume.value
    }
  }

  tags = var.tags
}

resource "aws_ecs_service" "this" {
  count = var.create_service ? 1 : 0

  name                               = var.name
  cluster                            = var.cluster_arn
  task_definition                    = aws_ecs_task_definition.this.arn
  desired_count                      = var.desired_count
  deployment_minimum_healthy_percent = 100
  deployment_maximum_percent         = 200
  health_check_grace_period_seconds  = var.target_group_arn == null ? null : var.health_check_grace_period_seconds
  enable_execute_command             = var.enable_execute_command
  enable_ecs_managed_tags            = true
  propagate_tags                     = "SERVICE"
  wait_for_steady_state              = var.wait_for_steady_state

  dynamic "capacity_provider_strategy" {
    for_each = local.capacity_providers

    content {
      capacity_provider = capacity_provider_strategy.key
      base              = capacity_provider_strategy.value.base
      weight            = capacity_provider_strategy.value.weight
    }
  }

  network_configuration {
    subnets          = var.subnet_ids
    security_groups  = var.security_group_ids
    assign_public_ip = false
  }

  deployment_circuit_breaker {
    enable   = true
    rollback = true
  }

  deployment_controller {
    type = "ECS"
  }

  dynamic "load_balancer" {
    for_each = var.target_group_arn == null ? [] : [var.target_group_arn]

    content {
      target_group_arn = load_balancer.value
      container_name   = var.container_name
      container_port   = var.container_port
    }
  }

  dynamic "service_connect_configuration" {
    for_each = var.service_connect_namespace_arn == null ? [] : [var.service_connect_namespace_arn]

    content {
      enabled   = true
      namespace = service_connect_configuration.value

      dynamic "service" {
        for_each = var.service_connect_server == null ? [] : [var.service_connect_server]

        content {
          port_name      = var.port_name
          discovery_name = service.value.dns_name

          client_alias {
            dns_name = service.value.dns_name
            port     = service.value.port
          }
        }
      }

      log_configuration {
        log_driver = "awslogs"
        options    = merge(local.log_options, { "awslogs-stream-prefix" = "service-connect" })
      }
    }
  }

  tags = var.tags

  lifecycle {
    # Autoscaling owns the task count once the service exists.
    ignore_changes = [desired_count]
  }
}

resource "aws_appautoscaling_target" "this" {
  count = var.create_service ? 1 : 0

  service_namespace  = "ecs"
  resource_id        = "service/${var.cluster_name}/${aws_ecs_service.this[0].name}"
  scalable_dimension = "ecs:service:DesiredCount"
  min_capacity       = var.min_capacity
  max_capacity       = var.max_capacity

  tags = var.tags
}

resource "aws_appautoscaling_policy" "cpu" {
  count = var.create_service ? 1 : 0

  name               = "${var.name}-cpu"
  policy_type        = "TargetTrackingScaling"
  service_namespace  = aws_appautoscaling_target.this[0].service_namespace
  resource_id        = aws_appautoscaling_target.this[0].resource_id
  scalable_dimension = aws_appautoscaling_target.this[0].scalable_dimension

  target_tracking_scaling_policy_configuration {
    target_value       = var.cpu_target_percent
    scale_in_cooldown  = var.scale_in_cooldown_seconds
    scale_out_cooldown = var.scale_out_cooldown_seconds

    predefined_metric_specification {
      predefined_metric_type = "ECSServiceAverageCPUUtilization"
    }
  }
}

resource "aws_appautoscaling_policy" "requests" {
  count = var.create_service && var.requests_per_target != null ? 1 : 0

  name               = "${var.name}-requests"
  policy_type        = "TargetTrackingScaling"
  service_namespace  = aws_appautoscaling_target.this[0].service_namespace
  resource_id        = aws_appautoscaling_target.this[0].resource_id
  scalable_dimension = aws_appautoscaling_target.this[0].scalable_dimension

  target_tracking_scaling_policy_configuration {
    target_value       = var.requests_per_target
    scale_in_cooldown  = var.scale_in_cooldown_seconds
    scale_out_cooldown = var.scale_out_cooldown_seconds

    predefined_metric_specification {
      predefined_metric_type = "ALBRequestCountPerTarget"
      resource_label         = var.request_count_resource_label
    }
  }

  lifecycle {
    precondition {
      condition     = var.request_count_resource_label != null
      error_message = "requests_per_target needs request_count_resource_label (app/<alb>/<id>/targetgroup/<tg>/<id>)."
    }
  }
}

# Queue-depth scaling (the worker): keeps waiting jobs per running task near a target. The app
# publishes the waiting-job count (QUEUE_DEPTH_CLOUDWATCH_NAMESPACE); Container Insights gives the
# running task count. Scale-out is fast, scale-in waits the usual cooldown; CPU tracking stays in
# force, and the service scales in only when every policy agrees.
resource "aws_appautoscaling_policy" "queue_depth" {
  count = var.create_service && var.queue_depth_scaling != null ? 1 : 0

  name               = "${var.name}-queue-depth"
  policy_type        = "TargetTrackingScaling"
  service_namespace  = aws_appautoscaling_target.this[0].service_namespace
  resource_id        = aws_appautoscaling_target.this[0].resource_id
  scalable_dimension = aws_appautoscaling_target.this[0].scalable_dimension

  target_tracking_scaling_policy_configuration {
    target_value       = var.queue_depth_scaling.waiting_jobs_per_task
    scale_in_cooldown  = var.scale_in_cooldown_seconds
    scale_out_cooldown = var.scale_out_cooldown_seconds

    customized_metric_specification {
      metrics {
        id          = "waiting"
        label       = "Waiting jobs in every queue"
        return_data = false

        metric_stat {
          metric {
            namespace   = var.queue_depth_scaling.namespace
            metric_name = var.queue_depth_scaling.metric_name
          }
          stat = "Maximum"
        }
      }

      metrics {
        id          = "tasks"
        label       = "Running worker tasks"
        return_data = false

        metric_stat {
          metric {
            namespace   = "ECS/ContainerInsights"
            metric_name = "RunningTaskCount"

            dimensions {
              name  = "ClusterName"
              value = var.cluster_name
            }

            dimensions {
              name  = "ServiceName"
              value = aws_ecs_service.this[0].name
            }
          }
          stat = "Average"
        }
      }

      metrics {
        id          = "backlog_per_task"
        label       = "Waiting jobs per running task"
        expression  = "waiting / IF(tasks > 0, tasks, 1)"
        return_data = true
      }
    }
  }
}
