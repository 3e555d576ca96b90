package org.madoguchi.platform.rest;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import org.madoguchi.platform.web.SecurityHeadersFilter;

/**
 * A request the container's security constraints refuse (403) never reaches the API, and the container answers it
 * with the console's error page. For an API call, this answers an RFC 9457 problem document instead, like every
 * other API error; a person still gets the page.
 */
@WebFilter(urlPatterns = "/error/forbidden.xhtml", dispatcherTypes = DispatcherType.ERROR)
public class ApiRefusalFilter extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String uri = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path = uri == null ? "" : uri.substring(Math.min(uri.length(), request.getContextPath().length()));
        if (!path.startsWith("/api/")) {
            chain.doFilter(request, response);
            return;
        }
        SecurityHeadersFilter.apply(request, response);
        Problem.of(Response.Status.FORBIDDEN, "forbidden", "This account's role may not use this part of the API.")
                .at(path).writeTo(response);
    }
}
