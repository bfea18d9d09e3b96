package cn.xuanhua.bot.admin.sandbox;

import cn.xuanhua.bot.admin.config.WeComConfiguration;
import cn.xuanhua.bot.core.error.InvalidInputException;
import cn.xuanhua.bot.core.org.StaffDirectory;
import cn.xuanhua.bot.core.org.StaffMember;
import cn.xuanhua.bot.wecom.fake.FakeWeComApi;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;

import java.util.Comparator;
import java.util.List;

/**
 * The sandbox's stand-in for WeCom's authorize page ({@value WeComConfiguration#SANDBOX_AUTHORIZE}): where WeCom
 * would know who opened the app, the administrator chooses a sandbox staff member, and is sent back to {@code /m/oauth}
 * with a code the fake WeCom's {@code auth/getuserinfo} turns into that userid. Administrators only (it is under
 * {@code /sandbox/}); it sends nobody anywhere but this application's own {@code /m/oauth}.
 */
@Controller
@ConditionalOnProperty(name = "bot.wecom.mode", havingValue = "sandbox", matchIfMissing = true)
public class SandboxOAuthController {
    private final FakeWeComApi api;
    private final StaffDirectory staff;

    public SandboxOAuthController(FakeWeComApi api, StaffDirectory staff) {
        this.api = api;
        this.staff = staff;
    }

    @GetMapping(WeComConfiguration.SANDBOX_AUTHORIZE)
    public String authorize(HttpServletRequest request, @RequestParam("redirect_uri") String redirectUri,
                            @RequestParam String state, @RequestParam(name = "as", required = false) String userId,
                            Model model) {
        String ownOAuth = ServletUriComponentsBuilder.fromContextPath(request).path("/m/oauth").replaceQuery(null)
                .build().toUriString();
        if (!redirectUri.equals(ownOAuth)) {
            throw new InvalidInputException("redirect_uri 不是本应用的 /m/oauth");
        }
        if (userId != null) {
            String code = api.issueOAuthCode(userId);
            return "redirect:" + UriComponentsBuilder.fromUriString(redirectUri).queryParam("code", code)
                    .queryParam("state", state).encode().build().toUriString();
        }
        List<StaffMember> people = staff.all().stream()
                .sorted(Comparator.comparing(StaffMember::departmentCode).thenComparing(StaffMember::userId)).toList();
        model.addAttribute("people", people);
        model.addAttribute("redirectUri", redirectUri);
        model.addAttribute("state", state);
        return "sandbox-oauth";
    }
}
