package cn.xuanhua.bot.admin.web.mobile;

import cn.xuanhua.bot.core.error.ForbiddenException;
import cn.xuanhua.bot.core.error.InvalidInputException;
import cn.xuanhua.bot.core.org.StaffDirectory;
import cn.xuanhua.bot.core.org.StaffMember;
import cn.xuanhua.bot.wecom.people.WeComOAuth;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;

/**
 * Signing a staff member in on the phone through WeCom's web authorization (docs/wecom.md "Signing in on the
 * phone"). A visitor without a session is sent to WeCom's authorize page with a random {@code state} kept in their
 * browser session; WeCom sends them back to {@code /m/oauth} with a one-use code and that state. Only the same
 * browser's state is accepted (a link someone else started signs nobody in), the code is turned into a userid by
 * WeCom, and only a registered staff member is signed in. The sign-in lives under its own session key
 * ({@link #SESSIONS}): it is not a console log-in, and a console log-in is not one.
 */
@Component
public class MobileSignIn implements AuthenticationEntryPoint {
    /** The authority of a phone session; nothing outside {@code /m/**} asks for it. */
    public static final String ROLE = "MOBILE_STAFF";
    /** Where a phone session keeps its security context, apart from the console's. */
    public static final HttpSessionSecurityContextRepository SESSIONS = mobileSessions();
    private static final String STATE = "bot.mobile.oauth.state";
    private static final String TARGET = "bot.mobile.oauth.target";
    private static final Logger log = LoggerFactory.getLogger(MobileSignIn.class);
    private final SecureRandom random = new SecureRandom();
    private final WeComOAuth oauth;
    private final StaffDirectory staff;

    public MobileSignIn(WeComOAuth oauth, StaffDirectory staff) {
        this.oauth = oauth;
        this.staff = staff;
    }

    private static HttpSessionSecurityContextRepository mobileSessions() {
        HttpSessionSecurityContextRepository sessions = new HttpSessionSecurityContextRepository();
        sessions.setSpringSecurityContextKey("BOT_MOBILE_SECURITY_CONTEXT");
        return sessions;
    }

    /** Whether {@code auth} is a phone session. */
    public static boolean isSignedIn(org.springframework.security.core.Authentication auth) {
        return auth != null && auth.isAuthenticated()
                && auth.getAuthorities().stream().anyMatch(a -> ("ROLE_" + ROLE).equals(a.getAuthority()));
    }

    /** No phone session: off to WeCom, remembering the page asked for and a fresh state. */
    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException reason)
            throws IOException {
        byte[] bytes = new byte[18];
        random.nextBytes(bytes);
        String state = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        HttpSession session = request.getSession(true);
        session.setAttribute(STATE, state);
        session.setAttribute(TARGET, target(request));
        String redirectUri = ServletUriComponentsBuilder.fromContextPath(request).path("/m/oauth").replaceQuery(null)
                .build().toUriString();
        response.sendRedirect(oauth.authorizeUrl(redirectUri, state));
    }

    /**
     * WeCom's way back: checks the state against this browser's, asks WeCom who the code belongs to and signs them
     * in if they are registered staff. Each state is good for one attempt.
     *
     * @return the {@code /m} page to go to
     * @throws ForbiddenException when the state is not this browser's, WeCom names nobody, or the userid is not staff
     */
    public String signIn(HttpServletRequest request, HttpServletResponse response, String code, String state) {
        HttpSession session = request.getSession(false);
        String expected = session == null ? null : (String) session.getAttribute(STATE);
        String target = session == null ? null : (String) session.getAttribute(TARGET);
        if (session != null) {
            session.removeAttribute(STATE);
            session.removeAttribute(TARGET);
        }
        if (expected == null || state == null || !MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                state.getBytes(StandardCharsets.UTF_8))) {
            throw new ForbiddenException("登录请求已失效或不是从本页面发起的, 请从企业微信工作台重新打开「诉求助手」。");
        }
        if (code == null || code.isBlank()) {
            throw new InvalidInputException("企业微信没有返回授权码, 请重新打开。");
        }
        String userId = oauth.userIdFor(code).orElseThrow(() ->
                new ForbiddenException("企业微信未能确认您的身份 (授权码无效或已过期), 请重新打开。"));
        StaffMember member = staff.byUserId(userId).orElseThrow(() -> {
            log.info("phone sign-in refused: the userid is not registered staff");
            return new ForbiddenException("您还不是登记的部门工作人员, 不能使用待办页面。请联系管理员登记。");
        });
        // A new session id at sign-in: an id planted before it (session fixation) is worth nothing after.
        request.changeSessionId();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(member.userId(), null,
                List.of(new SimpleGrantedAuthority("ROLE_" + ROLE))));
        SecurityContextHolder.setContext(context);
        SESSIONS.saveContext(context, request, response);
        log.info("staff member {} signed in on the phone", member.userId());
        return target == null ? "/m" : target;
    }

    /** The page asked for, back after sign-in: a GET of a phone page, else the queue. */
    private static String target(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!"GET".equals(request.getMethod()) || !(path.equals("/m") || path.startsWith("/m/appeals/"))) {
            return "/m";
        }
        return path;
    }
}
