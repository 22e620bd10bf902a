# --- Identity and placement -------------------------------------------------------------------

variable "aws_region" {
  description = "AWS region of the whole stack (also the AWS_REGION of the KMS envelope encryption)."
  type        = string

  validation {
    condition     = can(regex("^[a-z]{2}(-[a-z]+)+-[0-9]$", var.aws_region))
    error_message = "aws_region must look like eu-west-1."
  }
}

variable "name" {
  description = "Short name prefixed to every resource."
  type        = string
  default     = "welness"

  validation {
    condition     = can(regex("^[a-z][a-z0-9-]{1,14}$", var.name))
    error_message = "name must be 2-15 lowercase letters, digits or dashes, starting with a letter."
  }
}

variable "environment" {
  description = "Environment label (prod, staging, ...), part of every resource name."
  type        = string
  default     = "prod"

  validation {
    condition     = can(regex("^[a-z0-9]{1,10}$", var.environment))
    error_message = "environment must be 1-10 lowercase letters or digits."
  }
}

variable "tags" {
  description = "Extra tags added to every resource."
  type        = map(string)
  default     = {}
}

# --- Network ----------------------------------------------------------------------------------

variable "vpc_cidr" {
  description = "IPv4 CIDR of the VPC (/16)."
  type        = string
  default     = "10.40.0.0/16"

  validation {
    condition     = can(cidrhost(var.vpc_cidr, 0))
    error_message = "vpc_cidr must be a valid IPv4 CIDR."
  }
}

variable "az_count" {
  description = "Availability zones to spread subnets, tasks and data stores over."
  type        = number
  default     = 2

  validation {
    condition     = var.az_count >= 2 && var.az_count <= 3
    error_message = "az_count must be 2 or 3."
  }
}

variable "single_nat_gateway" {
  description = "Cost knob: one NAT gateway instead of one per AZ (egress then depends on one AZ)."
  type        = bool
  default     = false
}

variable "vpc_interface_endpoints" {
  description = "Reach ECR, CloudWatch Logs, Secrets Manager, KMS and SSM messages through interface endpoints instead of the NAT gateways (about $7 per endpoint and AZ a month; pays off with heavy image pulls or log volume)."
  type        = bool
  default     = false
}

variable "flow_logs_retention_days" {
  description = "Retention of VPC flow logs (rejected traffic); 0 turns them off."
  type        = number
  default     = 30

  validation {
    condition     = contains([0, 1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653], var.flow_logs_retention_days)
    error_message = "flow_logs_retention_days must be 0 or a CloudWatch Logs retention value (1, 3, 5, 7, 14, 30, 60, 90, ...)."
  }
}

# --- Load balancer and DNS --------------------------------------------------------------------

variable "certificate_arn" {
  description = "ACM certificate (in aws_region) for the HTTPS listener, covering the host of public_url."
  type        = string

  validation {
    condition     = can(regex("^arn:aws[a-z-]*:acm:[a-z0-9-]+:[0-9]{12}:certificate/.+$", var.certificate_arn))
    error_message = "certificate_arn must be an ACM certificate ARN."
  }
}

variable "public_url" {
  description = "URL people use to reach the app (PUBLIC_URL: e-mail links, OIDC redirect URIs), e.g. https://welness.example.com."
  type        = string

  validation {
    condition     = can(regex("^https://[a-z0-9.-]+(:[0-9]+)?$", var.public_url))
    error_message = "public_url must be an https:// origin without a path or trailing slash."
  }
}

variable "route53_zone_id" {
  description = "Route 53 hosted zone to create an alias record for the host of public_url in (null: manage DNS yourself)."
  type        = string
  default     = null
}

variable "alb_ingress_cidr_blocks" {
  description = "IPv4 ranges allowed to reach the load balancer."
  type        = list(string)
  default     = ["0.0.0.0/0"]

  validation {
    condition     = length(var.alb_ingress_cidr_blocks) > 0 && alltrue([for c in var.alb_ingress_cidr_blocks : can(cidrhost(c, 0))])
    error_message = "alb_ingress_cidr_blocks must hold at least one valid IPv4 CIDR."
  }
}

variable "alb_idle_timeout_seconds" {
  description = "ALB idle timeout; above the 60 s default so coach replies streamed as SSE survive pauses."
  type        = number
  default     = 300

  validation {
    condition     = var.alb_idle_timeout_seconds >= 60 && var.alb_idle_timeout_seconds <= 4000
    error_message = "alb_idle_timeout_seconds must be between 60 and 4000."
  }
}

