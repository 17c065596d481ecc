-- A reader's mix of pages, one after another, for the resident memory after a minute of load.
local paths = { "/", "/articles/fosta-sesta-explained", "/articles", "/resources", "/events",
  "/search?q=sex+work", "/search?q=trafficking", "/feed.xml", "/events.ics", "/get-help" }
local i = 0
request = function() i = i + 1; return wrk.format("GET", paths[(i % #paths) + 1]) end
