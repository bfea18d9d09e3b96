package cn.xuanhua.bot.admin.web;

/** The one error body of the HTTP API: {@code {"error": "...", "message": "..."}}, never a stack trace. */
public record ApiError(String error, String message) {
}
