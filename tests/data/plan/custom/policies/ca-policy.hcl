path "pki/cert/ca" {
  capabilities = ["read"]
}
