output "task_definition_arn" {
  description = "ARN (with revision) of the task definition."
  value       = aws_ecs_task_definition.this.arn
}

output "task_definition_family" {
  description = "Family of the task definition (run-task picks its latest ACTIVE revision)."
  value       = aws_ecs_task_definition.this.family
}

output "service_name" {
  description = "Name of the ECS service (null when only a task definition was registered)."
  value       = var.create_service ? aws_ecs_service.this[0].name : null
}

output "log_group_name" {
  description = "CloudWatch log group of the containers."
  value       = aws_cloudwatch_log_group.this.name
}

output "container_definitions" {
  description = "The registered container definitions (JSON), for review and tests."
  value       = aws_ecs_task_definition.this.container_definitions
}

output "scaling_policy_names" {
  description = "Autoscaling policies of the service (cpu, requests, queue-depth), for review and tests."
  value = concat(
    aws_appautoscaling_policy.cpu[*].name,
    aws_appautoscaling_policy.requests[*].name,
    aws_appautoscaling_policy.queue_depth[*].name,
  )
}
