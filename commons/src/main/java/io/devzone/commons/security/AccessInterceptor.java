package io.devzone.commons.security;

import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.InvocationContext;

/** Runs one of the {@link AccessGuard}'s checks before the call; each access annotation's interceptor names which. */
abstract class AccessInterceptor {

    private final Runnable check;

    AccessInterceptor(Runnable check) {
        this.check = check;
    }

    @AroundInvoke
    Object check(InvocationContext context) throws Exception {
        check.run();
        return context.proceed();
    }
}
