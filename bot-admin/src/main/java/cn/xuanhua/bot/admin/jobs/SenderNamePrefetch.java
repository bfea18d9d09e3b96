package cn.xuanhua.bot.admin.jobs;

import cn.xuanhua.bot.core.inbound.ClaimedMessage;
import cn.xuanhua.bot.core.org.DisplayNames;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Looks up the names of a claimed batch's group senders side by side, before the batch's transaction. A new
 * appeal shows its requester's name, and for an owner seen for the first time that is a call to WeCom's directory
 * (then cached, see {@code CachedPersonNames}): made one after another inside the transaction, a batch of new
 * owners waited for WeCom once per owner while holding its database connection. What this finds is cached, so the
 * handling reads it at once; what it does not finish in time the handling looks up itself, as before.
 */
final class SenderNamePrefetch {
    private static final Logger log = LoggerFactory.getLogger(SenderNamePrefetch.class);
    private static final int PARALLEL = 8;
    private static final Duration LONGEST = Duration.ofSeconds(5);

    private final DisplayNames names;
    private final ExecutorService lookups = Executors.newFixedThreadPool(PARALLEL, r -> {
        Thread t = new Thread(r, "sender-names");
        t.setDaemon(true);
        return t;
    });

    SenderNamePrefetch(DisplayNames names) {
        this.names = names;
    }

    void prefetch(List<ClaimedMessage> batch) {
        List<String> senders = batch.stream().map(ClaimedMessage::message).filter(m -> m.group())
                .map(m -> m.senderUserId()).filter(Objects::nonNull).filter(u -> !u.isBlank()).distinct().toList();
        if (senders.isEmpty()) {
            return;
        }
        CompletableFuture<?>[] running = senders.stream()
                .map(userId -> CompletableFuture.runAsync(() -> names.known(userId), lookups))
                .toArray(CompletableFuture[]::new);
        try {
            CompletableFuture.allOf(running).get(LONGEST.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            // Only a head start: the handling looks up what is missing itself.
            log.debug("sender names not all prefetched: {}", e.toString());
        }
    }

    void stop() {
        lookups.shutdownNow();
    }
}
