package io.devzone.web.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import io.devzone.web.report.ZoneNumbers.Unit;

/** Amounts as the source report writes them (docs/source-report.md), from the yuan the records hold. */
class ZoneNumbersTest {

    private static BigDecimal yuan(String value) {
        return new BigDecimal(value);
    }

    @Test
    void yiDropsTrailingZeros() {
        assertEquals("26.5亿元", ZoneNumbers.yuan(yuan("2650000000.00"), Unit.YI));
        assertEquals("12.85亿元", ZoneNumbers.yuan(yuan("1285000000.00")));
        assertEquals("1.625亿元", ZoneNumbers.yuan(yuan("162500000")));
        assertEquals("15亿元", ZoneNumbers.yuan(yuan("1500000000.00"), Unit.YI));
    }

    @Test
    void wanGroupsThousands() {
        assertEquals("35,200万元", ZoneNumbers.yuan(yuan("352000000.00"), Unit.WAN));
        assertEquals("2,077万元", ZoneNumbers.yuan(yuan("20770000.00")));
        assertEquals("855万元", ZoneNumbers.yuan(yuan("8550000.00")));
        assertEquals("0.5万元", ZoneNumbers.yuan(yuan("5000")));
        assertEquals("3,000万美元", ZoneNumbers.usd(yuan("30000000.00")));
    }

    @Test
    void theUnitIsYiFromOneYiUp() {
        assertEquals(Unit.WAN, Unit.of(yuan("99999999.99")));
        assertEquals(Unit.YI, Unit.of(yuan("100000000")));
        assertEquals("9,999万元", ZoneNumbers.yuan(yuan("99990000.00")));
    }

    @Test
    void aLowerBoundKeepsItsLeadingDigitAndSaysYu() {
        assertEquals("500余万元", ZoneNumbers.over(yuan("5200000.00"), Unit.WAN));
        assertEquals("30余亿元", ZoneNumbers.over(yuan("3300000000.00"), Unit.YI));
        assertEquals("1,000余万元", ZoneNumbers.over(yuan("10500000"), Unit.WAN));
        assertEquals("500万元", ZoneNumbers.over(yuan("5000000.00"), Unit.WAN), "a round figure is no lower bound");
        assertEquals("0万元", ZoneNumbers.over(yuan("0.00"), Unit.WAN));
    }

    @Test
    void percentagesToOneDecimal() {
        assertEquals("48.9%", ZoneNumbers.percent(yuan("48.90")));
        assertEquals("40%", ZoneNumbers.percent(yuan("40.00")));
        assertEquals("51.7%", ZoneNumbers.percent(yuan("51.66")));
        assertEquals("1,250.5", ZoneNumbers.number(yuan("1250.50")));
    }
}
