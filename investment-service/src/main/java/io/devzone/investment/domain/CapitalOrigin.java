package io.devzone.investment.domain;

/** Where capital in place (到位资金) comes from. */
public enum CapitalOrigin {
    /** 内资, counted in yuan */
    DOMESTIC,
    /** 外资, counted in US dollars */
    FOREIGN
}
