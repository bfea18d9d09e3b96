package cn.xuanhua.bot.core.digest;

/**
 * A department's place in the coordination digest's ranking.
 *
 * @param rank           1 for the best
 * @param departmentCode e.g. {@code hrss}
 * @param departmentName e.g. 人社局
 * @param counts         its counts of the week
 * @param rates          its four rates
 */
public record DepartmentRank(int rank, String departmentCode, String departmentName, DigestCounts counts,
                             Rates rates) {
}
