package org.jiamusi.vet.cms.experience;

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

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;

/**
 * A published career-experience centre (职业体验中心), usually run by an institution, where pupils
 * take its courses. It shares its content item's id and is written only by
 * {@link ExperienceCentreProjection}. The institution is kept as a content item's id: that item
 * need not be published for the centre to be.
 */
@Entity
@Table(name = "experience_centre")
public class ExperienceCentre extends ProjectionEntity<PlaceText> {

    @Column(name = "institution_id")
    private Long institutionId;

    @Enumerated(EnumType.STRING)
    @Column(name = "district", length = 40)
    private District district;

    @Column(name = "latitude", precision = 9, scale = 6)
    private BigDecimal latitude;

    @Column(name = "longitude", precision = 9, scale = 6)
    private BigDecimal longitude;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "experience_centre_text", joinColumns = @JoinColumn(name = "centre_id"))
    @MapKeyEnumerated(EnumType.STRING)
    @MapKeyColumn(name = "lang", length = 2)
    private Map<Language, PlaceText> texts = new EnumMap<>(Language.class);

    protected ExperienceCentre() {
        // for JPA
    }

    ExperienceCentre(Long id) {
        super(id);
    }

    /** The content item id of the institution that runs the centre, if any. */
    public Long getInstitutionId() {
        return institutionId;
    }

    public District getDistrict() {
        return district;
    }

    public BigDecimal getLatitude() {
        return latitude;
    }

    public BigDecimal getLongitude() {
        return longitude;
    }

    @Override
    protected Map<Language, PlaceText> texts() {
        return texts;
    }

    void setInstitutionId(Long institutionId) {
        this.institutionId = institutionId;
    }

    void setDistrict(District district) {
        this.district = district;
    }

    void setCoordinates(BigDecimal latitude, BigDecimal longitude) {
        this.latitude = latitude;
        this.longitude = longitude;
    }
}
