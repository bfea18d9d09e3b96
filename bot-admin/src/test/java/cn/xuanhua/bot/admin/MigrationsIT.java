package cn.xuanhua.bot.admin;

import cn.xuanhua.bot.admin.support.TestServices;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import javax.sql.DataSource;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The same migrations build the same schema and seed on a fresh MariaDB database and on H2 in MySQL mode. */
class MigrationsIT {

    static Stream<DataSource> databases() {
        DataSource mariaDb = new DriverManagerDataSource(TestServices.freshMariaDbDatabase("migrations"),
                TestServices.DB_USER, TestServices.DB_PASSWORD);
        DataSource h2 = new DriverManagerDataSource("jdbc:h2:mem:" + UUID.randomUUID()
                + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE;DB_CLOSE_DELAY=-1", "sa", "");
        return Stream.of(mariaDb, h2);
    }

    private static JdbcTemplate migrated(DataSource dataSource) {
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        return new JdbcTemplate(dataSource);
    }

    @ParameterizedTest
    @MethodSource("databases")
    void seedsTwentyOneTownshipsEightIndustryGroupsAndOneCoordinationGroup(DataSource dataSource) {
        JdbcTemplate db = migrated(dataSource);
        Map<String, Integer> groupsByKind = db.queryForList("SELECT kind, COUNT(*) AS n FROM bot_group GROUP BY kind")
                .stream().collect(Collectors.toMap(r -> (String) r.get("kind"), r -> ((Number) r.get("n")).intValue()));
        assertThat(groupsByKind).containsEntry("TOWNSHIP", 21).containsEntry("INDUSTRY", 8)
                .containsEntry("COORDINATION", 1);
        assertThat(db.queryForObject("SELECT COUNT(*) FROM department WHERE kind = 'TOWNSHIP'", Integer.class))
                .isEqualTo(21);
        assertThat(db.queryForObject("SELECT name FROM bot_group WHERE code = 'coord'", String.class))
                .isEqualTo("宣化区市场主体诉求解决交流群");
    }

    @ParameterizedTest
    @MethodSource("databases")
    void everyGroupIsLedByASeededDepartmentAndExactlyOneDispatcherExists(DataSource dataSource) {
        JdbcTemplate db = migrated(dataSource);
        assertThat(db.queryForObject("SELECT COUNT(*) FROM bot_group g LEFT JOIN department d "
                + "ON d.code = g.lead_department_code WHERE d.code IS NULL", Integer.class)).isZero();
        assertThat(db.queryForList("SELECT code FROM department WHERE dispatcher = TRUE", String.class))
                .containsExactly("approval");
        Set<String> districtDepartments = Set.copyOf(db.queryForList("SELECT short_name FROM department", String.class));
        assertThat(districtDepartments).contains("行政审批局", "发改局", "工信局", "商务局", "住建局", "市场监管局", "人社局",
                "税务局", "财政局", "自然资源和规划局", "生态环境局", "城市管理局", "应急管理局", "消防救援大队", "交通运输局",
                "科技局", "司法局", "公安分局");
    }

    @ParameterizedTest
    @MethodSource("databases")
    void seedsTheOfficialCalendarSoEachYearHasItsPublishedNumberOfWorkingDays(DataSource dataSource) {
        JdbcTemplate db = migrated(dataSource);
        Map<LocalDate, String> exceptions = db.queryForList("SELECT calendar_date, day_type FROM calendar_day").stream()
                .collect(Collectors.toMap(r -> ((java.sql.Date) r.get("calendar_date")).toLocalDate(),
                        r -> (String) r.get("day_type")));
        assertThat(workingDays(2023, exceptions)).isEqualTo(249);
        assertThat(workingDays(2024, exceptions)).isEqualTo(251);
        assertThat(workingDays(2025, exceptions)).isEqualTo(248);
        assertThat(workingDays(2026, exceptions)).isEqualTo(248);
        assertThat(db.queryForList("SELECT year_number FROM calendar_year ORDER BY year_number", Integer.class))
                .containsExactly(2023, 2024, 2025, 2026);
    }

    @ParameterizedTest
    @MethodSource("databases")
    void storesFourByteCharactersSuchAsEmoji(DataSource dataSource) {
        JdbcTemplate db = migrated(dataSource);
        db.update("INSERT INTO staff (user_id, name, department_code, role, active, created_at) "
                + "VALUES ('emoji.user', '王🌟', 'hrss', 'STAFF', TRUE, '2026-11-26 10:00:00')");
        assertThat(db.queryForObject("SELECT name FROM staff WHERE user_id = 'emoji.user'", String.class))
                .isEqualTo("王🌟");
    }

    private static int workingDays(int year, Map<LocalDate, String> exceptions) {
        int n = 0;
        for (LocalDate d = LocalDate.of(year, 1, 1); d.getYear() == year; d = d.plusDays(1)) {
            boolean weekend = d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
            String type = exceptions.get(d);
            if ("WORK".equals(type) || (!weekend && !"OFF".equals(type))) {
                n++;
            }
        }
        return n;
    }
}