variable "waf_web_acl_arn" {
  description = "Regional AWS WAFv2 web ACL to attach to the load balancer (null: none)."
  type        = string
  default     = null

  validation {
    condition     = var.waf_web_acl_arn == null || can(regex("^arn:aws[a-z-]*:wafv2:", coalesce(var.waf_web_acl_arn, "x")))
    error_message = "waf_web_acl_arn must be a WAFv2 web ACL ARN."
  }
}

variable "alb_access_logs_bucket" {
  description = "S3 bucket for ALB access logs (null: none)."
  type        = string
  default     = null
}

variable "deletion_protection" {
  description = "Protect the ALB, RDS and DocumentDB from deletion. Turn off only to tear down a stack."
  type        = bool
  default     = true
}

variable "skip_final_snapshots" {
  description = "Delete RDS and DocumentDB without final snapshots when they are destroyed (throwaway stacks only)."
  type        = bool
  default     = false
}

# --- Images -----------------------------------------------------------------------------------

variable "api_image_repository" {
  description = "Repository of the api image (docker/api.Dockerfile), e.g. 123456789012.dkr.ecr.eu-west-1.amazonaws.com/welness/api."
  type        = string
}

variable "worker_image_repository" {
  description = "Repository of the worker image (docker/worker.Dockerfile)."
  type        = string
}

variable "web_image_repository" {
  description = "Repository of the web image (docker/web.Dockerfile, nginx on 8080)."
  type        = string
}

variable "image_tag" {
  description = "Immutable tag (release version or git SHA) of the api, worker and web images the services run."
  type        = string

  validation {
    condition     = can(regex("^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$", var.image_tag)) && var.image_tag != "latest"
    error_message = "image_tag must be a valid, immutable Docker tag (not \"latest\": ECS would not roll out a new image under an unchanged tag)."
  }
}

variable "migration_image_tag" {
  description = "Tag of the api image the migration task runs (null: image_tag). Set it ahead of image_tag to migrate before rolling the services."
  type        = string
  default     = null

  validation {
    condition     = var.migration_image_tag == null || can(regex("^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$", coalesce(var.migration_image_tag, "x")))
    error_message = "migration_image_tag must be a valid Docker tag."
  }
}

variable "cpu_architecture" {
  description = "X86_64, or ARM64 for Graviton (about 20% cheaper; the images must be built for linux/arm64)."
  type        = string
  default     = "X86_64"

  validation {
    condition     = contains(["X86_64", "ARM64"], var.cpu_architecture)
    error_message = "cpu_architecture must be X86_64 or ARM64."
  }
}

# --- Services ---------------------------------------------------------------------------------

variable "services_enabled" {
  description = "Create the api, worker and web services. Set false for the very first apply: the stores, task definitions and the migration task exist, so the schema can be migrated before any app task boots (the app seeds reference data at start)."
  type        = bool
  default     = true
}

variable "api" {
  description = "Size and scaling of the api service: Fargate CPU units and MiB per task, task count bounds, CPU target (%) and ALB requests per task per minute."
  type = object({
    cpu                 = optional(number, 512)
    memory              = optional(number, 1024)
    min_capacity        = optional(number, 2)
    max_capacity        = optional(number, 8)
    cpu_target_percent  = optional(number, 60)
    requests_per_target = optional(number, 1000)
  })
  default = {}

  validation {
    condition     = var.api.min_capacity >= 1 && var.api.max_capacity >= var.api.min_capacity && var.api.cpu_target_percent > 0 && var.api.cpu_target_percent <= 100 && var.api.requests_per_target > 0
    error_message = "api needs 1 <= min_capacity <= max_capacity, 0 < cpu_target_percent <= 100 and requests_per_target > 0."
  }
}

variable "worker" {
  description = "Size and scaling of the worker service (imports parse large files: give it memory). It scales on CPU and on queue depth: waiting jobs per running task (the app publishes the count to CloudWatch every minute)."
  type = object({
    cpu                   = optional(number, 1024)
    memory                = optional(number, 2048)
    min_capacity          = optional(number, 1)
    max_capacity          = optional(number, 4)
    cpu_target_percent    = optional(number, 70)
    spot_weight           = optional(number, 0)
    waiting_jobs_per_task = optional(number, 100)
  })
  default = {}

  validation {
    condition     = var.worker.min_capacity >= 1 && var.worker.max_capacity >= var.worker.min_capacity && var.worker.spot_weight >= 0 && var.worker.waiting_jobs_per_task > 0
    error_message = "worker needs 1 <= min_capacity <= max_capacity, spot_weight >= 0 and waiting_jobs_per_task > 0."
  }
}

