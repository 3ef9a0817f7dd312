#!/usr/bin/env bash
# A consistent backup of Marathon into DIRECTORY: the database dumped in one transaction (one moment's
# state, taken without locking anyone out) and the stored files. Files are named by their SHA-256, written
# before the rows that name them and never changed, only added or discarded: they are copied before the
# dump and again after it (new ones only), so every file a dumped row names is in the backup.
#
#   docker/backup.sh DIRECTORY
#
# Environment: MARATHON_DB_HOST (127.0.0.1), MARATHON_DB_PORT (3306), MARATHON_DB_NAME (marathon),
# DB_USER (marathon), DB_PASSWORD, MARATHON_FILES_DIR (./data/files); MARIADB_CLIENT_DIR where
# mariadb-dump is, if it is not on the PATH.
set -euo pipefail
target=${1:?usage: backup.sh DIRECTORY}
files=${MARATHON_FILES_DIR:-./data/files}
client=${MARIADB_CLIENT_DIR:+$MARIADB_CLIENT_DIR/}
[ -d "$files" ] || { echo "no files directory at $files (MARATHON_FILES_DIR)" >&2; exit 1; }
mkdir -p "$target/files"
cp -a "$files/." "$target/files/"
MYSQL_PWD=${DB_PASSWORD:-} "${client}mariadb-dump" --single-transaction --routines --triggers --hex-blob \
    --default-character-set=utf8mb4 --host="${MARATHON_DB_HOST:-127.0.0.1}" --port="${MARATHON_DB_PORT:-3306}" \
    --user="${DB_USER:-marathon}" "${MARATHON_DB_NAME:-marathon}" > "$target/database.sql"
# The files stored while the dump ran (files are never changed: one not yet copied is new).
(cd "$files" && find . -type f -print0) | while IFS= read -r -d '' f; do
    [ -e "$target/files/$f" ] || { mkdir -p "$(dirname "$target/files/$f")"; cp -a "$files/$f" "$target/files/$f"; }
done
echo "Marathon backed up to $target: database.sql ($(wc -c < "$target/database.sql") bytes)," \
    "$(find "$target/files" -type f | wc -l) files"
