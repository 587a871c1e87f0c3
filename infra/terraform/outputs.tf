output "kb_bucket" {
  value       = google_storage_bucket.kb.name
  description = "_BUCKET for cloudbuild.yaml"
}

output "console_bucket" {
  value       = google_storage_bucket.console.name
  description = "_CONSOLE_BUCKET for cloudbuild.yaml"
}

output "console_url" {
  value       = "https://storage.googleapis.com/${google_storage_bucket.console.name}/index.html"
  description = "Where the console's static files are served"
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
  value       = "^;^_REGION=${var.region};_BUCKET=${google_storage_bucket.kb.name};_CONSOLE_BUCKET=${google_storage_bucket.console.name};_VPC_CONNECTOR=${google_vpc_access_connector.connector.name};_REPOSITORY=${google_artifact_registry_repository.functions.repository_id};_MAX_DELIVERY_ATTEMPTS=${var.max_delivery_attempts}"
  description = "gcloud builds submit --substitutions=<this>;_CORS_ORIGINS=<your sites>"
}
