#!/bin/sh
# Regenerates the test certificates (valid 100 years). Run from this folder; commit the result.
# ca.pem: the trusted CA; server.pem: 127.0.0.1 + localhost, signed by ca.pem;
# wronghost.pem: signed by ca.pem but only for wrong.example; unknown-ca.pem + unknown-server.pem:
# a second CA the client does not trust, and a 127.0.0.1 certificate it signed; client-ca.pem +
# client.pem: a CA that servers requiring client certificates trust, and a client certificate
# (CN "meshfed-client") it signed.
set -eu
days=36500
ec="-newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes"
make_ca() { openssl req -x509 $ec -keyout "$1-key.pem" -out "$1.pem" -days $days -subj "/CN=$2" 2>/dev/null; }
make_leaf() { # name ca san cn [extendedKeyUsage]
    openssl req $ec -keyout "$1-key.pem" -out "$1.csr" -subj "/CN=$4" 2>/dev/null
    printf "subjectAltName=%s\nbasicConstraints=CA:FALSE\nextendedKeyUsage=%s\n" "$3" "${5:-serverAuth}" >"$1.ext"
    openssl x509 -req -in "$1.csr" -CA "$2.pem" -CAkey "$2-key.pem" -CAcreateserial -out "$1.pem" \
        -days $days -extfile "$1.ext" 2>/dev/null
    rm -f "$1.csr" "$1.ext"
}
make_ca ca "Meshfed Test CA"
make_ca unknown-ca "Meshfed Unknown CA"
make_ca client-ca "Meshfed Client CA"
make_leaf server ca "IP:127.0.0.1,DNS:localhost" localhost
make_leaf wronghost ca "DNS:wrong.example" wrong.example
make_leaf unknown-server unknown-ca "IP:127.0.0.1,DNS:localhost" localhost
make_leaf client client-ca "DNS:meshfed-client" meshfed-client clientAuth
rm -f ./*.srl ca-key.pem unknown-ca-key.pem client-ca-key.pem
