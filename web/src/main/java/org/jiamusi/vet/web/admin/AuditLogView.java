package org.jiamusi.vet.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.jiamusi.vet.cms.content.ContentType;
import org.jiamusi.vet.cms.audit.AuditEntry;
import org.jiamusi.vet.cms.audit.AuditLog;
import org.jiamusi.vet.cms.audit.AuditQuery;
import org.jiamusi.vet.i18n.Formats;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;

/** The audit log with filters (who, action, item, dates in the city's time zone), paged by the database through a lazy table. */
@Named
@ViewScoped
public class AuditLogView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient AuditLog log;

    @Inject
    transient AdminMessages am;

    private String username;
    private String action;
    private Long itemId;
    private LocalDate from;
    private LocalDate to;

    private final LazyDataModel<AuditEntry> entries = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) Math.min(Integer.MAX_VALUE, log.count(query()));
        }

        @Override
        public List<AuditEntry> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return log.find(query(), first, pageSize);
        }

        @Override
        public String getRowKey(AuditEntry entry) {
            return String.valueOf(entry.getId());
        }
    };

    private AuditQuery query() {
        Instant start = from == null ? null : from.atStartOfDay(Formats.CITY_ZONE).toInstant();
        Instant end = to == null ? null : to.plusDays(1).atStartOfDay(Formats.CITY_ZONE).toInstant();
        return new AuditQuery(username, action, itemId, start, end);
    }

    public LazyDataModel<AuditEntry> getEntries() {
        return entries;
    }

    public List<String> getActions() {
        return log.actions();
    }

    /** An action in the administrator's words; an action this page does not know yet shows its code. */
    public String actionLabel(String code) {
        return code != null && am.has("audit.action." + code) ? am.get("audit.action." + code) : code;
    }

    /** The content type an entry's item has, in the administrator's words. */
    public String typeLabel(String code) {
        return ContentType.ofCode(code).map(type -> am.get("type." + type.name())).orElse(code);
    }

    /** For ICU's date and time formats in the bundles. */
    public Date date(Instant instant) {
        return instant == null ? null : Date.from(instant);
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }

    public Long getItemId() {
        return itemId;
    }

    public void setItemId(Long itemId) {
        this.itemId = itemId;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
