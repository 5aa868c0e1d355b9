package io.devzone.commons.security;

import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

/** Enforces {@link ReadAccess} through the {@link AccessGuard}. */
@ReadAccess
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
class ReadAccessInterceptor {

    private final AccessGuard guard;

    ReadAccessInterceptor(AccessGuard guard) {
        this.guard = guard;
    }

    @AroundInvoke
    Object check(InvocationContext context) throws Exception {
        guard.checkRead();
        return context.proceed();
    }
}
