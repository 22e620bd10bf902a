variable "name" {
  description = "Name prefix of every data resource."
  type        = string
}

variable "vpc_id" {
  description = "VPC of the data stores."
  type        = string
}

variable "private_subnet_ids" {
  description = "Private subnets (at least two AZs) for the subnet groups and EFS mount targets."
  type        = list(string)
}

variable "client_security_group_ids" {
  description = "Security groups allowed to reach PostgreSQL, Redis and DocumentDB, keyed by a static name (api, worker, migrate)."
  type        = map(string)
}

variable "imports_client_security_group_ids" {
  description = "Security groups allowed to mount the shared imports file system (api and worker), keyed by a static name."
  type        = map(string)
}

variable "imports_client_role_arns" {
  description = "IAM roles allowed to mount the imports file system (the file system policy names them)."
  type        = list(string)
}

variable "kms_key_arn" {
  description = "Customer-managed KMS key encrypting the stores, their snapshots and the secrets at rest."
  type        = string
}

variable "ca_file_path" {
  description = "Path of the RDS/DocumentDB CA bundle inside the containers (sslrootcert / tlsCAFile of the URLs)."
  type        = string
}

variable "secret_recovery_window_days" {
  description = "Days a deleted secret can still be restored (0 deletes at once; for throwaway stacks only)."
  type        = number
  default     = 7
}

variable "deletion_protection" {
  description = "Protect RDS and DocumentDB from deletion."
  type        = bool
  default     = true
}

variable "skip_final_snapshot" {
  description = "Delete RDS and DocumentDB without a final snapshot (throwaway stacks only)."
  type        = bool
  default     = false
}

variable "backup_retention_days" {
  description = "Days of automated backups (point-in-time recovery) of RDS and DocumentDB."
  type        = number
  default     = 14
}

variable "preferred_backup_window" {
  description = "Daily UTC window of automated backups (hh24:mi-hh24:mi)."
  type        = string
  default     = "02:00-03:00"
}

variable "preferred_maintenance_window" {
  description = "Weekly UTC maintenance window (ddd:hh24:mi-ddd:hh24:mi), outside the backup window."
  type        = string
  default     = "sun:04:00-sun:05:00"
}

# --- PostgreSQL -------------------------------------------------------------------------------

variable "postgres_instance_class" {
  description = "RDS instance class."
  type        = string
  default     = "db.t4g.medium"
}

variable "postgres_allocated_storage_gb" {
  description = "Initial gp3 storage in GiB."
  type        = number
  default     = 20
}

variable "postgres_max_allocated_storage_gb" {
  description = "Storage autoscaling ceiling in GiB."
  type        = number
  default     = 200
}

variable "postgres_multi_az" {
  description = "Run a synchronous standby in a second AZ."
  type        = bool
  default     = true
}

variable "postgres_database_name" {
  description = "Name of the application database."
  type        = string
  default     = "welness"
}

variable "postgres_username" {
  description = "Master user the application connects as."
  type        = string
  default     = "welness"
}

variable "postgres_performance_insights" {
  description = "Enable Performance Insights (7 days are free)."
  type        = bool
  default     = true
}

# --- Redis ------------------------------------------------------------------------------------

variable "redis_node_type" {
  description = "ElastiCache node type."
  type        = string
  default     = "cache.t4g.small"
}

variable "redis_replicas" {
  description = "Read replicas besides the primary; 1 or more enables Multi-AZ automatic failover."
  type        = number
  default     = 1
}

variable "redis_snapshot_retention_days" {
  description = "Days of daily Redis snapshots (queues and agent memory); 0 disables them."
  type        = number
  default     = 3
}

# --- DocumentDB -------------------------------------------------------------------------------

variable "create_documentdb" {
  description = "Create a DocumentDB cluster for the catalogue; false when MONGO_URL points at an existing MongoDB."
  type        = bool
  default     = true
}

variable "documentdb_instance_class" {
  description = "DocumentDB instance class."
  type        = string
  default     = "db.t4g.medium"
}

variable "documentdb_instance_count" {
  description = "DocumentDB instances (1 primary + replicas); 2 or more survive an AZ loss."
  type        = number
  default     = 2
}

variable "documentdb_username" {
  description = "DocumentDB master user the application connects as."
  type        = string
  default     = "welness"
}

# --- Shared imports volume --------------------------------------------------------------------

variable "imports_posix_uid" {
  description = "POSIX uid/gid the containers run as (node:node in the official images is 1000)."
  type        = number
  default     = 1000
}

variable "tags" {
  description = "Tags added to every resource."
  type        = map(string)
  default     = {}
}
