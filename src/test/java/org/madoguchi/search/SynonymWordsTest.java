package org.madoguchi.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SynonymWordsTest {

    @Test
    void everyWordOfGroupsAndOneWayRulesOnceWithoutComments() {
        String list = """
                # facilities
                マンホール,人孔
                名字, 苗字 => 氏名

                人孔,マンホール蓋
                a\\,b,c
                """;
        assertEquals(List.of("マンホール", "人孔", "名字", "苗字", "氏名", "マンホール蓋", "a,b", "c"),
                SynonymWords.parse(list));
    }
}
