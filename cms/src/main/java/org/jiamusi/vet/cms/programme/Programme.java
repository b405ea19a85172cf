package org.jiamusi.vet.cms.programme;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jiamusi.vet.cms.content.LocalizedText;
import org.jiamusi.vet.i18n.Language;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.Map;
import java.util.Optional;

/**
 * A programme (专业) taught by an institution. Chinese is the source text; Russian and English are
 * translations of it, each in its own {@link ProgrammeText}.
 */
@Entity
@Table(name = "programme")
public class Programme {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "programme_seq")
    @SequenceGenerator(name = "programme_seq", sequenceName = "programme_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    /** A stable reference that survives re-imports: seed files and imports find the programme by it. */
    @Column(name = "ref", nullable = false, unique = true, length = 100)
    private String ref;

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

    /** Content written for the site rather than taken from the plan; the back office marks it. */
    @Column(name = "sample", nullable = false)
    private boolean sample;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "programme_text", joinColumns = @JoinColumn(name = "programme_id"))
    @MapKeyEnumerated(EnumType.STRING)
    @MapKeyColumn(name = "lang", length = 2)
    private Map<Language, ProgrammeText> texts = new HashMap<>();

    @ElementCollection
    @CollectionTable(name = "programme_old_slug", joinColumns = @JoinColumn(name = "programme_id"))
    private Set<OldSlug> oldSlugs = new HashSet<>();

    protected Programme() {
        // for JPA
    }

    public Programme(String ref, Level level) {
        this.ref = ref;
        this.level = level;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getRef() {
        return ref;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public Level getLevel() {
        return level;
    }

    public void setLevel(Level level) {
        this.level = level;
    }

    public Pathway getPathway() {
        return pathway;
    }

    public void setPathway(Pathway pathway) {
        this.pathway = pathway == null ? Pathway.NONE : pathway;
    }

    public Integer getDurationYears() {
        return durationYears;
    }

    public void setDurationYears(Integer durationYears) {
        this.durationYears = durationYears;
    }

    public boolean isSample() {
        return sample;
    }

    public void setSample(boolean sample) {
        this.sample = sample;
    }

    /** The texts by language, for reading; change them through {@link ProgrammeService}. */
    public Map<Language, ProgrammeText> getTexts() {
        return Map.copyOf(texts);
    }

    public Optional<ProgrammeText> text(Language language) {
        return Optional.ofNullable(texts.get(language));
    }

    /** The text to show a reader of this language: their own, else the first of their fallback chain. */
    public LocalizedText<ProgrammeText> textFor(Language reader) {
        for (Language language : reader.fallbackChain()) {
            ProgrammeText text = texts.get(language);
            if (text != null) {
                return new LocalizedText<>(text, language);
            }
        }
        throw new IllegalStateException("Programme " + ref + " has no source text");
    }

    void putText(Language language, ProgrammeText text) {
        texts.put(language, text);
    }

    void removeText(Language language) {
        texts.remove(language);
    }

    /** Moves a language to a new slug; the old one keeps answering with a redirect. */
    void moveSlug(Language language, String newSlug) {
        ProgrammeText text = texts.get(language);
        oldSlugs.remove(new OldSlug(language, newSlug));
        oldSlugs.add(new OldSlug(language, text.getSlug()));
        text.setSlug(newSlug);
    }

    /** The slug a reader of this language finds the programme under: their own text's, else the fallback's. */
    public String slugFor(Language reader) {
        return textFor(reader).text().getSlug();
    }
}
