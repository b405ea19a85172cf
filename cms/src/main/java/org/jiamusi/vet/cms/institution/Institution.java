package org.jiamusi.vet.cms.institution;

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
import org.jiamusi.vet.i18n.Language;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;

/**
 * A published institution (院校/学校/企业), as the public site and the search index read it. It
 * holds the item's published revision only and shares the id of its content item; it is written
 * by {@link InstitutionProjection} and by nothing else, so its state is never ahead of what was
 * published.
 */
@Entity
@Table(name = "institution")
public class Institution extends ProjectionEntity<InstitutionText> implements PublicItem {

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 40)
    private InstitutionKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "district", nullable = false, length = 40)
    private District district;

    @Column(name = "latitude", precision = 9, scale = 6)
    private BigDecimal latitude;

    @Column(name = "longitude", precision = 9, scale = 6)
    private BigDecimal longitude;

    @Column(name = "phone", length = 30)
    private String phone;

    @Column(name = "email", length = 254)
    private String email;

    @Column(name = "website", length = 500)
    private String website;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "institution_text", joinColumns = @JoinColumn(name = "institution_id"))
    @MapKeyEnumerated(EnumType.STRING)
    @MapKeyColumn(name = "lang", length = 2)
    private Map<Language, InstitutionText> texts = new EnumMap<>(Language.class);

    protected Institution() {
        // for JPA
    }

    Institution(Long id) {
        super(id);
    }

    public InstitutionKind getKind() {
        return kind;
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

    public String getPhone() {
        return phone;
    }

    public String getEmail() {
        return email;
    }

    public String getWebsite() {
        return website;
    }

    @Override
    protected Map<Language, InstitutionText> texts() {
        return texts;
    }

    void setKind(InstitutionKind kind) {
        this.kind = kind;
    }

    void setDistrict(District district) {
        this.district = district;
    }

    void setCoordinates(BigDecimal latitude, BigDecimal longitude) {
        this.latitude = latitude;
        this.longitude = longitude;
    }

    void setContact(String phone, String email, String website) {
        this.phone = phone;
        this.email = email;
        this.website = website;
    }

    @Override
    public ContentType contentType() {
        return ContentType.INSTITUTION;
    }

    @Override
    public Map<Language, PublicText> publicTexts() {
        return TitledText.publicTexts(texts, t -> PublicText.plain(t.getDescription(), t.getAddress(), t.getHonours()));
    }
}
