# Shared by scripts/test and the benchmarks: make sure what the tests need runs on 127.0.0.1.
# Starts MariaDB/MySQL and Redis when installed but stopped, installs them (Debian/Ubuntu) when missing.
# Settings (all optional): TEST_DB_HOST, TEST_DB_PORT, TEST_DB_USER, TEST_DB_PASSWORD, TEST_REDIS_HOST, TEST_REDIS_PORT.

DB_HOST=${TEST_DB_HOST:-127.0.0.1}
DB_PORT=${TEST_DB_PORT:-3306}
DB_USER=${TEST_DB_USER:-root}
REDIS_HOST=${TEST_REDIS_HOST:-127.0.0.1}
REDIS_PORT=${TEST_REDIS_PORT:-6379}

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else
    echo "need root (or sudo) to run: $*" >&2; return 1; fi
}

apt_install() {
  if ! command -v apt-get >/dev/null; then
    echo "cannot install $* here (no apt-get): install it yourself and run this again" >&2; return 1
  fi
  if [ -z "${APT_UPDATED:-}" ]; then as_root apt-get update -qq; APT_UPDATED=1; fi
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

wait_for() { # wait_for SECONDS COMMAND...
  local seconds=$1; shift
  for _ in $(seq 1 "$seconds"); do "$@" >/dev/null 2>&1 && return 0; sleep 1; done
  return 1
}

db_ping() { mysqladmin --protocol=TCP -h "$DB_HOST" -P "$DB_PORT" -u "$DB_USER" ${TEST_DB_PASSWORD:+-p"$TEST_DB_PASSWORD"} ping; }

ensure_java_and_maven() {
  command -v javac >/dev/null || apt_install openjdk-17-jdk-headless
  command -v mvn >/dev/null || apt_install maven
}

ensure_mariadb() {
  if db_ping >/dev/null 2>&1; then return 0; fi
  local daemon
  daemon=$(command -v mariadbd || command -v mysqld || ls /usr/sbin/mariadbd /usr/sbin/mysqld 2>/dev/null | head -1 || true)
  if [ -z "$daemon" ]; then
    echo "MariaDB is not installed: installing mariadb-server" >&2
    apt_install mariadb-server mariadb-client
    daemon=$(ls /usr/sbin/mariadbd /usr/sbin/mysqld 2>/dev/null | head -1)
  fi
  if ! mysqladmin ping >/dev/null 2>&1; then
    echo "starting MariaDB" >&2
    as_root mkdir -p /run/mysqld && as_root chown mysql:mysql /run/mysqld 2>/dev/null || true
    as_root start-stop-daemon --start --oknodo --background --exec "$daemon" -- --user=mysql
    wait_for 60 mysqladmin ping || { echo "MariaDB did not start" >&2; return 1; }
  fi
  if ! db_ping >/dev/null 2>&1 && [ "$DB_USER" = root ] && [ -z "${TEST_DB_PASSWORD:-}" ]; then
    # Debian's root@localhost uses the unix socket; the tests connect over TCP as root with no password.
    as_root mysql -uroot -e "CREATE USER IF NOT EXISTS 'root'@'127.0.0.1' IDENTIFIED BY '';
      GRANT ALL PRIVILEGES ON *.* TO 'root'@'127.0.0.1' WITH GRANT OPTION; FLUSH PRIVILEGES;"
  fi
  wait_for 30 db_ping || { echo "cannot log in to MariaDB at $DB_HOST:$DB_PORT as $DB_USER" >&2; return 1; }
}

ensure_redis() {
  if redis-cli -h "$REDIS_HOST" -p "$REDIS_PORT" ping 2>/dev/null | grep -q PONG; then return 0; fi
  command -v redis-server >/dev/null || { echo "Redis is not installed: installing redis-server" >&2; apt_install redis-server redis-tools; }
  echo "starting Redis" >&2
  redis-server --daemonize yes --bind 127.0.0.1 --port "$REDIS_PORT" --save "" --appendonly no >/dev/null
  wait_for 30 sh -c "redis-cli -h '$REDIS_HOST' -p '$REDIS_PORT' ping | grep -q PONG" \
    || { echo "Redis did not start" >&2; return 1; }
}

ensure_chromium() {
  # Browser tests drive Debian's Chromium through its ChromeDriver (nothing is downloaded at test time).
  if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then return 0; fi
  echo "installing chromium and chromium-driver for the browser tests" >&2
  apt_install chromium chromium-driver
}
