# Sourced by ./run-tests: a running PostgreSQL with role egov and database egov_test for the admin-server storage
# tests, and EGOV_TEST_POSTGRES_URL/USER/PASSWORD pointing at it. Values already exported are kept (a developer may
# point the tests at another server). Without PostgreSQL the tests skip locally and fail when CI=true.
export EGOV_TEST_POSTGRES_URL="${EGOV_TEST_POSTGRES_URL:-jdbc:postgresql://localhost:5432/egov_test}"
export EGOV_TEST_POSTGRES_USER="${EGOV_TEST_POSTGRES_USER:-egov}"
export EGOV_TEST_POSTGRES_PASSWORD="${EGOV_TEST_POSTGRES_PASSWORD:-egov-test-only}"

ensure_test_postgres() {
  command -v pg_lsclusters >/dev/null 2>&1 || { echo "PostgreSQL is not installed: its storage tests will not run" >&2; return 0; }
  local version
  version=$(pg_lsclusters -h 2>/dev/null | awk '$2 == "main" { print $1; exit }')
  [ -n "$version" ] || { echo "No PostgreSQL cluster 'main' found: its storage tests will not run" >&2; return 0; }
  if [ "$(id -u)" -ne 0 ]; then
    echo "Not root: make sure PostgreSQL runs with role $EGOV_TEST_POSTGRES_USER and database egov_test" >&2
    return 0
  fi
  # no systemd in containers and CI images: pg_ctlcluster starts the cluster directly
  pg_lsclusters -h | awk -v v="$version" '$1 == v && $2 == "main" { print $4 }' | grep -q online \
    || pg_ctlcluster "$version" main start || { echo "PostgreSQL $version/main did not start" >&2; return 0; }
  local sql="psql -v ON_ERROR_STOP=1 -qtAc"
  su postgres -c "$sql \"SELECT 1 FROM pg_roles WHERE rolname = '$EGOV_TEST_POSTGRES_USER'\"" | grep -q 1 \
    || su postgres -c "$sql \"CREATE ROLE $EGOV_TEST_POSTGRES_USER LOGIN PASSWORD '$EGOV_TEST_POSTGRES_PASSWORD'\""
  su postgres -c "$sql \"SELECT 1 FROM pg_database WHERE datname = 'egov_test'\"" | grep -q 1 \
    || su postgres -c "$sql \"CREATE DATABASE egov_test OWNER $EGOV_TEST_POSTGRES_USER\""
  echo "PostgreSQL $version/main runs; the admin-server storage tests use $EGOV_TEST_POSTGRES_URL"
}

ensure_test_postgres
