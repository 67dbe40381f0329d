path "consul/data/secret/replication" {
  capabilities = ["read"]
}
