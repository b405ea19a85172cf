package org.jiamusi.vet.i18n;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CollationTest {

    @Test
    void chineseNamesSortInPinyinOrder() {
        List<String> names = new ArrayList<>(List.of("数字媒体艺术设计", "口腔修复工艺", "焊接技术"));
        names.sort(Collation.byName(Language.ZH, s -> s));
        assertThat(names).containsExactly("焊接技术", "口腔修复工艺", "数字媒体艺术设计");
    }

    @Test
    void russianNamesSortAlphabeticallyWithYoBesideYe() {
        List<String> names = new ArrayList<>(List.of("Ёлка", "Яблоко", "Авто", "Еда"));
        names.sort(Collation.byName(Language.RU, s -> s));
        assertThat(names).containsExactly("Авто", "Еда", "Ёлка", "Яблоко");
    }

    @Test
    void sortKeysCompareAsTheCollatorDoes() {
        assertThat(Collation.sortKey("焊接", Language.ZH)).isLessThan(Collation.sortKey("口腔修复工艺", Language.ZH));
        assertThat(Collation.sortKey("口腔修复工艺", Language.ZH)).isLessThan(Collation.sortKey("数字媒体艺术设计", Language.ZH));
        assertThat(Collation.sortKey("Еда", Language.RU)).isLessThan(Collation.sortKey("Ёлка", Language.RU));
    }
}
