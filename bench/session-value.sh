#!/usr/bin/env bash
# Prints the value RedissonSessionStore keeps under coinop:session:<id> for a signed-in session
# (adapter-persistence StoredSession: 2|<created epoch millis>|<user id>|<nickname>|<avatar>|<openid>,
# here without nickname and avatar).
# usage: bench/session-value.sh OPENID USER_ID
set -euo pipefail
echo "2|$(date +%s%3N)|$2|||$1"
