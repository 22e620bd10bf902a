# Two customer-managed keys with yearly rotation:
# - app: envelope encryption of sensitive fields by the application (ENCRYPTION_PROVIDER=kms,
#   KMS_KEY_ID). Only the api/worker task role may GenerateDataKey/Decrypt with it.
# - data: encryption at rest of RDS, DocumentDB, ElastiCache, EFS, Secrets Manager and logs.
# Both key policies delegate to IAM in this account, so access is granted by role policies.

data "aws_iam_policy_document" "app_key" {
  statement {
    sid       = "AccountAdministersThroughIam"
    actions   = ["kms:*"]
    resources = ["*"]

    principals {
      type        = "AWS"
      identifiers = ["arn:${local.partition}:iam::${local.account_id}:root"]
    }
  }
}

resource "aws_kms_key" "app" {
  description             = "${local.name}: application envelope encryption (ENCRYPTION_PROVIDER=kms)"
  key_usage               = "ENCRYPT_DECRYPT"
  enable_key_rotation     = true
  deletion_window_in_days = 30
  policy                  = data.aws_iam_policy_document.app_key.json
}

resource "aws_kms_alias" "app" {
  name          = "alias/${local.name}-app"
  target_key_id = aws_kms_key.app.key_id
}

data "aws_iam_policy_document" "data_key" {
  statement {
    sid       = "AccountAdministersThroughIam"
    actions   = ["kms:*"]
    resources = ["*"]

    principals {
      type        = "AWS"
      identifiers = ["arn:${local.partition}:iam::${local.account_id}:root"]
    }
  }

  # CloudWatch Logs encrypts log groups with the key itself, so it needs a grant in the key policy.
  statement {
    sid = "CloudWatchLogsOfThisAccount"
    actions = [
      "kms:Encrypt*",
      "kms:Decrypt*",
      "kms:ReEncrypt*",
      "kms:GenerateDataKey*",
      "kms:Describe*",
    ]
    resources = ["*"]

    principals {
      type        = "Service"
      identifiers = ["logs.${local.region}.amazonaws.com"]
    }

    condition {
      test     = "ArnLike"
      variable = "kms:EncryptionContext:aws:logs:arn"
      values   = ["arn:${local.partition}:logs:${local.region}:${local.account_id}:log-group:*"]
    }
  }
}

resource "aws_kms_key" "data" {
  description             = "${local.name}: data at rest (RDS, DocumentDB, ElastiCache, EFS, secrets, logs)"
  key_usage               = "ENCRYPT_DECRYPT"
  enable_key_rotation     = true
  deletion_window_in_days = 30
  policy                  = data.aws_iam_policy_document.data_key.json
}

resource "aws_kms_alias" "data" {
  name          = "alias/${local.name}-data"
  target_key_id = aws_kms_key.data.key_id
}
