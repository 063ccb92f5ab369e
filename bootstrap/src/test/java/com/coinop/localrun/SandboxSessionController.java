package com.coinop.localrun;

import com.coinop.adapter.web.common.Envelope;
import com.coinop.adapter.web.session.SessionCookies;
import com.coinop.application.port.out.LoadUserPort;
import com.coinop.application.port.out.Session;
import com.coinop.application.port.out.SessionStorePort;
import com.coinop.domain.user.OpenId;
import com.coinop.domain.user.User;
import com.coinop.domain.user.UserId;
import com.coinop.domain.user.UserNotFoundException;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The local run's stand-in for WeChat OAuth until it lands: {@code POST /sandbox/session} signs the
 * browser in as the demo user (or {@code ?user_id=}), and {@code ?openid=} gives it only a WeChat openid,
 * as OAuth would, so the real SMS sign-in can follow. Real session store and cookie; it exists only
 * in the test sources, so the production jar cannot contain it.
 */
@RestController
class SandboxSessionController {

    private final LoadUserPort loadUserPort;
    private final SessionStorePort sessionStorePort;
    private final SessionCookies sessionCookies;

    SandboxSessionController(LoadUserPort loadUserPort, SessionStorePort sessionStorePort, SessionCookies sessionCookies) {
        this.loadUserPort = loadUserPort;
        this.sessionStorePort = sessionStorePort;
        this.sessionCookies = sessionCookies;
    }

    @PostMapping("/sandbox/session")
    Envelope<String> signIn(@RequestParam(name = "user_id", required = false) Long userId,
                            @RequestParam(name = "openid", required = false) String openId,
                            HttpServletResponse response) {
        Session session = openId != null
                ? sessionStorePort.create(new OpenId(openId), null)
                : signedIn((userId == null ? demoUser() : user(new UserId(userId))).requireActive());
        sessionCookies.issue(response, session.id());
        return Envelope.ok("success");
    }

    private Session signedIn(User user) {
        return sessionStorePort.create(user.openId(), user.id());
    }

    private User demoUser() {
        return loadUserPort.findByOpenId(LocalDemoData.DEMO_OPENID)
                .orElseThrow(() -> new IllegalStateException("the demo data is not loaded"));
    }

    private User user(UserId id) {
        return loadUserPort.findById(id).orElseThrow(() -> new UserNotFoundException(id));
    }
}
