# Application secrets. Every secret reaches the containers through the task definitions'
# `secrets` (resolved by the execution role at task start), never as plain environment.

resource "random_password" "jwt_secret" {
  length  = 64
  special = false # 64 alphanumerics (~380 bits); the schema asks for at least 32 characters
}

resource "aws_secretsmanager_secret" "jwt_secret" {
  name                    = "${local.name}/JWT_SECRET"
  description             = "Welness AI JWT_SECRET (HMAC key of access tokens)"
  kms_key_id              = aws_kms_key.data.arn
  recovery_window_in_days = var.secret_recovery_window_days
}

resource "aws_secretsmanager_secret_version" "jwt_secret" {
  secret_id     = aws_secretsmanager_secret.jwt_secret.id
  secret_string = random_password.jwt_secret.result
}

# Optional settings whose values Terraform stores (LLM keys, SMTP URL, OIDC client secrets).
# Only the names drive for_each; the values stay sensitive.
resource "aws_secretsmanager_secret" "optional" {
  for_each = toset(nonsensitive(keys(var.app_secret_values)))

  name                    = "${local.name}/${each.key}"
  description             = "Welness AI ${each.key}"
  kms_key_id              = aws_kms_key.data.arn
  recovery_window_in_days = var.secret_recovery_window_days
}

resource "aws_secretsmanager_secret_version" "optional" {
  for_each = aws_secretsmanager_secret.optional

  secret_id     = each.value.id
  secret_string = var.app_secret_values[each.key]
}

locals {
  mongo_url_secret_arn = local.create_documentdb ? module.data.mongo_url_secret_arn : var.mongo_url_secret_arn

  # Secrets api and worker receive: name => Secrets Manager ARN.
  app_secrets = {
    JWT_SECRET   = aws_secretsmanager_secret.jwt_secret.arn
    DATABASE_URL = module.data.database_url_secret_arn
    REDIS_URL    = module.data.redis_url_secret_arn
    MONGO_URL    = local.mongo_url_secret_arn
  }

  # The migration task only talks to PostgreSQL, but config validation in production still
  # refuses the development JWT secret, so it gets the real one too.
  migrate_secrets = {
    JWT_SECRET   = aws_secretsmanager_secret.jwt_secret.arn
    DATABASE_URL = module.data.database_url_secret_arn
  }

  optional_secrets = merge(
    { for name, secret in aws_secretsmanager_secret.optional : name => secret.arn },
    var.app_secret_arns,
  )

  secrets_managed_here = concat(
    [
      aws_secretsmanager_secret.jwt_secret.arn,
      module.data.database_url_secret_arn,
      module.data.redis_url_secret_arn,
    ],
    local.create_documentdb ? [module.data.mongo_url_secret_arn] : [],
    [for secret in aws_secretsmanager_secret.optional : secret.arn],
  )

  secrets_managed_elsewhere = concat(
    local.create_documentdb ? [] : [var.mongo_url_secret_arn],
    values(var.app_secret_arns),
  )
}
