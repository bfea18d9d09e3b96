package cn.xuanhua.bot.admin.persistence;

import lombok.Getter;
import lombok.Setter;
import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import java.time.LocalDateTime;

/** Row of table archive_cursor. Persistence only: the domain type is mapped explicitly by its adapter. */
@TableName("archive_cursor")
@Getter
@Setter
public class ArchiveCursorRecord {
    @TableId(type = IdType.INPUT)
    private String source;
    private Long lastSeq;
    private LocalDateTime updatedAt;
}
