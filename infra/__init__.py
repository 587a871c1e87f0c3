"""Infrastructure: Terraform for GCP and the local stack."""
