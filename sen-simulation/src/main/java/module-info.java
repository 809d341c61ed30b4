/**
 * The senrules cohort simulator: a cohort of one rule set under each of its policies, the
 * change against {@code current} pupil by pupil, totals by area of need and by locality against
 * budgets, the effect on the High Needs Block forecast, and the result as CSV and JSON. Used by
 * the command line, the decision service and embedders alike.
 */
module org.senrules.simulation {
    exports org.senrules.simulation;

    requires transitive org.senrules.core;
    requires com.fasterxml.jackson.databind;
    // the workbook, simulation.xlsx, written with Apache POI (XSSF, and XDDF for its charts)
    requires org.apache.poi.ooxml;
}
