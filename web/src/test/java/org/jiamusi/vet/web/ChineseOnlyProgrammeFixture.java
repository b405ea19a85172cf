package org.jiamusi.vet.web;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import org.jiamusi.vet.cms.account.Actor;
import org.jiamusi.vet.cms.content.ContentDraft;
import org.jiamusi.vet.cms.content.ContentItem;
import org.jiamusi.vet.cms.content.ContentService;
import org.jiamusi.vet.cms.content.ContentType;
import org.jiamusi.vet.i18n.Language;

import java.util.Map;

/**
 * Test data deployed with the browser tests only: a published programme written in Chinese and not
 * yet translated, as an editor leaves it before the translators get to it.
 */
@ApplicationScoped
public class ChineseOnlyProgrammeFixture {

    public static final String TITLE = "森林康养服务";
    public static final String SLUG = "senlin-kang-yang-fuwu";

    @Inject
    ContentService content;

    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 100) @Initialized(ApplicationScoped.class) Object event) {
        if (content.findByRef(ContentType.PROGRAMME, "fixture-chinese-only").isEmpty()) {
            ContentItem item = content.create(Actor.system(), ContentType.PROGRAMME, "fixture-chinese-only", null, true,
                    new ContentDraft(Map.of("level", "SECONDARY_VOCATIONAL", "durationYears", "3"),
                            Map.of(Language.ZH, Map.of(
                                    "title", TITLE,
                                    "institutionName", "黑龙江省林业卫生学校",
                                    "summary", "依托林区资源培养森林康养服务人才。",
                                    "description", "学习森林疗养、健康管理与老年照护。",
                                    "careers", "康养服务员"))),
                    "browser test fixture");
            content.publish(Actor.system(), item.getId());
        }
    }
}
