package org.jiamusi.vet.cms.cooperation;

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
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import org.jiamusi.vet.i18n.Language;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A published cooperation project: its kind, the partner's country, and the city's institutions
 * taking part, kept as content item ids in the editor's order (the lead institution first). It
 * shares its content item's id and is written only by {@link CooperationProjectProjection}.
 */
@Entity
@Table(name = "cooperation_project")
public class CooperationProject extends ProjectionEntity<CooperationProjectText> implements PublicItem {

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 40)
    private CooperationKind kind;

    /** ISO 3166-1 alpha-2, such as RU or DE. */
    @Column(name = "partner_country", length = 2)
    private String partnerCountry;

    @Column(name = "start_year")
    private Integer startYear;

    @ElementCollection
    @CollectionTable(name = "cooperation_project_institution", joinColumns = @JoinColumn(name = "project_id"))
    @OrderColumn(name = "position")
    @Column(name = "institution_id", nullable = false)
    private List<Long> institutionIds = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "cooperation_project_text", joinColumns = @JoinColumn(name = "project_id"))
    @MapKeyEnumerated(EnumType.STRING)
    @MapKeyColumn(name = "lang", length = 2)
    private Map<Language, CooperationProjectText> texts = new EnumMap<>(Language.class);

    protected CooperationProject() {
        // for JPA
    }

    CooperationProject(Long id) {
        super(id);
    }

    public CooperationKind getKind() {
        return kind;
    }

    public String getPartnerCountry() {
        return partnerCountry;
    }

    public Integer getStartYear() {
        return startYear;
    }

    /** The content item ids of the city's institutions taking part, lead institution first. */
    public List<Long> getInstitutionIds() {
        return List.copyOf(institutionIds);
    }

    @Override
    protected Map<Language, CooperationProjectText> texts() {
        return texts;
    }

    void setKind(CooperationKind kind) {
        this.kind = kind;
    }

    void setPartnerCountry(String partnerCountry) {
        this.partnerCountry = partnerCountry;
    }

    void setStartYear(Integer startYear) {
        this.startYear = startYear;
    }

    void setInstitutionIds(List<Long> institutionIds) {
        this.institutionIds.clear();
        this.institutionIds.addAll(institutionIds);
    }

    @Override
    public ContentType contentType() {
        return ContentType.COOPERATION_PROJECT;
    }

    @Override
    public Map<Language, PublicText> publicTexts() {
        return TitledText.publicTexts(texts, t -> PublicText.plain(t.getPartner(), t.getDescription()));
    }
}
