path "consul/data/secret/gossip" {
  capabilities = ["read"]
}
