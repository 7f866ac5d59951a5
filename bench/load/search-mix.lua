-- A crowd of different searches for /Jobs: keyword × 구 × sort × page (720 URLs), chosen at random per request.
-- The path given to wrk is ignored.
dofile((debug.getinfo(1, "S").source:match("^@(.*/)") or "./") .. "report.lua")   -- the RESULT line
-- MODE=bust adds a unique parameter to every URL so no response can come from the output cache (worst case).
local keywords = {"사무", "경리", "요양보호사", "운전", "조리", "간호", "영업", "생산", "물류", "상담", "회계", "디자인",
  "개발", "청소", "경비", "판매", "교사", "미용", "사회복지", "전기"}
local regions = {"", "4128100000", "4128500000", "4128700000"}   -- 시 전체, 덕양구, 일산동구, 일산서구
local sorts = {"", "latest", "closing"}
local bust = os.getenv("MODE") == "bust"
local counter = 0
math.randomseed(os.time())

request = function()
  counter = counter + 1
  local kw = keywords[math.random(#keywords)]
  local path = "/Jobs?q=" .. kw:gsub("[^%w]", function(c) return string.format("%%%02X", string.byte(c)) end)
  local region = regions[math.random(#regions)]
  if region ~= "" then path = path .. "&region=" .. region end
  local sort = sorts[math.random(#sorts)]
  if sort ~= "" then path = path .. "&sort=" .. sort end
  path = path .. "&page=" .. math.random(3)
  if bust then path = path .. "&n=" .. counter .. "-" .. math.random(1000000000) end
  return wrk.format("GET", path)
end
