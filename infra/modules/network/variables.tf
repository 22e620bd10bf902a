variable "name" {
  description = "Name prefix of every network resource."
  type        = string
}

variable "cidr_block" {
  description = "IPv4 CIDR of the VPC (a /16 leaves room for the /24 public and /20 private subnets)."
  type        = string

  validation {
    condition     = can(cidrhost(var.cidr_block, 0)) && tonumber(split("/", var.cidr_block)[1]) <= 16
    error_message = "cidr_block must be a valid IPv4 CIDR of /16 or larger."
  }
}

variable "azs" {
  description = "Availability zones to spread the subnets over (at least two: the ALB, RDS Multi-AZ and DocumentDB need them)."
  type        = list(string)

  validation {
    condition     = length(var.azs) >= 2 && length(var.azs) <= 6
    error_message = "Give between two and six availability zones."
  }
}

variable "single_nat_gateway" {
  description = "One NAT gateway for all AZs (cheaper, but private egress depends on one AZ) instead of one per AZ."
  type        = bool
  default     = false
}

variable "flow_logs_retention_days" {
  description = "Retention of the VPC flow logs in CloudWatch; 0 turns flow logs off."
  type        = number
  default     = 30
}

variable "flow_logs_traffic_type" {
  description = "Which traffic the flow logs record: ACCEPT, REJECT or ALL."
  type        = string
  default     = "REJECT"

  validation {
    condition     = contains(["ACCEPT", "REJECT", "ALL"], var.flow_logs_traffic_type)
    error_message = "flow_logs_traffic_type must be ACCEPT, REJECT or ALL."
  }
}

variable "log_kms_key_arn" {
  description = "KMS key encrypting the flow-log group (null: CloudWatch's own encryption)."
  type        = string
  default     = null
}

variable "tags" {
  description = "Tags added to every resource."
  type        = map(string)
  default     = {}
}

variable "interface_endpoint_services" {
  description = "AWS services to reach through interface VPC endpoints, e.g. [\"ecr.api\", \"ecr.dkr\", \"logs\", \"secretsmanager\", \"kms\"] (each costs an hourly fee per AZ)."
  type        = list(string)
  default     = []
}
