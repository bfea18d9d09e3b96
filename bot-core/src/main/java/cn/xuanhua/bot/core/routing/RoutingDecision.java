package cn.xuanhua.bot.core.routing;

/**
 * Where an appeal goes.
 *
 * @param departmentCode the handling department, never null
 * @param reason         why, for the appeal's timeline and the preview, e.g.
 *                       {@code rule 31: municipal in a TOWNSHIP group -> lead of tw-nanguan (office-nanguan)}
 */
public record RoutingDecision(String departmentCode, String reason) {
}
