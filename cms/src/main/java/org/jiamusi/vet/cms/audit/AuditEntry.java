package org.jiamusi.vet.cms.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;

/** One line of the audit log. Entries are only ever added. */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_entry_seq")
    @SequenceGenerator(name = "audit_entry_seq", sequenceName = "audit_entry_seq", allocationSize = 50)
    private Long id;

    @Column(name = "at", nullable = false)
    private Instant at;

    @Column(name = "username", nullable = false, length = 100)
    private String username;

    @Column(name = "address", length = 100)
    private String address;

    @Column(name = "action", nullable = false, length = 60)
    private String action;

    /** The content type's code, or null for actions on no item (a login). */
    @Column(name = "item_type", length = 30)
    private String itemType;

    @Column(name = "item_id")
    private Long itemId;

    @Column(name = "detail", length = 2000)
    private String detail;

    protected AuditEntry() {
        // for JPA
    }

    AuditEntry(Instant at, String username, String address, String action, String itemType, Long itemId, String detail) {
        this.at = at;
        this.username = username;
        this.address = address;
        this.action = action;
        this.itemType = itemType;
        this.itemId = itemId;
        this.detail = detail == null || detail.length() <= 2000 ? detail : detail.substring(0, 2000);
    }

    public Long getId() {
        return id;
    }

    public Instant getAt() {
        return at;
    }

    public String getUsername() {
        return username;
    }

    public String getAddress() {
        return address;
    }

    public String getAction() {
        return action;
    }

    public String getItemType() {
        return itemType;
    }

    public Long getItemId() {
        return itemId;
    }

    public String getDetail() {
        return detail;
    }
}
