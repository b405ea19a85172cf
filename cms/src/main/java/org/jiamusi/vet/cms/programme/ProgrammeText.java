package org.jiamusi.vet.cms.programme;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.jiamusi.vet.cms.content.TitledText;

/** The translatable fields of a published programme in one language, with its slug in that language. */
@Embeddable
public class ProgrammeText extends TitledText {

    /** The offering institution's name as written in this language. */
    @Column(name = "institution", length = 200)
    private String institution;

    @Column(name = "description", length = 10000)
    private String description;

    @Column(name = "careers", length = 2000)
    private String careers;

    @Column(name = "cluster", length = 200)
    private String cluster;

    @Column(name = "certificates", length = 2000)
    private String certificates;

    @Column(name = "admission", length = 2000)
    private String admission;

    /** Distinctions of the programme itself, such as a provincial "Double High-Level" programme cluster. */
    @Column(name = "honours", length = 2000)
    private String honours;

    protected ProgrammeText() {
        // for JPA
    }

    ProgrammeText(String title, String slug, String institution, String summary, String description, String careers,
                  String cluster, String certificates, String admission, String honours) {
        super(title, slug, summary);
        this.institution = institution;
        this.description = description;
        this.careers = careers;
        this.cluster = cluster;
        this.certificates = certificates;
        this.admission = admission;
        this.honours = honours;
    }

    public String getInstitution() {
        return institution;
    }

    public String getDescription() {
        return description;
    }

    public String getCareers() {
        return careers;
    }

    public String getCluster() {
        return cluster;
    }

    public String getCertificates() {
        return certificates;
    }

    public String getAdmission() {
        return admission;
    }

    public String getHonours() {
        return honours;
    }
}
