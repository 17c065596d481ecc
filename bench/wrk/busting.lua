-- Cache-busting requests: each with a new random query parameter, over a few reading pages. Each thread
-- stops after 9,000 (two threads: 18,000 requests).
local paths = { "/articles/fosta-sesta-explained", "/articles/consent-debate", "/resources", "/events", "/" }
local n, share = 0, 9000
request = function()
  n = n + 1
  return wrk.format("GET", paths[(n % #paths) + 1] .. "?x=" .. math.random(1, 2147483647) .. "-" .. n)
end
response = function() if n >= share then wrk.thread:stop() end end
