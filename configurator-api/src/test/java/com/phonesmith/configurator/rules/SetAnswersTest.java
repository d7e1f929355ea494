package com.phonesmith.configurator.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What an engine remembers of a set of conditions is found again for the same set, however its parts were listed,
 * and never for another set; it keeps a bounded number of sets.
 */
class SetAnswersTest {
    private final CompiledRules rules = new CompiledRules(PhoneFeatures.MODEL, PhoneFeatures.VARIANTS);

    @Test
    void theSameSetInAnotherOrderFindsTheAnswerAndAnotherSetDoesNot() {
        SetAnswers<String> answers = new SetAnswers<>(rules.conditionCount);
        List<Condition> chose = rules.decisions(Selection.empty().choose("games-pack").choose("offline-music"));
        List<Condition> reversed = List.of(chose.get(1), chose.get(0));
        List<Condition> extra = List.of(rules.optionIs(0, true));

        answers.put(answers.of(chose, extra), "found");

        assertThat(answers.get(answers.of(extra, reversed))).isEqualTo("found");
        assertThat(answers.get(answers.of(chose))).isNull();
        assertThat(answers.get(answers.of(chose, List.of(rules.optionIs(0, false))))).isNull();
    }

    @Test
    void theLeastRecentlyUsedSetGoesFirstBeyondTheBound() {
        SetAnswers<Integer> answers = new SetAnswers<>(rules.conditionCount);
        SetAnswers.Key first = answers.of(setNumbered(0));
        SetAnswers.Key second = answers.of(setNumbered(1));
        answers.put(first, 0);
        answers.put(second, 1);
        answers.get(first);
        for (int i = 2; i <= SetAnswers.MOST_KEPT; i++) {
            answers.put(answers.of(setNumbered(i)), i);
        }

        assertThat(answers.get(first)).isEqualTo(0);
        assertThat(answers.get(second)).isNull();
        assertThat(answers.size()).isEqualTo(SetAnswers.MOST_KEPT);
    }

    /** A set of its own for every number below 2^15: an option in or out for each low bit, a rule for the top one. */
    private List<Condition> setNumbered(int number) {
        List<Condition> set = new ArrayList<>();
        for (int bit = 0; bit < 14; bit++) {
            set.add(rules.optionIs(bit, (number >> bit & 1) == 1));
        }
        if ((number >> 14 & 1) == 1) {
            set.add(rules.rules.get(0));
        }
        return set;
    }
}
