-- Searches, one query after another. By default common and rare words, and phrases of both; most match
-- nearly every article, so the site keeps their results until the index changes (Search:CommonSearchMatches).
-- Measured after one pass through them. Queries given after wrk's "--" replace them:
--   wrk -s bench/wrk/search.lua http://127.0.0.1:5303/search -- "first pair" "second pair"
local queries = { "sex", "work", "the", "trafficking", "fosta", "law", "sex work", "support services",
  "consent", "section 230", "research", "the law", "decriminalization", "harm reduction", "platforms",
  "sex workers rights", "survivors", "police", "online advertising", "health" }
local i = 0
function init(args)
  if #args > 0 then
    queries = {}
    for k = 1, #args do queries[k] = args[k] end
  end
end
request = function()
  i = i + 1
  return wrk.format("GET", "/search?q=" .. queries[(i % #queries) + 1]:gsub(" ", "+"))
end
