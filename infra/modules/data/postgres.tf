# RDS PostgreSQL 16: the system of record. Private, KMS-encrypted, TLS enforced by the
# parameter group, Multi-AZ by default, automated backups with point-in-time recovery.

resource "random_password" "postgres" {
  length  = 40
  special = false # the password goes into a URL; 40 alphanumerics is ~238 bits
}

resource "aws_security_group" "postgres" {
  name_prefix = "${var.name}-postgres-"
  description = "Welness AI PostgreSQL: 5432 from the app tasks only"
  vpc_id      = var.vpc_id

  tags = merge(var.tags, { Name = "${var.name}-postgres" })

  lifecycle {
    create_before_destroy = true
  }
}

resource "aws_vpc_security_group_ingress_rule" "postgres" {
  for_each = var.client_security_group_ids

  security_group_id            = aws_security_group.postgres.id
  description                  = "PostgreSQL from ${each.key}"
  ip_protocol                  = "tcp"
  from_port                    = 5432
  to_port                      = 5432
  referenced_security_group_id = each.value

  tags = var.tags
}

resource "aws_db_subnet_group" "this" {
  name_prefix = "${var.name}-"
  description = "Welness AI private subnets"
  subnet_ids  = var.private_subnet_ids

  tags = var.tags
}

resource "aws_db_parameter_group" "postgres" {
  name_prefix = "${var.name}-postgres16-"
  family      = "postgres16"
  description = "Welness AI PostgreSQL 16: TLS only, slow-query log"

  parameter {
    name  = "rds.force_ssl"
    value = "1"
  }

  parameter {
    name  = "log_min_duration_statement"
    value = "1000"
  }

  tags = var.tags

  lifecycle {
    create_before_destroy = true
  }
}

resource "aws_db_instance" "postgres" {
  identifier     = "${var.name}-postgres"
  engine         = "postgres"
  engine_version = "16"
  instance_class = var.postgres_instance_class

  allocated_storage     = var.postgres_allocated_storage_gb
  max_allocated_storage = var.postgres_max_allocated_storage_gb
  storage_type          = "gp3"
  storage_encrypted     = true
  kms_key_id            = var.kms_key_arn

  db_name  = var.postgres_database_name
  username = var.postgres_username
  password = random_password.postgres.result
  port     = 5432

  multi_az               = var.postgres_multi_az
  db_subnet_group_name   = aws_db_subnet_group.this.name
  vpc_security_group_ids = [aws_security_group.postgres.id]
  parameter_group_name   = aws_db_parameter_group.postgres.name
  publicly_accessible    = false
  ca_cert_identifier     = "rds-ca-rsa2048-g1"

  backup_retention_period   = var.backup_retention_days
  backup_window             = var.preferred_backup_window
  maintenance_window        = var.preferred_maintenance_window
  copy_tags_to_snapshot     = true
  deletion_protection       = var.deletion_protection
  skip_final_snapshot       = var.skip_final_snapshot
  final_snapshot_identifier = "${var.name}-postgres-final"

  auto_minor_version_upgrade  = true
  allow_major_version_upgrade = false
  apply_immediately           = false

  performance_insights_enabled          = var.postgres_performance_insights
  performance_insights_kms_key_id       = var.postgres_performance_insights ? var.kms_key_arn : null
  performance_insights_retention_period = var.postgres_performance_insights ? 7 : null
  enabled_cloudwatch_logs_exports       = ["postgresql", "upgrade"]

  tags = var.tags
}
