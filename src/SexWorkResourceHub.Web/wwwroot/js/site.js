// SexWorkResourceHub: a little comfort on top of pages that work without JavaScript.
(function () {
  "use strict";

  // Quick exit: one click, or Escape three times within two seconds, replaces this page with a
  // neutral one. location.replace swaps out the current history entry, so Back does not return here.
  var exit = document.querySelector("[data-quick-exit]");
  if (exit) {
    var leave = function (event) {
      if (event) {
        event.preventDefault();
      }
      document.body.style.visibility = "hidden";
      window.location.replace(exit.href);
    };
    exit.addEventListener("click", leave);

    var presses = [];
    document.addEventListener("keydown", function (event) {
      if (event.key !== "Escape") {
        return;
      }
      var now = Date.now();
      presses = presses.filter(function (t) { return now - t < 2000; });
      presses.push(now);
      if (presses.length >= 3) {
        leave(event);
      }
    });
  }
})();

// Event times: add the reader's own local time beside the organiser's, from the UTC value in <time datetime>.
(function () {
  "use strict";
  if (!window.Intl || !Intl.DateTimeFormat) {
    return;
  }
  // In the page's language (the reader's own zone and clock), labelled as the page labels it (data-your-time).
  var format = new Intl.DateTimeFormat(document.documentElement.lang || undefined, {
    weekday: "long", month: "long", day: "numeric", hour: "numeric", minute: "2-digit", timeZoneName: "short"
  });
  document.querySelectorAll("time[data-local-time=\"true\"]").forEach(function (element) {
    var moment = new Date(element.getAttribute("datetime"));
    if (isNaN(moment.getTime())) {
      return;
    }
    var local = document.createElement("span");
    local.className = "local-time";
    local.textContent = " (" + (element.getAttribute("data-your-time") || "your time:") + " " + format.format(moment) + ")";
    element.insertAdjacentElement("afterend", local);
  });
})();

// The directory's filters are folded so a phone shows results first; a wide screen has room for them.
(function () {
  "use strict";
  var fold = document.querySelector(".filters-fold");
  if (fold && window.matchMedia("(min-width: 48rem)").matches) {
    fold.open = true;
  }
})();

// "Copy link": copies the page address when the browser allows it; otherwise it stays a plain link.
(function () {
  "use strict";
  document.querySelectorAll("[data-copy-link]").forEach(function (link) {
    link.addEventListener("click", function (event) {
      if (!navigator.clipboard || !window.isSecureContext) {
        return;
      }
      // A section's own "#" link still jumps to it; a page's full-address link only copies.
      var sameDocument = link.getAttribute("href").charAt(0) === "#";
      if (!sameDocument) {
        event.preventDefault();
      }
      var status = link.parentElement.querySelector(".copy-status") || document.getElementById("copy-status");
      navigator.clipboard.writeText(link.href).then(function () {
        if (status) {
          status.textContent = "Link copied.";
        }
      }, function () {
        window.location.href = link.href;
      });
    });
  });
})();
