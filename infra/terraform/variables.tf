variable "project_id" {
  type        = string
  description = "GCP project that hosts the functions"
}

variable "region" {
  type    = string
  default = "us-west1"
}

variable "kb_bucket" {
  type        = string
  description = "Bucket holding the knowledge-base bundles (index/<version>/ and index/current)"
}

variable "max_delivery_attempts" {
  type        = number
  default     = 10
  description = "Pub/Sub deliveries of a lead event before it goes to the dead-letter topic"
}
