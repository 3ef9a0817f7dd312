#!/usr/bin/env bash
# Restores a backup made by backup.sh into an empty database and an empty files directory, then checks
# that every file a row names (every table's sha256 column) is there with the SHA-256 its name says.
# Start Marathon on them afterwards.
#
#   docker/restore.sh DIRECTORY
#
# Environment: as backup.sh (the database must exist, empty; the files directory is created).
set -euo pipefail
source=${1:?usage: restore.sh DIRECTORY}
files=${MARATHON_FILES_DIR:-./data/files}
client=${MARIADB_CLIENT_DIR:+$MARIADB_CLIENT_DIR/}
[ -f "$source/database.sql" ] && [ -d "$source/files" ] || { echo "no backup in $source" >&2; exit 1; }
if [ -d "$files" ] && [ -n "$(ls -A "$files")" ]; then
    echo "the files directory $files is not empty: restore into an empty one" >&2
    exit 1
fi
mariadb() {
    MYSQL_PWD=${DB_PASSWORD:-} "${client}mariadb" --default-character-set=utf8mb4 --host="${MARATHON_DB_HOST:-127.0.0.1}" \
        --port="${MARATHON_DB_PORT:-3306}" --user="${DB_USER:-marathon}" "${MARATHON_DB_NAME:-marathon}" "$@"
}
if [ "$(mariadb --batch --skip-column-names -e 'SHOW TABLES' | wc -l)" != "0" ]; then
    echo "the database ${MARATHON_DB_NAME:-marathon} is not empty: restore into an empty one" >&2
    exit 1
fi
mariadb < "$source/database.sql"
mkdir -p "$files"
cp -a "$source/files/." "$files/"
missing=0
while read -r sha; do
    stored="$files/sha256/$sha"
    if [ ! -f "$stored" ] || [ "$(sha256sum "$stored" | cut -d' ' -f1)" != "$sha" ]; then
        echo "missing or changed: $sha" >&2
        missing=$((missing + 1))
    fi
done < <(mariadb --batch --skip-column-names -e "$(mariadb --batch --skip-column-names -e "SELECT GROUP_CONCAT(CONCAT(
    'SELECT sha256 FROM ', table_name, ' WHERE sha256 IS NOT NULL') SEPARATOR ' UNION ') FROM information_schema.columns
    WHERE table_schema = DATABASE() AND column_name = 'sha256'")")
[ "$missing" = "0" ] || { echo "$missing file(s) missing or changed" >&2; exit 1; }
echo "Marathon restored from $source: every stored file present, its SHA-256 checked"
