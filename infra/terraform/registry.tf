# Images of the functions (gcloud functions deploy --docker-repository), old ones cleaned up.
resource "google_artifact_registry_repository" "functions" {
  #checkov:skip=CKV_GCP_84:Google-managed encryption; a customer-managed key adds cost and key handling for images built from public code
  repository_id = "leadbot-functions"
  location      = var.region
  format        = "DOCKER"
  description   = "Images of the Copperline lead bot functions"
  cleanup_policies {
    id     = "keep-recent"
    action = "KEEP"
    most_recent_versions {
      keep_count = 10
    }
  }
  cleanup_policies {
    id     = "delete-old"
    action = "DELETE"
    condition {
      older_than = "2592000s"
    }
  }
  depends_on = [google_project_service.apis]
}
