# ElastiCache Redis 7: BullMQ queues, caches, agent memory, rate limits. TLS in transit with an
# AUTH token (REDIS_URL is rediss://), KMS at rest, a replica in another AZ for failover.

resource "random_password" "redis" {
  length  = 64
  special = false # AUTH tokens allow only some symbols, and the token goes into a URL
}

resource "aws_security_group" "redis" {
  name_prefix = "${var.name}-redis-"
  description = "Welness AI Redis: 6379 from the app tasks only"
  vpc_id      = var.vpc_id

  tags = merge(var.tags, { Name = "${var.name}-redis" })

  lifecycle {
    create_before_destroy = true
  }
}

resource "aws_vpc_security_group_ingress_rule" "redis" {
  for_each = var.client_security_group_ids

  security_group_id            = aws_security_group.redis.id
  description                  = "Redis from ${each.key}"
  ip_protocol                  = "tcp"
  from_port                    = 6379
  to_port                      = 6379
  referenced_security_group_id = each.value

  tags = var.tags
}

resource "aws_elasticache_subnet_group" "this" {
  name       = "${var.name}-redis"
  subnet_ids = var.private_subnet_ids

  tags = var.tags
}

# BullMQ loses jobs if Redis evicts keys under memory pressure: it requires noeviction.
resource "aws_elasticache_parameter_group" "redis" {
  name        = "${var.name}-redis7"
  family      = "redis7"
  description = "Welness AI: noeviction for BullMQ"

  parameter {
    name  = "maxmemory-policy"
    value = "noeviction"
  }

  tags = var.tags
}

resource "aws_elasticache_replication_group" "redis" {
  replication_group_id = "${var.name}-redis"
  description          = "Welness AI queues, caches and agent memory"
  engine               = "redis"
  engine_version       = "7.1"
  node_type            = var.redis_node_type
  port                 = 6379
  parameter_group_name = aws_elasticache_parameter_group.redis.name
  subnet_group_name    = aws_elasticache_subnet_group.this.name
  security_group_ids   = [aws_security_group.redis.id]

  num_cache_clusters         = var.redis_replicas + 1
  automatic_failover_enabled = var.redis_replicas > 0
  multi_az_enabled           = var.redis_replicas > 0

  at_rest_encryption_enabled = true
  kms_key_id                 = var.kms_key_arn
  transit_encryption_enabled = true
  auth_token                 = random_password.redis.result

  snapshot_retention_limit   = var.redis_snapshot_retention_days
  snapshot_window            = "00:00-01:00"
  maintenance_window         = var.preferred_maintenance_window
  auto_minor_version_upgrade = true
  apply_immediately          = false

  tags = var.tags
}
