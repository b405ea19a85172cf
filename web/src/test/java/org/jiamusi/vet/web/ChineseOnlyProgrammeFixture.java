package org.jiamusi.vet.web;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import org.jiamusi.vet.cms.programme.Level;
import org.jiamusi.vet.cms.programme.Pathway;
import org.jiamusi.vet.cms.programme.ProgrammeDraft;
import org.jiamusi.vet.cms.programme.ProgrammeService;
import org.jiamusi.vet.cms.programme.ProgrammeText;
import org.jiamusi.vet.i18n.Language;

import java.util.Map;

/**
 * Test data deployed with the browser tests only: a programme written in Chinese and not yet
 * translated, as an editor leaves it before the translators get to it.
 */
@ApplicationScoped
public class ChineseOnlyProgrammeFixture {

    public static final String TITLE = "森林康养服务";
    public static final String SLUG = "senlin-kang-yang-fuwu";

    @Inject
    ProgrammeService programmes;

    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 100) @Initialized(ApplicationScoped.class) Object event) {
        if (programmes.findByRef("fixture-chinese-only").isEmpty()) {
            programmes.create(new ProgrammeDraft("fixture-chinese-only", "", Level.SECONDARY_VOCATIONAL, Pathway.NONE, 3, true,
                    Map.of(Language.ZH, new ProgrammeText(TITLE, "黑龙江省林业卫生学校",
                            "依托林区资源培养森林康养服务人才。", "学习森林疗养、健康管理与老年照护。", "康养服务员"))));
        }
    }
}
