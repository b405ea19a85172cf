package org.jiamusi.vet.web.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.model.SelectItem;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import org.jiamusi.vet.cms.content.ContentLists;
import org.jiamusi.vet.cms.content.ContentType;
import org.jiamusi.vet.cms.content.FieldDef;
import org.jiamusi.vet.cms.content.FieldKind;

/**
 * How a schema field appears in the back office: its label and, for enums, yes/no and institution
 * references, its choices, all in the editor's language.
 */
@Named
@RequestScoped
public class AdminFields {

    @Inject
    AdminMessages am;

    @Inject
    ContentLists lists;

    /** The field's label; a field a new type added before its label was written shows its name. */
    public String label(String name) {
        return am.has("field." + name) ? am.get("field." + name) : name;
    }

    /** The select options of an enum, a yes/no or an institution field; only "choose" for the others. */
    public List<SelectItem> options(FieldDef field) {
        List<SelectItem> options = new ArrayList<>();
        options.add(new SelectItem("", am.get("edit.choose")));
        if (field.kind() == FieldKind.ENUM) {
            for (Enum<?> constant : field.enumType().getEnumConstants()) {
                String name = field.enumType().getSimpleName() + "." + constant.name();
                options.add(new SelectItem(constant.name(), am.has("enum." + name) ? am.get("enum." + name) : constant.name()));
            }
        } else if (field.kind() == FieldKind.BOOLEAN) {
            options.add(new SelectItem("true", am.get("edit.yes")));
            options.add(new SelectItem("false", am.get("edit.no")));
        } else if (isInstitution(field)) {
            lists.institutions().forEach((institution, name) -> options.add(new SelectItem(institution.toString(), name)));
        }
        return options;
    }

    /** A fact's value as a reader understands it: the label of a choice, else the value itself. */
    public String display(FieldDef field, String value) {
        return options(field).stream().filter(o -> value.equals(o.getValue())).map(SelectItem::getLabel).findFirst().orElse(value);
    }

    public boolean isSelect(FieldDef field) {
        return field.kind() == FieldKind.ENUM || field.kind() == FieldKind.BOOLEAN || isInstitution(field);
    }

    private static boolean isInstitution(FieldDef field) {
        return field.kind() == FieldKind.REFERENCE && field.references() == ContentType.INSTITUTION;
    }

    public boolean isMultiline(FieldDef field) {
        return field.kind() == FieldKind.LONG_TEXT || field.kind() == FieldKind.RICH_TEXT;
    }

    /** The HTML input type that brings the right keyboard or picker on a phone. */
    public String inputType(FieldDef field) {
        return switch (field.kind()) {
            case DATE -> "date";
            case TIME -> "time";
            case INTEGER -> "number";
            case URL -> "url";
            case EMAIL -> "email";
            case PHONE -> "tel";
            default -> "text";
        };
    }
}
