package org.senrules.core.spi;

import java.time.LocalDate;
import java.util.List;
import org.senrules.core.ApiStatus;
import org.senrules.core.domain.FinancialYear;
import org.senrules.core.domain.Money;

/**
 * The parameter values in force for one decision: the rule set's defaults, the council's
 * overrides and the policy overlay, chosen for the request's {@code asOf} date. Rules read it
 * through the typed view the build generates from the rule set's declaration, a fact they match
 * ({@code <Name>Values( $x : aValue )} in a condition), whose accessors read it by name.
 *
 * <p>Every value read is recorded, with its effective date and whether it is illustrative, and
 * reported in the decision. Asking for a name the rule set does not declare, or with the wrong
 * type, throws {@link IllegalArgumentException}, which stops the decision.
 */
@ApiStatus(ApiStatus.Level.EXPERIMENTAL)
public interface Parameters {

    /** The policy the decision is made under, {@code "current"} by default. */
    String policy();

    /** The date the values were chosen for. */
    LocalDate asOf();

    /** The financial year containing {@link #asOf()}. */
    FinancialYear financialYear();

    /** A {@link ParameterType#MONEY} value. */
    Money money(String name);

    /** An {@link ParameterType#INTEGER} value. */
    int integer(String name);

    /** A {@link ParameterType#FLAG} value. */
    boolean flag(String name);

    /** A {@link ParameterType#TEXT} value, or the constant name of an {@link ParameterType#ENUM} value. */
    String text(String name);

    /** A {@link ParameterType#TEXT_LIST} value, or the constant names of an {@link ParameterType#ENUM_LIST} value. */
    List<String> textList(String name);

    /** The money for {@code key} of a {@link ParameterType#MONEY_BY_KEY} value, or {@code null} if absent. */
    Money moneyFor(String name, String key);

    /** The number for {@code key} of an {@link ParameterType#INTEGER_BY_KEY} value, or {@code null} if absent. */
    Integer integerFor(String name, String key);

    /** The list for {@code key} of an {@link ParameterType#INTEGER_LIST_BY_KEY} value, or an empty list if absent. */
    List<Integer> integersFor(String name, String key);

    /**
     * The text for {@code key} of a {@link ParameterType#TEXT_BY_KEY} value, or {@code null} if absent.
     *
     * @since 1
     */
    String textFor(String name, String key);

    /** True if a nullable parameter has a value (not {@code null}) on this date under this policy. */
    boolean isSet(String name);
}
