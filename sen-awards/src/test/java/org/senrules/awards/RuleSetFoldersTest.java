package org.senrules.awards;

import org.senrules.testkit.RuleSetContract;

/** The tests every rule set gets (sen-testkit's contract), over every rule-set folder of the awards pack. */
class RuleSetFoldersTest implements RuleSetContract {
}
