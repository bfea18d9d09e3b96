package cn.xuanhua.bot.core.seed;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the rows of the plain multi-row {@code INSERT INTO t (cols) VALUES (...), (...);} statements of a seed
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

    private boolean skipToInsert() {
        while (true) {
            skipSpace();
            if (pos >= sql.length()) {
                return false;
            }
            if (sql.regionMatches(true, pos, "INSERT INTO", 0, 11)) {
                pos += 11;
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
