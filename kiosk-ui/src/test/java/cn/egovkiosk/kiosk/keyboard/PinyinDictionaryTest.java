package cn.egovkiosk.kiosk.keyboard;

import static org.assertj.core.api.Assertions.assertThat;

import cn.egovkiosk.kiosk.keyboard.PinyinDictionary.Candidates;
import org.junit.jupiter.api.Test;

class PinyinDictionaryTest {

    private final PinyinDictionary dictionary = PinyinDictionary.instance();

    @Test
    void aSyllableOffersItsCharactersCommonOnesFirst() {
        assertThat(dictionary.candidates("zhang").characters()).startsWith("张").contains("章", "长", "掌");
        assertThat(dictionary.candidates("wang").characters().getFirst()).isEqualTo("王");
        assertThat(dictionary.candidates("li").characters().getFirst()).isEqualTo("李");
        assertThat(dictionary.candidates("chang").characters()).contains("长");
        assertThat(dictionary.candidates("sheng").characters()).contains("生", "省", "声");
    }

    @Test
    void aPolyphonicCharacterIsFoundUnderEachReading() {
        assertThat(dictionary.candidates("xing").characters()).contains("行");
        assertThat(dictionary.candidates("hang").characters()).contains("行");
        assertThat(dictionary.candidates("zhong").characters()).contains("重");
        assertThat(dictionary.candidates("chong").characters()).contains("重");
    }

    @Test
    void lettersTypedAsOneRunAreTakenSyllableBySyllable() {
        Candidates first = dictionary.candidates("zhangsan");
        assertThat(first.consumed()).isEqualTo("zhang");
        assertThat(first.characters().getFirst()).isEqualTo("张");
        assertThat(dictionary.candidates("san").characters()).contains("三");
    }

    @Test
    void theBeginningOfASyllableOffersTheCharactersOfEverySyllableItBegins() {
        Candidates partial = dictionary.candidates("zh");
        assertThat(partial.consumed()).isEqualTo("zh");
        assertThat(partial.characters()).contains("中", "张", "证");
        assertThat(partial.characters().indexOf("中")).as("common before rare")
                .isLessThan(partial.characters().indexOf("拄"));
    }

    @Test
    void uUmlautIsTypedAsV() {
        assertThat(dictionary.candidates("lv").characters()).contains("绿", "律");
        assertThat(dictionary.candidates("nv").characters()).contains("女");
    }

    @Test
    void lettersThatAreNoPinyinOfferNothing() {
        assertThat(dictionary.candidates("vvv").characters()).isEmpty();
        assertThat(dictionary.isSyllable("zhang")).isTrue();
        assertThat(dictionary.isSyllable("zhq")).isFalse();
    }

    @Test
    void everyCharacterOfGb2312LevelOneCanBeTyped() {
        // the first and last characters of level 1 (B0A1 啊, D7F9 座) and a rare one in between (B0AA 蔼)
        assertThat(dictionary.candidates("a").characters()).contains("啊");
        assertThat(dictionary.candidates("zuo").characters()).contains("座");
        assertThat(dictionary.candidates("ai").characters()).contains("蔼");
    }
}
