package org.madoguchi.account.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashSet;
import org.madoguchi.platform.rest.Problem;

/**
 * One mechanism for both ways in. The console signs in through its login page (which calls
 * {@code SecurityContext.authenticate}) and then rides on the session; API clients send HTTP Basic with
 * every request and get no session. Unauthenticated requests for protected resources are sent to the
 * login page (console) or answered 401 with a problem document (API).
 */
@ApplicationScoped
public class DeskAuthenticationMechanism implements HttpAuthenticationMechanism {

    public static final String LOGIN_PAGE = "/login";

    @Inject
    IdentityStoreHandler identityStores;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        var parameters = context.getAuthParameters();
        if (parameters != null && parameters.getCredential() instanceof UsernamePasswordCredential form) {
            return formSignIn(request, context, form);
        }
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return basic(response, context, authorization.substring(6).strip());
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SignedInSession.ATTRIBUTE) instanceof SignedInSession signed) {
            return context.notifyContainerAboutLogin(signed::username, new HashSet<>(signed.groups()));
        }
        if (!context.isProtected()) {
            return context.doNothing();
        }
        return isApi(request) ? challenge(response, context) : redirectToLogin(request, response, context);
    }

    private AuthenticationStatus formSignIn(HttpServletRequest request, HttpMessageContext context,
                                            UsernamePasswordCredential credential) {
        CredentialValidationResult result = identityStores.validate(credential);
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            // no error page: the login page itself says what went wrong
            return AuthenticationStatus.SEND_FAILURE;
        }
        request.getSession(true);
        request.changeSessionId(); // a new session id at sign-in defeats session fixation
        request.getSession().setAttribute(SignedInSession.ATTRIBUTE,
                new SignedInSession(result.getCallerPrincipal().getName(), new HashSet<>(result.getCallerGroups())));
        return context.notifyContainerAboutLogin(result);
    }

    private AuthenticationStatus basic(HttpServletResponse response, HttpMessageContext context, String encoded) {
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return challenge(response, context);
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            return challenge(response, context);
        }
        CredentialValidationResult result = identityStores.validate(
                new UsernamePasswordCredential(decoded.substring(0, colon), decoded.substring(colon + 1)));
        return result.getStatus() == CredentialValidationResult.Status.VALID
                ? context.notifyContainerAboutLogin(result)
                : challenge(response, context);
    }

    private static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    private static AuthenticationStatus challenge(HttpServletResponse response, HttpMessageContext context) {
        response.setHeader("WWW-Authenticate", "Basic realm=\"madoguchi\", charset=\"UTF-8\"");
        try {
            Problem.of(Response.Status.UNAUTHORIZED, "unauthorized", "Sign in with HTTP Basic using a desk account.")
                    .writeTo(response);
        } catch (IOException e) {
            // the status, set before the body, alone still tells the client what happened
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    private static AuthenticationStatus redirectToLogin(HttpServletRequest request, HttpServletResponse response,
                                                        HttpMessageContext context) {
        String target = request.getRequestURI().substring(request.getContextPath().length());
        if (request.getQueryString() != null) {
            target += "?" + request.getQueryString();
        }
        return context.redirect(request.getContextPath() + LOGIN_PAGE + "?continue="
                + URLEncoder.encode(target, StandardCharsets.UTF_8));
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(SignedInSession.ATTRIBUTE);
        }
    }
}
