# `terraform test` (Terraform >= 1.7): plans and "applies" the whole stack against mocked
# providers, so no AWS account is touched. It checks the wiring the unit test in
# libs/server/src/terraform-config.spec.ts cannot see: evaluated container definitions,
# conditional DocumentDB, security-group chaining.

mock_provider "aws" {
  mock_data "aws_iam_policy_document" {
    defaults = {
      json = "{\"Version\":\"2012-10-17\",\"Statement\":[]}"
    }
  }

  mock_resource "aws_kms_key" {
    defaults = {
      arn = "arn:aws:kms:eu-west-1:123456789012:key/11111111-1111-1111-1111-111111111111"
    }
  }

  mock_resource "aws_iam_role" {
    defaults = {
      arn = "arn:aws:iam::123456789012:role/welness-prod-mock"
    }
  }

  mock_resource "aws_lb" {
    defaults = {
      arn = "arn:aws:elasticloadbalancing:eu-west-1:123456789012:loadbalancer/app/welness-prod/0123456789abcdef"
    }
  }

  mock_resource "aws_lb_target_group" {
    defaults = {
      arn = "arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/welness-prod-api/0123456789abcdef"
    }
  }

  mock_resource "aws_lb_listener" {
    defaults = {
      arn = "arn:aws:elasticloadbalancing:eu-west-1:123456789012:listener/app/welness-prod/0123456789abcdef/0123456789abcdef"
    }
  }

  mock_resource "aws_cloudwatch_log_group" {
    defaults = {
      arn = "arn:aws:logs:eu-west-1:123456789012:log-group:/ecs/welness-prod"
    }
  }

  mock_resource "aws_secretsmanager_secret" {
    defaults = {
      arn = "arn:aws:secretsmanager:eu-west-1:123456789012:secret:welness-prod/mock-AbCdEf"
    }
  }

  mock_resource "aws_service_discovery_http_namespace" {
    defaults = {
      arn = "arn:aws:servicediscovery:eu-west-1:123456789012:namespace/ns-0123456789abcdef"
    }
  }

  mock_resource "aws_ecs_cluster" {
    defaults = {
      arn = "arn:aws:ecs:eu-west-1:123456789012:cluster/welness-prod"
    }
  }

  mock_resource "aws_ecs_task_definition" {
    defaults = {
      arn = "arn:aws:ecs:eu-west-1:123456789012:task-definition/welness-prod-mock:1"
    }
  }

  mock_resource "aws_efs_file_system" {
    defaults = {
      arn = "arn:aws:elasticfilesystem:eu-west-1:123456789012:file-system/fs-0123456789abcdef"
    }
  }

  mock_resource "aws_efs_access_point" {
    defaults = {
      arn = "arn:aws:elasticfilesystem:eu-west-1:123456789012:access-point/fsap-0123456789abcdef"
    }
  }

  override_data {
    target = data.aws_region.current
    values = { name = "eu-west-1" }
  }
  override_data {
    target = data.aws_caller_identity.current
    values = { account_id = "123456789012" }
  }
  override_data {
    target = data.aws_partition.current
    values = { partition = "aws" }
  }
  override_data {
    target = data.aws_availability_zones.available
    values = { names = ["eu-west-1a", "eu-west-1b", "eu-west-1c"] }
  }
  override_data {
    target = module.network.data.aws_region.current
    values = { name = "eu-west-1" }
  }
  override_data {
    target = module.api.data.aws_region.current
    values = { name = "eu-west-1" }
  }
  override_data {
    target = module.worker.data.aws_region.current
    values = { name = "eu-west-1" }
  }
  override_data {
    target = module.web.data.aws_region.current
    values = { name = "eu-west-1" }
  }
  override_data {
    target = module.migrate.data.aws_region.current
    values = { name = "eu-west-1" }
  }
}

mock_provider "random" {}

variables {
  aws_region              = "eu-west-1"
  public_url              = "https://welness.example.com"
  certificate_arn         = "arn:aws:acm:eu-west-1:123456789012:certificate/00000000-0000-0000-0000-000000000000"
  api_image_repository    = "123456789012.dkr.ecr.eu-west-1.amazonaws.com/welness/api"
  worker_image_repository = "123456789012.dkr.ecr.eu-west-1.amazonaws.com/welness/worker"
  web_image_repository    = "123456789012.dkr.ecr.eu-west-1.amazonaws.com/welness/web"
  image_tag               = "1.0.0"
}

