variable "project_id" {
  type        = string
  description = "GCP project that hosts the functions"
}

variable "region" {
  type        = string
  default     = "us-west1"
  description = "Region of the functions, the connector, Redis, the buckets and the registry"
}

variable "kb_bucket" {
  type        = string
  description = "Bucket holding the knowledge-base bundles (index/<version>/ and index/current)"
}

variable "console_bucket" {
  type        = string
  description = "Bucket serving the console's static files (web/console/dist)"
}

variable "max_delivery_attempts" {
  type        = number
  default     = 10
  description = "Pub/Sub deliveries of a lead event before it goes to the dead-letter topic"
  validation {
    condition     = var.max_delivery_attempts >= 5 && var.max_delivery_attempts <= 100
    error_message = "Pub/Sub accepts 5 to 100 delivery attempts."
  }
}

variable "connector_cidr" {
  type        = string
  default     = "10.8.0.0/28"
  description = "Unused /28 range of the leadbot network for the Serverless VPC Access connector"
}

variable "bundle_retention_days" {
  type        = number
  default     = 90
  description = "Days a published knowledge-base version is kept after a deploy last published it"
}

variable "console_domain" {
  type        = string
  description = "Domain of the console (its DNS A record points at output console_address); served over HTTPS at https://<domain>/console/"
}

variable "alert_email" {
  type        = string
  description = "Where alerts (dead letters, 5xx, latency, uptime, budget) are sent"
}

variable "billing_account" {
  type        = string
  description = "Billing account id (XXXXXX-XXXXXX-XXXXXX) the monthly budget watches"
}

variable "monthly_budget_usd" {
  type        = number
  default     = 100
  description = "Monthly budget; alerts at 50 %, 90 % and 100 % of it"
}

variable "latency_p95_ms" {
  type        = number
  default     = 2500
  description = "p95 request latency of an HTTP function above which an alert fires"
}
