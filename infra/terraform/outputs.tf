output "kb_bucket" {
  value       = google_storage_bucket.kb.name
  description = "_BUCKET for cloudbuild.yaml"
}

output "console_bucket" {
  value       = google_storage_bucket.console.name
  description = "_CONSOLE_BUCKET for cloudbuild.yaml"
}

output "console_url" {
  value       = "https://${var.console_domain}/console/"
  description = "Where the console is served (HTTPS load balancer in front of the console bucket)"
}

output "console_address" {
  value       = google_compute_global_address.console.address
  description = "The A record of var.console_domain (the managed certificate needs it)"
}

output "atlas_egress_address" {
  value       = google_compute_address.egress.address
  description = "The one address MongoDB Atlas's IP access list must accept"
}

output "vpc_connector" {
  value       = google_vpc_access_connector.connector.name
  description = "_VPC_CONNECTOR for cloudbuild.yaml"
}

output "repository" {
  value       = google_artifact_registry_repository.functions.repository_id
  description = "_REPOSITORY for cloudbuild.yaml"
}

output "deployer_service_account" {
  value       = google_service_account.deployer.id
  description = "gcloud builds submit --service-account=<this>"
}

output "cloud_build_substitutions" {
  # ";"-separated (gcloud's ^;^ escape) so that _CORS_ORIGINS may hold a comma-separated list.
  value       = "^;^_REGION=${var.region};_BUCKET=${google_storage_bucket.kb.name};_CONSOLE_BUCKET=${google_storage_bucket.console.name};_VPC_CONNECTOR=${google_vpc_access_connector.connector.name};_REPOSITORY=${google_artifact_registry_repository.functions.repository_id};_MAX_DELIVERY_ATTEMPTS=${var.max_delivery_attempts};_CONSOLE_ORIGIN=https://${var.console_domain}"
  description = "gcloud builds submit --substitutions=<this>;_CORS_ORIGINS=<your sites>"
}
