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
/*
 * The phone menu: the button opens and closes the sections and languages. Without this script the
 * button stays hidden and a plain link to the menu stands in for it.
 */
(function () {
    "use strict";
    var button = document.querySelector(".menu-toggle--button");
    var link = document.querySelector(".menu-toggle--link");
    var menu = document.getElementById("site-menu");
    if (!button || !menu) {
        return;
    }
    document.documentElement.classList.add("has-menu-button");
    button.hidden = false;
    if (link) {
        link.hidden = true;
    }
    function setOpen(open) {
        button.setAttribute("aria-expanded", open ? "true" : "false");
        menu.classList.toggle("site-menu--open", open);
    }
    button.addEventListener("click", function () {
        setOpen(button.getAttribute("aria-expanded") !== "true");
    });
    document.addEventListener("keydown", function (event) {
        if (event.key === "Escape" && button.getAttribute("aria-expanded") === "true") {
            setOpen(false);
            button.focus();
        }
    });
}());
