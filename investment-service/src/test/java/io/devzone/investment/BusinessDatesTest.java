package io.devzone.investment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.time.LocalDate;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ValidatorFactory;

import org.junit.jupiter.api.Test;

import io.devzone.commons.time.ZoneClock;
import io.devzone.investment.domain.PipelineStage;
import io.devzone.investment.mapping.StageChangeInput;
import io.quarkus.test.junit.QuarkusTest;

/** A business date is a day in Asia/Shanghai for Bean Validation too, whatever the machine's zone. */
@QuarkusTest
class BusinessDatesTest {

    @Inject
    ValidatorFactory validation;

    @Inject
    ZoneClock clock;

    @Test
    void beanValidationsClockIsTheZoneClock() {
        assertInstanceOf(ZoneClock.class, validation.getClockProvider());
        assertEquals(ZoneClock.ZONE, validation.getClockProvider().getClock().getZone());
    }

    @Test
    void aPastOrPresentDateIsJudgedByTheZonesDay() {
        LocalDate today = clock.today();
        assertEquals(List.of(), fieldsRefused(today));
        assertEquals(List.of("on"), fieldsRefused(today.plusDays(1)));
    }

    private List<String> fieldsRefused(LocalDate on) {
        return validation.getValidator().validate(new StageChangeInput(PipelineStage.NEGOTIATING, on, 0)).stream()
                .map(ConstraintViolation::getPropertyPath).map(Object::toString).toList();
    }
}
