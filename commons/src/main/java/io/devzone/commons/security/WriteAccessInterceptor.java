package io.devzone.commons.security;

import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

/** Enforces {@link WriteAccess} through the {@link AccessGuard}. */
@WriteAccess
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
class WriteAccessInterceptor {

    private final AccessGuard guard;

    WriteAccessInterceptor(AccessGuard guard) {
        this.guard = guard;
    }

    @AroundInvoke
    Object check(InvocationContext context) throws Exception {
        guard.checkWrite();
        return context.proceed();
    }
}
