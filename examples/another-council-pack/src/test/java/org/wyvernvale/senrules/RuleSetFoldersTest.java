package org.wyvernvale.senrules;

import org.senrules.testkit.RuleSetContract;

/** The tests every rule set gets (sen-testkit's contract), over every rule-set folder of Wyvern Vale's pack. */
class RuleSetFoldersTest implements RuleSetContract {
}
