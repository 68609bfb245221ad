#!/usr/bin/env bash
# Renews Statex's certificates and reloads nginx when one changed; raises an alert when renewal
# (or the reload) fails. Run by statex-certbot-renew.timer twice a day; safe to run by hand.
#
# Settings (environment, e.g. /etc/default/statex-certbot):
#   CERTBOT_COMMAND   how to run certbot   (default: certbot; in compose:
#                     "docker compose -f /srv/statex/deploy/compose/compose.production.yaml run --rm certbot")
#   RELOAD_COMMAND    how to reload nginx  (default: "nginx -t && nginx -s reload"; in compose:
#                     "docker compose -f … exec edge nginx -s reload")
#   ALERT_WEBHOOK_URL where to POST a JSON alert on failure (the ops alerting endpoint); unset: log only
#   ALERT_SOURCE      name in the alert    (default: this host's name)
#
# First issuance (once): the app domain by HTTP-01 through nginx's ACME path, the prototype
# wildcard by DNS-01 (a wildcard cannot use HTTP-01), e.g.
#   certbot certonly --webroot -w /var/www/acme -d statex.example --cert-name statex
#   certbot certonly --dns-cloudflare --dns-cloudflare-credentials /etc/letsencrypt/cloudflare.ini \
#     -d statex.example -d '*.proto.statex.example' --cert-name statex --expand
set -uo pipefail

CERTBOT_COMMAND=${CERTBOT_COMMAND:-certbot}
RELOAD_COMMAND=${RELOAD_COMMAND:-"nginx -t && nginx -s reload"}
ALERT_SOURCE=${ALERT_SOURCE:-$(hostname)}
marker=$(mktemp)
trap 'rm -f "$marker"' EXIT

log() { printf '%s statex-certbot: %s\n' "$(date -u +%FT%TZ)" "$*"; }

json_escape() { sed -e 's/\\/\\\\/g' -e 's/"/\\"/g' | tr '\n' ' '; }

alert() {
  local summary=$1 detail=$2
  log "ALERT: $summary"
  if [ -z "${ALERT_WEBHOOK_URL:-}" ]; then
    log "ALERT_WEBHOOK_URL is not set: nobody else is told"
    return
  fi
  local body
  body=$(printf '{"source":"%s","kind":"certificate-renewal","severity":"critical","summary":"%s","detail":"%s","at":"%s"}' \
    "$ALERT_SOURCE" "$summary" "$(printf '%s' "$detail" | tail -c 2000 | json_escape)" "$(date -u +%FT%TZ)")
  curl -fsS --max-time 10 --retry 3 -H 'content-type: application/json' -d "$body" "$ALERT_WEBHOOK_URL" >/dev/null \
    || log "could not deliver the alert to $ALERT_WEBHOOK_URL"
}

# certbot runs the deploy hook only for certificates it renewed: it leaves a mark for the reload.
output=$($CERTBOT_COMMAND renew --quiet --no-random-sleep-on-renew --deploy-hook "touch $marker.renewed" 2>&1)
status=$?
if [ $status -ne 0 ]; then
  alert "certificate renewal failed (certbot exit $status)" "$output"
  exit 1
fi

if [ -e "$marker.renewed" ]; then
  rm -f "$marker.renewed"
  if reload_output=$(sh -c "$RELOAD_COMMAND" 2>&1); then
    log "certificates renewed, nginx reloaded"
  else
    alert "certificates renewed but nginx did not reload" "$reload_output"
    exit 1
  fi
else
  log "nothing to renew"
fi
