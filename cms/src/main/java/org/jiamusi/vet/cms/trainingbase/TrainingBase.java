package org.jiamusi.vet.cms.trainingbase;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.Table;
import org.jiamusi.vet.cms.institution.District;
import org.jiamusi.vet.i18n.Language;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * A published training base, public practice centre or industry–education integration enterprise.
 * It shares its content item's id and is written only by {@link TrainingBaseProjection}; the
 * institution that runs it is kept as a content item's id.
 */
@Entity
@Table(name = "training_base")
public class TrainingBase {

    @Id
    private Long id;

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
    private Map<Language, TrainingBaseText> texts = new EnumMap<>(Language.class);

    protected TrainingBase() {
        // for JPA
    }

    TrainingBase(Long id) {
        this.id = id;
    }

    public Long getId() {
        return id;
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

    /** The texts by language, for reading; only the languages that were published are present. */
    public Map<Language, TrainingBaseText> getTexts() {
        return Map.copyOf(texts);
    }

    public Optional<TrainingBaseText> text(Language language) {
        return Optional.ofNullable(texts.get(language));
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

    /** Makes the published texts exactly these: a language no longer published is removed. */
    void replaceTexts(Map<Language, TrainingBaseText> published) {
        texts.keySet().retainAll(published.keySet());
        texts.putAll(published);
    }
}
