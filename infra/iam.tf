# Least privilege, split the way ECS splits it:
# - the execution role is used by ECS itself: pull images, write logs, resolve `secrets`;
# - the app task role is what api and worker code runs as: KMS data keys and the imports volume.
# The web and migration containers need no AWS API at all and get no task role (unless ECS Exec).

data "aws_iam_policy_document" "ecs_tasks_assume" {
  statement {
    actions = ["sts:AssumeRole"]

    principals {
      type        = "Service"
      identifiers = ["ecs-tasks.amazonaws.com"]
    }

    # Confused-deputy guard: only ECS acting for this account may assume the roles.
    condition {
      test     = "StringEquals"
      variable = "aws:SourceAccount"
      values   = [local.account_id]
    }

    condition {
      test     = "ArnLike"
      variable = "aws:SourceArn"
      values   = ["arn:${local.partition}:ecs:${local.region}:${local.account_id}:*"]
    }
  }
}

# --- Execution role ---------------------------------------------------------------------------

resource "aws_iam_role" "execution" {
  name_prefix        = "${local.name}-exec-"
  description        = "ECS pulls Welness AI images, writes their logs and resolves their secrets"
  assume_role_policy = data.aws_iam_policy_document.ecs_tasks_assume.json
}

resource "aws_iam_role_policy_attachment" "execution_managed" {
  role       = aws_iam_role.execution.name
  policy_arn = "arn:${local.partition}:iam::aws:policy/service-role/AmazonECSTaskExecutionRolePolicy"
}

data "aws_iam_policy_document" "execution_secrets" {
  statement {
    sid       = "ReadTaskSecrets"
    actions   = ["secretsmanager:GetSecretValue"]
    resources = concat(local.secrets_managed_here, local.secrets_managed_elsewhere)
  }

  statement {
    sid       = "DecryptSecretsThroughSecretsManager"
    actions   = ["kms:Decrypt"]
    resources = [aws_kms_key.data.arn]

    condition {
      test     = "StringEquals"
      variable = "kms:ViaService"
      values   = ["secretsmanager.${local.region}.amazonaws.com"]
    }
  }
}

resource "aws_iam_role_policy" "execution_secrets" {
  name   = "read-task-secrets"
  role   = aws_iam_role.execution.id
  policy = data.aws_iam_policy_document.execution_secrets.json
}

# --- App task role (api, worker) --------------------------------------------------------------

resource "aws_iam_role" "app_task" {
  name_prefix        = "${local.name}-app-"
  description        = "Welness AI api and worker: KMS envelope encryption, the imports volume, queue-depth metrics"
  assume_role_policy = data.aws_iam_policy_document.ecs_tasks_assume.json
}

data "aws_iam_policy_document" "app_task" {
  statement {
    sid       = "EnvelopeEncryption"
    actions   = ["kms:GenerateDataKey", "kms:Decrypt"]
    resources = [aws_kms_key.app.arn]
  }

  # The worker's queue depth, for its autoscaling; only into the stack's own namespace.
  statement {
    sid       = "PublishQueueDepth"
    actions   = ["cloudwatch:PutMetricData"]
    resources = ["*"]

    condition {
      test     = "StringEquals"
      variable = "cloudwatch:namespace"
      values   = [local.queue_depth_namespace]
    }
  }

  statement {
    sid       = "MountImportsVolume"
    actions   = ["elasticfilesystem:ClientMount", "elasticfilesystem:ClientWrite"]
    resources = [module.data.imports_file_system_arn]

    condition {
      test     = "StringEquals"
      variable = "elasticfilesystem:AccessPointArn"
      values   = [module.data.imports_access_point_arn]
    }
  }
}

resource "aws_iam_role_policy" "app_task" {
  name   = "welness-app"
  role   = aws_iam_role.app_task.id
  policy = data.aws_iam_policy_document.app_task.json
}

# --- ECS Exec (optional) ----------------------------------------------------------------------

data "aws_iam_policy_document" "ecs_exec" {
  statement {
    sid = "SessionManagerChannel"
    actions = [
      "ssmmessages:CreateControlChannel",
      "ssmmessages:CreateDataChannel",
      "ssmmessages:OpenControlChannel",
      "ssmmessages:OpenDataChannel",
    ]
    resources = ["*"]
  }
}

resource "aws_iam_role" "exec_only" {
  count = var.enable_execute_command ? 1 : 0

  name_prefix        = "${local.name}-exec-only-"
  description        = "Welness AI web and migration tasks: ECS Exec only"
  assume_role_policy = data.aws_iam_policy_document.ecs_tasks_assume.json
}

resource "aws_iam_role_policy" "ecs_exec" {
  for_each = var.enable_execute_command ? {
    app       = aws_iam_role.app_task.id
    exec_only = aws_iam_role.exec_only[0].id
  } : {}

  name   = "ecs-exec"
  role   = each.value
  policy = data.aws_iam_policy_document.ecs_exec.json
}
