package org.jiamusi.vet.cms.testing;

import org.jiamusi.vet.cms.content.ContentSchema;
import org.jiamusi.vet.i18n.Language;

import java.util.Map;

import static org.jiamusi.vet.cms.trainingbase.TrainingBaseProjection.ADDRESS;
import static org.jiamusi.vet.cms.trainingbase.TrainingBaseProjection.DESCRIPTION;
import static org.jiamusi.vet.cms.trainingbase.TrainingBaseProjection.DISTRICT;
import static org.jiamusi.vet.cms.trainingbase.TrainingBaseProjection.INSTITUTION;
import static org.jiamusi.vet.cms.trainingbase.TrainingBaseProjection.KIND;
import static org.jiamusi.vet.cms.trainingbase.TrainingBaseProjection.SUMMARY;

/** Training-base drafts for tests: the intelligent equipment manufacturing training base the plan names. */
public final class TrainingBases {

    public static final String REF = "intelligent-manufacturing-training-base";
    public static final String KIND_VALUE = "TRAINING_BASE";
    public static final String DISTRICT_VALUE = "XIANGYANG";
    public static final String TITLE_ZH = "智能装备制造实训基地";
    public static final Map<Language, String> SLUGS = DraftBuilder.inEachLanguage("zhineng-zhuangbei-zhizao-shixun-jidi",
            "baza-proizvodstva-intellektualnogo-oborudovaniya", "intelligent-equipment-manufacturing-training-base");

    private TrainingBases() {
    }

    public static DraftBuilder intelligentManufacturing(long institutionId) {
        return DraftBuilder.draft()
                .field(KIND, KIND_VALUE)
                .field(INSTITUTION, institutionId)
                .field(DISTRICT, DISTRICT_VALUE)
                .text(ContentSchema.TITLE, TITLE_ZH,
                        "Учебно-производственная база производства интеллектуального оборудования",
                        "Intelligent Equipment Manufacturing Training Base")
                .text(SUMMARY, "服务数字产业化的智能制造实训基地，已投入使用。",
                        "База практической подготовки по интеллектуальному производству для цифровой экономики.",
                        "A training base for intelligent manufacturing, serving the digital economy.")
                .text(DESCRIPTION, "<p>配备工业机器人、数控加工和智能产线，面向院校学生和企业员工开展实训。</p>",
                        "<p>Промышленные роботы, станки с ЧПУ и умная производственная линия для студентов и сотрудников предприятий.</p>",
                        "<p>Industrial robots, CNC machining and a smart production line for students and company staff.</p>")
                .text(ADDRESS, "佳木斯职业学院实训楼一层",
                        "1-й этаж учебно-производственного корпуса Профессионального колледжа Цзямусы",
                        "Ground floor, training building, Jiamusi Vocational Institute");
    }
}
