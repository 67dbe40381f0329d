#!/bin/sh
# Fake exec credential plugin. Appends KUBERNETES_EXEC_INFO (one line) to $RECORD, then prints an
# ExecCredential of $API_VERSION with $TOKEN and, when set, $EXPIRY. A stdin that is not at its end
# is reported on stderr (interactiveMode Never must close it).
printf '%s\n' "$KUBERNETES_EXEC_INFO" >>"$RECORD"
if IFS= read -r _; then
    echo "stdin was not closed" >&2
    exit 5
fi
if [ -n "${EXPIRY:-}" ]; then expiry=",\"expirationTimestamp\":\"$EXPIRY\""; else expiry=""; fi
printf '{"kind":"ExecCredential","apiVersion":"%s","status":{"token":"%s"%s}}\n' "$API_VERSION" "$TOKEN" "$expiry"
