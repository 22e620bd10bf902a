# The stores' connection URLs, credentials included, live only in Secrets Manager (encrypted
# with the data key) and reach the containers through the task definitions' `secrets`.
# TLS is verified: sslmode=verify-full / tls=true against the RDS CA bundle.

locals {
  database_url = format(
    "postgres://%s:%s@%s:%d/%s?sslmode=verify-full&sslrootcert=%s",
    var.postgres_username,
    random_password.postgres.result,
    aws_db_instance.postgres.address,
    aws_db_instance.postgres.port,
    var.postgres_database_name,
    var.ca_file_path,
  )

  redis_url = format(
    "rediss://:%s@%s:%d/0",
    random_password.redis.result,
    aws_elasticache_replication_group.redis.primary_endpoint_address,
    aws_elasticache_replication_group.redis.port,
  )

  mongo_url = var.create_documentdb ? format(
    "mongodb://%s:%s@%s:%d/?tls=true&tlsCAFile=%s&replicaSet=rs0&retryWrites=false",
    var.documentdb_username,
    random_password.documentdb[0].result,
    aws_docdb_cluster.this[0].endpoint,
    aws_docdb_cluster.this[0].port,
    var.ca_file_path,
  ) : null
}

resource "aws_secretsmanager_secret" "database_url" {
  name                    = "${var.name}/DATABASE_URL"
  description             = "Welness AI DATABASE_URL (PostgreSQL, TLS verified)"
  kms_key_id              = var.kms_key_arn
  recovery_window_in_days = var.secret_recovery_window_days

  tags = var.tags
}

resource "aws_secretsmanager_secret_version" "database_url" {
  secret_id     = aws_secretsmanager_secret.database_url.id
  secret_string = local.database_url
}

# The same credentials in the shape RDS tooling expects, for operators (psql, rotation).
resource "aws_secretsmanager_secret" "postgres_credentials" {
  name                    = "${var.name}/postgres-credentials"
  description             = "Welness AI PostgreSQL master credentials"
  kms_key_id              = var.kms_key_arn
  recovery_window_in_days = var.secret_recovery_window_days

  tags = var.tags
}

resource "aws_secretsmanager_secret_version" "postgres_credentials" {
  secret_id = aws_secretsmanager_secret.postgres_credentials.id
  secret_string = jsonencode({
    engine   = "postgres"
    host     = aws_db_instance.postgres.address
    port     = aws_db_instance.postgres.port
    dbname   = var.postgres_database_name
    username = var.postgres_username
    password = random_password.postgres.result
  })
}

resource "aws_secretsmanager_secret" "redis_url" {
  name                    = "${var.name}/REDIS_URL"
  description             = "Welness AI REDIS_URL (ElastiCache, TLS + AUTH token)"
  kms_key_id              = var.kms_key_arn
  recovery_window_in_days = var.secret_recovery_window_days

  tags = var.tags
}

resource "aws_secretsmanager_secret_version" "redis_url" {
  secret_id     = aws_secretsmanager_secret.redis_url.id
  secret_string = local.redis_url
}

resource "aws_secretsmanager_secret" "mongo_url" {
  count = var.create_documentdb ? 1 : 0

  name                    = "${var.name}/MONGO_URL"
  description             = "Welness AI MONGO_URL (DocumentDB, TLS verified, retryWrites=false)"
  kms_key_id              = var.kms_key_arn
  recovery_window_in_days = var.secret_recovery_window_days

  tags = var.tags
}

resource "aws_secretsmanager_secret_version" "mongo_url" {
  count = var.create_documentdb ? 1 : 0

  secret_id     = aws_secretsmanager_secret.mongo_url[0].id
  secret_string = local.mongo_url
}

resource "aws_secretsmanager_secret" "documentdb_credentials" {
  count = var.create_documentdb ? 1 : 0

  name                    = "${var.name}/documentdb-credentials"
  description             = "Welness AI DocumentDB master credentials"
  kms_key_id              = var.kms_key_arn
  recovery_window_in_days = var.secret_recovery_window_days

  tags = var.tags
}

resource "aws_secretsmanager_secret_version" "documentdb_credentials" {
  count = var.create_documentdb ? 1 : 0

  secret_id = aws_secretsmanager_secret.documentdb_credentials[0].id
  secret_string = jsonencode({
    engine   = "docdb"
    host     = aws_docdb_cluster.this[0].endpoint
    port     = aws_docdb_cluster.this[0].port
    username = var.documentdb_username
    password = random_password.documentdb[0].result
  })
}