variable "web" {
  description = "Size and scaling of the web service (nginx serving the SPA)."
  type = object({
    cpu                = optional(number, 256)
    memory             = optional(number, 512)
    min_capacity       = optional(number, 2)
    max_capacity       = optional(number, 4)
    cpu_target_percent = optional(number, 60)
    spot_weight        = optional(number, 0)
  })
  default = {}

  validation {
    condition     = var.web.min_capacity >= 1 && var.web.max_capacity >= var.web.min_capacity && var.web.spot_weight >= 0
    error_message = "web needs 1 <= min_capacity <= max_capacity and spot_weight >= 0."
  }
}

variable "log_retention_days" {
  description = "Retention of the containers' CloudWatch log groups."
  type        = number
  default     = 30

  validation {
    condition     = contains([1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653], var.log_retention_days)
    error_message = "log_retention_days must be a CloudWatch Logs retention value (1, 3, 5, 7, 14, 30, 60, 90, ...)."
  }
}

variable "enable_execute_command" {
  description = "Allow `aws ecs execute-command` shells into the tasks (audited through CloudTrail)."
  type        = bool
  default     = false
}

variable "wait_for_steady_state" {
  description = "Make terraform apply wait until each service's deployment is stable (fails the apply on a rolled-back deployment)."
  type        = bool
  default     = false
}

variable "alarm_topic_arn" {
  description = "SNS topic notified by the CloudWatch alarms (ALB 5xx, unhealthy targets, worker down, database CPU/storage, Redis memory); null: alarms without notifications."
  type        = string
  default     = null

  validation {
    condition     = var.alarm_topic_arn == null || can(regex("^arn:aws[a-z-]*:sns:", coalesce(var.alarm_topic_arn, "x")))
    error_message = "alarm_topic_arn must be an SNS topic ARN."
  }
}

variable "metrics_ingress_cidr_blocks" {
  description = "IPv4 ranges (e.g. a Prometheus in the VPC) allowed to scrape api:3000/metrics and worker:9464/metrics."
  type        = list(string)
  default     = []

  validation {
    condition     = alltrue([for c in var.metrics_ingress_cidr_blocks : can(cidrhost(c, 0)) && !endswith(c, "/0")])
    error_message = "metrics_ingress_cidr_blocks must hold valid IPv4 CIDRs, none of them open to everyone (/0): /metrics is for a scraper inside your network."
  }
}

variable "app_egress_rules" {
  description = "Outbound TCP the api and worker may open besides HTTPS (443) and the data stores, e.g. SMTP, an existing MongoDB, an Ollama in the VPC."
  type = list(object({
    description = string
    port        = number
    cidr_ipv4   = string
  }))
  default = [
    { description = "SMTP submission (STARTTLS)", port = 587, cidr_ipv4 = "0.0.0.0/0" },
  ]

  validation {
    condition     = alltrue([for r in var.app_egress_rules : r.port > 0 && r.port < 65536 && can(cidrhost(r.cidr_ipv4, 0))])
    error_message = "Each app_egress_rules entry needs a port in 1-65535 and a valid IPv4 CIDR."
  }
}

# --- Application settings ---------------------------------------------------------------------

variable "log_level" {
  description = "LOG_LEVEL of api, worker and migrations."
  type        = string
  default     = "info"

  validation {
    condition     = contains(["fatal", "error", "warn", "info", "debug", "trace", "silent"], var.log_level)
    error_message = "log_level must be fatal, error, warn, info, debug, trace or silent."
  }
}

variable "db_pool_size" {
  description = "DB_POOL_SIZE: PostgreSQL connections per task (keep tasks x pool under the instance's max_connections)."
  type        = number
  default     = 10

  validation {
    condition     = var.db_pool_size >= 1 && var.db_pool_size <= 200
    error_message = "db_pool_size must be between 1 and 200."
  }
}

variable "mongo_db" {
  description = "MONGO_DB: database holding the Open Food Facts catalogue."
  type        = string
  default     = "welness"

  validation {
    condition     = can(regex("^[A-Za-z0-9_-]{1,60}$", var.mongo_db))
    error_message = "mongo_db must be a plain database name."
  }
}

variable "redis_key_prefix" {
  description = "REDIS_KEY_PREFIX: prefix of every Redis key."
  type        = string
  default     = "welness:"

  validation {
    condition     = length(var.redis_key_prefix) <= 40
    error_message = "redis_key_prefix must be at most 40 characters."
  }
}

