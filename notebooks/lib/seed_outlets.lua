-- seed_outlets.lua — the outlet names of the five seed articles, shared by
-- the notebooks. The seed files carry no outlet names, so they are named
-- from their page furniture: Global Citizen's "Demand Equity" navigation,
-- Business Insider's "NOW WATCH" video promotion, the BBC's "Image
-- copyright" captions, Radio Free Europe/Radio Liberty's author block (Mike
-- Eckel) and TRT World's photo credit. Returns outlet(label): the name of a
-- seed's label (its file name), any other label unchanged.
-- Usage, from the top of the repository:
--   local outlet = dofile("notebooks/lib/seed_outlets.lua")
local OUTLETS = {
  ["000_f5c1237fb4dadb5b"] = "Global Citizen", ["001_f198e9af24b5b421"] = "Business Insider",
  ["002_3c658fc30fc5dd6a"] = "BBC", ["003_7cbff870a8b05fb5"] = "RFE/RL",
  ["004_a766c5a06c674e96"] = "TRT World",
}

return function(label) return OUTLETS[label] or label end
