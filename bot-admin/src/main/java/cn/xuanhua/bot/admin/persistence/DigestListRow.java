package cn.xuanhua.bot.admin.persistence;

import java.time.LocalDateTime;

/** A row of the digest list statements: a category with its count, or an overdue appeal. */
public class DigestListRow {
    private String code;
    private String name;
    private Long total;
    private String number;
    private LocalDateTime dueAt;

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Long getTotal() {
        return total;
    }

    public void setTotal(Long total) {
        this.total = total;
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public LocalDateTime getDueAt() {
        return dueAt;
    }

    public void setDueAt(LocalDateTime dueAt) {
        this.dueAt = dueAt;
    }
}
