#!/bin/sh
# Fake interactive exec credential plugin: asks for a one-time code on stderr, reads it from stdin
# and answers with a token made from it.
printf 'Enter the code: ' >&2
read -r code || exit 4
printf '{"kind":"ExecCredential","apiVersion":"client.authentication.k8s.io/v1","status":{"token":"token-for-%s"}}\n' "$code"
