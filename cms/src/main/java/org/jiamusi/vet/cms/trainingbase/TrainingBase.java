package org.jiamusi.vet.cms.trainingbase;

import org.jiamusi.vet.cms.content.PlaceText;
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
import org.jiamusi.vet.cms.content.ProjectionEntity;
import org.jiamusi.vet.i18n.Language;

import java.util.EnumMap;
import java.util.Map;

/**
 * A published training base, public practice centre or industry–education integration enterprise.
 * It shares its content item's id and is written only by {@link TrainingBaseProjection}; the
 * institution that runs it is kept as a content item's id.
 */
@Entity
@Table(name = "training_base")
public class TrainingBase extends ProjectionEntity<PlaceText> {

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 40)
    private TrainingBaseKind kind;

    @Column(name = "institution_id")
    private Long institutionId;

    @Enumerated(EnumType.STRING)
    @Column(name = "district", length = 40)
    private District district;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "training_base_text", joinColumns = @JoinColumn(name = "training_base_id"))
    @MapKeyEnumerated(EnumType.STRING)
    @MapKeyColumn(name = "lang", length = 2)
    private Map<Language, PlaceText> texts = new EnumMap<>(Language.class);

    protected TrainingBase() {
        // for JPA
    }

    TrainingBase(Long id) {
        super(id);
    }

    public TrainingBaseKind getKind() {
        return kind;
    }

    /** The content item id of the institution that runs it, if any. */
    public Long getInstitutionId() {
        return institutionId;
    }

    public District getDistrict() {
        return district;
    }

    @Override
    protected Map<Language, PlaceText> texts() {
        return texts;
    }

    void setKind(TrainingBaseKind kind) {
        this.kind = kind;
    }

    void setInstitutionId(Long institutionId) {
        this.institutionId = institutionId;
    }

    void setDistrict(District district) {
        this.district = district;
    }
}
