package cn.xuanhua.bot.admin.web;

/**
 * A failure told in one log line: each cause's class and message, innermost last, and where the outermost was
 * thrown. A stack trace per failed request floods the log (a client can provoke one per request); this line names
 * the fault and the place to look.
 */
public final class OneLine {
    private static final int MAX_CAUSES = 10;

    private OneLine() {
    }

    public static String of(Throwable e) {
        StringBuilder sb = new StringBuilder();
        Throwable t = e;
        for (int i = 0; t != null && i < MAX_CAUSES; i++, t = t.getCause() == t ? null : t.getCause()) {
            if (i > 0) {
                sb.append(" <- ");
            }
            sb.append(t.getClass().getSimpleName()).append(": ").append(firstLine(t.getMessage()));
        }
        StackTraceElement[] frames = e.getStackTrace();
        if (frames.length > 0) {
            sb.append(" (at ").append(frames[0]).append(')');
        }
        return sb.toString();
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }
}
