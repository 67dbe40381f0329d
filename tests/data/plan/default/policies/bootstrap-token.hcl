path "consul/data/secret/bootstrap" {
  capabilities = ["read"]
}
