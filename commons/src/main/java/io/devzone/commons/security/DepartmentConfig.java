package io.devzone.commons.security;

import io.smallrye.config.ConfigMapping;

/** Which department owns this service: its role is the only one that may write here. */
@ConfigMapping(prefix = "devzone.department")
public interface DepartmentConfig {

    /** The realm role that writes this service's records, e.g. {@code investment}. */
    String writerRole();
}
