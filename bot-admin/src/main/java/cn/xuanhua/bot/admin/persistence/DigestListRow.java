package cn.xuanhua.bot.admin.persistence;

import lombok.Getter;
import lombok.Setter;
import java.time.LocalDateTime;

/** A row of the digest list statements: a category with its count (per group for the heat map), or an overdue appeal. */
@Getter
@Setter
public class DigestListRow {
    private String groupCode;
    private String code;
    private String name;
    private Long total;
    private String number;
    private LocalDateTime dueAt;
}
