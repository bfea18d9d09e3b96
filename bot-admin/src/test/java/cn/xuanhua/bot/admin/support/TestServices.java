package cn.xuanhua.bot.admin.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * Where the integration tests find MariaDB/MySQL and Redis (started by {@code scripts/test}): 127.0.0.1 with
 * root and no password unless TEST_DB_* / TEST_REDIS_* say otherwise. Each caller gets a fresh database,
 * dropped when the test JVM ends, so runs never see each other's rows.
 */
public final class TestServices {
    public static final String DB_HOST = env("TEST_DB_HOST", "127.0.0.1");
    public static final String DB_PORT = env("TEST_DB_PORT", "3306");
    public static final String DB_USER = env("TEST_DB_USER", "root");
    public static final String DB_PASSWORD = env("TEST_DB_PASSWORD", "");
    public static final String REDIS_HOST = env("TEST_REDIS_HOST", "127.0.0.1");
    public static final int REDIS_PORT = Integer.parseInt(env("TEST_REDIS_PORT", "6379"));

    private TestServices() {
    }

    /** Creates an empty utf8mb4 database and returns its JDBC URL. */
    public static String freshMariaDbDatabase(String purpose) {
        String name = "bot_it_" + purpose + "_" + UUID.randomUUID().toString().substring(0, 8);
        execute("CREATE DATABASE " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> execute("DROP DATABASE IF EXISTS " + name)));
        return "jdbc:mysql://" + DB_HOST + ":" + DB_PORT + "/" + name
                + "?useUnicode=true&characterEncoding=utf8&serverTimezone=Asia/Shanghai&allowPublicKeyRetrieval=true&useSSL=false";
    }

    /** A unique Redis key prefix so that test runs never share keys. */
    public static String freshRedisNamespace() {
        return "appeal-bot-it:" + UUID.randomUUID().toString().substring(0, 8) + ":";
    }

    private static void execute(String sql) {
        String url = "jdbc:mysql://" + DB_HOST + ":" + DB_PORT + "/?useSSL=false&allowPublicKeyRetrieval=true";
        try (Connection c = DriverManager.getConnection(url, DB_USER, DB_PASSWORD); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("MariaDB at " + DB_HOST + ":" + DB_PORT
                    + " is not reachable: run the tests through scripts/test, which starts it", e);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
