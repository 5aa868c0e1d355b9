package io.devzone.commons.security;

import jakarta.annotation.Priority;
import jakarta.interceptor.Interceptor;

/** Enforces {@link ReadAccess} through the {@link AccessGuard}. */
@ReadAccess
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
class ReadAccessInterceptor extends AccessInterceptor {

    ReadAccessInterceptor(AccessGuard guard) {
        super(guard::checkRead);
    }
}
