package org.jiamusi.vet.web;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.jiamusi.vet.cms.account.AccountService;
import org.jiamusi.vet.cms.account.Actor;
import org.jiamusi.vet.cms.account.NewAccount;
import org.jiamusi.vet.cms.account.Role;
import org.jiamusi.vet.cms.content.ContentDraft;
import org.jiamusi.vet.cms.content.ContentItem;
import org.jiamusi.vet.cms.content.ContentService;
import org.jiamusi.vet.cms.content.ContentType;
import org.jiamusi.vet.i18n.Language;

/**
 * Test data deployed with the back-office tests: one account per role, two schools, and a
 * programme of each school, created through the cms services as an administrator would. Idempotent,
 * since every test class of a run shares the server's in-memory database.
 */
@ApplicationScoped
public class BackOfficeFixture {

    public static final String PASSWORD = "Correct-horse-battery-42";
    public static final String EDITOR = "editor.li";
    public static final String SECOND_EDITOR = "editor.zhang";
    public static final String REVIEWER = "reviewer.wang";
    public static final String TRANSLATOR = "translator.ivanova";
    public static final String SCHOOL_A_EDITOR = "school.a.zhao";
    public static final String CHIEF = "chief.chen";

    public static final String SCHOOL_A = "fixture-school-a";
    public static final String SCHOOL_B = "fixture-school-b";
    public static final String PROGRAMME_A = "fixture-programme-a";
    public static final String PROGRAMME_A_TITLE = "冰雪运动与管理";
    public static final String PROGRAMME_B = "fixture-programme-b";
    public static final String PROGRAMME_B_TITLE = "智慧农业技术";
    public static final String CONFLICT_PROGRAMME = "fixture-programme-conflict";
    public static final String CONFLICT_TITLE = "新能源汽车检测与维修技术";

    @Inject
    ContentService content;

    @Inject
    AccountService accounts;

    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 200) @Initialized(ApplicationScoped.class) Object event) {
        if (accounts.find(EDITOR).isPresent()) {
            return;
        }
        Actor system = Actor.system();
        long schoolA = school(SCHOOL_A, "佳木斯市测试职业学校甲").getId();
        long schoolB = school(SCHOOL_B, "佳木斯市测试职业学校乙").getId();
        programme(PROGRAMME_A, schoolA, PROGRAMME_A_TITLE, true);
        programme(PROGRAMME_B, schoolB, PROGRAMME_B_TITLE, true);
        programme(CONFLICT_PROGRAMME, schoolA, CONFLICT_TITLE, false);

        account(EDITOR, "李编辑", EnumSet.of(Role.EDITOR), null, Set.of());
        account(SECOND_EDITOR, "张编辑", EnumSet.of(Role.EDITOR), null, Set.of());
        account(REVIEWER, "王审核", EnumSet.of(Role.REVIEWER), null, Set.of());
        account(TRANSLATOR, "Иванова", EnumSet.of(Role.TRANSLATOR), null, Set.of(Language.RU));
        account(SCHOOL_A_EDITOR, "赵老师", EnumSet.of(Role.INSTITUTION_EDITOR), schoolA, Set.of());
        account(CHIEF, "陈主编", EnumSet.of(Role.EDITOR, Role.REVIEWER), null, Set.of());
    }

    private ContentItem school(String ref, String title) {
        return content.create(Actor.system(), ContentType.INSTITUTION, ref, null, true,
                new ContentDraft(Map.of("kind", "SECONDARY_VOCATIONAL_SCHOOL", "district", "XIANGYANG"),
                        Map.of(Language.ZH, Map.of("title", title))), "back-office test fixture");
    }

    private void programme(String ref, long school, String title, boolean publish) {
        ContentItem item = content.create(Actor.system(), ContentType.PROGRAMME, ref, school, true,
                new ContentDraft(Map.of("level", "SECONDARY_VOCATIONAL", "durationYears", "3"),
                        Map.of(Language.ZH, Map.of("title", title, "summary", "测试用专业简介。"))),
                "back-office test fixture");
        if (publish) {
            content.publish(Actor.system(), item.getId());
        }
    }

    private void account(String username, String name, Set<Role> roles, Long institution, Set<Language> languages) {
        accounts.create(Actor.system(), new NewAccount(username, name, PASSWORD, roles, institution, languages, false));
    }
}
