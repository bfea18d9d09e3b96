package cn.xuanhua.bot.admin.sandbox;

import cn.xuanhua.bot.wecom.fake.FakeWeComApi;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.Map;

/** Serves the fake WeCom API under {@code /sandbox/qyapi} in sandbox mode; in live mode it does not exist (404). */
@RestController
@ConditionalOnProperty(name = "bot.wecom.mode", havingValue = "sandbox", matchIfMissing = true)
public class SandboxFakeWeComController {
    private static final String BASE = "/sandbox/qyapi";
    private final FakeWeComApi api;

    public SandboxFakeWeComController(FakeWeComApi api) {
        this.api = api;
    }

    @RequestMapping(BASE + "/**")
    public ResponseEntity<String> call(HttpServletRequest request, @RequestParam Map<String, String> query,
                                       @RequestBody(required = false) String body) {
        String path = request.getRequestURI().substring(request.getContextPath().length() + BASE.length());
        FakeWeComApi.Answer answer = api.handle(request.getMethod(), path, query, body);
        return ResponseEntity.status(answer.status()).contentType(MediaType.APPLICATION_JSON).body(answer.body());
    }
}
