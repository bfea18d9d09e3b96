package cn.xuanhua.bot.admin.web.wecom;

import cn.xuanhua.bot.admin.config.WeComConfiguration.WeComCallbacks;
import cn.xuanhua.bot.admin.jobs.CallbackPriority;
import cn.xuanhua.bot.admin.jobs.CustomerGroupEvents;
import cn.xuanhua.bot.admin.jobs.InboxWorker;
import cn.xuanhua.bot.admin.web.OneLine;
import cn.xuanhua.bot.core.inbound.InboundMessage;
import cn.xuanhua.bot.core.inbound.Inbox;
import cn.xuanhua.bot.wecom.callback.AiBotCallback;
import cn.xuanhua.bot.wecom.callback.AppCallback;
import cn.xuanhua.bot.wecom.callback.AppCallbackEvent;
import cn.xuanhua.bot.wecom.callback.CallbackLimits;
import cn.xuanhua.bot.wecom.callback.CallbackRejected;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.Arrays;

/**
 * The WeCom callbacks of docs/wecom.md. A message is in the inbox before WeCom hears 200; processing happens
 * later on the inbox workers, so the answer comes in milliseconds and a crash after it loses nothing. A message id
 * seen before is answered 200 and not stored again. Refused bodies store nothing. Customer-group changes refresh the
 * group's members and owner in the background. While messages arrive back to back the workers step back
 * ({@link CallbackPriority}): WeCom waits on this answer, nobody waits on the processing by the millisecond.
 */
@RestController
public class WeComCallbackController {
    private static final Logger log = LoggerFactory.getLogger(WeComCallbackController.class);

    private final WeComCallbacks callbacks;
    private final Inbox inbox;
    private final InboxWorker inboxWorker;
    private final ArchiveWakeUp archive;
    private final CustomerGroupEvents customerGroups;
    private final CallbackPriority priority;
    private final Clock clock;

    public WeComCallbackController(WeComCallbacks callbacks, Inbox inbox, InboxWorker inboxWorker,
                                   ArchiveWakeUp archive, CustomerGroupEvents customerGroups,
                                   CallbackPriority priority, Clock clock) {
        this.callbacks = callbacks;
        this.inbox = inbox;
        this.inboxWorker = inboxWorker;
        this.archive = archive;
        this.customerGroups = customerGroups;
        this.priority = priority;
        this.clock = clock;
    }

    @GetMapping(value = "/wecom/aibot/callback", produces = MediaType.TEXT_PLAIN_VALUE)
    public String verifyAiBot(@RequestParam(name = "msg_signature", required = false) String signature,
                              @RequestParam(required = false) String timestamp,
                              @RequestParam(required = false) String nonce,
                              @RequestParam(required = false) String echostr) {
        return aiBot().verifyUrl(signature, timestamp, nonce, echostr);
    }

    @PostMapping("/wecom/aibot/callback")
    public ResponseEntity<String> receiveAiBot(@RequestParam(name = "msg_signature", required = false) String signature,
                                               @RequestParam(required = false) String timestamp,
                                               @RequestParam(required = false) String nonce,
                                               HttpServletRequest request) throws IOException {
        priority.started();
        try {
            byte[] body = readBody(request);
            aiBot().read(signature, timestamp, nonce, body, ZonedDateTime.now(clock)).ifPresent(this::store);
            return ResponseEntity.ok().contentType(MediaType.TEXT_PLAIN).body("");
        } finally {
            priority.finished();
        }
    }

    @GetMapping(value = "/wecom/app/callback", produces = MediaType.TEXT_PLAIN_VALUE)
    public String verifyApp(@RequestParam(name = "msg_signature", required = false) String signature,
                            @RequestParam(required = false) String timestamp,
                            @RequestParam(required = false) String nonce,
                            @RequestParam(required = false) String echostr) {
        return app().verifyUrl(signature, timestamp, nonce, echostr);
    }

    @PostMapping(value = "/wecom/app/callback", produces = MediaType.TEXT_PLAIN_VALUE)
    public String receiveApp(@RequestParam(name = "msg_signature", required = false) String signature,
                             @RequestParam(required = false) String timestamp,
                             @RequestParam(required = false) String nonce,
                             HttpServletRequest request) throws IOException {
        priority.started();
        try {
            AppCallbackEvent event = app().read(signature, timestamp, nonce, readBody(request));
            if (event instanceof AppCallbackEvent.Message m) {
                store(m.message());
            } else if (event instanceof AppCallbackEvent.ArchiveNotified) {
                archive.wake();
            } else if (event instanceof AppCallbackEvent.ExternalChatChanged change) {
                customerGroups.changed(change.chatId(), change.changeType(), change.updateDetail());
            }
            return "success";
        } finally {
            priority.finished();
        }
    }

