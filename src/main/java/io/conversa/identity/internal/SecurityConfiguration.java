package io.conversa.identity.internal;

import io.conversa.identity.ApiTokens;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;

/**
 * Two doors: {@code /api/v1/**} (and the operational endpoints) take only bearer API tokens, with no session and
 * no CSRF; every page takes a signed-in user with a session cookie and CSRF on every form.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    /** Paths open without signing in; later modules add their signed webhook and checkout paths here. */
    static final String[] PUBLIC_PAGES = {
        "/login",
        "/css/**",
        "/img/**",
        "/js/**",
        "/webjars/**",
        "/favicon.ico",
        "/favicon.svg",
        "/error",
        // the public checkout page of a payment link: its unguessable token is the key
        "/pay/**"
    };

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    AuthenticationManager authenticationManager(
            AppUserRepository users, PasswordEncoder passwordEncoder, LoginThrottle throttle) {
        var passwords = new DaoAuthenticationProvider(new AppUserDetailsService(users));
        passwords.setPasswordEncoder(passwordEncoder);
        // Say "deactivated" only to someone who knows the password.
        passwords.setPreAuthenticationChecks(user -> {});
        passwords.setPostAuthenticationChecks(new AccountStatusUserDetailsChecker());
        return new ProviderManager(new ThrottledAuthenticationProvider(passwords, throttle));
    }

    /**
     * Machine-to-machine endpoints that authenticate themselves: Meta's webhook (signed with the app secret) and
     * the sandbox's fake Graph API (bearer access token, only when the sandbox is on). No session, no CSRF.
     */
    @Bean
    @Order(0)
    SecurityFilterChain signedEndpoints(HttpSecurity http) throws Exception {
        http.securityMatcher("/webhooks/**", "/sandbox/graph/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable());
        return http.build();
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(HttpSecurity http, ApiTokens tokens, ProblemResponses problems) throws Exception {
        http.securityMatcher("/api/v1/**", "/actuator/**")
                .authorizeHttpRequests(requests -> requests.requestMatchers("/actuator/health", "/actuator/health/**")
                        .permitAll()
                        .anyRequest()
                        .hasRole("API"))
                .addFilterBefore(new ApiTokenAuthenticationFilter(tokens), AnonymousAuthenticationFilter.class)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .exceptionHandling(errors -> errors.authenticationEntryPoint(problems.unauthorized())
                        .accessDeniedHandler(problems.forbidden()));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pageSecurity(HttpSecurity http, LoginFailureHandler loginFailures, AppUserRepository users)
            throws Exception {
        http.addFilterBefore(new FreshAccountFilter(users), AuthorizationFilter.class)
                .authorizeHttpRequests(requests -> requests.requestMatchers(PUBLIC_PAGES)
                        .permitAll()
                        .requestMatchers("/settings/**", "/bulk-sends/contact-hours")
                        .hasRole("ADMIN")
                        .anyRequest()
                        .authenticated())
                .formLogin(form -> form.loginPage("/login")
                        .defaultSuccessUrl("/", false)
                        .failureHandler(loginFailures)
                        .permitAll())
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"));
        return http.build();
    }
}
