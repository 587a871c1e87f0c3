# Terraform and provider versions, and where the state lives.
#
# The state bucket is created once by hand (README "Deploying"), then:
#   terraform init -backend-config="bucket=<project>-tfstate"
terraform {
  required_version = ">= 1.6, < 2.0"
  required_providers {
    google = {
      source  = "hashicorp/google"
      version = "~> 6.49"
    }
  }
  backend "gcs" {
    prefix = "leadbot"
  }
}

provider "google" {
  project = var.project_id
  region  = var.region
}

data "google_project" "this" {
  project_id = var.project_id
}
