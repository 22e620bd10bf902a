variable "name" {
  description = "Name of the service and family of its task definition, e.g. welness-prod-api."
  type        = string
}

variable "container_name" {
  description = "Name of the application container (api, worker, web, migrate)."
  type        = string
}

variable "create_service" {
  description = "Create an ECS service; false registers only the task definition (one-off tasks such as migrations)."
  type        = bool
  default     = true
}

variable "cluster_arn" {
  description = "ECS cluster running the service."
  type        = string
}

variable "cluster_name" {
  description = "Name of that cluster (autoscaling resource id)."
  type        = string
}

variable "image" {
  description = "Container image, preferably pinned by tag or digest."
  type        = string
}

variable "command" {
  description = "Command overriding the image's CMD (null: the image's own)."
  type        = list(string)
  default     = null
}

variable "cpu" {
  description = "Task CPU units (256, 512, 1024, 2048, 4096, ...)."
  type        = number
  default     = 512
}

variable "memory" {
  description = "Task memory in MiB (must be valid for the CPU size on Fargate)."
  type        = number
  default     = 1024
}

variable "cpu_architecture" {
  description = "X86_64 or ARM64 (Graviton, cheaper; needs images built for arm64)."
  type        = string
  default     = "X86_64"

  validation {
    condition     = contains(["X86_64", "ARM64"], var.cpu_architecture)
    error_message = "cpu_architecture must be X86_64 or ARM64."
  }
}

variable "container_port" {
  description = "Port the container listens on (null: none)."
  type        = number
  default     = null
}

variable "port_name" {
  description = "Name of that port mapping (Service Connect refers to it)."
  type        = string
  default     = "http"
}

variable "extra_ports" {
  description = "Further named ports, e.g. the worker's Prometheus metrics on 9464."
  type        = map(number)
  default     = {}
}

variable "environment" {
  description = "Plain (non-secret) environment variables of the container."
  type        = map(string)
  default     = {}
}

variable "secrets" {
  description = "Environment variables injected from Secrets Manager: name => secret ARN. The execution role must be able to read each."
  type        = map(string)
  default     = {}
}

variable "health_check_command" {
  description = "Container health check command in ECS form, e.g. [\"CMD\", \"node\", \"check.js\"] (null: none)."
  type        = list(string)
  default     = null
}

variable "health_check_interval_seconds" {
  description = "Seconds between container health checks."
  type        = number
  default     = 15
}

variable "health_check_start_period_seconds" {
  description = "Grace period before failed container health checks count."
  type        = number
  default     = 30
}

variable "stop_timeout_seconds" {
  description = "Seconds between SIGTERM and SIGKILL; above the app's SHUTDOWN_TIMEOUT_MS so drains finish (Fargate caps it at 120)."
  type        = number
  default     = 30

  validation {
    condition     = var.stop_timeout_seconds >= 2 && var.stop_timeout_seconds <= 120
    error_message = "stop_timeout_seconds must be between 2 and 120."
  }
}

variable "readonly_root_filesystem" {
  description = "Mount the container's root file system read-only."
  type        = bool
  default     = false
}

variable "execution_role_arn" {
  description = "Role ECS uses to pull the image, write logs and read the secrets."
  type        = string
}

variable "task_role_arn" {
  description = "Role the application itself runs as (null: no AWS API access)."
  type        = string
  default     = null
}

variable "subnet_ids" {
  description = "Private subnets of the tasks."
  type        = list(string)
}

variable "security_group_ids" {
  description = "Security groups of the tasks."
  type        = list(string)
}

variable "log_retention_days" {
  description = "Retention of the container log group."
  type        = number
  default     = 30
}

variable "log_kms_key_arn" {
  description = "KMS key encrypting the log group (null: CloudWatch's own encryption)."
  type        = string
  default     = null
}

variable "desired_count" {
  description = "Tasks at creation; afterwards autoscaling owns the count."
  type        = number
  default     = 2
}

variable "min_capacity" {
  description = "Autoscaling floor."
  type        = number
  default     = 2
}

variable "max_capacity" {
  description = "Autoscaling ceiling."
  type        = number
  default     = 6
}

variable "cpu_target_percent" {
  description = "Average CPU utilisation autoscaling keeps the service at."
  type        = number
  default     = 60
}

variable "requests_per_target" {
  description = "ALB requests per target per minute autoscaling keeps the service at (null: no request-count policy)."
  type        = number
  default     = null
}

variable "request_count_resource_label" {
  description = "app/<alb>/<id>/targetgroup/<tg>/<id> label of the request-count policy."
  type        = string
  default     = null
}

variable "scale_in_cooldown_seconds" {
  description = "Seconds after a scale-in before the next one."
  type        = number
  default     = 300
}

variable "scale_out_cooldown_seconds" {
  description = "Seconds after a scale-out before the next one."
  type        = number
  default     = 60
}

variable "target_group_arn" {
  description = "ALB target group the service registers in (null: not behind the load balancer)."
  type        = string
  default     = null
}

variable "health_check_grace_period_seconds" {
  description = "Seconds ECS ignores failing ALB health checks of a new task."
  type        = number
  default     = 60
}

variable "fargate_spot_weight" {
  description = "Weight of FARGATE_SPOT against FARGATE (weight 1, base 1); 0 runs on-demand only."
  type        = number
  default     = 0
}

variable "enable_execute_command" {
  description = "Allow `aws ecs execute-command` into the tasks (the task role needs the SSM channel permissions)."
  type        = bool
  default     = false
}

variable "wait_for_steady_state" {
  description = "Make terraform apply wait until the deployment is stable."
  type        = bool
  default     = false
}

variable "efs_volume" {
  description = "EFS access point mounted read-write into the container (null: none)."
  type = object({
    file_system_id  = string
    access_point_id = string
    container_path  = string
  })
  default = null
}

variable "ca_bundle" {
  description = "CA bundle fetched by a short init container into a task-local volume and mounted read-only (null: none). The stores' URLs point at <directory>/<file_name>."
  type = object({
    url       = string
    directory = string
    file_name = string
  })
  default = null
}

variable "service_connect_namespace_arn" {
  description = "Cloud Map namespace for ECS Service Connect (null: Service Connect off)."
  type        = string
  default     = null
}

variable "service_connect_server" {
  description = "Publish the container port in Service Connect under this DNS name (null: client only)."
  type = object({
    dns_name = string
    port     = number
  })
  default = null
}

variable "tags" {
  description = "Tags added to every resource."
  type        = map(string)
  default     = {}
}

variable "queue_depth_scaling" {
  description = "Target-tracking on waiting jobs per running task: the CloudWatch namespace and metric the app publishes (QUEUE_DEPTH_CLOUDWATCH_NAMESPACE, WaitingJobs) and the target (null: no queue-depth policy)."
  type = object({
    namespace             = string
    metric_name           = string
    waiting_jobs_per_task = number
  })
  default = null
}
