#!/usr/bin/env bash
# Applies every wildfly-config/NN-*.cli script, in name order, to a stopped WildFly in one embedded
# (offline) CLI session. Safe to run again: each script checks before it adds.
# Usage: wildfly-config/apply.sh <WildFly home> <mysql-connector-j jar>
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
jboss_home=${1:?usage: apply.sh <WildFly home> <mysql-connector-j jar>}
connector_jar=$(cd "$(dirname "${2:?connector jar missing}")" && pwd)/$(basename "$2")
combined=$(mktemp "${TMPDIR:-/tmp}/hpms-config.XXXXXX.cli")
trap 'rm -f "$combined"' EXIT
{
    echo "embed-server --std-out=discard --server-config=standalone-full.xml"
    for script in "$here"/[0-9][0-9]-*.cli; do
        echo "# --- $(basename "$script")"
        cat "$script"
        echo
    done
    echo "stop-embedded-server"
} > "$combined"
JBOSS_HOME="$jboss_home" "$jboss_home/bin/jboss-cli.sh" -Dhpms.connector.jar="$connector_jar" --file="$combined" > "$jboss_home/hpms-config.log" 2>&1 || {
    cat "$jboss_home/hpms-config.log" >&2
    echo "Applying wildfly-config failed (see above)" >&2
    exit 1
}
echo "Applied $(ls "$here"/[0-9][0-9]-*.cli | wc -l) wildfly-config scripts to $jboss_home"
