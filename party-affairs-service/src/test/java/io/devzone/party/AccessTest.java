package io.devzone.party;

import io.devzone.commons.testing.AccessOnEveryOperation;
import io.devzone.commons.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class AccessTest extends AccessOnEveryOperation {

    @Override
    protected String otherDepartment() {
        return TestTokens.investment();
    }
}
