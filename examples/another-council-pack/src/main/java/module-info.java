/**
 * Wyvern Vale Council's rule pack (a fictional council): its own place-banding rule set,
 * {@code wyvern-place-band}. The engine finds it through {@code ServiceLoader}; nothing in
 * senrules names it.
 */
module org.wyvernvale.senrules {
    requires org.senrules.core;

    exports org.wyvernvale.senrules.banding;

    provides org.senrules.core.spi.RulePack with org.wyvernvale.senrules.internal.WyvernValePack;
}
