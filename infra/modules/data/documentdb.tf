# Amazon DocumentDB 5 for the Open Food Facts catalogue. TLS is enforced by the cluster
# parameter group; the app connects with tls=true, the RDS CA bundle and retryWrites=false
# (DocumentDB does not support retryable writes). Skipped when MONGO_URL points elsewhere.

resource "random_password" "documentdb" {
  count = var.create_documentdb ? 1 : 0

  length  = 40
  special = false # DocumentDB refuses / " @ and the password goes into a URL
}

resource "aws_security_group" "documentdb" {
  count = var.create_documentdb ? 1 : 0

  name_prefix = "${var.name}-docdb-"
  description = "Welness AI DocumentDB: 27017 from the app tasks only"
  vpc_id      = var.vpc_id

  tags = merge(var.tags, { Name = "${var.name}-docdb" })

  lifecycle {
    create_before_destroy = true
  }
}

resource "aws_vpc_security_group_ingress_rule" "documentdb" {
  for_each = var.create_documentdb ? var.client_security_group_ids : {}

  security_group_id            = aws_security_group.documentdb[0].id
  description                  = "DocumentDB from ${each.key}"
  ip_protocol                  = "tcp"
  from_port                    = 27017
  to_port                      = 27017
  referenced_security_group_id = each.value

  tags = var.tags
}

resource "aws_docdb_subnet_group" "this" {
  count = var.create_documentdb ? 1 : 0

  name_prefix = "${var.name}-"
  description = "Welness AI private subnets"
  subnet_ids  = var.private_subnet_ids

  tags = var.tags
}

resource "aws_docdb_cluster_parameter_group" "this" {
  count = var.create_documentdb ? 1 : 0

  name_prefix = "${var.name}-docdb5-"
  family      = "docdb5.0"
  description = "Welness AI DocumentDB 5: TLS required"

  parameter {
    name  = "tls"
    value = "enabled"
  }

  tags = var.tags

  lifecycle {
    create_before_destroy = true
  }
}

resource "aws_docdb_cluster" "this" {
  count = var.create_documentdb ? 1 : 0

  cluster_identifier              = "${var.name}-docdb"
  engine                          = "docdb"
  engine_version                  = "5.0.0"
  master_username                 = var.documentdb_username
  master_password                 = random_password.documentdb[0].result
  port                            = 27017
  db_subnet_group_name            = aws_docdb_subnet_group.this[0].name
  vpc_security_group_ids          = [aws_security_group.documentdb[0].id]
  db_cluster_parameter_group_name = aws_docdb_cluster_parameter_group.this[0].name

  storage_encrypted = true
  kms_key_id        = var.kms_key_arn

  backup_retention_period      = var.backup_retention_days
  preferred_backup_window      = var.preferred_backup_window
  preferred_maintenance_window = var.preferred_maintenance_window
  deletion_protection          = var.deletion_protection
  skip_final_snapshot          = var.skip_final_snapshot
  final_snapshot_identifier    = "${var.name}-docdb-final"
  apply_immediately            = false

  tags = var.tags
}

resource "aws_docdb_cluster_instance" "this" {
  count = var.create_documentdb ? var.documentdb_instance_count : 0

  identifier                   = "${var.name}-docdb-${count.index}"
  cluster_identifier           = aws_docdb_cluster.this[0].id
  instance_class               = var.documentdb_instance_class
  auto_minor_version_upgrade   = true
  preferred_maintenance_window = var.preferred_maintenance_window

  tags = var.tags
}