run "default_stack" {
  command = apply

  assert {
    condition     = length(module.network.private_subnet_ids) == 2 && length(module.network.public_subnet_ids) == 2
    error_message = "Two AZs give two public and two private subnets."
  }

  assert {
    condition     = module.data.mongo_url_secret_arn != null && module.data.documentdb_endpoint != null
    error_message = "Without mongo_url_secret_arn a DocumentDB cluster and its MONGO_URL secret exist."
  }

  assert {
    condition     = length([for c in jsondecode(module.api.container_definitions) : c if c.name == "tls-ca" && c.essential == false]) == 1
    error_message = "The api task fetches the RDS CA bundle in a non-essential init container."
  }

  assert {
    condition = (
      contains([for e in one([for c in jsondecode(module.api.container_definitions) : c if c.name == "api"]).environment : "${e.name}=${e.value}"], "NODE_ENV=production") &&
      contains([for e in one([for c in jsondecode(module.api.container_definitions) : c if c.name == "api"]).environment : "${e.name}=${e.value}"], "ENCRYPTION_PROVIDER=kms") &&
      contains([for s in one([for c in jsondecode(module.api.container_definitions) : c if c.name == "api"]).secrets : s.name], "JWT_SECRET") &&
      !contains([for e in one([for c in jsondecode(module.api.container_definitions) : c if c.name == "api"]).environment : e.name], "JWT_SECRET") &&
      !contains([for e in one([for c in jsondecode(module.api.container_definitions) : c if c.name == "api"]).environment : e.name], "ENCRYPTION_LOCAL_KEY")
    )
    error_message = "api runs in production with KMS encryption and JWT_SECRET from Secrets Manager."
  }

  assert {
    condition = (
      contains([for e in one([for c in jsondecode(module.worker.container_definitions) : c if c.name == "worker"]).environment : "${e.name}=${e.value}"], "WORKER_MODE=separate") &&
      contains([for e in one([for c in jsondecode(module.worker.container_definitions) : c if c.name == "worker"]).environment : "${e.name}=${e.value}"], "DB_MIGRATE_ON_START=false") &&
      [for p in one([for c in jsondecode(module.worker.container_definitions) : c if c.name == "worker"]).portMappings : p.containerPort] == [9464]
    )
    error_message = "worker runs separately, never migrates on start and exposes only its metrics port."
  }

  assert {
    condition = (
      contains(module.worker.scaling_policy_names, "welness-prod-worker-queue-depth") &&
      !contains(module.api.scaling_policy_names, "welness-prod-api-queue-depth") &&
      contains([for e in one([for c in jsondecode(module.worker.container_definitions) : c if c.name == "worker"]).environment : "${e.name}=${e.value}"], "QUEUE_DEPTH_CLOUDWATCH_NAMESPACE=Welness/welness-prod")
    )
    error_message = "The worker publishes its queue depth and scales on it; the api does not."
  }

  assert {
    condition     = one([for c in jsondecode(module.migrate.container_definitions) : c if c.name == "migrate"]).command == ["node", "dist/apps/api/src/migrate.cli.js"]
    error_message = "The migration task runs the migration CLI."
  }

  assert {
    condition     = module.migrate.service_name == null && module.api.service_name != null
    error_message = "Migrations are a task definition only; api is a service."
  }

  assert {
    condition     = length(aws_vpc_security_group_egress_rule.app_to_stores) == 8
    error_message = "api and worker each reach postgres, redis, documentdb and the imports volume."
  }

  assert {
    condition = (
      length(aws_cloudwatch_metric_alarm.redis_memory) == 2 &&
      endswith(aws_cloudwatch_metric_alarm.redis_memory[1].dimensions.CacheClusterId, "-002") &&
      length(aws_cloudwatch_metric_alarm.documentdb_cpu) == 1 &&
      length(aws_cloudwatch_metric_alarm.worker_not_running) == 1
    )
    error_message = "Every Redis node, DocumentDB and the worker service have alarms."
  }
}

