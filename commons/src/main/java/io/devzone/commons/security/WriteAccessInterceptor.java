package io.devzone.commons.security;

import jakarta.annotation.Priority;
import jakarta.interceptor.Interceptor;

/** Enforces {@link WriteAccess} through the {@link AccessGuard}. */
@WriteAccess
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
class WriteAccessInterceptor extends AccessInterceptor {

    WriteAccessInterceptor(AccessGuard guard) {
        super(guard::checkWrite);
    }
}
