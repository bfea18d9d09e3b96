package cn.xuanhua.bot.admin.persistence;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;

/** Row of table category. Persistence only: the domain type is mapped explicitly by its adapter. */
@TableName("category")
public class CategoryRecord {
    @TableId(type = IdType.AUTO)
    private Long id;
    private String code;
    private String name;
    private Integer timeLimitDays;
    private Integer sortOrder;

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

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

    public Integer getTimeLimitDays() {
        return timeLimitDays;
    }

    public void setTimeLimitDays(Integer timeLimitDays) {
        this.timeLimitDays = timeLimitDays;
    }

    public Integer getSortOrder() {
        return sortOrder;
    }

    public void setSortOrder(Integer sortOrder) {
        this.sortOrder = sortOrder;
    }
}