variable "app_settings" {
  description = "Further non-secret settings of api and worker, by environment variable name (see .env.example), e.g. { AGENT_LLM_BASE_URL = \"https://api.openai.com/v1\", FACTS_OFF_FALLBACK = \"true\" }. Settings Terraform manages itself (stores, secrets, encryption, NODE_ENV, ports, shutdown timeouts) cannot be overridden here."
  type        = map(string)
  default     = {}

  validation {
    condition = alltrue([for k in keys(var.app_settings) : contains([
      "CORS_ORIGINS", "BODY_LIMIT_BYTES", "BODY_READ_TIMEOUT_MS", "BODY_MIN_BYTES_PER_SECOND", "ACTIVITY_IMPORT_MAX_BYTES", "HEALTH_CHECK_TIMEOUT_MS",
      "ACCESS_TOKEN_TTL_SECONDS", "REFRESH_TOKEN_TTL_DAYS", "ARGON2_MEMORY_KIB", "ARGON2_TIME_COST", "ARGON2_PARALLELISM",
      "MAIL_FROM", "LOGIN_MAX_FAILURES", "LOGIN_LOCKOUT_BASE_SECONDS", "AUTH_RATE_LIMIT_PER_MINUTE",
      "AGENT_LLM_BASE_URL", "AGENT_LLM_MODEL", "AGENT_LLM_TIMEOUT_MS", "AGENT_LLM_MAX_RETRIES", "AGENT_LLM_COOLDOWN_MS", "AGENT_CONTEXT_TOKENS",
      "FACTS_CACHE_TTL_SECONDS", "FACTS_NEGATIVE_CACHE_TTL_SECONDS", "FACTS_OFF_FALLBACK", "FACTS_OFF_BASE_URL", "FACTS_OFF_USER_AGENT",
      "FACTS_OFF_READS_PER_MINUTE", "FACTS_OFF_TIMEOUT_MS", "FACTS_IMPORT_BATCH_SIZE", "FACTS_IMPORT_THREADS",
      "FACTS_MEMORY_CACHE_ENTRIES", "FACTS_MEMORY_CACHE_TTL_SECONDS", "FACTS_SEARCH_CACHE_TTL_SECONDS", "FACTS_SEED_SAMPLE", "AGENT_ASYNC_COMMIT",
      "ADMIN_EMAILS", "TELEGRAM_MODE",
    ], k)])
    error_message = "app_settings accepts only tunable, non-secret settings (secrets go to app_secret_values or app_secret_arns; stores, encryption, NODE_ENV and ports are managed by this module)."
  }
}

variable "app_secret_values" {
  description = "Optional secret settings stored by Terraform in Secrets Manager and injected as task secrets, by name: AGENT_LLM_API_KEY, AGENT_LLM_API_KEYS, SMTP_URL, OIDC_PROVIDERS, TELEGRAM_BOT_TOKEN, TELEGRAM_WEBHOOK_SECRET, ENCRYPTION_PREVIOUS_KEYS. The values end up in the Terraform state; prefer app_secret_arns for secrets you manage elsewhere."
  type        = map(string)
  default     = {}
  sensitive   = true

  validation {
    condition     = alltrue([for k in keys(var.app_secret_values) : contains(["AGENT_LLM_API_KEY", "AGENT_LLM_API_KEYS", "SMTP_URL", "OIDC_PROVIDERS", "TELEGRAM_BOT_TOKEN", "TELEGRAM_WEBHOOK_SECRET", "ENCRYPTION_PREVIOUS_KEYS"], k)])
    error_message = "app_secret_values accepts only AGENT_LLM_API_KEY, AGENT_LLM_API_KEYS, SMTP_URL, OIDC_PROVIDERS, TELEGRAM_BOT_TOKEN, TELEGRAM_WEBHOOK_SECRET and ENCRYPTION_PREVIOUS_KEYS."
  }
}

variable "app_secret_arns" {
  description = "Optional secret settings held in existing Secrets Manager secrets (plain string values), by name => secret ARN: AGENT_LLM_API_KEY, AGENT_LLM_API_KEYS, SMTP_URL, OIDC_PROVIDERS, TELEGRAM_BOT_TOKEN, TELEGRAM_WEBHOOK_SECRET, ENCRYPTION_PREVIOUS_KEYS. Secrets encrypted with another customer-managed key also need that key's kms:Decrypt for the execution role."
  type        = map(string)
  default     = {}

  validation {
    condition     = alltrue([for k, arn in var.app_secret_arns : contains(["AGENT_LLM_API_KEY", "AGENT_LLM_API_KEYS", "SMTP_URL", "OIDC_PROVIDERS", "TELEGRAM_BOT_TOKEN", "TELEGRAM_WEBHOOK_SECRET", "ENCRYPTION_PREVIOUS_KEYS"], k) && can(regex("^arn:aws[a-z-]*:secretsmanager:", arn))])
    error_message = "app_secret_arns accepts only AGENT_LLM_API_KEY, AGENT_LLM_API_KEYS, SMTP_URL, OIDC_PROVIDERS, TELEGRAM_BOT_TOKEN, TELEGRAM_WEBHOOK_SECRET and ENCRYPTION_PREVIOUS_KEYS, each mapped to a Secrets Manager ARN."
  }
}

