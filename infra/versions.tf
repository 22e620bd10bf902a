terraform {
  required_version = ">= 1.6.0"

  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.70"
    }
    random = {
      source  = "hashicorp/random"
      version = "~> 3.6"
    }
  }

  # State holds generated secrets (JWT secret, store passwords): keep it in an encrypted,
  # access-controlled backend. Configure one with `terraform init -backend-config=...`, e.g.
  # an S3 bucket with versioning, SSE-KMS and a lock table (see README.md).
  backend "s3" {}
}

provider "aws" {
  region = var.aws_region

  default_tags {
    tags = merge(var.tags, {
      Application = "welness-ai"
      Environment = var.environment
      ManagedBy   = "terraform"
    })
  }
}
