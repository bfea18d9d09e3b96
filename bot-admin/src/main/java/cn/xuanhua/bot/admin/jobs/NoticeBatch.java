package cn.xuanhua.bot.admin.jobs;

import cn.xuanhua.bot.core.outbound.ClaimedPost;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Several waiting notices to one person as one message: a head line, then each notice in its order, as many as fit
 * in one app message; the rest wait for the next one.
 *
 * @param included the notices in the message
 * @param left     the notices that did not fit, back to the queue
 * @param content  the message
 */
record NoticeBatch(List<ClaimedPost> included, List<ClaimedPost> left, String content) {
    /** WeCom takes app markdown up to 2048 bytes. */
    static final int MAX_BYTES = 2048;
    private static final String SEPARATOR = "\n\n";

    static NoticeBatch of(List<ClaimedPost> notices) {
        if (notices.size() == 1) {
            return new NoticeBatch(notices, List.of(), notices.get(0).message().content());
        }
        List<ClaimedPost> included = new ArrayList<>();
        List<ClaimedPost> left = new ArrayList<>();
        StringBuilder body = new StringBuilder();
        for (ClaimedPost c : notices) {
            String next = (body.isEmpty() ? "" : SEPARATOR) + c.message().content();
            // Once one does not fit, the later ones wait too: a person reads their notices in the order they came.
            if (left.isEmpty() && (included.isEmpty() || bytes(head(included.size() + 1) + body + next) <= MAX_BYTES)) {
                body.append(next);
                included.add(c);
            } else {
                left.add(c);
            }
        }
        return new NoticeBatch(included, left, included.size() == 1 ? body.toString() : head(included.size()) + body);
    }

    private static String head(int count) {
        return "**您有 " + count + " 条新通知** (一分钟内较多, 合并发送)" + SEPARATOR;
    }

    private static int bytes(CharSequence s) {
        return s.toString().getBytes(StandardCharsets.UTF_8).length;
    }
}