variable "secret_recovery_window_days" {
  description = "Days a deleted secret can still be restored (0 deletes at once: throwaway stacks only)."
  type        = number
  default     = 7

  validation {
    condition     = var.secret_recovery_window_days == 0 || (var.secret_recovery_window_days >= 7 && var.secret_recovery_window_days <= 30)
    error_message = "secret_recovery_window_days must be 0 or between 7 and 30."
  }
}

# --- Data stores ------------------------------------------------------------------------------

variable "postgres" {
  description = "RDS PostgreSQL 16 sizing: instance class, gp3 storage (initial and autoscaling ceiling, GiB), Multi-AZ standby, Performance Insights."
  type = object({
    instance_class           = optional(string, "db.t4g.medium")
    allocated_storage_gb     = optional(number, 20)
    max_allocated_storage_gb = optional(number, 200)
    multi_az                 = optional(bool, true)
    performance_insights     = optional(bool, true)
  })
  default = {}

  validation {
    condition     = var.postgres.allocated_storage_gb >= 20 && var.postgres.max_allocated_storage_gb >= var.postgres.allocated_storage_gb
    error_message = "postgres needs allocated_storage_gb >= 20 and max_allocated_storage_gb >= allocated_storage_gb."
  }
}

variable "redis" {
  description = "ElastiCache Redis 7 sizing: node type and replicas (>= 1 enables Multi-AZ failover)."
  type = object({
    node_type               = optional(string, "cache.t4g.small")
    replicas                = optional(number, 1)
    snapshot_retention_days = optional(number, 3)
  })
  default = {}

  validation {
    condition     = var.redis.replicas >= 0 && var.redis.replicas <= 5 && var.redis.snapshot_retention_days >= 0
    error_message = "redis.replicas must be between 0 and 5 and snapshot_retention_days >= 0."
  }
}

variable "documentdb" {
  description = "DocumentDB 5 sizing: instance class and instance count (>= 2 survives an AZ loss). Ignored when mongo_url_secret_arn is set."
  type = object({
    instance_class = optional(string, "db.t4g.medium")
    instance_count = optional(number, 2)
  })
  default = {}

  validation {
    condition     = var.documentdb.instance_count >= 1 && var.documentdb.instance_count <= 16
    error_message = "documentdb.instance_count must be between 1 and 16."
  }
}

variable "mongo_url_secret_arn" {
  description = "Existing Secrets Manager secret holding a MONGO_URL (e.g. MongoDB Atlas over PrivateLink or a self-managed replica set). When set, no DocumentDB cluster is created; allow its port in app_egress_rules."
  type        = string
  default     = null

  validation {
    condition     = var.mongo_url_secret_arn == null || can(regex("^arn:aws[a-z-]*:secretsmanager:", coalesce(var.mongo_url_secret_arn, "x")))
    error_message = "mongo_url_secret_arn must be a Secrets Manager secret ARN."
  }
}

variable "backup_retention_days" {
  description = "Days of automated backups (point-in-time recovery) of PostgreSQL and DocumentDB."
  type        = number
  default     = 14

  validation {
    condition     = var.backup_retention_days >= 1 && var.backup_retention_days <= 35
    error_message = "backup_retention_days must be between 1 and 35."
  }
}

variable "ca_bundle_url" {
  description = "HTTPS URL of the RDS/DocumentDB CA bundle that a short init container fetches before the app starts."
  type        = string
  default     = "https://truststore.pki.rds.amazonaws.com/global/global-bundle.pem"

  validation {
    condition     = startswith(var.ca_bundle_url, "https://")
    error_message = "ca_bundle_url must be an https:// URL."
  }
}

variable "ca_bundle_path_in_image" {
  description = "Path of the RDS CA bundle if you bake it into the api/worker images; then no init container runs (null: fetch ca_bundle_url at task start)."
  type        = string
  default     = null

  validation {
    condition     = var.ca_bundle_path_in_image == null || startswith(coalesce(var.ca_bundle_path_in_image, "/"), "/")
    error_message = "ca_bundle_path_in_image must be an absolute path."
  }
}
