package org.senrules.oag;

import org.senrules.testkit.RuleSetContract;

/** The tests every rule set gets (sen-testkit's contract), over every rule-set folder of the OAG pack. */
class RuleSetFoldersTest implements RuleSetContract {
}