run "existing_mongodb" {
  command = apply

  variables {
    mongo_url_secret_arn = "arn:aws:secretsmanager:eu-west-1:123456789012:secret:welness/mongo-url-AbCdEf"
    app_secret_arns = {
      AGENT_LLM_API_KEY = "arn:aws:secretsmanager:eu-west-1:123456789012:secret:welness/openai-AbCdEf"
    }
    app_egress_rules = [
      { description = "MongoDB", port = 27017, cidr_ipv4 = "10.50.0.0/16" },
    ]
    single_nat_gateway = true
  }

  assert {
    condition     = module.data.documentdb_endpoint == null && output.secret_arns["MONGO_URL"] == var.mongo_url_secret_arn
    error_message = "With mongo_url_secret_arn no DocumentDB is created and MONGO_URL comes from the given secret."
  }

  assert {
    condition     = output.secret_arns["AGENT_LLM_API_KEY"] == var.app_secret_arns["AGENT_LLM_API_KEY"]
    error_message = "Secrets managed elsewhere are injected by ARN."
  }

  assert {
    condition     = length(aws_vpc_security_group_egress_rule.app_to_stores) == 6 && length(aws_vpc_security_group_egress_rule.app_extra) == 2
    error_message = "Without DocumentDB the tasks reach postgres, redis and imports, plus the MongoDB egress rule."
  }

  assert {
    condition     = length(module.network.nat_public_ips) == 1
    error_message = "single_nat_gateway creates one NAT gateway."
  }

  assert {
    condition     = length(aws_cloudwatch_metric_alarm.documentdb_cpu) == 0
    error_message = "No DocumentDB alarm without DocumentDB."
  }
}

run "bootstrap_without_services" {
  command = apply

  variables {
    services_enabled = false
  }

  assert {
    condition     = output.service_names.api == null && output.service_names.worker == null && output.service_names.web == null
    error_message = "services_enabled = false creates no ECS service."
  }

  assert {
    condition     = module.migrate.task_definition_arn != null && module.api.task_definition_arn != null
    error_message = "The migration task definition (and the services' task definitions) exist before the services."
  }
}

run "all_options" {
  command = apply

  variables {
    enable_execute_command      = true
    metrics_ingress_cidr_blocks = ["10.40.0.0/16"]
    route53_zone_id             = "Z0123456789ABCDEFGHIJ"
    cpu_architecture            = "ARM64"
    ca_bundle_path_in_image     = "/etc/ssl/certs/rds-global-bundle.pem"
    app_secret_values = {
      SMTP_URL       = "smtps://user:pass@mail.example.com:465"
      OIDC_PROVIDERS = "[]"
    }
    worker                  = { spot_weight = 3 }
    vpc_interface_endpoints = true
    waf_web_acl_arn         = "arn:aws:wafv2:eu-west-1:123456789012:regional/webacl/welness/00000000-0000-0000-0000-000000000000"
  }

  assert {
    condition     = length(module.network.interface_endpoint_ids) == 6 && module.alb.web_acl_associated
    error_message = "Interface endpoints and the WAF association are created on request."
  }

  assert {
    condition     = aws_route53_record.app[0].name == "welness.example.com"
    error_message = "The alias record is for the host of public_url."
  }

  assert {
    condition     = length(aws_secretsmanager_secret.optional) == 2 && contains(keys(output.secret_arns), "SMTP_URL") && contains(keys(output.secret_arns), "OIDC_PROVIDERS")
    error_message = "Secret values given to Terraform become secrets injected by name."
  }

  assert {
    condition     = length(aws_iam_role_policy.ecs_exec) == 2
    error_message = "ECS Exec grants the SSM channel to the app role and the exec-only role."
  }

  assert {
    condition = (
      length([for c in jsondecode(module.api.container_definitions) : c if c.name == "tls-ca"]) == 0 &&
      strcontains(jsonencode(one([for c in jsondecode(module.api.container_definitions) : c if c.name == "api"]).secrets), "SMTP_URL")
    )
    error_message = "With the CA bundle in the image no init container runs; optional secrets reach the api."
  }

  assert {
    condition     = length(aws_vpc_security_group_ingress_rule.api_metrics) == 1 && length(aws_vpc_security_group_ingress_rule.worker_metrics) == 1
    error_message = "The metrics scrape range may reach api and worker."
  }
}

run "rejects_managed_settings_in_app_settings" {
  command = plan

  variables {
    app_settings = { NODE_ENV = "development" }
  }

  expect_failures = [var.app_settings]
}

run "rejects_latest_tag" {
  command = plan

  variables {
    image_tag = "latest"
  }

  expect_failures = [var.image_tag]
}
