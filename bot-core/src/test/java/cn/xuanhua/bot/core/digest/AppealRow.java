package cn.xuanhua.bot.core.digest;

import cn.xuanhua.bot.core.appeal.AppealStatus;
import cn.xuanhua.bot.core.appeal.Satisfaction;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * The columns of {@code appeal} a digest reads, for hand-made weeks:
 * {@code anAppeal("0001").createdAt("2026-11-16T10:00").acceptedAt(...).build()}. Defaults: group tw-nanguan,
 * department urban, category municipal, due a week after creation, pending.
 */
record AppealRow(String number, String groupCode, String departmentCode, String categoryCode, AppealStatus status,
                 ZonedDateTime createdAt, ZonedDateTime dueAt, ZonedDateTime acceptedAt, ZonedDateTime resolvedAt,
                 ZonedDateTime ratedAt, Satisfaction satisfaction, boolean reopened) {
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    static ZonedDateTime at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(ZONE);
    }

    static Builder anAppeal(String sequence) {
        return new Builder("XH20261116-" + sequence);
    }

    static final class Builder {
        private final String number;
        private String group = "tw-nanguan";
        private String department = "urban";
        private String category = "municipal";
        private AppealStatus status = AppealStatus.PENDING;
        private ZonedDateTime created = at("2026-11-16T10:00");
        private ZonedDateTime due;
        private ZonedDateTime accepted;
        private ZonedDateTime resolved;
        private ZonedDateTime rated;
        private Satisfaction satisfaction;
        private boolean reopened;

        private Builder(String number) {
            this.number = number;
        }

        Builder group(String code) {
            group = code;
            return this;
        }

        Builder department(String code) {
            department = code;
            return this;
        }

        Builder category(String code) {
            category = code;
            return this;
        }

        Builder createdAt(String at) {
            created = at(at);
            return this;
        }

        Builder dueAt(String at) {
            due = at(at);
            return this;
        }

        Builder acceptedAt(String at) {
            accepted = at(at);
            status = AppealStatus.ACCEPTED;
            return this;
        }

        Builder resolvedAt(String at) {
            resolved = at(at);
            status = AppealStatus.RESOLVED;
            return this;
        }

        /** Rated; 满意/基本满意 close it, 不满意 reopens it (back to ACCEPTED, counted as not solved). */
        Builder rated(Satisfaction rating, String at) {
            rated = at(at);
            satisfaction = rating;
            status = rating.countsAsSatisfied() ? AppealStatus.CLOSED : AppealStatus.ACCEPTED;
            reopened = reopened || !rating.countsAsSatisfied();
            return this;
        }

        AppealRow build() {
            return new AppealRow(number, group, department, category, status, created,
                    due != null ? due : created.plusDays(7), accepted, resolved, rated, satisfaction, reopened);
        }
    }
}
