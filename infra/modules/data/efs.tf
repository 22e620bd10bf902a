# Shared imports directory (IMPORTS_DIR): the API stores an uploaded activity export and the
# worker parses it, so both tasks mount the same EFS access point. Scratch data: no backups.

resource "aws_security_group" "efs" {
  name_prefix = "${var.name}-imports-"
  description = "Welness AI imports volume: NFS from the api and worker tasks only"
  vpc_id      = var.vpc_id

  tags = merge(var.tags, { Name = "${var.name}-imports" })

  lifecycle {
    create_before_destroy = true
  }
}

resource "aws_vpc_security_group_ingress_rule" "efs" {
  for_each = var.imports_client_security_group_ids

  security_group_id            = aws_security_group.efs.id
  description                  = "NFS from ${each.key}"
  ip_protocol                  = "tcp"
  from_port                    = 2049
  to_port                      = 2049
  referenced_security_group_id = each.value

  tags = var.tags
}

resource "aws_efs_file_system" "imports" {
  creation_token   = "${var.name}-imports"
  encrypted        = true
  kms_key_id       = var.kms_key_arn
  performance_mode = "generalPurpose"
  throughput_mode  = "elastic"

  lifecycle_policy {
    transition_to_ia = "AFTER_7_DAYS"
  }

  tags = merge(var.tags, { Name = "${var.name}-imports" })
}

resource "aws_efs_backup_policy" "imports" {
  file_system_id = aws_efs_file_system.imports.id

  backup_policy {
    status = "DISABLED"
  }
}

resource "aws_efs_mount_target" "imports" {
  count = length(var.private_subnet_ids)

  file_system_id  = aws_efs_file_system.imports.id
  subnet_id       = var.private_subnet_ids[count.index]
  security_groups = [aws_security_group.efs.id]
}

resource "aws_efs_access_point" "imports" {
  file_system_id = aws_efs_file_system.imports.id

  posix_user {
    uid = var.imports_posix_uid
    gid = var.imports_posix_uid
  }

  root_directory {
    path = "/imports"

    creation_info {
      owner_uid   = var.imports_posix_uid
      owner_gid   = var.imports_posix_uid
      permissions = "0750"
    }
  }

  tags = merge(var.tags, { Name = "${var.name}-imports" })
}

data "aws_iam_policy_document" "efs" {
  statement {
    sid     = "AppTasksThroughAccessPoint"
    actions = ["elasticfilesystem:ClientMount", "elasticfilesystem:ClientWrite"]

    resources = [aws_efs_file_system.imports.arn]

    principals {
      type        = "AWS"
      identifiers = var.imports_client_role_arns
    }

    condition {
      test     = "StringEquals"
      variable = "elasticfilesystem:AccessPointArn"
      values   = [aws_efs_access_point.imports.arn]
    }
  }

  statement {
    sid       = "DenyUnencryptedTransport"
    effect    = "Deny"
    actions   = ["*"]
    resources = [aws_efs_file_system.imports.arn]

    principals {
      type        = "AWS"
      identifiers = ["*"]
    }

    condition {
      test     = "Bool"
      variable = "aws:SecureTransport"
      values   = ["false"]
    }
  }
}

resource "aws_efs_file_system_policy" "imports" {
  file_system_id = aws_efs_file_system.imports.id
  policy         = data.aws_iam_policy_document.efs.json
}
