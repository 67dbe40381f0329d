path "pki/issue/consul-cert-dc2" {
  capabilities = ["create","update"]
}
