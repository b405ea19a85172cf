package org.jiamusi.vet.cms.programme;

import org.jiamusi.vet.cms.content.ProjectionEntity;
import org.jiamusi.vet.cms.content.PublicText;
import org.jiamusi.vet.cms.content.TitledText;
import org.jiamusi.vet.cms.content.PublicItem;
import org.jiamusi.vet.cms.content.ContentType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.Table;
import org.jiamusi.vet.cms.institution.District;
import org.jiamusi.vet.i18n.Language;

import java.util.HashMap;
import java.util.Map;

/**
 * A programme (专业) as the public sees it: the published revision of a programme content item,
 * with the same id. Chinese is the source text; Russian and English are translations of it, each
 * in its own {@link ProgrammeText}. Written only by {@link ProgrammeProjection}.
 */
@Entity
@Table(name = "programme")
public class Programme extends ProjectionEntity<ProgrammeText> implements PublicItem {

    /** The national programme code of the Ministry of Education catalogue, where known. */
    @Column(name = "code", length = 20)
    private String code;

    @Enumerated(EnumType.STRING)
    @Column(name = "level", nullable = false, length = 40)
    private Level level;

    @Enumerated(EnumType.STRING)
    @Column(name = "pathway", nullable = false, length = 40)
    private Pathway pathway = Pathway.NONE;

    @Column(name = "duration_years")
    private Integer durationYears;

    /** The content item id of the institution that offers it. */
    @Column(name = "institution_id")
    private Long institutionId;

    /** The programme cluster (专业群) by its Chinese name, for facets; each language's name is in the texts. */
    @Column(name = "cluster", length = 200)
    private String cluster;

    /** Promoted by the education bureau, as the plan's flagship programmes are. */
    @Column(name = "featured", nullable = false)
    private boolean featured;

    /** The county or district of its institution, copied at publication for lists and facets. */
    @Enumerated(EnumType.STRING)
    @Column(name = "district", length = 30)
    private District district;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "programme_text", joinColumns = @JoinColumn(name = "programme_id"))
    @MapKeyEnumerated(EnumType.STRING)
    @MapKeyColumn(name = "lang", length = 2)
    private Map<Language, ProgrammeText> texts = new HashMap<>();

    protected Programme() {
        // for JPA
    }

    Programme(long id) {
        super(id);
    }

    public String getCode() {
        return code;
    }

    public Level getLevel() {
        return level;
    }

    public Pathway getPathway() {
        return pathway;
    }

    public Integer getDurationYears() {
        return durationYears;
    }

    public Long getInstitutionId() {
        return institutionId;
    }

    public District getDistrict() {
        return district;
    }

    @Override
    protected Map<Language, ProgrammeText> texts() {
        return texts;
    }

    public String getCluster() {
        return cluster;
    }

    void setCluster(String cluster) {
        this.cluster = cluster;
    }

    @Override
    public boolean featured() {
        return featured;
    }

    void setFeatured(boolean featured) {
        this.featured = featured;
    }

    void setDistrict(District district) {
        this.district = district;
    }

    void setFacts(String code, Level level, Pathway pathway, Integer durationYears, Long institutionId) {
        this.code = code;
        this.level = level;
        this.pathway = pathway == null ? Pathway.NONE : pathway;
        this.durationYears = durationYears;
        this.institutionId = institutionId;
    }

    @Override
    public ContentType contentType() {
        return ContentType.PROGRAMME;
    }

    @Override
    public Map<Language, PublicText> publicTexts() {
        return TitledText.publicTexts(texts, t -> PublicText.plain(t.getInstitution(), t.getDescription(), t.getCareers(), t.getCluster(), t.getCertificates(), t.getAdmission(), t.getHonours()));
    }
}