    @ExceptionHandler(CallbackRejected.class)
    ResponseEntity<String> rejected(CallbackRejected e) {
        log.info("callback refused ({}): {}", e.reason().status(), e.getMessage());
        return ResponseEntity.status(e.reason().status()).contentType(MediaType.TEXT_PLAIN).body(e.reason().name());
    }

    @ExceptionHandler(InboxUnavailable.class)
    ResponseEntity<String> inboxUnavailable(InboxUnavailable e) {
        log.warn("callback not stored, answered 503 for WeCom to retry: {}", OneLine.of(e));
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).contentType(MediaType.TEXT_PLAIN)
                .body("STORAGE_UNAVAILABLE");
    }

    @ExceptionHandler(ChannelNotConfigured.class)
    ResponseEntity<String> notConfigured(ChannelNotConfigured e) {
        return ResponseEntity.status(404).contentType(MediaType.TEXT_PLAIN).body(e.getMessage());
    }

    /**
     * Anything else: Spring's own request errors keep their 4xx; the rest is the bot's fault, a 500 (WeCom retries)
     * with no details in the answer and one log line rather than a stack trace per request.
     */
    @ExceptionHandler(Exception.class)
    ResponseEntity<String> unexpected(Exception e) {
        if (e instanceof ErrorResponse known && known.getStatusCode().is4xxClientError()) {
            log.info("callback refused ({}): {}", known.getStatusCode().value(), OneLine.of(e));
            return ResponseEntity.status(known.getStatusCode()).contentType(MediaType.TEXT_PLAIN).body("BAD_REQUEST");
        }
        log.error("callback failed: {}", OneLine.of(e));
        return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR).contentType(MediaType.TEXT_PLAIN)
                .body("INTERNAL_ERROR");
    }

    /**
     * Stores the message before WeCom hears 200. Any failure of the write, whatever it wraps, becomes
     * {@link InboxUnavailable} and a 503, so that WeCom sends the message again. Left to Spring, a failure whose
     * cause chain holds an {@code EOFException} (the database died mid-INSERT) passes for a client that went away
     * and ends as an empty 200: acknowledged, never stored.
     */
    private void store(InboundMessage message) {
        boolean isNew;
        try {
            isNew = inbox.store(message);
        } catch (RuntimeException | Error e) {
            throw new InboxUnavailable(e);
        }
        if (isNew) {
            inboxWorker.wake();
        }
    }

    private AiBotCallback aiBot() {
        return callbacks.aiBot().orElseThrow(() -> new ChannelNotConfigured("the AI bot callback is not configured"));
    }

    private AppCallback app() {
        return callbacks.app().orElseThrow(() -> new ChannelNotConfigured("the app callback is not configured"));
    }

    /**
     * Reads at most 64 KiB + 1 bytes: enough to know a body is too large without holding all of it. A body of a
     * declared length is read into an array of that length (WeCom declares it): reading "up to 64 KiB" allocated
     * an 8 KiB buffer per callback and a copy, a sixth of what a callback allocated.
     */
    private static byte[] readBody(HttpServletRequest request) throws IOException {
        long declared = request.getContentLengthLong();
        if (declared > CallbackLimits.MAX_BODY_BYTES) {
            throw new CallbackRejected(CallbackRejected.Reason.TOO_LARGE, "body over 64 KiB");
        }
        try (InputStream in = request.getInputStream()) {
            if (declared < 0) {
                return in.readNBytes(CallbackLimits.MAX_BODY_BYTES + 1);
            }
            byte[] body = new byte[(int) declared];
            int read = in.readNBytes(body, 0, body.length);
            return read == body.length ? body : Arrays.copyOf(body, read);
        }
    }

    /** The inbox could not store a callback's message: WeCom must hear 503, never 200. */
    static class InboxUnavailable extends RuntimeException {
        InboxUnavailable(Throwable cause) {
            super("the inbox could not store the message", cause);
        }
    }

    /** A callback for a channel that has no keys configured. */
    static class ChannelNotConfigured extends RuntimeException {
        ChannelNotConfigured(String message) {
            super(message);
        }
    }
}
