# Sourced by ./run-tests and ./run-demo: finds a JDK 25 (or newer) and exports JAVA_HOME, or stops with what to do.

java_major() { # prints the major version of the java binary in $1
  "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = //p' | head -n 1
}

is_jdk25() { # true when $1 is a JDK home holding java and javac of version 25 or newer
  [ -x "$1/bin/java" ] && [ -x "$1/bin/javac" ] || return 1
  local v; v=$(java_major "$1/bin/java")
  [ -n "$v" ] && [ "${v%%.*}" -ge 25 ] 2>/dev/null
}

find_jdk25() {
  local candidate
  for candidate in "${JAVA_HOME:-}" /usr/lib/jvm/temurin-25* /usr/lib/jvm/*-25-* /usr/lib/jvm/*25* /opt/java/* \
      "$(dirname "$(dirname "$(readlink -f "$(command -v javac 2>/dev/null || echo /nonexistent)")")")"; do
    [ -n "$candidate" ] && is_jdk25 "$candidate" && { echo "$candidate"; return 0; }
  done
  return 1
}

if ! JAVA_HOME=$(find_jdk25); then
  cat >&2 <<'MSG'
No JDK 25 found. This project needs Java 25 (the default Java 17 cannot build it).
Looked in $JAVA_HOME, /usr/lib/jvm/*25* and the javac on your PATH.
Install one, for example Temurin 25 (https://adoptium.net) or, on Debian/Ubuntu where it is packaged,
    sudo apt-get install openjdk-25-jdk-headless
then run this command again (or set JAVA_HOME to the JDK 25 folder).
MSG
  exit 1
fi
export JAVA_HOME
export PATH="$JAVA_HOME/bin:$PATH"
