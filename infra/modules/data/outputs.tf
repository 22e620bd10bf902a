output "database_url_secret_arn" {
  description = "Secret holding DATABASE_URL."
  value       = aws_secretsmanager_secret.database_url.arn
}

output "redis_url_secret_arn" {
  description = "Secret holding REDIS_URL."
  value       = aws_secretsmanager_secret.redis_url.arn
}

output "mongo_url_secret_arn" {
  description = "Secret holding MONGO_URL (null without DocumentDB)."
  value       = var.create_documentdb ? aws_secretsmanager_secret.mongo_url[0].arn : null
}

output "postgres_credentials_secret_arn" {
  description = "Secret holding the PostgreSQL master credentials as JSON."
  value       = aws_secretsmanager_secret.postgres_credentials.arn
}

output "documentdb_credentials_secret_arn" {
  description = "Secret holding the DocumentDB master credentials as JSON (null without DocumentDB)."
  value       = var.create_documentdb ? aws_secretsmanager_secret.documentdb_credentials[0].arn : null
}

output "postgres_address" {
  description = "Host name of the PostgreSQL instance."
  value       = aws_db_instance.postgres.address
}

output "redis_primary_endpoint" {
  description = "Primary endpoint of the Redis replication group."
  value       = aws_elasticache_replication_group.redis.primary_endpoint_address
}

output "documentdb_endpoint" {
  description = "Cluster endpoint of DocumentDB (null without DocumentDB)."
  value       = var.create_documentdb ? aws_docdb_cluster.this[0].endpoint : null
}

output "postgres_security_group_id" {
  description = "Security group of PostgreSQL."
  value       = aws_security_group.postgres.id
}

output "redis_security_group_id" {
  description = "Security group of Redis."
  value       = aws_security_group.redis.id
}

output "documentdb_security_group_id" {
  description = "Security group of DocumentDB (null without DocumentDB)."
  value       = var.create_documentdb ? aws_security_group.documentdb[0].id : null
}

output "efs_security_group_id" {
  description = "Security group of the imports file system's mount targets."
  value       = aws_security_group.efs.id
}

output "imports_file_system_id" {
  description = "EFS file system shared by api and worker as IMPORTS_DIR."
  value       = aws_efs_file_system.imports.id
}

output "imports_file_system_arn" {
  description = "ARN of that file system (task role permissions)."
  value       = aws_efs_file_system.imports.arn
}

output "imports_access_point_id" {
  description = "Access point the tasks mount (uid/gid of the node user, /imports)."
  value       = aws_efs_access_point.imports.id
}

output "imports_access_point_arn" {
  description = "ARN of that access point (task role permissions)."
  value       = aws_efs_access_point.imports.arn
}

output "postgres_identifier" {
  description = "Identifier of the RDS instance (CloudWatch dimension DBInstanceIdentifier)."
  value       = aws_db_instance.postgres.identifier
}

output "redis_replication_group_id" {
  description = "Replication group id; its nodes are <id>-001, <id>-002, ... (CloudWatch dimension CacheClusterId)."
  value       = aws_elasticache_replication_group.redis.id
}

output "documentdb_cluster_identifier" {
  description = "DocumentDB cluster identifier (null without DocumentDB)."
  value       = var.create_documentdb ? aws_docdb_cluster.this[0].cluster_identifier : null
}
