path "pki/issue/consul-cert-dc1" {
  capabilities = ["create","update"]
}
