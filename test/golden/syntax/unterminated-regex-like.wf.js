const r = s.split(/,)
