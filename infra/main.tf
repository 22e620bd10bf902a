# Welness AI on AWS: ECS/Fargate behind an ALB, RDS PostgreSQL 16, ElastiCache Redis 7,
# DocumentDB 5 (or an existing MongoDB), KMS envelope encryption, secrets in Secrets Manager.
# See README.md here and docs/deploy-aws.md for the apply and release procedure.

data "aws_region" "current" {}

data "aws_caller_identity" "current" {}

data "aws_partition" "current" {}

data "aws_availability_zones" "available" {
  state = "available"

  filter {
    name   = "opt-in-status"
    values = ["opt-in-not-required"]
  }
}

locals {
  name        = "${var.name}-${var.environment}"
  azs         = slice(data.aws_availability_zones.available.names, 0, var.az_count)
  account_id  = data.aws_caller_identity.current.account_id
  region      = data.aws_region.current.name
  partition   = data.aws_partition.current.partition
  public_host = regex("^https://([^/:]+)", var.public_url)[0]

  api_port          = 3000
  web_port          = 8080
  worker_metrics    = 9464
  imports_dir       = "/data/imports"
  create_documentdb = var.mongo_url_secret_arn == null

  # Where the RDS/DocumentDB CA bundle is inside the api, worker and migration containers:
  # fetched into a task-local volume by an init container, or baked into the image.
  ca_bundle_dir  = "/tls-ca"
  ca_bundle_file = "rds-global-bundle.pem"
  ca_bundle = var.ca_bundle_path_in_image == null ? {
    url       = var.ca_bundle_url
    directory = local.ca_bundle_dir
    file_name = local.ca_bundle_file
  } : null
  ca_file_path = coalesce(var.ca_bundle_path_in_image, "${local.ca_bundle_dir}/${local.ca_bundle_file}")
}

module "network" {
  source = "./modules/network"

  name                     = local.name
  cidr_block               = var.vpc_cidr
  azs                      = local.azs
  single_nat_gateway       = var.single_nat_gateway
  flow_logs_retention_days = var.flow_logs_retention_days
  log_kms_key_arn          = aws_kms_key.data.arn

  interface_endpoint_services = var.vpc_interface_endpoints ? ["ecr.api", "ecr.dkr", "logs", "secretsmanager", "kms", "ssmmessages"] : []
}

module "alb" {
  source = "./modules/alb"

  name                 = local.name
  vpc_id               = module.network.vpc_id
  public_subnet_ids    = module.network.public_subnet_ids
  certificate_arn      = var.certificate_arn
  ingress_cidr_blocks  = var.alb_ingress_cidr_blocks
  idle_timeout_seconds = var.alb_idle_timeout_seconds
  deletion_protection  = var.deletion_protection
  access_logs_bucket   = var.alb_access_logs_bucket
  web_acl_arn          = var.waf_web_acl_arn
  web_port             = local.web_port
  api_port             = local.api_port
}

module "data" {
  source = "./modules/data"

  name               = local.name
  vpc_id             = module.network.vpc_id
  private_subnet_ids = module.network.private_subnet_ids
  kms_key_arn        = aws_kms_key.data.arn
  ca_file_path       = local.ca_file_path

  client_security_group_ids = {
    api     = aws_security_group.api.id
    worker  = aws_security_group.worker.id
    migrate = aws_security_group.migrate.id
  }
  imports_client_security_group_ids = {
    api    = aws_security_group.api.id
    worker = aws_security_group.worker.id
  }
  imports_client_role_arns = [aws_iam_role.app_task.arn]

  deletion_protection         = var.deletion_protection
  skip_final_snapshot         = var.skip_final_snapshots
  backup_retention_days       = var.backup_retention_days
  secret_recovery_window_days = var.secret_recovery_window_days

  postgres_instance_class           = var.postgres.instance_class
  postgres_allocated_storage_gb     = var.postgres.allocated_storage_gb
  postgres_max_allocated_storage_gb = var.postgres.max_allocated_storage_gb
  postgres_multi_az                 = var.postgres.multi_az
  postgres_performance_insights     = var.postgres.performance_insights

  redis_node_type               = var.redis.node_type
  redis_replicas                = var.redis.replicas
  redis_snapshot_retention_days = var.redis.snapshot_retention_days

  create_documentdb         = local.create_documentdb
  documentdb_instance_class = var.documentdb.instance_class
  documentdb_instance_count = var.documentdb.instance_count
}

resource "aws_route53_record" "app" {
  count = var.route53_zone_id == null ? 0 : 1

  zone_id = var.route53_zone_id
  name    = local.public_host
  type    = "A"

  alias {
    name                   = module.alb.dns_name
    zone_id                = module.alb.zone_id
    evaluate_target_health = true
  }
}
