package cn.xuanhua.bot.admin.jobs;

import cn.xuanhua.bot.core.org.GroupMembersRefresh;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Applies {@code change_external_chat} events off the callback thread: reading the group from WeCom takes a call,
 * and the callback answers within a second. A refresh lost to a crash is harmless: the next event refreshes again.
 */
public class CustomerGroupEvents implements DisposableBean {
    private static final Logger log = LoggerFactory.getLogger(CustomerGroupEvents.class);
    private final GroupMembersRefresh refresh;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "customer-groups");
        t.setDaemon(true);
        return t;
    });

    public CustomerGroupEvents(GroupMembersRefresh refresh) {
        this.refresh = refresh;
    }

    public void changed(String chatId, String changeType, String detail) {
        executor.submit(() -> {
            try {
                log.info("customer group {} {} {}: {}", chatId, changeType, detail, refresh.changed(chatId, changeType));
            } catch (Exception e) {
                log.warn("customer group {} could not be refreshed: {}", chatId, e.toString());
            }
        });
    }

    @Override
    public void destroy() {
        executor.shutdownNow();
    }
}
