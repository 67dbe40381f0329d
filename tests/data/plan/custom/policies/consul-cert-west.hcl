path "pki/issue/consul-cert-west" {
  capabilities = ["create","update"]
}
