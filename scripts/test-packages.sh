# Sourced by ./run-tests: the Debian packages the tests drive for real, installed when missing and allowed.
TEST_PACKAGES="socat cups cups-client cups-bsd printer-driver-cups-pdf poppler-utils fonts-wqy-microhei chromium chromium-driver postgresql"

missing_test_packages() {
  local p missing=""
  for p in $TEST_PACKAGES; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
  done
  echo "$missing"
}

ensure_test_packages() {
  command -v dpkg-query >/dev/null 2>&1 || { echo "Not a Debian system: make sure these are installed: $TEST_PACKAGES" >&2; return 0; }
  local missing; missing=$(missing_test_packages)
  [ -z "$missing" ] && return 0
  if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "Installing the Debian packages the tests need:$missing"
    DEBIAN_FRONTEND=noninteractive apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing
  else
    echo "The tests need these Debian packages, which are missing:$missing" >&2
    echo "Install them with:  sudo apt-get install --no-install-recommends$missing" >&2
    exit 1
  fi
}
