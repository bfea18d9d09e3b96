package cn.xuanhua.bot.admin.persistence;

import lombok.Getter;
import lombok.Setter;
import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import com.baomidou.mybatisplus.annotation.Version;
import java.time.LocalDateTime;

/** Row of table appeal (optimistic lock on version). Persistence only: the domain type is mapped explicitly by its adapter. */
@TableName("appeal")
@Getter
@Setter
public class AppealRecord {
    @TableId(type = IdType.AUTO)
    private Long id;
    private String number;
    private String status;
    private String groupCode;
    private String requesterUserId;
    private String requesterName;
    private String originalText;
    private String maskedText;
    private String categoryCode;
    private String departmentCode;
    private String handlerUserId;
    private LocalDateTime createdAt;
    private LocalDateTime requestedDeadline;
    private LocalDateTime dueAt;
    private Boolean urgent;
    private LocalDateTime acceptedAt;
    private LocalDateTime resolvedAt;
    private LocalDateTime closedAt;
    private String satisfaction;
    private LocalDateTime ratedAt;
    private Boolean reopened;
    private Boolean overdue;
    private Integer extensionDays;
    private String sourceMessageId;
    private Boolean onBehalf;
    private String intakeDepartmentCode;
    private String matterCode;
    private String mergePlaces;
    private String mergeShingles;
    private String mergedInto;
    @Version
    private Integer version;
    private LocalDateTime updatedAt;
}
