# The console over HTTPS on its own domain: a global external load balancer in front of the
# console bucket, with a Google-managed certificate. cloudbuild.yaml syncs the build under
# console/ (the build's base is /console/), so https://<console_domain>/console/ serves it and
# that origin goes into the functions' CORS_ORIGINS (_CONSOLE_ORIGIN).

resource "google_compute_backend_bucket" "console" {
  name        = "leadbot-console"
  bucket_name = google_storage_bucket.console.name
  enable_cdn  = false
}

resource "google_compute_url_map" "console" {
  name            = "leadbot-console"
  default_service = google_compute_backend_bucket.console.id
}

resource "google_compute_managed_ssl_certificate" "console" {
  name = "leadbot-console"
  managed {
    domains = [var.console_domain]
  }
}

resource "google_compute_ssl_policy" "console" {
  name            = "leadbot-console"
  profile         = "RESTRICTED"
  min_tls_version = "TLS_1_2"
}

resource "google_compute_target_https_proxy" "console" {
  name             = "leadbot-console"
  url_map          = google_compute_url_map.console.id
  ssl_certificates = [google_compute_managed_ssl_certificate.console.id]
  ssl_policy       = google_compute_ssl_policy.console.id
}

resource "google_compute_global_address" "console" {
  name       = "leadbot-console"
  depends_on = [google_project_service.apis]
}

resource "google_compute_global_forwarding_rule" "console_https" {
  name                  = "leadbot-console-https"
  target                = google_compute_target_https_proxy.console.id
  ip_address            = google_compute_global_address.console.address
  port_range            = "443"
  load_balancing_scheme = "EXTERNAL_MANAGED"
}

# Plain HTTP only redirects to HTTPS.
resource "google_compute_url_map" "console_redirect" {
  name = "leadbot-console-redirect"
  default_url_redirect {
    https_redirect         = true
    strip_query            = false
    redirect_response_code = "MOVED_PERMANENTLY_DEFAULT"
  }
}

resource "google_compute_target_http_proxy" "console_redirect" {
  name    = "leadbot-console-redirect"
  url_map = google_compute_url_map.console_redirect.id
}

resource "google_compute_global_forwarding_rule" "console_http" {
  name                  = "leadbot-console-http"
  target                = google_compute_target_http_proxy.console_redirect.id
  ip_address            = google_compute_global_address.console.address
  port_range            = "80"
  load_balancing_scheme = "EXTERNAL_MANAGED"
}
