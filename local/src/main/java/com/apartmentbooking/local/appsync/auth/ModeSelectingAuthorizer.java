package com.apartmentbooking.local.appsync.auth;

import com.apartmentbooking.local.appsync.RequestRefusal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * An API's authentication over its enabled modes: a request is checked by the modes whose credentials it carries,
 * in the API's order (default type first), and taken as the first that accepts it. A mode the API does not enable
 * is never consulted, so its credentials alone get the same 401 as none.
 */
public final class ModeSelectingAuthorizer implements ApiAuthorizer {

    private final AuthType defaultType;
    private final List<AuthType> types;
    private final List<Authenticator> enabled;

    /**
     * @param defaultType the API's {@code AuthenticationType}
     * @param additionalTypes its additional providers' types
     * @param available the modes the runtime serves, at most one per type; the API's types it lacks refuse every
     *     request that only they could accept
     */
    public ModeSelectingAuthorizer(AuthType defaultType, List<AuthType> additionalTypes, List<Authenticator> available) {
        this.defaultType = Objects.requireNonNull(defaultType, "defaultType");
        List<AuthType> all = new ArrayList<>();
        all.add(defaultType);
        additionalTypes.stream().filter(type -> !all.contains(type)).forEach(all::add);
        this.types = List.copyOf(all);
        Map<AuthType, Authenticator> byType = available.stream()
                .collect(Collectors.toMap(Authenticator::type, Function.identity()));
        this.enabled = all.stream().filter(byType::containsKey).map(byType::get).toList();
    }

    @Override
    public Caller authenticate(AuthRequest request) {
        RequestRefusal first = null;
        for (Authenticator authenticator : enabled) {
            if (!authenticator.carries(request)) {
                continue;
            }
            try {
                return authenticator.authenticate(request);
            } catch (RequestRefusal rejection) {
                first = first == null ? rejection : first;
            }
        }
        throw first != null ? first : AuthRejections.unauthorized();
    }

    @Override
    public AuthType defaultType() {
        return defaultType;
    }

    @Override
    public List<AuthType> types() {
        return types;
    }
}
