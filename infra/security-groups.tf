# Security groups chain ALB -> web/api -> data stores. Nothing is open by CIDR inside the VPC
# except the optional metrics scrape; data stores accept only the app tasks' groups (modules/data).

resource "aws_security_group" "web" {
  name_prefix = "${local.name}-web-"
  description = "Welness AI web (nginx): 8080 from the ALB"
  vpc_id      = module.network.vpc_id

  tags = { Name = "${local.name}-web" }

  lifecycle {
    create_before_destroy = true
  }
}

resource "aws_security_group" "api" {
  name_prefix = "${local.name}-api-"
  description = "Welness AI api: 3000 from the ALB and the web tasks"
  vpc_id      = module.network.vpc_id

  tags = { Name = "${local.name}-api" }

  lifecycle {
    create_before_destroy = true
  }
}

resource "aws_security_group" "worker" {
  name_prefix = "${local.name}-worker-"
  description = "Welness AI worker: no inbound except the metrics scrape"
  vpc_id      = module.network.vpc_id

  tags = { Name = "${local.name}-worker" }

  lifecycle {
    create_before_destroy = true
  }
}

resource "aws_security_group" "migrate" {
  name_prefix = "${local.name}-migrate-"
  description = "Welness AI one-off migration task: PostgreSQL and HTTPS out only"
  vpc_id      = module.network.vpc_id

  tags = { Name = "${local.name}-migrate" }

  lifecycle {
    create_before_destroy = true
  }
}

# --- ALB -> web, api --------------------------------------------------------------------------

resource "aws_vpc_security_group_egress_rule" "alb_to_web" {
  security_group_id            = module.alb.security_group_id
  description                  = "ALB to web tasks"
  ip_protocol                  = "tcp"
  from_port                    = local.web_port
  to_port                      = local.web_port
  referenced_security_group_id = aws_security_group.web.id
}

resource "aws_vpc_security_group_egress_rule" "alb_to_api" {
  security_group_id            = module.alb.security_group_id
  description                  = "ALB to api tasks"
  ip_protocol                  = "tcp"
  from_port                    = local.api_port
  to_port                      = local.api_port
  referenced_security_group_id = aws_security_group.api.id
}

resource "aws_vpc_security_group_ingress_rule" "web_from_alb" {
  security_group_id            = aws_security_group.web.id
  description                  = "HTTP from the ALB"
  ip_protocol                  = "tcp"
  from_port                    = local.web_port
  to_port                      = local.web_port
  referenced_security_group_id = module.alb.security_group_id
}

resource "aws_vpc_security_group_ingress_rule" "api_from_alb" {
  security_group_id            = aws_security_group.api.id
  description                  = "HTTP from the ALB"
  ip_protocol                  = "tcp"
  from_port                    = local.api_port
  to_port                      = local.api_port
  referenced_security_group_id = module.alb.security_group_id
}

# nginx proxies /api and /health to api:3000 (reached through Service Connect) for any request
# that reaches it rather than the ALB's API rule.
resource "aws_vpc_security_group_ingress_rule" "api_from_web" {
  security_group_id            = aws_security_group.api.id
  description                  = "HTTP from the web tasks (Service Connect)"
  ip_protocol                  = "tcp"
  from_port                    = local.api_port
  to_port                      = local.api_port
  referenced_security_group_id = aws_security_group.web.id
}

resource "aws_vpc_security_group_egress_rule" "web_to_api" {
  security_group_id            = aws_security_group.web.id
  description                  = "web to api (Service Connect)"
  ip_protocol                  = "tcp"
  from_port                    = local.api_port
  to_port                      = local.api_port
  referenced_security_group_id = aws_security_group.api.id
}

# --- Outbound HTTPS: ECR, CloudWatch Logs, Secrets Manager, KMS, LLM, Open Food Facts ---------

resource "aws_vpc_security_group_egress_rule" "https" {
  for_each = {
    web     = aws_security_group.web.id
    api     = aws_security_group.api.id
    worker  = aws_security_group.worker.id
    migrate = aws_security_group.migrate.id
  }

  security_group_id = each.value
  description       = "HTTPS to AWS APIs and external services"
  ip_protocol       = "tcp"
  from_port         = 443
  to_port           = 443
  cidr_ipv4         = "0.0.0.0/0"
}

# --- App tasks -> data stores -----------------------------------------------------------------

locals {
  app_task_security_groups = {
    api    = aws_security_group.api.id
    worker = aws_security_group.worker.id
  }

  store_targets = merge(
    {
      postgres = { port = 5432, security_group_id = module.data.postgres_security_group_id }
      redis    = { port = 6379, security_group_id = module.data.redis_security_group_id }
      imports  = { port = 2049, security_group_id = module.data.efs_security_group_id }
    },
    local.create_documentdb ? {
      documentdb = { port = 27017, security_group_id = module.data.documentdb_security_group_id }
    } : {},
  )

  app_store_egress = {
    for pair in setproduct(keys(local.app_task_security_groups), keys(local.store_targets)) :
    "${pair[0]}-${pair[1]}" => {
      security_group_id = local.app_task_security_groups[pair[0]]
      store             = pair[1]
      port              = local.store_targets[pair[1]].port
      target            = local.store_targets[pair[1]].security_group_id
    }
  }

  app_extra_egress = {
    for pair in setproduct(keys(local.app_task_security_groups), range(length(var.app_egress_rules))) :
    "${pair[0]}-${pair[1]}" => merge(var.app_egress_rules[pair[1]], {
      security_group_id = local.app_task_security_groups[pair[0]]
    })
  }
}

resource "aws_vpc_security_group_egress_rule" "app_to_stores" {
  for_each = local.app_store_egress

  security_group_id            = each.value.security_group_id
  description                  = "to ${each.value.store}"
  ip_protocol                  = "tcp"
  from_port                    = each.value.port
  to_port                      = each.value.port
  referenced_security_group_id = each.value.target
}

resource "aws_vpc_security_group_egress_rule" "migrate_to_postgres" {
  security_group_id            = aws_security_group.migrate.id
  description                  = "to postgres"
  ip_protocol                  = "tcp"
  from_port                    = 5432
  to_port                      = 5432
  referenced_security_group_id = module.data.postgres_security_group_id
}

resource "aws_vpc_security_group_egress_rule" "app_extra" {
  for_each = local.app_extra_egress

  security_group_id = each.value.security_group_id
  description       = each.value.description
  ip_protocol       = "tcp"
  from_port         = each.value.port
  to_port           = each.value.port
  cidr_ipv4         = each.value.cidr_ipv4
}

# --- Optional Prometheus scrape from inside the network ---------------------------------------

resource "aws_vpc_security_group_ingress_rule" "api_metrics" {
  for_each = toset(var.metrics_ingress_cidr_blocks)

  security_group_id = aws_security_group.api.id
  description       = "Prometheus scrape of /metrics"
  ip_protocol       = "tcp"
  from_port         = local.api_port
  to_port           = local.api_port
  cidr_ipv4         = each.value
}

resource "aws_vpc_security_group_ingress_rule" "worker_metrics" {
  for_each = toset(var.metrics_ingress_cidr_blocks)

  security_group_id = aws_security_group.worker.id
  description       = "Prometheus scrape of :9464/metrics"
  ip_protocol       = "tcp"
  from_port         = local.worker_metrics
  to_port           = local.worker_metrics
  cidr_ipv4         = each.value
}
