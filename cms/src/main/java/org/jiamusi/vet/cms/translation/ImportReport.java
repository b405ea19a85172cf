package org.jiamusi.vet.cms.translation;

import org.jiamusi.vet.i18n.Language;

import java.util.List;

/** Everything an XLIFF import did, unit by unit; {@code language} is null when the document named none we translate into. */
public record ImportReport(Language language, List<UnitResult> units) {

    public ImportReport {
        units = List.copyOf(units);
    }

    public long count(UnitResult.Outcome outcome) {
        return units.stream().filter(u -> u.outcome() == outcome).count();
    }

    /** The items that got a new revision. */
    public long changedItems() {
        return units.stream().filter(u -> u.outcome() == UnitResult.Outcome.CHANGED).map(UnitResult::itemId).distinct().count();
    }
}
