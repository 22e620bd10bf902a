output "security_group_id" {
  description = "Security group of the load balancer (targets allow ingress from it)."
  value       = aws_security_group.alb.id
}

output "arn" {
  description = "ARN of the load balancer."
  value       = aws_lb.this.arn
}

output "arn_suffix" {
  description = "ARN suffix of the load balancer (CloudWatch dimension, request-count scaling label)."
  value       = aws_lb.this.arn_suffix
}

output "dns_name" {
  description = "DNS name of the load balancer (CNAME or alias target)."
  value       = aws_lb.this.dns_name
}

output "zone_id" {
  description = "Hosted zone of the load balancer, for Route 53 alias records."
  value       = aws_lb.this.zone_id
}

output "web_target_group_arn" {
  description = "Target group of the SPA."
  value       = aws_lb_target_group.web.arn
}

output "api_target_group_arn" {
  description = "Target group of the API."
  value       = aws_lb_target_group.api.arn
}

output "api_target_group_arn_suffix" {
  description = "ARN suffix of the API target group (request-count scaling label)."
  value       = aws_lb_target_group.api.arn_suffix
}

output "web_target_group_arn_suffix" {
  description = "ARN suffix of the SPA target group."
  value       = aws_lb_target_group.web.arn_suffix
}

output "https_listener_arn" {
  description = "HTTPS listener (for extra rules such as a WAF-protected path)."
  value       = aws_lb_listener.https.arn
}

output "web_acl_associated" {
  description = "Whether a WAF web ACL is attached."
  value       = length(aws_wafv2_web_acl_association.this) > 0
}
