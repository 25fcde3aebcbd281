#!/usr/bin/env bash
# Adds or removes a laboratory system's identity (role LAB_SYSTEM) on a running HPMS server, through
# the management CLI: bcrypt with a fresh random salt, in the Elytron realm HpmsLabSystemsRealm.
# Usage: wildfly-config/lab-system.sh add <name>      (password read from LAB_SYSTEM_PASSWORD, else generated and printed)
#        wildfly-config/lab-system.sh remove <name>
# JBOSS_HOME names the WildFly installation; extra jboss-cli options (e.g. --controller=host:9990) go in HPMS_CLI_OPTS.
set -euo pipefail
action=${1:?usage: lab-system.sh add|remove <name>}
name=${2:?usage: lab-system.sh add|remove <name>}
[[ $name =~ ^[A-Za-z0-9][A-Za-z0-9._-]{1,63}$ ]] || { echo "A lab system name: 2 to 64 letters, digits, . _ -" >&2; exit 2; }
cli=("${JBOSS_HOME:?set JBOSS_HOME}/bin/jboss-cli.sh" --connect ${HPMS_CLI_OPTS:-})
realm=/subsystem=elytron/filesystem-realm=HpmsLabSystemsRealm
case $action in
    add)
        password=${LAB_SYSTEM_PASSWORD:-$(head -c 24 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')}
        salt=$(head -c 16 /dev/urandom | od -An -v -tx1 | tr -s ' \n' ' ' | sed -E 's/^ //; s/ $//; s/([0-9a-f]{2})/0x\1/g; s/ /,/g')
        commands=$(mktemp)
        trap 'rm -f "$commands"' EXIT
        chmod 600 "$commands"
        cat > "$commands" <<CLI
$realm:add-identity(identity=$name)
$realm:set-password(identity=$name, bcrypt={password="$password", salt=bytes{$salt}, iteration-count=10})
$realm:add-identity-attribute(identity=$name, name=Roles, value=[LAB_SYSTEM])
CLI
        "${cli[@]}" --file="$commands" > /dev/null
        echo "Lab system $name added (role LAB_SYSTEM)."
        [ -n "${LAB_SYSTEM_PASSWORD:-}" ] || echo "Its password (give it to the laboratory over a safe channel): $password"
        ;;
    remove)
        "${cli[@]}" --command="$realm:remove-identity(identity=$name)" > /dev/null
        echo "Lab system $name removed: it can no longer connect."
        ;;
    *)
        echo "usage: lab-system.sh add|remove <name>" >&2; exit 2 ;;
esac
