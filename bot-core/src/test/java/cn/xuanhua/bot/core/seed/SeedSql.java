package cn.xuanhua.bot.core.seed;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads the rows of the plain multi-row {@code INSERT [IGNORE] INTO t (cols) VALUES (...), (...);} statements of a seed
 * migration, so tests run on exactly what the database is seeded with. Knows just enough SQL for our seeds:
 * {@code --} comments, quoted strings with {@code ''}, NULL, TRUE/FALSE and numbers.
 */
public final class SeedSql {

    private final String sql;
    private int pos;

    private SeedSql(String sql) {
        this.sql = sql;
    }

    /** The rows inserted into {@code table} by the migration file, column name to value (null for NULL). */
    public static List<Map<String, String>> rows(Path file, String table) {
        try {
            return new SeedSql(Files.readString(file, StandardCharsets.UTF_8)).rowsOf(table);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The rows of {@code table} after every migration, applied in version order: their INSERTs, and their DELETEs
     * and UPDATEs of the simple form {@code WHERE col = 'v' [AND col IN ('v', 'w') ...]} (later migrations correct earlier
     * seeds that way).
     */
    public static List<Map<String, String>> table(String table) {
        List<Map<String, String>> rows = new ArrayList<>();
        try (var files = Files.list(migrationDir())) {
            List<Path> ordered = files.filter(f -> f.getFileName().toString().matches("V\\d+__.*\\.sql"))
                    .sorted(java.util.Comparator.comparingInt(f -> Integer.parseInt(
                            f.getFileName().toString().substring(1, f.getFileName().toString().indexOf("__")))))
                    .toList();
            for (Path file : ordered) {
                new SeedSql(Files.readString(file, StandardCharsets.UTF_8)).apply(table, rows);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    /** Applies this file's INSERTs, DELETEs and UPDATEs of {@code table} to {@code rows}, in order. */
    private void apply(String table, List<Map<String, String>> rows) {
        while (true) {
            skipSpace();
            if (pos >= sql.length()) {
                return;
            }
            int insert = insertKeyword();
            if (insert > 0) {
                pos += insert;
                String name = word();
                List<String> columns = columns();
                expectWord("VALUES");
                do {
                    List<String> values = tuple();
                    if (name.equalsIgnoreCase(table)) {
                        rows.add(zip(columns, values));
                    }
                    skipSpace();
                } while (take(','));
                take(';');
            } else if (sql.regionMatches(true, pos, "DELETE FROM", 0, 11)) {
                pos += 11;
                String name = word();
                Map<String, Set<String>> where = where();
                if (name.equalsIgnoreCase(table)) {
                    rows.removeIf(r -> matches(r, where));
                }
            } else if (sql.regionMatches(true, pos, "UPDATE ", 0, 7)) {
                pos += 7;
                String name = word();
                expectWord("SET");
                Map<String, String> set = new LinkedHashMap<>();
                do {
                    String column = word();
                    skipSpace();
                    expect('=');
                    set.put(column, value());
                    skipSpace();
                } while (take(','));
                Map<String, Set<String>> where = where();
                if (name.equalsIgnoreCase(table)) {
                    rows.stream().filter(r -> matches(r, where)).forEach(r -> r.putAll(set));
                }
            } else {
                skipStatement();
            }
        }
    }

    /**
     * {@code WHERE a = 'x' AND b IN ('y', 'z');} up to the semicolon, as each column's allowed values; none (every row)
     * when the statement ends.
     */
    private Map<String, Set<String>> where() {
        Map<String, Set<String>> where = new LinkedHashMap<>();
        skipSpace();
        if (take(';')) {
            return where;
        }
        expectWord("WHERE");
        do {
            String column = word();
            skipSpace();
            if (takeWord("IN")) {
                skipSpace();
                where.put(column, new HashSet<>(tuple()));
            } else {
                expect('=');
                where.put(column, Collections.singleton(value()));
            }
            skipSpace();
        } while (takeWord("AND"));
        skipSpace();
        take(';');
        return where;
    }

    private boolean takeWord(String w) {
        skipSpace();
        if (sql.regionMatches(true, pos, w, 0, w.length())
                && (pos + w.length() >= sql.length() || Character.isWhitespace(sql.charAt(pos + w.length())))) {
            pos += w.length();
            return true;
        }
        return false;
    }

    private static boolean matches(Map<String, String> row, Map<String, Set<String>> where) {
        return where.entrySet().stream().allMatch(e -> e.getValue().contains(row.get(e.getKey())));
    }

    /** The labelled history the routing model is trained on (sql/history), from bot-core or the top level. */
    public static Path historyDir() {
        return migrationDir().resolveSibling("history");
    }

    /** Every labelled file of sql/history, in name order (writers A-X, then v4). */
    public static List<Path> historyFiles() {
        try (var files = Files.list(historyDir())) {
            return files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot list " + historyDir(), e);
        }
    }

    /** The migration folder, whether tests run from bot-core or from the top level. */
    public static Path migrationDir() {
        for (Path candidate : List.of(Path.of("..", "sql", "migration"), Path.of("sql", "migration"))) {
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("sql/migration not found from " + Path.of("").toAbsolutePath());
    }

    private List<Map<String, String>> rowsOf(String table) {
        List<Map<String, String>> rows = new ArrayList<>();
        while (skipToInsert()) {
            String name = word();
            List<String> columns = columns();
            expectWord("VALUES");
            do {
                List<String> values = tuple();
                if (name.equalsIgnoreCase(table)) {
                    rows.add(zip(columns, values));
                }
                skipSpace();
            } while (take(','));
        }
        return rows;
    }

    /**
     * The length of {@code INSERT INTO} or {@code INSERT IGNORE INTO} at the current position, 0 when neither. IGNORE
     * is read as a plain INSERT: a migration uses it only against rows an administrator may have added themselves,
     * which the seeds never hold.
     */
    private int insertKeyword() {
        if (sql.regionMatches(true, pos, "INSERT INTO", 0, 11)) {
            return 11;
        }
        return sql.regionMatches(true, pos, "INSERT IGNORE INTO", 0, 18) ? 18 : 0;
    }

    private boolean skipToInsert() {
        while (true) {
            skipSpace();
            if (pos >= sql.length()) {
                return false;
            }
            int insert = insertKeyword();
            if (insert > 0) {
                pos += insert;
                return true;
            }
            skipStatement();
        }
    }

    private void skipStatement() {
        while (pos < sql.length() && sql.charAt(pos) != ';') {
            if (sql.charAt(pos) == '\'') {
                string();
            } else if (sql.startsWith("--", pos)) {
                skipSpace();
            } else {
                pos++;
            }
        }
        pos++;
    }

    private List<String> columns() {
        skipSpace();
        expect('(');
        List<String> columns = new ArrayList<>();
        do {
            columns.add(word());
            skipSpace();
        } while (take(','));
        expect(')');
        return columns;
    }

    private List<String> tuple() {
        skipSpace();
        expect('(');
        List<String> values = new ArrayList<>();
        do {
            values.add(value());
            skipSpace();
        } while (take(','));
        expect(')');
        return values;
    }

    private String value() {
        skipSpace();
        if (sql.charAt(pos) == '\'') {
            return string();
        }
        String token = word();
        skipSpace();
        if (take('(')) {
            // A function call (UUID(), CURRENT_TIMESTAMP(3)): its value is made by the database, not seed data.
            int depth = 1;
            while (depth > 0) {
                char c = sql.charAt(pos++);
                depth += c == '(' ? 1 : c == ')' ? -1 : 0;
            }
            return token + "()";
        }
        return switch (token.toUpperCase(Locale.ROOT)) {
            case "NULL" -> null;
            case "TRUE" -> "true";
            case "FALSE" -> "false";
            default -> token;
        };
    }

    private String string() {
        StringBuilder out = new StringBuilder();
        pos++;
        while (true) {
            char c = sql.charAt(pos++);
            if (c == '\'') {
                if (pos < sql.length() && sql.charAt(pos) == '\'') {
                    out.append('\'');
                    pos++;
                    continue;
                }
                return out.toString();
            }
            out.append(c);
        }
    }

    private String word() {
        skipSpace();
        int start = pos;
        while (pos < sql.length() && (Character.isLetterOrDigit(sql.charAt(pos)) || "_.-".indexOf(sql.charAt(pos)) >= 0)) {
            pos++;
        }
        if (start == pos) {
            throw new IllegalStateException("expected a word at " + pos + ": " + sql.substring(pos, Math.min(sql.length(), pos + 30)));
        }
        return sql.substring(start, pos);
    }

    private void expectWord(String expected) {
        String w = word();
        if (!w.equalsIgnoreCase(expected)) {
            throw new IllegalStateException("expected " + expected + " but got " + w);
        }
    }

    private void skipSpace() {
        while (pos < sql.length()) {
            if (Character.isWhitespace(sql.charAt(pos))) {
                pos++;
            } else if (sql.startsWith("--", pos)) {
                while (pos < sql.length() && sql.charAt(pos) != '\n') {
                    pos++;
                }
            } else {
                return;
            }
        }
    }

    private boolean take(char c) {
        if (pos < sql.length() && sql.charAt(pos) == c) {
            pos++;
            return true;
        }
        return false;
    }

    private void expect(char c) {
        skipSpace();
        if (!take(c)) {
            throw new IllegalStateException("expected '" + c + "' at " + pos);
        }
    }

    private static Map<String, String> zip(List<String> columns, List<String> values) {
        if (columns.size() != values.size()) {
            throw new IllegalStateException(columns.size() + " columns but " + values.size() + " values: " + values);
        }
        Map<String, String> row = new LinkedHashMap<>();
        for (int i = 0; i < columns.size(); i++) {
            row.put(columns.get(i), values.get(i));
        }
        return row;
    }
}
