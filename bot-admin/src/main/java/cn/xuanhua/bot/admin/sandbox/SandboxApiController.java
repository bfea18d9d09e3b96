package cn.xuanhua.bot.admin.sandbox;

import cn.xuanhua.bot.core.error.InvalidInputException;
import cn.xuanhua.bot.core.org.StaffMember;
import cn.xuanhua.bot.core.org.StaffDirectory;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The sandbox page's calls: who can speak, what was said, and saying something. */
@RestController
@ConditionalOnProperty(name = "bot.wecom.mode", havingValue = "sandbox", matchIfMissing = true)
public class SandboxApiController {
    private final SandboxChat chat;
    private final SandboxConversation conversation;
    private final StaffDirectory staff;

    public SandboxApiController(SandboxChat chat, SandboxConversation conversation, StaffDirectory staff) {
        this.chat = chat;
        this.conversation = conversation;
        this.staff = staff;
    }

    /** A person one can type as. */
    public record Person(String userId, String name, String kind) {
    }

    /** What the page sends: which window, as whom, what. */
    public record Say(String window, String userId, String text) {
    }

    /** A tap on a card's button: whose card, which card, which button, and the drop-down's choice if any. */
    public record Tap(String userId, String taskId, String key, String option) {
    }

    @PostMapping("/sandbox/api/tap")
    public int tap(@RequestBody Tap tap, HttpServletRequest request) {
        return conversation.tap(request.getLocalPort(), tap.userId(), tap.taskId(), tap.key(), tap.option());
    }

    @GetMapping("/sandbox/api/people")
    public List<Person> people() {
        List<Person> people = new ArrayList<>();
        SandboxPeople.BUSINESS_OWNERS.forEach(o -> people.add(new Person(o.userId(), o.name(), "OWNER")));
        for (StaffMember m : staff.all()) {
            people.add(new Person(m.userId(), m.name(), m.role().name()));
        }
        return people;
    }

    /** A tap or a message the sandbox cannot play (no such card, no such window): 400 with the reason. */
    @ExceptionHandler(InvalidInputException.class)
    public ResponseEntity<Map<String, String>> refused(InvalidInputException e) {
        return ResponseEntity.badRequest().body(Map.of("error", "INVALID_INPUT", "message", e.getMessage()));
    }

    @GetMapping("/sandbox/api/lines")
    public List<SandboxChat.Line> lines(@RequestParam(defaultValue = "0") long after) {
        return chat.after(after);
    }

    @PostMapping("/sandbox/api/say")
    public int say(@RequestBody Say say, HttpServletRequest request) {
        String name = people().stream().filter(p -> p.userId().equals(say.userId())).map(Person::name)
                .findFirst().orElse(say.userId());
        return conversation.say(request.getLocalPort(), say.window(), say.userId(), name, say.text());
    }
}
