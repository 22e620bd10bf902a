output "alb_dns_name" {
  description = "DNS name of the load balancer: point the host of public_url at it (CNAME or alias) unless route53_zone_id is set."
  value       = module.alb.dns_name
}

output "alb_zone_id" {
  description = "Hosted zone of the load balancer, for an alias record managed elsewhere."
  value       = module.alb.zone_id
}

output "public_url" {
  description = "URL of the app."
  value       = var.public_url
}

output "cluster_name" {
  description = "ECS cluster of the services."
  value       = aws_ecs_cluster.this.name
}

output "service_names" {
  description = "ECS services by role."
  value = {
    api    = module.api.service_name
    worker = module.worker.service_name
    web    = module.web.service_name
  }
}

output "log_group_names" {
  description = "CloudWatch log groups by container."
  value = {
    api     = module.api.log_group_name
    worker  = module.worker.log_group_name
    web     = module.web.log_group_name
    migrate = module.migrate.log_group_name
  }
}

output "migration_task_definition" {
  description = "Task definition (family:revision) of the one-off migration task."
  value       = module.migrate.task_definition_arn
}

output "migration_run_task_command" {
  description = "Runs the pending PostgreSQL migrations once; wait for the task to stop and check its exit code (docs/deploy-aws.md)."
  value = join(" ", [
    "aws ecs run-task",
    "--region ${local.region}",
    "--cluster ${aws_ecs_cluster.this.name}",
    "--task-definition ${module.migrate.task_definition_arn}",
    "--launch-type FARGATE",
    "--started-by terraform-migrate",
    "--network-configuration 'awsvpcConfiguration={subnets=[${join(",", module.network.private_subnet_ids)}],securityGroups=[${aws_security_group.migrate.id}],assignPublicIp=DISABLED}'",
    "--query 'tasks[0].taskArn' --output text",
  ])
}

output "app_kms_key_arn" {
  description = "KMS key of the application's envelope encryption (KMS_KEY_ID)."
  value       = aws_kms_key.app.arn
}

output "data_kms_key_arn" {
  description = "KMS key encrypting the data stores, secrets and logs at rest."
  value       = aws_kms_key.data.arn
}

output "secret_arns" {
  description = "Secrets Manager secrets the tasks receive, by environment variable name."
  value       = merge(local.optional_secrets, local.app_secrets)
}

output "postgres_credentials_secret_arn" {
  description = "PostgreSQL master credentials (JSON) for operators."
  value       = module.data.postgres_credentials_secret_arn
}

output "postgres_address" {
  description = "Host name of the PostgreSQL instance (private)."
  value       = module.data.postgres_address
}

output "redis_primary_endpoint" {
  description = "Primary endpoint of Redis (private, TLS)."
  value       = module.data.redis_primary_endpoint
}

output "documentdb_endpoint" {
  description = "DocumentDB cluster endpoint (null when an existing MongoDB is used)."
  value       = module.data.documentdb_endpoint
}

output "vpc_id" {
  description = "VPC of the stack."
  value       = module.network.vpc_id
}

output "private_subnet_ids" {
  description = "Private subnets (for run-task and any extra services)."
  value       = module.network.private_subnet_ids
}

output "nat_public_ips" {
  description = "Egress IPs of the tasks (allow-list them at the LLM provider or SMTP relay)."
  value       = module.network.nat_public_ips
}

output "migration_security_group_id" {
  description = "Security group of the migration task."
  value       = aws_security_group.migrate.id
}
