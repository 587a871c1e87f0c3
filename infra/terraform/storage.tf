# Buckets: the knowledge-base bundles (private), the console's static files (public website),
# and the access logs of both.

resource "google_storage_bucket" "access_logs" {
  #checkov:skip=CKV_GCP_62:This is the access-log bucket; logging it into itself would loop
  name                        = "${var.kb_bucket}-access-logs"
  location                    = var.region
  uniform_bucket_level_access = true
  public_access_prevention    = "enforced"
  versioning {
    enabled = true
  }
  lifecycle_rule {
    condition {
      age = 90
    }
    action {
      type = "Delete"
    }
  }
  depends_on = [google_project_service.apis]
}

resource "google_storage_bucket" "kb" {
  name                        = var.kb_bucket
  location                    = var.region
  uniform_bucket_level_access = true
  public_access_prevention    = "enforced"
  versioning {
    enabled = true
  }
  logging {
    log_bucket = google_storage_bucket.access_logs.name
  }
  depends_on = [google_project_service.apis]
}

resource "google_storage_bucket" "console" {
  #checkov:skip=CKV_GCP_114:The console is a public static website; its API calls need a login
  name                        = var.console_bucket
  location                    = var.region
  uniform_bucket_level_access = true
  public_access_prevention    = "inherited"
  versioning {
    enabled = true
  }
  website {
    main_page_suffix = "index.html"
    not_found_page   = "index.html"
  }
  logging {
    log_bucket = google_storage_bucket.access_logs.name
  }
  depends_on = [google_project_service.apis]
}

resource "google_storage_bucket_iam_member" "console_is_public" {
  #checkov:skip=CKV_GCP_28:Static website files (HTML, JS, CSS) are meant to be read by anyone
  bucket = google_storage_bucket.console.name
  role   = "roles/storage.objectViewer"
  member = "allUsers"
}
