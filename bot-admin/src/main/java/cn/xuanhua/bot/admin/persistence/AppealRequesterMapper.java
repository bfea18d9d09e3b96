package cn.xuanhua.bot.admin.persistence;

import org.apache.ibatis.annotations.Delete;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

import java.time.LocalDateTime;
import java.util.List;

/**
 * Table {@code appeal_requester} (V15): the requesters who joined an appeal by 并单 (the one who wrote it is
 * {@code appeal.requester_user_id}), kept from its timeline by {@link MybatisAppeals} with its events.
 */
@Mapper
public interface AppealRequesterMapper {

    /** One requester of one appeal: the user and its place in the order they reported the problem. */
    record Row(long appealId, String userId, int joinedOrder) {
    }

    @Insert("INSERT INTO appeal_requester (appeal_id, user_id, joined_order, joined_at)"
            + " SELECT #{appealId}, #{userId}, COALESCE(MAX(joined_order) + 1, 0), #{at}"
            + " FROM appeal_requester WHERE appeal_id = #{appealId}")
    void add(@Param("appealId") long appealId, @Param("userId") String userId, @Param("at") LocalDateTime at);

    @Delete("DELETE FROM appeal_requester WHERE appeal_id = #{appealId} AND user_id = #{userId}")
    void remove(@Param("appealId") long appealId, @Param("userId") String userId);

    @Select("<script>SELECT appeal_id AS appealId, user_id AS userId, joined_order AS joinedOrder"
            + " FROM appeal_requester WHERE appeal_id IN"
            + "<foreach collection='ids' item='id' open='(' separator=',' close=')'>#{id}</foreach>"
            + " ORDER BY appeal_id, joined_order</script>")
    List<Row> ofAppeals(@Param("ids") List<Long> ids);
}
