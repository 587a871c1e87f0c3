# Alerts, uptime checks and the budget, all sent to var.alert_email. lead-events has no public
# URL (internal ingress), so no uptime check reaches it: its failures show as the dead-letter
# backlog. The runbooks for each alert are in the README ("Operations").
locals {
  # Static keys (function names); each has GET /<function>/health on the functions' host.
  http_functions = toset(["chat", "auth", "leads", "crm"])
  functions_host = "${var.region}-${var.project_id}.cloudfunctions.net"
  notify         = [google_monitoring_notification_channel.email.id]
}

resource "google_monitoring_notification_channel" "email" {
  display_name = "Copperline lead bot on-call"
  type         = "email"
  labels = {
    email_address = var.alert_email
  }
  depends_on = [google_project_service.apis]
}

resource "google_monitoring_uptime_check_config" "health" {
  for_each     = local.http_functions
  display_name = "leadbot ${each.key} /health"
  timeout      = "10s"
  period       = "60s"
  http_check {
    path           = "/${each.key}/health"
    port           = 443
    use_ssl        = true
    validate_ssl   = true
    request_method = "GET"
    accepted_response_status_codes {
      status_class = "STATUS_CLASS_2XX"
    }
  }
  monitored_resource {
    type = "uptime_url"
    labels = {
      project_id = var.project_id
      host       = local.functions_host
    }
  }
}

resource "google_monitoring_uptime_check_config" "console" {
  display_name = "leadbot console"
  timeout      = "10s"
  period       = "300s"
  http_check {
    path         = "/console/"
    port         = 443
    use_ssl      = true
    validate_ssl = true
  }
  monitored_resource {
    type = "uptime_url"
    labels = {
      project_id = var.project_id
      host       = var.console_domain
    }
  }
}

resource "google_monitoring_alert_policy" "uptime" {
  display_name          = "leadbot: a health route fails"
  combiner              = "OR"
  notification_channels = local.notify
  conditions {
    display_name = "uptime check failing from 2 or more regions"
    condition_threshold {
      filter          = "metric.type=\"monitoring.googleapis.com/uptime_check/check_passed\" AND resource.type=\"uptime_url\" AND metric.label.check_id=monitoring.regex.full_match(\"leadbot-.*\")"
      comparison      = "COMPARISON_GT"
      threshold_value = 1
      duration        = "120s"
      aggregations {
        alignment_period     = "120s"
        per_series_aligner   = "ALIGN_NEXT_OLDER"
        cross_series_reducer = "REDUCE_COUNT_FALSE"
        group_by_fields      = ["metric.label.check_id"]
      }
    }
  }
}

resource "google_monitoring_alert_policy" "dead_letters" {
  display_name          = "leadbot: lead events dead-lettered"
  combiner              = "OR"
  notification_channels = local.notify
  documentation {
    content = "A lead event failed every delivery. README, Operations: dead-letter replay."
  }
  conditions {
    display_name = "messages waiting in lead-events-dead-letter-pull"
    condition_threshold {
      filter          = "metric.type=\"pubsub.googleapis.com/subscription/num_undelivered_messages\" AND resource.type=\"pubsub_subscription\" AND resource.label.subscription_id=\"${google_pubsub_subscription.lead_events_dead_letter_pull.name}\""
      comparison      = "COMPARISON_GT"
      threshold_value = 0
      duration        = "60s"
      aggregations {
        alignment_period   = "60s"
        per_series_aligner = "ALIGN_MAX"
      }
    }
  }
}

resource "google_monitoring_alert_policy" "server_errors" {
  display_name          = "leadbot: 5xx above 2 % of requests"
  combiner              = "OR"
  notification_channels = local.notify
  conditions {
    display_name = "5xx / all requests per function, over 5 minutes"
    condition_threshold {
      filter             = "metric.type=\"run.googleapis.com/request_count\" AND resource.type=\"cloud_run_revision\" AND metric.label.response_code_class=\"5xx\""
      denominator_filter = "metric.type=\"run.googleapis.com/request_count\" AND resource.type=\"cloud_run_revision\""
      comparison         = "COMPARISON_GT"
      threshold_value    = 0.02
      duration           = "300s"
      aggregations {
        alignment_period     = "300s"
        per_series_aligner   = "ALIGN_RATE"
        cross_series_reducer = "REDUCE_SUM"
        group_by_fields      = ["resource.label.service_name"]
      }
      denominator_aggregations {
        alignment_period     = "300s"
        per_series_aligner   = "ALIGN_RATE"
        cross_series_reducer = "REDUCE_SUM"
        group_by_fields      = ["resource.label.service_name"]
      }
    }
  }
}

resource "google_monitoring_alert_policy" "latency" {
  display_name          = "leadbot: p95 latency high"
  combiner              = "OR"
  notification_channels = local.notify
  conditions {
    display_name = "p95 request latency per function above var.latency_p95_ms for 5 minutes"
    condition_threshold {
      filter          = "metric.type=\"run.googleapis.com/request_latencies\" AND resource.type=\"cloud_run_revision\""
      comparison      = "COMPARISON_GT"
      threshold_value = var.latency_p95_ms
      duration        = "300s"
      aggregations {
        alignment_period     = "60s"
        per_series_aligner   = "ALIGN_DELTA"
        cross_series_reducer = "REDUCE_PERCENTILE_95"
        group_by_fields      = ["resource.label.service_name"]
      }
    }
  }
}

resource "google_billing_budget" "monthly" {
  billing_account = var.billing_account
  display_name    = "leadbot monthly"
  budget_filter {
    projects = ["projects/${data.google_project.this.number}"]
  }
  amount {
    specified_amount {
      currency_code = "USD"
      units         = tostring(var.monthly_budget_usd)
    }
  }
  dynamic "threshold_rules" {
    for_each = [0.5, 0.9, 1.0]
    content {
      threshold_percent = threshold_rules.value
    }
  }
  all_updates_rule {
    monitoring_notification_channels = local.notify
    disable_default_iam_recipients   = false
  }
}
