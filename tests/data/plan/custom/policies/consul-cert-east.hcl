path "pki/issue/consul-cert-east" {
  capabilities = ["create","update"]
}
