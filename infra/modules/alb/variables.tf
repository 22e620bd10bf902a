variable "name" {
  description = "Name of the load balancer and prefix of its target groups (at most 28 characters)."
  type        = string

  validation {
    condition     = can(regex("^[a-zA-Z0-9-]{1,28}$", var.name))
    error_message = "name must be 1-28 letters, digits or dashes (target group names add a suffix and are capped at 32)."
  }
}

variable "vpc_id" {
  description = "VPC of the load balancer and its targets."
  type        = string
}

variable "public_subnet_ids" {
  description = "Public subnets, one per AZ (at least two)."
  type        = list(string)
}

variable "certificate_arn" {
  description = "ACM certificate of the HTTPS listener."
  type        = string
}

variable "ssl_policy" {
  description = "TLS policy of the HTTPS listener."
  type        = string
  default     = "ELBSecurityPolicy-TLS13-1-2-2021-06"
}

variable "ingress_cidr_blocks" {
  description = "IPv4 ranges allowed to reach the load balancer."
  type        = list(string)
  default     = ["0.0.0.0/0"]
}

variable "idle_timeout_seconds" {
  description = "Seconds a connection may stay idle; raised above the default 60 so coach replies streamed as SSE are not cut."
  type        = number
  default     = 300
}

variable "deletion_protection" {
  description = "Refuse to delete the load balancer."
  type        = bool
  default     = true
}

variable "access_logs_bucket" {
  description = "S3 bucket for ALB access logs (null: no access logs). The bucket policy must allow the regional ELB account."
  type        = string
  default     = null
}

variable "web_acl_arn" {
  description = "Regional WAFv2 web ACL associated with the load balancer (null: none)."
  type        = string
  default     = null
}

variable "web_port" {
  description = "Container port of the SPA (nginx)."
  type        = number
  default     = 8080
}

variable "web_health_check_path" {
  description = "Health check path of the SPA target group."
  type        = string
  default     = "/nginx-health"
}

variable "api_port" {
  description = "Container port of the API."
  type        = number
  default     = 3000
}

variable "api_health_check_path" {
  description = "Health check path of the API target group (readiness: PostgreSQL, Redis and MongoDB reachable)."
  type        = string
  default     = "/health/ready"
}

variable "api_path_patterns" {
  description = "Path patterns forwarded to the API instead of the SPA (at most five)."
  type        = list(string)
  default     = ["/api/*", "/health/*"]
}

variable "deregistration_delay_seconds" {
  description = "Seconds a draining target keeps its in-flight requests (an SSE reply runs up to a couple of minutes)."
  type        = number
  default     = 60
}

variable "tags" {
  description = "Tags added to every resource."
  type        = map(string)
  default     = {}
}
