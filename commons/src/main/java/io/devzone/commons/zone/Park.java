package io.devzone.commons.zone;

/** "One zone, four parks" (一区四园): where an enterprise, a project or a parcel lies. */
public enum Park {
    /** 江北工业园 */
    JIANGBEI,
    /** 资五产业园 */
    ZIWU,
    /** 罗围食品工业园 */
    LUOWEI,
    /** 标准厂房: the standard factory-building area */
    STANDARD_FACTORY
}
