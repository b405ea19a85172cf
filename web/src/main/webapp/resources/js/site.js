/*
 * The site search box: Enter searches at once, and choosing a suggestion searches for it. The
 * autocomplete widget would otherwise keep Enter for itself while it is waiting for suggestions.
 */
(function () {
    "use strict";
    function searchBox(element) {
        return element && element.id === "q_input" && element.form ? element : null;
    }
    document.addEventListener("keydown", function (event) {
        var box = searchBox(event.target);
        if (!box || (event.key !== "Enter" && event.key !== "NumpadEnter")) {
            return;
        }
        var panel = document.getElementById("q_panel");
        var highlighted = panel && panel.querySelector(".ui-autocomplete-item.ui-state-highlight");
        if (!highlighted) {
            event.preventDefault();
            event.stopImmediatePropagation();
            box.form.submit();
        }
    }, true);
    document.addEventListener("click", function (event) {
        var item = event.target.closest && event.target.closest("#q_panel .ui-autocomplete-item");
        var box = document.getElementById("q_input");
        if (item && box && box.form) {
            window.setTimeout(function () { box.form.submit(); }, 0);
        }
    });
}());
