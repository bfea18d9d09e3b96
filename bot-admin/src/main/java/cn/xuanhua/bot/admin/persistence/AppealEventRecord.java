package cn.xuanhua.bot.admin.persistence;

import lombok.Getter;
import lombok.Setter;
import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import java.time.LocalDateTime;

/** Row of table appeal_event. Persistence only: the domain type is mapped explicitly by its adapter. */
@TableName("appeal_event")
@Getter
@Setter
public class AppealEventRecord {
    @TableId(type = IdType.AUTO)
    private Long id;
    private Long appealId;
    private LocalDateTime at;
    private String type;
    private String actor;
    private String note;
}
