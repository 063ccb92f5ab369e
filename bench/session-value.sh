#!/usr/bin/env bash
# Prints the value RedissonSessionStore keeps under coinop:session:<id> for a signed-in session
# (adapter-persistence StoredSession: 1|<created epoch millis>|<user id>|<openid>).
# usage: bench/session-value.sh OPENID USER_ID
set -euo pipefail
echo "1|$(date +%s%3N)|$2|$1"
